package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0, "aa": 4})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Println(map[uint8]string{200: "x", 3: "y"})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
	fmt.Printf("%v\n", map[string][]int{"y": {1}, "x": {2, 3}})
	fmt.Printf("%+v\n", map[string]K{"k": {1, "v"}})
	nested := map[string]map[string]int{"outer2": {"b": 2, "a": 1}, "outer1": {"z": 26}}
	fmt.Println(nested)
	fmt.Println(fmt.Sprint(map[int]int{}), fmt.Sprint(map[int]int(nil)))
}

// Output:
// map[-1:z 0:o 3:c 10:j]
// map[:0 B:3 a:1 aa:4 b:2]
// map[-1:false 0:true 2.5:true]
// map[false:0 true:1]
// map[{1 a}:3 {1 b}:2 {2 a}:1]
// map[[1 1]:3 [1 2]:2 [2 1]:1]
// map[97:2 98:1]
// map[3:y 200:x]
// map[-128:1 0:3 127:2]
// map[x:[2 3] y:[1]]
// map[k:{A:1 B:v}]
// map[outer1:map[z:26] outer2:map[a:1 b:2]]
// map[] map[]
