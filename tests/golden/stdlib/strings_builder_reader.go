package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", 3-i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	n, _ = b.WriteRune(-1)
	fmt.Println(n)
	b.Write([]byte(" bytes"))
	fmt.Println(b.String(), b.Len())
	s1 := b.String()
	b.WriteString(" more")
	fmt.Println(s1, "|", b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("x")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	var big strings.Builder
	for i := 0; i < 100000; i++ {
		big.WriteString("abcdefghij")
	}
	fmt.Println(big.Len(), strings.Count(big.String(), "j"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var g strings.Builder
		g.Grow(-1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	}()

	r := strings.NewReader("héllo, reader")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	by, err := r.ReadByte()
	fmt.Println(by, err, r.UnreadByte())
	pos, err := r.Seek(-6, 2)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err, errors.Is(err, io.EOF))
	_, _, err = r.ReadRune()
	fmt.Println(err)
	n, err = r.ReadAt(buf, 1)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 11)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, 100)
	fmt.Println(n, err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	_, err = r.Seek(-100, 1)
	fmt.Println(err)
	r.Reset("new")
	fmt.Println(r.UnreadByte(), r.UnreadRune(), r.Len())
	r.Seek(1, 0)
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println("", wn, err)
	var zero strings.Reader
	n, err = zero.Read(buf)
	fmt.Println(n, err, zero.Len())

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("This is <b>HTML</b> & more"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "", "-").Replace("aaab"))
	fmt.Println(strings.NewReplacer("aa", "2", "a", "1").Replace("aaab"))
	fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Printf("%q\n", strings.NewReplacer("x", "").Replace("xaxbx"))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("unchanged"))
	fmt.Printf("%q\n", strings.NewReplacer("hello", "HI", "world", "EARTH").Replace("hello world, hello"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "a", "2").Replace("aa"))
	nw, err := rep.WriteString(os.Stdout, "<x>\n")
	fmt.Println(nw, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("odd")
	}()
}

// Output:
// 0 0 true
// 3 <nil>
// 3
// 3...2...1...ignition!世� bytes 33
// 3...2...1...ignition!世� bytes | 3...2...1...ignition!世� bytes more
// 0 true
// 0 112
// 1 112
// 1000000 100000
// recovered: strings.Builder.Grow: negative count
// recovered: strings: illegal use of non-zero Builder copied by value
// 14 14
// 4 <nil> "hél" 10
// 108 1 <nil>
// <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// 108 <nil> <nil>
// 8 <nil>
// "reader"
// 0 EOF true
// EOF
// 4 <nil> "éll"
// 3 EOF "der"
// 0 strings.Reader.ReadAt: negative offset
// 0 EOF
// strings.Reader.Seek: invalid whence
// strings.Reader.Seek: negative position
// strings.Reader.UnreadByte: at beginning of string strings.Reader.UnreadRune: at beginning of string 3
// ew 2 <nil>
// 0 EOF 0
// This is &lt;b&gt;HTML&lt;/b&gt; &amp; more
// 111-b-
// 21b
// "XaXbXcX"
// "X"
// "baab"
// "ab"
// "unchanged"
// "HI EARTH, HI"
// "11"
// &lt;x&gt;
// 10 <nil>
// recovered: strings.NewReplacer: odd argument count
