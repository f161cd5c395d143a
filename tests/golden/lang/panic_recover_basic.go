package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
	}()
	f()
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("myerr ", e.Code) }

func main() {
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("an error")) })
	try("custom", func() { panic(MyErr{7}) })
	try("struct", func() { panic(struct{ A, B int }{1, 2}) })
	try("none", func() {})
	try("float", func() { panic(2.5) })
	try("fmterr", func() { panic(fmt.Errorf("wrapped %w", MyErr{1})) })
	fmt.Println(recover())
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); ok {
					var me MyErr
					fmt.Println("is error:", e, errors.As(e, &me), me.Code)
				}
			}
		}()
		panic(fmt.Errorf("ctx: %w", MyErr{99}))
	}()
	fmt.Println("end")
}

// Output:
// string: recovered boom (string)
// int: recovered 42 (int)
// error: recovered an error (*errors.errorString)
// custom: recovered myerr 7 (main.MyErr)
// struct: recovered {1 2} (struct { A int; B int })
// none: recovered <nil> (<nil>)
// float: recovered 2.5 (float64)
// fmterr: recovered wrapped myerr 1 (*fmt.wrapError)
// <nil>
// is error: ctx: myerr 99 true 99
// end
