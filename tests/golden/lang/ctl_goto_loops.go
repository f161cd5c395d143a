package main

import "fmt"

func primes(n int) []int {
	var out []int
	i := 2
outer:
	if i > n {
		return out
	}
	for j := 2; j*j <= i; j++ {
		if i%j == 0 {
			i++
			goto outer
		}
	}
	out = append(out, i)
	i++
	goto outer
}

func retry(attempts int) (log []string) {
	try := 0
again:
	try++
	if try < attempts {
		log = append(log, fmt.Sprint("fail ", try))
		goto again
	}
	log = append(log, fmt.Sprint("ok after ", try))
	return
}

func main() {
	fmt.Println(primes(50))
	fmt.Println(retry(3))
	fmt.Println(retry(1))
	i := 0
	{
	top:
		if i < 3 {
			i++
			goto top
		}
	}
	fmt.Println(i)
	n := 0
	for k := 0; k < 5; k++ {
		if k == 2 {
			goto cont
		}
		n += k
	cont:
	}
	fmt.Println(n)
}

// Output:
// [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47]
// [fail 1 fail 2 ok after 3]
// [ok after 1]
// 3
// 8
