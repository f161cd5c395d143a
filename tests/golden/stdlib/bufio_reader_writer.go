// bufio.Reader and bufio.Writer: ReadString, ReadBytes, ReadLine,
// ReadRune/UnreadRune, ReadByte/UnreadByte, Peek, Discard, Buffered,
// small buffers; Writer buffering, Flush, Available, WriteRune, errors.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type sink struct {
	b      []byte
	writes int
}

func (s *sink) Write(p []byte) (int, error) {
	s.writes++
	s.b = append(s.b, p...)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("write failed") }

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader("x,yy,zzz"), 16)
	for {
		b, err := r.ReadBytes(',')
		fmt.Printf("%q %v\n", b, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader("short\nthis line is longer than sixteen bytes\r\nend\r\n"), 16)
	fmt.Println(r.Size())
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReader(strings.NewReader("héllo, 世界!"))
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%c%d ", c, size)
		if c == 'é' {
			fmt.Print(r.UnreadRune(), " ")
			c, size, _ = r.ReadRune()
			fmt.Printf("again %c%d ", c, size)
		}
	}
	fmt.Println(r.UnreadRune())

	r = bufio.NewReader(strings.NewReader("abcdef"))
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.UnreadByte())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	d, err := r.Discard(2)
	fmt.Println(d, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	p, err = r.Peek(1)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("q", 40)), 16)
	p, err = r.Peek(20)
	fmt.Println(len(p), err)
	buf := make([]byte, 100)
	n, err := r.Read(buf)
	fmt.Println(n, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)

	var s sink
	w := bufio.NewWriterSize(&s, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Available(), w.Buffered(), s.writes)
	w.WriteString("long string over the buffer")
	fmt.Println(w.Buffered(), s.writes, len(s.b))
	w.Write([]byte("0123456789abcdef"))
	fmt.Println(w.Buffered(), s.writes)
	fmt.Println(w.Flush(), string(s.b), s.writes)
	fmt.Fprintf(w, "%05d", 42)
	w.Flush()
	fmt.Println(string(s.b[len(s.b)-5:]))

	fw := bufio.NewWriterSize(failWriter{}, 4)
	fw.WriteString("abc")
	fmt.Println(fw.Flush())
	_, err = fw.WriteString("more")
	fmt.Println(err, fw.Buffered())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	rw.Flush()

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintln(out, "buffered line", i)
	}
	n64, err := out.ReadFrom(strings.NewReader("read from\n"))
	fmt.Fprintln(out, n64, err)
	var sb strings.Builder
	wt, err := bufio.NewReader(strings.NewReader("write to")).WriteTo(&sb)
	fmt.Fprintln(out, wt, err, sb.String())
}

// Output:
// "alpha\n" <nil>
// "beta\r\n" <nil>
// "gamma" EOF
// "x," <nil>
// "yy," <nil>
// "zzz" EOF
// 16
// "short" false <nil>
// "this line is lon" true <nil>
// "ger than sixteen" true <nil>
// " bytes" false <nil>
// "end" false <nil>
// "" false EOF
// h1 é2 <nil> again é2 l1 l1 o1 ,1  1 世3 界3 !1 EOF
// bufio: invalid use of UnreadRune
// a <nil> bufio: invalid use of UnreadByte
// "abc" <nil> 6
// 2 <nil>
// "cdef"
// "" EOF
// bufio: negative count
// 16 bufio: buffer full
// 16 <nil>
// 24 <nil>
// 8 8 0
// 2 6 0
// 1 4 32
// 0 6
// <nil> abcdélong string over the buffer0123456789abcdef 6
// 00042
// write failed
// write failed 2
// echo: in
// buffered line 0
// buffered line 1
// buffered line 2
// read from
// 10 <nil>
// 8 <nil> write to
