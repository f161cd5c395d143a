// Readers that return their last data together with io.EOF, through
// bufio.Scanner, bufio.Reader, io.ReadAll, io.ReadFull, io.Copy and Fscan.
package main

import (
	"bufio"
	"fmt"
	"io"
)

// eofWith returns its data together with io.EOF.
type eofWith struct{ s string }

func (e *eofWith) Read(p []byte) (int, error) {
	n := copy(p, e.s)
	e.s = e.s[n:]
	if len(e.s) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func main() {
	sc := bufio.NewScanner(&eofWith{"a\nb\nlast"})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	b, err := io.ReadAll(&eofWith{"xyz"})
	fmt.Println(string(b), err)
	buf := make([]byte, 3)
	n, err := io.ReadFull(&eofWith{"xyz"}, buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(&eofWith{"xy"}, buf)
	fmt.Println(n, err)
	r := bufio.NewReader(&eofWith{"line1\nline2"})
	for {
		l, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
	var x, y int
	k, err := fmt.Fscan(&eofWith{"1 2"}, &x, &y)
	fmt.Println(k, err, x, y)
	wc, err := io.Copy(io.Discard, &eofWith{"abc"})
	fmt.Println(wc, err)
}

// Output:
// "a" "b" "last" <nil>
// xyz <nil>
// 3 <nil>
// 2 unexpected EOF
// "line1\n" <nil>
// "line2" EOF
// 2 <nil> 1 2
// 3 <nil>
