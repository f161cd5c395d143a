package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int:", x+1)
	case string:
		return "string:" + x
	case []T:
		return fmt.Sprint("slice of T len ", len(x))
	case fmt.Stringer:
		return "stringer:" + x.String()
	}
	return fmt.Sprintf("other:%T", v)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Convert[From, To ~int | ~float64](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func TypeName[T any]() string {
	var z T
	return fmt.Sprintf("%T", z)
}

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("s"))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe([]int{1}))
	fmt.Println(IsZero(0), IsZero(1), IsZero(""), IsZero("x"), IsZero(ID(0)))
	type P struct{ A, B int }
	fmt.Println(IsZero(P{}), IsZero(P{0, 1}), IsZero[*int](nil), IsZero[interface{}](nil))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, int]([]float64{1.9, -1.9}))
	fmt.Println(TypeName[int](), TypeName[[]string](), TypeName[ID](), TypeName[map[string]P]())
}

// Output:
// int:6
// string:s
// stringer:ID-007
// other:float64
// other:[]int
// true false true false true
// true false true true
// [1 2] [1 -1]
// int []string main.ID map[string]main.P
