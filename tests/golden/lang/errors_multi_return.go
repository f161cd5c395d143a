package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	return a / b, a % b, nil
}

func parseDigit(c byte) (int, error) {
	if c < '0' || c > '9' {
		return 0, fmt.Errorf("bad digit %q", c)
	}
	return int(c - '0'), nil
}

func parseInt(s string) (int, error) {
	if len(s) == 0 {
		return 0, errors.New("empty")
	}
	n := 0
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		d, err := parseDigit(s[i])
		if err != nil {
			return 0, fmt.Errorf("parseInt(%q) at %d: %w", s, i, err)
		}
		n = n*10 + d
	}
	if neg {
		n = -n
	}
	return n, nil
}

func main() {
	fmt.Println(divide(17, 5))
	fmt.Println(divide(1, 0))
	q, _, err := divide(9, 2)
	fmt.Println(q, err)
	for _, s := range []string{"123", "-45", "", "12x3", "0"} {
		n, err := parseInt(s)
		if err != nil {
			fmt.Println("err:", err)
		} else {
			fmt.Println("ok:", n)
		}
	}
	total := 0
	errs := []error{}
	for _, s := range []string{"1", "2", "x", "4", "y"} {
		if n, err := parseInt(s); err == nil {
			total += n
		} else {
			errs = append(errs, err)
		}
	}
	fmt.Println(total, len(errs), errors.Join(errs...))
}

// Output:
// 3 2 <nil>
// 0 0 division by zero
// 4 <nil>
// ok: 123
// ok: -45
// err: empty
// err: parseInt("12x3") at 2: bad digit 'x'
// ok: 0
// 7 2 parseInt("x") at 0: bad digit 'x'
// parseInt("y") at 0: bad digit 'y'
