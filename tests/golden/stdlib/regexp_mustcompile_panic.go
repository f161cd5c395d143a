package main

import (
	"fmt"
	"regexp"
)

func main() {
	fmt.Println(regexp.MustCompile(`ok+`).MatchString("okkk"))
	regexp.MustCompile(`[[:alpha:]-`)
}

// Exit: 2
// Stderr:
// panic: regexp: Compile(`[[:alpha:]-`): error parsing regexp: missing closing ]: `[[:alpha:]-`
// Output:
// true
