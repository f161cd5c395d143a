package main

type T struct{ X int }

func (T) X() {}

func main() {}

// Error:
// ./cerr_field_method_same_name.go:5:10: field and method with the same name X
// 	./cerr_field_method_same_name.go:3:16: other declaration of X
