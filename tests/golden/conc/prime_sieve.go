package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 300; i++ {
		prime := <-ch
		sum += prime
		if i%50 == 0 {
			fmt.Println(i, prime)
		}
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("sum", sum)
}

// Output:
// 0 2
// 50 233
// 100 547
// 150 877
// 200 1229
// 250 1597
// sum 271061
