package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", b.Available())
	b.WriteString("hello")
	b.WriteByte(' ')
	b.Write([]byte("world"))
	n, err := b.WriteRune('世')
	fmt.Println(n, err, b.Len(), b.Cap(), b.String())
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String())
	p := make([]byte, 5)
	n, err = b.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], b.Len())
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString('d')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune())
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err)
	rest, err := b.ReadBytes('x')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	_, _, err = b.ReadRune()
	fmt.Println(err, b.UnreadRune())
	b.Reset()
	b.WriteString("0123456789")
	fmt.Printf("%q %q %d\n", b.Next(3), b.Next(100), b.Len())
	b.WriteString("abcdef")
	b.Truncate(3)
	fmt.Println(b.String(), b.Len())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Truncate(10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Grow(-1)
	}()
	var g bytes.Buffer
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	for i := 0; i < 1000; i++ {
		g.WriteString("0123456789")
	}
	fmt.Println(g.Len(), g.Cap() >= g.Len(), bytes.Count(g.Bytes(), []byte("9")))
	nb := bytes.NewBufferString("from string")
	fmt.Println(nb.String(), nb.Len())
	nb2 := bytes.NewBuffer([]byte("from bytes"))
	m, err := nb2.WriteTo(os.Stdout)
	fmt.Println("", m, err, nb2.Len())
	var rf bytes.Buffer
	m, err = rf.ReadFrom(strings.NewReader(strings.Repeat("r", 2000)))
	fmt.Println(m, err, rf.Len())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	data, _ := io.ReadAll(bytes.NewBufferString("read all of this"))
	fmt.Println(string(data))
	avail := b.AvailableBuffer()
	fmt.Println(len(avail), cap(avail) == b.Available())

	br := bytes.NewReader([]byte("bytes reader é"))
	fmt.Println(br.Len(), br.Size())
	q := make([]byte, 6)
	n, err = br.Read(q)
	fmt.Printf("%d %v %q\n", n, err, q[:n])
	pos, err := br.Seek(-2, 2)
	fmt.Println(pos, err)
	ch, sz, err := br.ReadRune()
	fmt.Println(ch, sz, err, br.UnreadRune(), br.UnreadRune())
	n, err = br.ReadAt(q, 8)
	fmt.Printf("%d %v %q\n", n, err, q[:n])
	_, err = br.Seek(0, 9)
	fmt.Println(err)
	_, err = br.Seek(-1, 0)
	fmt.Println(err)
	br.Reset([]byte("xyz"))
	bb, err := br.ReadByte()
	fmt.Println(bb, err, br.UnreadByte(), br.UnreadByte())
	m, err = br.WriteTo(os.Stdout)
	fmt.Println("", m, err)
	_, err = br.ReadByte()
	fmt.Println(err)
}

// Output:
// 0 0 true 0
// 3 <nil> 14 64 hello world世
// hello world世 42
// 5 <nil> "hello" 12
// 32 <nil> <nil> bytes.Buffer: UnreadByte: previous operation was not a successful read
// " world" <nil>
// 19990 3 <nil> <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// 19990 3 <nil>
// " 42" EOF 0
// 0 EOF
// 0 <nil>
// EOF bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// "012" "3456789" 0
// abc 3
// recovered: bytes.Buffer: truncation out of range
// recovered: bytes.Buffer.Grow: negative count
// 0 64
// 0 128
// 10000 true 1000
// from string 11
// from bytes 10 <nil> 0
// 2000 <nil> 2000
// <nil>
// read all of this
// 0 true
// 15 15
// 6 <nil> "bytes "
// 13 <nil>
// 233 2 <nil> <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// 6 <nil> "ader \xc3"
// bytes.Reader.Seek: invalid whence
// bytes.Reader.Seek: negative position
// 120 <nil> <nil> bytes.Reader.UnreadByte: at beginning of slice
// xyz 3 <nil>
// EOF
