package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func ft(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func calls(tag string) int {
	fmt.Print("eval(", tag, ") ")
	return len(tag)
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, ft(i))
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium", x)
	}
	switch calls("abc") {
	case calls("a"), calls("ab"), calls("abc"), calls("abcd"):
		fmt.Println("matched")
	}
	switch {
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("x>2")
		if x == 3 {
			break
		}
		fmt.Println("not printed")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang!")
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("float case")
	}
	switch default_first := 1; default_first {
	default:
		fmt.Println("default first")
	case 2:
		fmt.Println("two")
	}
	type P struct{ X int }
	switch (P{1}) {
	case P{0}:
		fmt.Println("P0")
	case P{1}:
		fmt.Println("P1")
	}
}

// Output:
// ABCF
// 0 [zero one two]
// 1 [one two]
// 2 [two]
// 3 [three default]
// 4 [default]
// medium 5
// eval(abc) eval(a) eval(ab) eval(abc) matched
// x>2
// golang!
// float case
// default first
// P1
