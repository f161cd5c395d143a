// bufio.Scanner: lines (with CR LF and a last line without newline),
// words, runes, bytes, custom split functions, ErrFinalToken, Buffer and
// ErrTooLong, and a reader that returns small chunks.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

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

type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("read failed")
	}
	f.n--
	return copy(p, "line\n"), nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree"))
	for sc.Scan() {
		fmt.Printf("%q %d\n", sc.Text(), len(sc.Bytes()))
	}
	fmt.Println(sc.Err(), sc.Scan())

	sc = bufio.NewScanner(&chunky{"a b\n c\r\nlast\r", 2})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("  hello   wide\tworld\n\u00a0x\u2003y  "))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
		n++
	}
	fmt.Println(n)

	sc = bufio.NewScanner(strings.NewReader("héllo\xff世"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()

	// Comma-separated values with a custom split function.
	sc = bufio.NewScanner(&chunky{"1,22,333,,4444", 3})
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// A split function that fails.
	sc = bufio.NewScanner(strings.NewReader("a b c"))
	calls := 0
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		if calls > 2 {
			return 0, nil, errors.New("split failed")
		}
		return 1, data[:1], nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// Token too long.
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)

	// Long lines within the limit.
	long := strings.Repeat("y", 70000)
	sc = bufio.NewScanner(strings.NewReader(long + "\n" + long))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(long + "\n"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())

	// Read errors.
	sc = bufio.NewScanner(&failing{2})
	for sc.Scan() {
		fmt.Print(sc.Text(), " ")
	}
	fmt.Println(sc.Err())

	// Empty input.
	sc = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc.Scan(), sc.Text() == "", sc.Err())

	// Many lines.
	var sb strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&sb, "line %d\n", i)
	}
	sc = bufio.NewScanner(strings.NewReader(sb.String()))
	count, total := 0, 0
	for sc.Scan() {
		count++
		total += len(sc.Text())
	}
	fmt.Println(count, total)

	defer func() { fmt.Println("recovered:", recover()) }()
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Scan()
	sc.Buffer(nil, 10)
}

// Output:
// "one" 3
// "two" 3
// "" 0
// "three" 5
// <nil> false
// "a b" " c" "last" 
// [hello][wide][world][x][y]5
// "h" "é" "l" "l" "o" "�" "世" 
// [97] [98] [99] 
// "1" "22" "333" "" "4444" <nil>
// "a" " " split failed
// bufio.Scanner: token too long true
// 70000
// 70000
// <nil>
// bufio.Scanner: token too long
// line line read failed
// false true <nil>
// 5000 43890
// recovered: Buffer called after Scan
