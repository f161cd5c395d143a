package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("unlocking")
	mu.Unlock()
}

// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
// Output:
// unlocking
