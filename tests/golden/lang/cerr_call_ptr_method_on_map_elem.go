package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	m := map[string]C{}
	m["a"].Inc()
}

// Error:
// ./cerr_call_ptr_method_on_map_elem.go:9:9: cannot call pointer method Inc on C
