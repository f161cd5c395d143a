// fmt scanning: Sscan, Sscanln, Sscanf, Fscan* over readers, Scan* itself
// reads os.Stdin (not used here); every kind of operand and the error texts.
package main

import (
	"fmt"
	"strings"
)

type MyInt int

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var bo bool
	var by []byte
	var mi MyInt
	var r rune
	p := func(n int, err error) { fmt.Printf("n=%d err=%v a=%d b=%d s=%q f=%v u=%d bo=%v\n", n, err, a, b, s, f, u, bo) }
	p(fmt.Sscan("", &a))
	p(fmt.Sscan("   ", &a))
	p(fmt.Sscan("5", &a, &b))
	p(fmt.Sscan("5 x", &a, &b))
	p(fmt.Sscan(" 12\n\n 34 ", &a, &b))
	p(fmt.Sscan("0x1F 0b101", &a, &b))
	p(fmt.Sscan("0o17 017", &a, &b))
	p(fmt.Sscan("-12 +7", &a, &b))
	p(fmt.Sscan("1_000 2", &a, &b))
	p(fmt.Sscan("300", &u))
	p(fmt.Sscan("-1", &u))
	p(fmt.Sscan("99999999999999999999", &a))
	p(fmt.Sscan("hello world", &s, &s))
	p(fmt.Sscan("3.25e2 true", &f, &bo))
	p(fmt.Sscan("1e", &f))
	p(fmt.Sscan("inf", &f))
	p(fmt.Sscan("T F", &bo, &bo))
	p(fmt.Sscan("yes", &bo))
	p(fmt.Sscan("12abc", &a, &s))
	p(fmt.Sscan("abc", &a))
	p(fmt.Sscan("-", &a))
	p(fmt.Sscanln("1 2\n3", &a, &b))
	p(fmt.Sscanln("1\n2", &a, &b))
	p(fmt.Sscanln("1 2 3\n", &a, &b))
	p(fmt.Sscanln("", &a))
	p(fmt.Sscanln("\n", &a))
	p(fmt.Sscanln("7   \n", &a))
	p(fmt.Sscanf("10-20", "%d-%d", &a, &b))
	p(fmt.Sscanf("x=5 y=abc", "x=%d y=%s", &a, &s))
	p(fmt.Sscanf("5", "%d %d", &a, &b))
	p(fmt.Sscanf("ff 777", "%x %o", &a, &b))
	p(fmt.Sscanf("3.5", "%f", &f))
	p(fmt.Sscanf("abc", "%d", &a))
	p(fmt.Sscanf("7 8", "%d,%d", &a, &b))
	p(fmt.Sscanf("1\n2", "%d %d", &a, &b))
	p(fmt.Sscanf("1\n2", "%d\n%d", &a, &b))
	p(fmt.Sscanf("12345", "%3d%d", &a, &b))
	p(fmt.Sscanf("hello", "%3s%s", &s, &s))
	p(fmt.Sscanf("42", "%v", &a))
	p(fmt.Sscanf("true", "%t", &bo))
	p(fmt.Sscanf("%5", "%%%d", &a))
	p(fmt.Sscanf("5", "%d%%", &a))
	p(fmt.Sscanf("1 2", "%d %d %d", &a, &b))
	p(fmt.Sscanf("1", "%d", &a, &b))
	p(fmt.Sscanf("  9", "%d", &a))
	p(fmt.Sscanf("a 9", "a %d", &a))
	p(fmt.Sscanf("a9", "a %d", &a))
	p(fmt.Sscanf("a  9", "a%d", &a))
	p(fmt.Sscanf("1", "%z", &a))
	p(fmt.Sscanf("x", "%d", &s))
	n, err := fmt.Sscan("hi there", &by)
	fmt.Println(n, err, string(by))
	n, err = fmt.Sscan("42", &mi)
	fmt.Println(n, err, mi)
	n, err = fmt.Sscanf("é", "%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	fmt.Println(n, err)
	var c complex128
	n, err = fmt.Sscan("(1+2i)", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("1.5-2i", &c)
	fmt.Println(n, err, c)
	var f32 float32
	n, err = fmt.Sscan("1e40", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscanf("0x1p4 1_0.5", "%g %g", &f, &f)
	fmt.Println(n, err, f)
	rd := strings.NewReader("10 20\n30 40\n")
	for {
		n, err := fmt.Fscan(rd, &a)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(a)
	}
	rd = strings.NewReader("1 2\n3 4\n")
	for {
		n, err := fmt.Fscanln(rd, &a, &b)
		fmt.Println(n, err, a, b)
		if err != nil {
			break
		}
	}
	rd = strings.NewReader("k:1 k:2")
	for {
		n, err := fmt.Fscanf(rd, "k:%d ", &a)
		fmt.Println(n, err, a)
		if err != nil {
			break
		}
	}
}

// Output:
// n=0 err=EOF a=0 b=0 s="" f=0 u=0 bo=false
// n=0 err=EOF a=0 b=0 s="" f=0 u=0 bo=false
// n=1 err=EOF a=5 b=0 s="" f=0 u=0 bo=false
// n=1 err=expected integer a=5 b=0 s="" f=0 u=0 bo=false
// n=2 err=<nil> a=12 b=34 s="" f=0 u=0 bo=false
// n=2 err=<nil> a=31 b=5 s="" f=0 u=0 bo=false
// n=2 err=<nil> a=15 b=15 s="" f=0 u=0 bo=false
// n=2 err=<nil> a=-12 b=7 s="" f=0 u=0 bo=false
// n=2 err=<nil> a=1000 b=2 s="" f=0 u=0 bo=false
// n=0 err=unsigned integer overflow on token 300 a=1000 b=2 s="" f=0 u=0 bo=false
// n=0 err=expected integer a=1000 b=2 s="" f=0 u=0 bo=false
// n=0 err=strconv.ParseInt: parsing "99999999999999999999": value out of range a=1000 b=2 s="" f=0 u=0 bo=false
// n=2 err=<nil> a=1000 b=2 s="world" f=0 u=0 bo=false
// n=2 err=<nil> a=1000 b=2 s="world" f=325 u=0 bo=true
// n=0 err=strconv.ParseFloat: parsing "1e": invalid syntax a=1000 b=2 s="world" f=325 u=0 bo=true
// n=1 err=<nil> a=1000 b=2 s="world" f=+Inf u=0 bo=true
// n=2 err=<nil> a=1000 b=2 s="world" f=+Inf u=0 bo=false
// n=1 err=<nil> a=1000 b=2 s="world" f=+Inf u=0 bo=false
// n=2 err=<nil> a=12 b=2 s="abc" f=+Inf u=0 bo=false
// n=0 err=expected integer a=12 b=2 s="abc" f=+Inf u=0 bo=false
// n=0 err=EOF a=12 b=2 s="abc" f=+Inf u=0 bo=false
// n=2 err=<nil> a=1 b=2 s="abc" f=+Inf u=0 bo=false
// n=1 err=unexpected newline a=1 b=2 s="abc" f=+Inf u=0 bo=false
// n=2 err=expected newline a=1 b=2 s="abc" f=+Inf u=0 bo=false
// n=0 err=EOF a=1 b=2 s="abc" f=+Inf u=0 bo=false
// n=0 err=unexpected newline a=1 b=2 s="abc" f=+Inf u=0 bo=false
// n=1 err=<nil> a=7 b=2 s="abc" f=+Inf u=0 bo=false
// n=2 err=<nil> a=10 b=20 s="abc" f=+Inf u=0 bo=false
// n=2 err=<nil> a=5 b=20 s="abc" f=+Inf u=0 bo=false
// n=1 err=EOF a=5 b=20 s="abc" f=+Inf u=0 bo=false
// n=2 err=<nil> a=255 b=511 s="abc" f=+Inf u=0 bo=false
// n=1 err=<nil> a=255 b=511 s="abc" f=3.5 u=0 bo=false
// n=0 err=expected integer a=255 b=511 s="abc" f=3.5 u=0 bo=false
// n=1 err=input does not match format a=7 b=511 s="abc" f=3.5 u=0 bo=false
// n=1 err=newline in input does not match format a=1 b=511 s="abc" f=3.5 u=0 bo=false
// n=2 err=<nil> a=1 b=2 s="abc" f=3.5 u=0 bo=false
// n=2 err=<nil> a=123 b=45 s="abc" f=3.5 u=0 bo=false
// n=2 err=<nil> a=123 b=45 s="lo" f=3.5 u=0 bo=false
// n=1 err=<nil> a=42 b=45 s="lo" f=3.5 u=0 bo=false
// n=1 err=<nil> a=42 b=45 s="lo" f=3.5 u=0 bo=true
// n=1 err=<nil> a=5 b=45 s="lo" f=3.5 u=0 bo=true
// n=1 err=unexpected EOF a=5 b=45 s="lo" f=3.5 u=0 bo=true
// n=2 err=too few operands for format '%d' a=1 b=2 s="lo" f=3.5 u=0 bo=true
// n=1 err=too many operands a=1 b=2 s="lo" f=3.5 u=0 bo=true
// n=1 err=<nil> a=9 b=2 s="lo" f=3.5 u=0 bo=true
// n=1 err=<nil> a=9 b=2 s="lo" f=3.5 u=0 bo=true
// n=0 err=expected space in input to match format a=9 b=2 s="lo" f=3.5 u=0 bo=true
// n=1 err=<nil> a=9 b=2 s="lo" f=3.5 u=0 bo=true
// n=0 err=bad verb '%z' for integer a=9 b=2 s="lo" f=3.5 u=0 bo=true
// n=0 err=bad verb '%d' for string a=9 b=2 s="lo" f=3.5 u=0 bo=true
// 1 <nil> hi
// 1 <nil> 42
// 1 <nil> é
// 0 type not a pointer: int
// 0 can't scan type: *map[string]int
// 1 <nil> (1+2i)
// 1 <nil> (1.5-2i)
// 0 strconv.ParseFloat: parsing "1e40": value out of range 0
// 2 <nil> 10.5
// 10
// 20
// 30
// 40
// 0 EOF
// 2 <nil> 1 2
// 2 <nil> 3 4
// 0 EOF 3 4
// 1 <nil> 1
// 1 <nil> 2
// 0 unexpected EOF 2
