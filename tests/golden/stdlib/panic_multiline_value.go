// Newlines in a printed panic value are followed by a tab, whatever the
// value's string form comes from: a string, Error, String, or a named
// string type.
package main

import (
	"errors"
	"fmt"
	"os"
)

type report string

type multiErr struct{ lines []string }

func (m multiErr) Error() string {
	s := "validation failed:"
	for _, l := range m.lines {
		s += "\n  - " + l
	}
	return s
}

func main() {
	fmt.Println("checking")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err := errors.Join(errors.New("first\nsecond"), multiErr{[]string{"name empty", "age < 0"}})
		fmt.Fprintln(os.Stdout, "repanicking")
		defer func() {
			panic(report("table:\nrow 1\nrow 2"))
		}()
		panic(err)
	}()
	panic("plain\nmultiline")
}

// Exit: 2
// Stderr:
// panic: plain
// 	multiline [recovered]
// 	panic: first
// 	second
// 	validation failed:
// 	  - name empty
// 	  - age < 0
// 	panic: main.report("table:
// 	row 1
// 	row 2")
// Output:
// checking
// recovered: plain
// multiline
// repanicking
