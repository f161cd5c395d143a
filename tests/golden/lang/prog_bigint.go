package main

import "fmt"

// little-endian base 10^9 digits
type Big []uint32

const base = 1000000000

func FromInt(n uint64) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var out Big
	var carry uint64
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += uint64(a[i])
		}
		if i < len(b) {
			s += uint64(b[i])
		}
		out = append(out, uint32(s%base))
		carry = s / base
	}
	return out
}

func (a Big) MulSmall(m uint32) Big {
	var out Big
	var carry uint64
	for _, d := range a {
		p := uint64(d)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out.trim()
}

func (a Big) Mul(b Big) Big {
	res := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			cur := res[i+j] + uint64(x)*uint64(y) + carry
			res[i+j] = cur % base
			carry = cur / base
		}
		k := i + len(b)
		for carry > 0 {
			cur := res[k] + carry
			res[k] = cur % base
			carry = cur / base
			k++
		}
	}
	out := make(Big, len(res))
	for i, v := range res {
		out[i] = uint32(v)
	}
	return out.trim()
}

func (a Big) trim() Big {
	for len(a) > 1 && a[len(a)-1] == 0 {
		a = a[:len(a)-1]
	}
	return a
}

func (a Big) String() string {
	s := fmt.Sprint(a[len(a)-1])
	for i := len(a) - 2; i >= 0; i-- {
		s += fmt.Sprintf("%09d", a[i])
	}
	return s
}

func main() {
	f := FromInt(1)
	for i := uint32(1); i <= 50; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("50! =", f)
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib200 =", a)
	p := FromInt(1)
	two := FromInt(2)
	for i := 0; i < 128; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^128 =", p)
	x := FromInt(18446744073709551615)
	fmt.Println(x, x.Mul(x))
	digits := 0
	for _, c := range f.String() {
		digits += int(c - '0')
	}
	fmt.Println("digit sum 50!:", digits, len(f.String()))
}

// Output:
// 50! = 30414093201713378043612608166064768844377641568960512000000000000
// fib200 = 280571172992510140037611932413038677189525
// 2^128 = 340282366920938463463374607431768211456
// 18446744073709551615 340282366920938463426481119284349108225
// digit sum 50!: 216 65
