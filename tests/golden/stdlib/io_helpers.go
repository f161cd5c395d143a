// io: ReadAll, Copy, CopyN, ReadFull, ReadAtLeast, LimitReader,
// MultiReader, MultiWriter, TeeReader, SectionReader, NopCloser, Discard,
// WriteString, with readers that return data in small pieces.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky returns at most n bytes per Read.
type chunky struct {
	s string
	n int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.s) {
		k = len(c.s)
	}
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

type sink struct{ b []byte }

func (s *sink) Write(p []byte) (int, error) {
	s.b = append(s.b, p...)
	return len(p), nil
}

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.after {
		return f.after, errors.New("disk full")
	}
	f.after -= len(p)
	return len(p), nil
}

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("boom") }

type strAt string

func (s strAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(s)) {
		return 0, io.EOF
	}
	n := copy(p, s[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func main() {
	b, err := io.ReadAll(&chunky{strings.Repeat("abc", 400), 7})
	fmt.Println(len(b), err, string(b[:6]))
	b, err = io.ReadAll(errReader{})
	fmt.Println(len(b), err)

	var s sink
	n, err := io.Copy(&s, &chunky{"hello world", 3})
	fmt.Println(n, err, string(s.b))
	n, err = io.Copy(&failWriter{5}, &chunky{"hello world", 20})
	fmt.Println(n, err)
	s.b = nil
	n, err = io.CopyN(&s, &chunky{"0123456789", 4}, 6)
	fmt.Println(n, err, string(s.b))
	n, err = io.CopyN(&s, &chunky{"01", 4}, 6)
	fmt.Println(n, err)

	buf := make([]byte, 5)
	k, err := io.ReadFull(&chunky{"abcdefgh", 2}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadFull(&chunky{"abc", 2}, buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(&chunky{"", 2}, buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunky{"abcdefgh", 3}, buf, 4)
	fmt.Println(k, err, string(buf[:k]))
	k, err = io.ReadAtLeast(&chunky{"abcdefgh", 3}, buf, 6)
	fmt.Println(k, err)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", b)

	mr := io.MultiReader(&chunky{"one ", 2}, strings.NewReader(""), &chunky{"two ", 3}, strings.NewReader("three"))
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)

	var s1, s2 sink
	mw := io.MultiWriter(&s1, &s2)
	fmt.Fprintf(mw, "x=%d;", 1)
	io.WriteString(mw, "y")
	fmt.Println(string(s1.b), string(s2.b))
	_, err = io.MultiWriter(&s1, &failWriter{0}).Write([]byte("zz"))
	fmt.Println(err)

	var tee sink
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), string(tee.b))

	sr := io.NewSectionReader(strAt("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b))
	p := make([]byte, 3)
	k, err = sr.ReadAt(p, 3)
	fmt.Println(k, err, string(p[:k]))

	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	k, err = io.Discard.Write([]byte("gone"))
	fmt.Println(k, err)
	n, err = io.Copy(io.Discard, &chunky{strings.Repeat("z", 100000), 999})
	fmt.Println(n, err)
	k, err = io.WriteString(&s, "ws")
	fmt.Println(k, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	var r io.Reader = strings.NewReader("abc")
	_, isWT := r.(io.WriterTo)
	_, isBR := r.(io.ByteReader)
	_, isRS := r.(io.RuneScanner)
	fmt.Println(isWT, isBR, isRS)
}

// Output:
// 1200 <nil> abcabc
// 0 boom
// 11 <nil> hello world
// 5 disk full
// 6 <nil> 012345
// 2 EOF
// 5 <nil> abcde
// 3 unexpected EOF
// 0 EOF
// 5 <nil> abcde
// 0 short buffer
// "limited"
// "one two three" <nil>
// x=1;y x=1;y
// disk full
// tee data tee data
// 23456 5
// 1 <nil>
// 3456
// 2 EOF 56
// <nil>
// 4 <nil>
// 100000 <nil>
// 2 <nil>
// EOF unexpected EOF short write short buffer multiple Read calls return no data or error io: read/write on closed pipe
// true true true
