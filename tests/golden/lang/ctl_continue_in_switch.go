package main

import "fmt"

func main() {
	var out []int
	for i := 0; i < 10; i++ {
		switch {
		case i%3 == 0:
			continue
		case i == 8:
			break
		default:
			out = append(out, i)
		}
		out = append(out, -i)
	}
	fmt.Println(out)
	n := 0
loop:
	for i := 0; ; i++ {
		switch i % 4 {
		case 0:
			n += 1
		case 1:
			n += 10
			continue loop
		case 2:
			if i > 8 {
				break loop
			}
			n += 100
		case 3:
			n += 1000
		}
		n *= 2
	}
	fmt.Println(n)
	words := []string{"go", "skip", "rust", "stop", "c"}
	for _, w := range words {
		switch w {
		case "skip":
			continue
		case "stop":
			goto done
		}
		fmt.Print(w, " ")
	}
done:
	fmt.Println("| done")
	var tv interface{} = 1
	for i := 0; i < 3; i++ {
		switch tv.(type) {
		case int:
			if i == 1 {
				continue
			}
			fmt.Print("int", i, " ")
		}
	}
	fmt.Println()
}

// Output:
// [1 -1 2 -2 4 -4 5 -5 7 -7 -8]
// 44076
// go rust | done
// int0 int2 
