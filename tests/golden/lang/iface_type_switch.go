package main

import "fmt"

type Animal interface{ Name() string }
type Dog struct{}
type Cat struct{ lives int }

func (Dog) Name() string  { return "dog" }
func (*Cat) Name() string { return "cat" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error: " + x.Error()
	case Animal:
		return "animal " + x.Name()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case struct{ A int }:
		return fmt.Sprint("anon struct ", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), int32(3), "hey", true, false, []int{1, 2},
		fmt.Errorf("bad %d", 1), Dog{}, &Cat{}, Cat{}, func() int { return 9 }, struct{ A int }{5}, 2.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var a Animal
	switch a.(type) {
	case nil:
		fmt.Println("nil animal")
	default:
		fmt.Println("non-nil")
	}
	a = Dog{}
	switch v := a.(type) {
	case *Cat:
		fmt.Println("cat", v)
	case Dog:
		fmt.Println("dog", v.Name())
	}
	switch interface{}(3.5).(type) {
	case int:
		fmt.Println("int")
	case float32, float64:
		fmt.Println("float")
	}
}

// Output:
// nil
// integer 1 (int)
// integer 2 (int64)
// other int32
// string of len 3
// true bool
// false bool
// slice 2
// error: bad 1
// animal dog
// animal cat
// other main.Cat
// func returning 9
// anon struct 5
// other float64
// other map[string]int
// nil animal
// dog dog
// float
