package main

type T struct{}

func (T) M() {}
func (T) M() {}

func main() {}

// Error:
// ./cerr_dup_method.go:6:10: method T.M already declared at ./cerr_dup_method.go:5:10
