package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("original")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 caught:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	level3()
}

func level1() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("level1 caught: ", r)
		}
	}()
	level2()
	return "normal"
}

func deferPanics() (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func recoverOnlyOnce() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func helperRecover() interface{} {
	return recover()
}

func notDirect() (r interface{}) {
	defer func() {
		r = recover()
	}()
	defer func() {
		fmt.Println("indirect recover returns:", helperRecover())
	}()
	panic("direct needed")
}

func main() {
	fmt.Println(level1())
	fmt.Println(deferPanics())
	recoverOnlyOnce()
	fmt.Println("notDirect:", notDirect())
	func() {
		defer func() {
			r := recover()
			fmt.Println("panic(nil) recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println(e.Error())
			}
		}()
		panic(nil)
	}()
}

// Output:
// level3 defer
// level2 caught: original
// level1 caught: re-panic(original)
// final: second panic
// first recover: once
// second recover: <nil>
// indirect recover returns: <nil>
// notDirect: direct needed
// panic(nil) recovered: runtime error: panic called with nil argument
// runtime error: panic called with nil argument
