package main

func main() {
	x := 3
	var i8 int8
	s := "a"
	switch x {
	case "a":
	case 2.5:
	case 1.0:
	}
	switch i8 {
	case 300:
	}
	switch s {
	case 1:
	case x:
	}
	switch {
	case 1:
	}
}

// Error:
// ./cerr_switch_case_convert.go:8:7: cannot convert "a" (untyped string constant) to type int
// ./cerr_switch_case_convert.go:9:7: 2.5 (untyped float constant) truncated to int
// ./cerr_switch_case_convert.go:13:7: 300 (untyped int constant) overflows int8
// ./cerr_switch_case_convert.go:16:7: cannot convert 1 (untyped int constant) to type string
// ./cerr_switch_case_convert.go:17:7: invalid case x in switch on s (mismatched types int and string)
// ./cerr_switch_case_convert.go:20:7: cannot convert 1 (untyped int constant) to type bool
