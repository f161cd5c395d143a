package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Printf("%T %T\n", r, *rand.NewPCG(1, 2))
	var x interface{} = r
	switch x.(type) {
	case *rand.Rand:
		fmt.Println("rand")
	}
	fmt.Printf("%v\n", fmt.Sprintf("%T", rand.Int) != "")
}

// Output:
// *rand.Rand rand.PCG
// rand
// true
