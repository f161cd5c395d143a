// Package log implements a simple logging package: a Logger writes one
// line per call, optionally preceded by a prefix and the date and time.
//
// Lshortfile and Llongfile are not provided: Mvm has no runtime.Caller,
// so the file:line they ask for is unknown (using them is a compile
// error rather than a wrong header).
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Header flags. Bits 8 and 16 are Go's Llongfile and Lshortfile.
const (
	Ldate         = 1 << 0        // the date in the local time zone: 2009/01/23
	Ltime         = 1 << 1        // the time in the local time zone: 01:23:23
	Lmicroseconds = 1 << 2        // microsecond resolution: 01:23:23.123123; assumes Ltime
	LUTC          = 1 << 5        // UTC rather than the local time zone
	Lmsgprefix    = 1 << 6        // the prefix just before the message
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger writes each message as one line (a newline is added when it
// is missing) with a single Write call to its output. It is safe for use
// by several goroutines.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
	buf    []byte
}

// New creates a Logger writing to out, each line starting with prefix
// (or with prefix right before the message under Lmsgprefix).
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package functions.
func Default() *Logger { return std }

// SetOutput sets the destination of the logger.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	l.out = w
	l.mu.Unlock()
}

// Writer returns the destination of the logger.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// Prefix returns the logger's prefix.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the logger's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	l.prefix = prefix
	l.mu.Unlock()
}

// Flags returns the logger's header flags.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the logger's header flags.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	l.flag = flag
	l.mu.Unlock()
}

// pad appends n in decimal, zero-padded to width digits.
func pad(b []byte, n int, width int) []byte {
	var d [20]byte
	i := len(d)
	for n >= 10 || width > 1 {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	d[i] = byte('0' + n)
	return append(b, d[i:]...)
}

func (l *Logger) header(b []byte, t time.Time) []byte {
	if l.flag&Lmsgprefix == 0 {
		b = append(b, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			y, m, d := t.Date()
			b = pad(b, y, 4)
			b = append(b, '/')
			b = pad(b, int(m), 2)
			b = append(b, '/')
			b = pad(b, d, 2)
			b = append(b, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			h, mi, s := t.Clock()
			b = pad(b, h, 2)
			b = append(b, ':')
			b = pad(b, mi, 2)
			b = append(b, ':')
			b = pad(b, s, 2)
			if l.flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = pad(b, t.Nanosecond()/1000, 6)
			}
			b = append(b, ' ')
		}
	}
	if l.flag&Lmsgprefix != 0 {
		b = append(b, l.prefix...)
	}
	return b
}

// Output writes s with the logger's header. calldepth would choose the
// caller named under Lshortfile/Llongfile, which Mvm does not provide.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.out == io.Discard {
		return nil
	}
	b := l.header(l.buf[:0], now)
	b = append(b, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		b = append(b, '\n')
	}
	l.buf = b
	_, err := l.out.Write(b)
	return err
}

// Print writes its operands as fmt.Print does.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Printf writes its operands as fmt.Printf does.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Println writes its operands as fmt.Println does.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// SetOutput sets the destination of the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the standard logger's header flags.
func Flags() int { return std.Flags() }

// SetFlags sets the standard logger's header flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the destination of the standard logger.
func Writer() io.Writer { return std.Writer() }

// Output writes s through the standard logger.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// Print writes to the standard logger as fmt.Print does.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf writes to the standard logger as fmt.Printf does.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println writes to the standard logger as fmt.Println does.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
