package main

func main() {
	goto L
	{
	L:
	}
}

// Error:
// ./cerr_goto_into_block.go:4:7: goto L jumps into block starting at ./cerr_goto_into_block.go:5:2
