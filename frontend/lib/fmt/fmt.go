// Package fmt implements formatted I/O. The formatting engine is in the
// runtime (natives); this file holds the API around it.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// state is the State a Format method receives. The runtime allocates it
// and fills the fields after buf (their order is fixed).
type state struct {
	buf   []byte
	wid   int
	prec  int
	flags int // 1 width, 2 precision, then '-', '+', '#', ' ', '0'
}

func (s *state) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *state) Width() (int, bool)     { return s.wid, s.flags&1 != 0 }
func (s *state) Precision() (int, bool) { return s.prec, s.flags&2 != 0 }

func (s *state) Flag(c int) bool {
	switch c {
	case '-':
		return s.flags&4 != 0
	case '+':
		return s.flags&8 != 0
	case '#':
		return s.flags&16 != 0
	case ' ':
		return s.flags&32 != 0
	case '0':
		return s.flags&64 != 0
	}
	return false
}

// proto gives the natives the method table of State for *state.
var proto State = (*state)(nil)

// Natives: kind 0 is Print, 1 Println, 2 Printf.
func printOut(kind int, format string, a []any, st State) int
func sprint(kind int, format string, a []any, st State) string
func bprint(kind int, format string, a []any, st State) []byte
func errorf(kind int, format string, a []any, st State) (string, []int)

func Print(a ...any) (n int, err error)   { return printOut(0, "", a, proto), nil }
func Println(a ...any) (n int, err error) { return printOut(1, "", a, proto), nil }
func Printf(format string, a ...any) (n int, err error) {
	return printOut(2, format, a, proto), nil
}

func Sprint(a ...any) string                 { return sprint(0, "", a, proto) }
func Sprintln(a ...any) string               { return sprint(1, "", a, proto) }
func Sprintf(format string, a ...any) string { return sprint(2, format, a, proto) }

// Fprint formats using the default formats and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) { return w.Write(bprint(0, "", a, proto)) }

// Fprintln formats using the default formats and writes to w, with a
// newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) { return w.Write(bprint(1, "", a, proto)) }

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(bprint(2, format, a, proto))
}

// Append formats using the default formats and appends to b.
func Append(b []byte, a ...any) []byte { return append(b, sprint(0, "", a, proto)...) }

// Appendln formats using the default formats and appends to b, with a
// newline.
func Appendln(b []byte, a ...any) []byte { return append(b, sprint(1, "", a, proto)...) }

// Appendf formats according to a format specifier and appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, sprint(2, format, a, proto)...)
}

// FormatString returns a string representing the fully qualified
// formatting directive captured by the State, followed by the verb.
func FormatString(st State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if st.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := st.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := st.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	return string(append(b, string(verb)...))
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats according to a format specifier and returns the string
// as a value that satisfies error. %w operands are wrapped.
func Errorf(format string, a ...any) error {
	s, w := errorf(2, format, a, proto)
	switch len(w) {
	case 0:
		return errors.New(s)
	case 1:
		e := &wrapError{msg: s}
		e.err, _ = a[w[0]].(error)
		return e
	}
	var errs []error
	for _, i := range w {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

var _ = os.Stdout
