package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 10
	}
	_ = id
}

func main() {
	c := make(chan int)
	go func() { c <- 42 }()
	fmt.Println(<-c)
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 9; a++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
	done := make(chan bool)
	data := make(chan string)
	go func() {
		for s := range data {
			fmt.Println("got", s)
		}
		done <- true
	}()
	data <- "a"
	data <- "b"
	close(data)
	<-done
	v, ok := <-data
	fmt.Printf("%q %v\n", v, ok)
	t := make(chan int)
	q := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			t <- i
		}
		close(q)
	}()
	for {
		select {
		case x := <-t:
			fmt.Println("tick", x)
			continue
		case <-q:
			fmt.Println("quit")
		}
		break
	}
	sel := make(chan int, 1)
	select {
	case sel <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case sel <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	fmt.Println(len(sel), cap(sel))
}

// Output:
// 42
// sum 450
// got a
// got b
// "" false
// tick 0
// tick 1
// tick 2
// quit
// sent
// full
// 1 1
