package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code)
}

type TempErr interface {
	error
	Temporary() bool
}

type netErr struct{ temp bool }

func (n netErr) Error() string   { return "net error" }
func (n netErr) Temporary() bool { return n.temp }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", 1}
	}
	if age > 150 {
		return &ValidationError{"age", 2}
	}
	return nil
}

func main() {
	for _, a := range []int{10, -1, 200} {
		err := validate(a)
		fmt.Println(a, err)
		switch e := err.(type) {
		case nil:
			fmt.Println("  ok")
		case ValidationError:
			fmt.Println("  value", e.Field, e.Code)
		case *ValidationError:
			fmt.Println("  pointer", e.Field, e.Code)
		}
	}
	var ve ValidationError
	err := fmt.Errorf("ctx: %w", validate(-1))
	fmt.Println(errors.As(err, &ve), ve.Code)
	var te TempErr
	e2 := fmt.Errorf("wrap: %w", netErr{true})
	if errors.As(e2, &te) {
		fmt.Println("temporary:", te.Temporary())
	}
	var err3 error = netErr{false}
	if t, ok := err3.(TempErr); ok {
		fmt.Println(t.Temporary(), t)
	}
	fmt.Println(errors.Is(ValidationError{"x", 1}, ValidationError{"x", 1}))
	fmt.Println(errors.Is(ValidationError{"x", 1}, ValidationError{"x", 2}))
}

// Output:
// 10 <nil>
//   ok
// -1 invalid age (code 1)
//   value age 1
// 200 invalid age (code 2)
//   pointer age 2
// true 1
// temporary: true
// false net error
// true
// false
