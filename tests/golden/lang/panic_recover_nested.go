package main

import "fmt"

func a() (n int) {
	defer func() {
		if r := recover(); r != nil {
			n = r.(int) * 2
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(r.(int) + 1)
		}
	}()
	panic(10)
}

func b() {
	defer func() {
		fmt.Println("b outer recover:", recover())
	}()
	func() {
		defer func() {
			fmt.Println("b inner recover:", recover())
			panic("from inner defer")
		}()
		panic("original")
	}()
}

func c() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprintf("%v %T", r, r)
	}()
	var arr []int
	_ = arr[len(arr)]
	return
}

type CustomErr struct{ code int }

func (c *CustomErr) Error() string { return fmt.Sprint("code ", c.code) }

func d() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	panic(&CustomErr{42})
}

func main() {
	fmt.Println(a())
	b()
	fmt.Println(c())
	err := d()
	fmt.Println(err)
	if ce, ok := err.(*CustomErr); ok {
		fmt.Println(ce.code)
	}
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i == 1 {
				var m map[int]int
				m[0] = 0
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}

// Output:
// 22
// b inner recover: original
// b outer recover: from inner defer
// runtime error: index out of range [0] with length 0 runtime.boundsError
// code 42
// 42
// iteration 0 ok
// iteration 1 recovered assignment to entry in nil map
// iteration 2 ok
