package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	fmt.Println(log.Flags(), log.Prefix() == "", log.Writer() == os.Stderr, log.Default().Writer() == os.Stderr)

	// The standard logger writes to stderr.
	log.SetFlags(0)
	log.Print("to stderr")
	log.Printf("n=%d", 3)
	log.Println("a", 1, "b")
	log.Print("already ends\n")
	log.Print()
	log.Print("x", 1, 2, "y", "z", 3.5)
	log.SetPrefix("app: ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	fmt.Println(log.Flags(), log.Prefix())

	// Redirected output.
	var buf bytes.Buffer
	log.SetOutput(&buf)
	log.SetPrefix("[p] ")
	log.SetFlags(0)
	log.Printf("into buffer %v", []int{1, 2})
	log.Println("multi\nline")
	fmt.Printf("%q\n", buf.String())
	fmt.Println(log.Writer() == &buf)

	// A Logger of its own.
	var b2 bytes.Buffer
	l := log.New(&b2, "mine ", 0)
	l.Print("one")
	l.Printf("two %s", "2")
	l.Println("three", 3)
	l.SetPrefix("> ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("four")
	fmt.Print(b2.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &b2)
	l.SetOutput(upper{os.Stdout})
	l.Println("shouted")
	l.Output(1, "via output")

	// Headers with a date or time have their widths.
	var b3 bytes.Buffer
	l3 := log.New(&b3, "T ", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	l3.Print("timed")
	s := b3.String()
	fmt.Println(len(s), s[:2], s[6], s[9], s[12], s[15], s[18], s[21], s[28], s[29:])
	b3.Reset()
	l3.SetFlags(log.Ldate | log.Lmsgprefix)
	l3.Print("dated")
	s = b3.String()
	fmt.Println(len(s), s[4], s[7], s[10:])

	// Discard.
	d := log.New(io.Discard, "", 0)
	d.Println("nothing")
	fmt.Println(d.Writer() == io.Discard)

	// Panic logs, then panics with the message.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		l.SetOutput(os.Stdout)
		l.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicln("bad", "line")
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.SetOutput(os.Stdout)
		log.Panic("std", 1)
	}()
}

// Stderr:
// to stderr
// n=3
// a 1 b
// already ends
//
// x1 2yz3.5
// app: prefixed
// app: msgprefix
// Output:
// 1 2 4 32 64 3
// 3 true true true
// 64 app: 
// "[p] into buffer [1 2]\n[p] multi\nline\n"
// true
// mine one
// mine two 2
// mine three 3
// > four
// >  64 true
// > SHOUTED
// > VIA OUTPUT
// 35 T  47 47 32 58 58 46 32 timed
//
// 19 47 47  T dated
//
// true
// > bad 7
// recovered string "bad 7"
// > bad line
// recovered "bad line\n"
// [p] std1
// recovered "std1"
