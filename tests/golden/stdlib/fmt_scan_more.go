// fmt scanning: custom Scanner types through ScanState, named operand
// types, %q/%x/%c verbs, widths, and how much input Fscan consumes from
// rune scanners and from plain readers.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type Celsius float64
type Name string
type Flag bool
type Small int8
type U16 uint16

// pair scans "a:b" into two words.
type pair struct{ a, b string }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ':' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	p.a = string(tok)
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != ':' {
		return fmt.Errorf("expected colon, got %q", r)
	}
	tok, err = st.Token(false, nil)
	p.b = string(tok)
	w, ok := st.Width()
	if ok {
		p.b += fmt.Sprint("/", w)
	}
	return err
}

// plain hides the RuneScanner methods of its reader.
type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

func main() {
	var c Celsius
	var nm Name
	var fl Flag
	var sm Small
	var u U16
	n, err := fmt.Sscan("36.6 gopher true -12 65535", &c, &nm, &fl, &sm, &u)
	fmt.Println(n, err, c, nm, fl, sm, u)
	n, err = fmt.Sscan("200", &sm)
	fmt.Println(n, err, sm)
	n, err = fmt.Sscan("70000", &u)
	fmt.Println(n, err, u)

	var p, q pair
	n, err = fmt.Sscan("k:v x:y", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("novalue", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ab:cdef", "%4v", &p)
	fmt.Println(n, err, p)

	var s1, s2 string
	n, err = fmt.Sscanf(`"quoted \"str\"" `+"`raw str`", "%q %q", &s1, &s2)
	fmt.Printf("%d %v %q %q\n", n, err, s1, s2)
	n, err = fmt.Sscanf(`"bad \z"`, "%q", &s1)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`noquote`, "%q", &s1)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("68656c6c6f 4", "%x %x", &s1, &s2)
	fmt.Printf("%d %v %q %q\n", n, err, s1, s2)
	var bs []byte
	n, err = fmt.Sscanf("zz", "%x", &bs)
	fmt.Println(n, err, bs)

	var r1, r2, r3 rune
	n, err = fmt.Sscanf("a bc", "%c%c%c", &r1, &r2, &r3)
	fmt.Println(n, err, string(r1), string(r2), string(r3))
	var b8 byte
	n, err = fmt.Sscanf("é", "%c", &b8)
	fmt.Println(n, err)

	var x, y, z int
	n, err = fmt.Sscanf("123456789", "%2d%3d%d", &x, &y, &z)
	fmt.Println(n, err, x, y, z)
	n, err = fmt.Sscanf("1010 17 ff U+1F600", "%b %o %X %U", &x, &y, &z, &r1)
	fmt.Println(n, err, x, y, z, r1)
	var f32 float32
	var c64 complex64
	n, err = fmt.Sscan("1.5e3 (2.5-1i)", &f32, &c64)
	fmt.Println(n, err, f32, c64)
	n, err = fmt.Sscan("1+2", &c64)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5p2 0x1.8p1", &f32, &c)
	fmt.Println(n, err, f32, c)
	n, err = fmt.Sscan("nan -inf", &c, &f32)
	fmt.Println(n, err, c, f32)
	var ui uint
	n, err = fmt.Sscanf("0x10", "%v", &ui)
	fmt.Println(n, err, ui)
	n, err = fmt.Sscanf("0x10", "%d", &ui)
	fmt.Println(n, err, ui)
	var tb bool
	n, err = fmt.Sscan("TRUE", &tb)
	fmt.Println(n, err, tb)
	n, err = fmt.Sscan("tru", &tb)
	fmt.Println(n, err, tb)
	n, err = fmt.Sscanf("1", "%d\n", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("1 \n 2", "%d \n %d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "abd")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5%", "%d%", &x)
	fmt.Println(n, err)

	// A rune scanner keeps the rest of the input for the next call.
	br := bufio.NewReader(strings.NewReader("12 34x rest"))
	n, err = fmt.Fscan(br, &x)
	fmt.Println(n, err, x)
	n, err = fmt.Fscan(br, &y)
	fmt.Println(n, err, y)
	rest, _ := io.ReadAll(br)
	fmt.Printf("%q\n", rest)
	// A plain reader loses the rune that ended a token.
	pr := plain{strings.NewReader("12 34x rest")}
	n, err = fmt.Fscan(pr, &x)
	fmt.Println(n, err, x)
	n, err = fmt.Fscan(pr, &y)
	fmt.Println(n, err, y)
	rest, _ = io.ReadAll(pr)
	fmt.Printf("%q\n", rest)
	sr := strings.NewReader("a 1\nb 2\nc x\n")
	for {
		var k string
		var v int
		n, err := fmt.Fscanln(sr, &k, &v)
		if err == io.EOF {
			break
		}
		fmt.Println(n, err, k, v)
		if err != nil {
			sr.ReadRune()
		}
	}
	var ip *int
	n, err = fmt.Sscan("1", ip)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", nil)
	fmt.Println(n, err)
}

// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]
// Output:
// 5 <nil> 36.6 gopher true -12 65535
// 0 integer overflow on token 200 -12
// 0 unsigned integer overflow on token 70000 65535
// 2 <nil> {k v} {x y}
// 0 unexpected EOF
// 1 <nil> {ab c/4}
// 2 <nil> "quoted \"str\"" "raw str"
// 0 invalid syntax
// 0 expected quoted string
// 1 unexpected EOF "hello" "raw str"
// 0 no hex data for %x string []
// 3 <nil> a   b
// 0 overflow on character value é
// 3 <nil> 12 345 6789
// 4 <nil> 10 15 255 128512
// 2 <nil> 1500 (2.5-1i)
// 0 syntax error scanning complex number
// 2 <nil> 6 3
// 2 <nil> NaN -Inf
// 1 <nil> 16
// 1 <nil> 0
// 1 <nil> true
// 0 syntax error scanning boolean true
// 1 <nil> 1
// 2 <nil> 1 2
// 1 newline in format does not match input
// 0 input does not match format
// 1 missing verb: % at end of format string
// 1 <nil> 12
// 1 <nil> 34
// "x rest"
// 1 <nil> 12
// 1 <nil> 34
// " rest"
// 2 <nil> a 1
// 2 <nil> b 2
// 1 expected integer c 0
// 0 unexpected newline  0
