// Package cmp provides types and functions related to comparing ordered
// values.
package cmp

// Ordered is the constraint of the types with the operators < <= >= >:
// integers, floats and strings, and types defined over them.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x is less than y, ordering NaNs before every other
// value (-0.0 and 0.0 are equal).
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than
// y; NaNs are equal to each other and less than every other value, and
// -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN := isNaN(x)
	yNaN := isNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// isNaN reports whether x is a floating-point NaN, the only value that
// differs from itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns its first argument that is not the zero value of T, or the
// zero value when there is none.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
