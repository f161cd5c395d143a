package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 2)
	fmt.Fprint(os.Stdout, "no newline", 3, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stderr, "err %d\n", 4)
	n, err := fmt.Fprintf(os.Stdout, "héllo\n")
	fmt.Println(n, err)
	n, err = fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("a", "b\n")
	fmt.Println(n)
	fmt.Println(len(os.Args) >= 1)
	println("builtin println", 1.5, 'x', "s", true)
	print("builtin print\n")
}

// Stderr:
// to stderr
// err 4
// builtin println 1.5 120 s true
// builtin print
// Output:
// to stdout 1
// x=2
// no newline3
// héllo
// 7 <nil>
// count me
// 9 <nil>
// ab
// 3
// true
