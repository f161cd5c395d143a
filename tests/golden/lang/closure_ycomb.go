package main

import "fmt"

type Fn func(int) int
type Rec func(Rec) Fn

func Y(f func(Fn) Fn) Fn {
	g := func(r Rec) Fn {
		return f(func(x int) int { return r(r)(x) })
	}
	return g(g)
}

func main() {
	fact := Y(func(self Fn) Fn {
		return func(n int) int {
			if n <= 1 {
				return 1
			}
			return n * self(n-1)
		}
	})
	fib := Y(func(self Fn) Fn {
		return func(n int) int {
			if n < 2 {
				return n
			}
			return self(n-1) + self(n-2)
		}
	})
	fmt.Println(fact(10), fib(20))
	compose := func(fs ...Fn) Fn {
		return func(x int) int {
			for i := len(fs) - 1; i >= 0; i-- {
				x = fs[i](x)
			}
			return x
		}
	}
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 }, fact)
	fmt.Println(h(3))
	adders := make([]Fn, 0)
	for i := range 5 {
		adders = append(adders, func(x int) int { return x + i })
	}
	fmt.Println(compose(adders...)(0))
	church := func(n int) func(Fn) Fn {
		return func(f Fn) Fn {
			return func(x int) int {
				for i := 0; i < n; i++ {
					x = f(x)
				}
				return x
			}
		}
	}
	double := func(x int) int { return x * 2 }
	fmt.Println(church(10)(double)(1), church(0)(double)(7))
}

// Output:
// 3628800 6765
// 61
// 10
// 1024 7
