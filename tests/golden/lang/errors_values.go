package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty key")

func find(m map[string]int, k string) (int, error) {
	if k == "" {
		return 0, ErrEmpty
	}
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b", ""} {
		v, err := find(m, k)
		if err != nil {
			fmt.Println("error:", err, err == ErrNotFound, err == ErrEmpty)
			continue
		}
		fmt.Println("value:", v)
	}
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	err := fmt.Errorf("code %d: %s", 42, "bad")
	fmt.Println(err)
	fmt.Printf("%T\n", e1)
	var nilErr error
	fmt.Println(nilErr == nil, nilErr)
	fmt.Printf("%v\n", nilErr)
}

// Output:
// value: 1
// error: not found true false
// error: empty key false true
// false true
// code 42: bad
// *errors.errorString
// true <nil>
// <nil>
