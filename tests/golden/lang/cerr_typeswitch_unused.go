package main

func main() {
	var v interface{} = 1
	switch x := v.(type) {
	case int:
	}
}

// Error:
// ./cerr_typeswitch_unused.go:5:9: x declared and not used
