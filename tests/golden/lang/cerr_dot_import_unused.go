package main

import (
	"fmt"
	str "strings"
	_ "os"
	. "math"
)

var x = y
var y = 2

func init() int { return 1 }

func main() {
	init()
	fmt.Println(x)
}

// Error:
// ./cerr_dot_import_unused.go:5:2: "strings" imported as str and not used
// ./cerr_dot_import_unused.go:7:2: "math" imported and not used
// ./cerr_dot_import_unused.go:13:6: func init must have no arguments and no return values
// ./cerr_dot_import_unused.go:16:2: undefined: init
