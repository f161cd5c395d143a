package main

import "fmt"

type C interface{ catch(err *error) }
type T struct{}

func (t *T) catch(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("iface: %v", r)
	}
}

func catch(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("func value: %v", r)
	}
}

func viaIface() (err error) {
	var c C = &T{}
	defer c.catch(&err)
	panic("a")
}

func viaFuncValue() (err error) {
	h := catch
	defer h(&err)
	panic("b")
}

func main() {
	fmt.Println(viaIface())
	fmt.Println(viaFuncValue())
}

// Output:
// iface: a
// func value: b
