package main

func main() {
	goto end
	x := 1
	_ = x
end:
}

// Error:
// ./cerr_goto_over_var.go:4:7: goto end jumps over declaration of x at ./cerr_goto_over_var.go:5:4
