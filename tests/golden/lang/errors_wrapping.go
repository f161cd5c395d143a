package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base error")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(p string) error {
	return &PathError{"open", p, ErrBase}
}

func main() {
	err := open("/tmp/x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase))
	w := fmt.Errorf("wrapped: %w", err)
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrBase), errors.Unwrap(w) == err)
	var pe *PathError
	if errors.As(w, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path)
	}
	ww := fmt.Errorf("layer2: %w", w)
	fmt.Println(ww)
	fmt.Println(errors.Is(ww, ErrBase), errors.Unwrap(errors.Unwrap(ww)) == err)
	fmt.Println(errors.Unwrap(ErrBase) == nil)
	noWrap := fmt.Errorf("nowrap: %v", ErrBase)
	fmt.Println(noWrap, errors.Is(noWrap, ErrBase), errors.Unwrap(noWrap) == nil)
	other := errors.New("other")
	fmt.Println(errors.Is(ww, other), errors.Is(nil, ErrBase), errors.Is(nil, nil))
	j := errors.Join(ErrBase, other)
	fmt.Println(j)
	fmt.Println(errors.Is(j, other), errors.Is(j, ErrBase))
	fmt.Println(errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("two: %w and %w", ErrBase, other)
	fmt.Println(multi, errors.Is(multi, other))
}

// Output:
// open /tmp/x: base error
// true
// wrapped: open /tmp/x: base error
// true true
// as PathError: open /tmp/x
// layer2: wrapped: open /tmp/x: base error
// true true
// true
// nowrap: base error false true
// false false true
// base error
// other
// true true
// true
// two: base error and other true
