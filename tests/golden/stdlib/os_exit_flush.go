// os.Exit flushes buffered output and skips deferred calls.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Print("partial line ")
	fmt.Println("then newline")
	os.Stdout.WriteString("written to os.Stdout\n")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.Flush()
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Print("last line\n")
	os.Exit(3)
}

// Exit: 3
// Stderr:
// to stderr
// Output:
// partial line then newline
// written to os.Stdout
// buffered 1
// last line
