package binary

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

var errBufferTooSmall = errors.New("buffer too small")

// What Read, Write and the others can do with a data value. Without
// reflection only the basic fixed-size types, pointers to them and
// slices of them are encoded; types gc's reflection would also reject
// give gc's error, and any other type (structs, arrays) panics naming
// it rather than giving a different answer.
const (
	needsReflection = iota
	notFixed
	basicValue
	basicPointer
	basicSlice
)

// classify returns data's shape and its encoded size in bytes.
func classify(data any) (int, int) {
	switch d := data.(type) {
	case bool, int8, uint8:
		return basicValue, 1
	case int16, uint16:
		return basicValue, 2
	case int32, uint32, float32:
		return basicValue, 4
	case int64, uint64, float64, complex64:
		return basicValue, 8
	case complex128:
		return basicValue, 16
	case *bool, *int8, *uint8:
		return basicPointer, 1
	case *int16, *uint16:
		return basicPointer, 2
	case *int32, *uint32, *float32:
		return basicPointer, 4
	case *int64, *uint64, *float64, *complex64:
		return basicPointer, 8
	case *complex128:
		return basicPointer, 16
	case []bool:
		return basicSlice, len(d)
	case []int8:
		return basicSlice, len(d)
	case []uint8:
		return basicSlice, len(d)
	case []int16:
		return basicSlice, 2 * len(d)
	case []uint16:
		return basicSlice, 2 * len(d)
	case []int32:
		return basicSlice, 4 * len(d)
	case []uint32:
		return basicSlice, 4 * len(d)
	case []float32:
		return basicSlice, 4 * len(d)
	case []int64:
		return basicSlice, 8 * len(d)
	case []uint64:
		return basicSlice, 8 * len(d)
	case []float64:
		return basicSlice, 8 * len(d)
	case []complex64:
		return basicSlice, 8 * len(d)
	case []complex128:
		return basicSlice, 16 * len(d)
	case int, uint, uintptr, string, *int, *uint, *uintptr, *string,
		[]int, []uint, []uintptr, []string, map[string]int, []any, *any:
		return notFixed, 0
	}
	return needsReflection, 0
}

func unsupported(op string, data any) {
	panic(fmt.Sprintf("mvm: binary.%s of %T needs reflection, which mvm does not provide", op, data))
}

func isComplex(data any) bool {
	switch data.(type) {
	case complex64, complex128:
		return true
	}
	return false
}

func putBool(b []byte, v bool) {
	if v {
		b[0] = 1
	} else {
		b[0] = 0
	}
}

// encode writes data (of a basic shape) into b, which has its size.
func encode(b []byte, order ByteOrder, data any) {
	switch d := data.(type) {
	case bool:
		putBool(b, d)
	case int8:
		b[0] = byte(d)
	case uint8:
		b[0] = d
	case int16:
		order.PutUint16(b, uint16(d))
	case uint16:
		order.PutUint16(b, d)
	case int32:
		order.PutUint32(b, uint32(d))
	case uint32:
		order.PutUint32(b, d)
	case float32:
		order.PutUint32(b, math.Float32bits(d))
	case int64:
		order.PutUint64(b, uint64(d))
	case uint64:
		order.PutUint64(b, d)
	case float64:
		order.PutUint64(b, math.Float64bits(d))
	case complex64:
		order.PutUint32(b, math.Float32bits(real(d)))
		order.PutUint32(b[4:], math.Float32bits(imag(d)))
	case complex128:
		order.PutUint64(b, math.Float64bits(real(d)))
		order.PutUint64(b[8:], math.Float64bits(imag(d)))
	case *bool:
		putBool(b, *d)
	case *int8:
		b[0] = byte(*d)
	case *uint8:
		b[0] = *d
	case *int16:
		order.PutUint16(b, uint16(*d))
	case *uint16:
		order.PutUint16(b, *d)
	case *int32:
		order.PutUint32(b, uint32(*d))
	case *uint32:
		order.PutUint32(b, *d)
	case *float32:
		order.PutUint32(b, math.Float32bits(*d))
	case *int64:
		order.PutUint64(b, uint64(*d))
	case *uint64:
		order.PutUint64(b, *d)
	case *float64:
		order.PutUint64(b, math.Float64bits(*d))
	case *complex64:
		encode(b, order, *d)
	case *complex128:
		encode(b, order, *d)
	case []bool:
		for i, v := range d {
			putBool(b[i:], v)
		}
	case []int8:
		for i, v := range d {
			b[i] = byte(v)
		}
	case []uint8:
		copy(b, d)
	case []int16:
		for i, v := range d {
			order.PutUint16(b[2*i:], uint16(v))
		}
	case []uint16:
		for i, v := range d {
			order.PutUint16(b[2*i:], v)
		}
	case []int32:
		for i, v := range d {
			order.PutUint32(b[4*i:], uint32(v))
		}
	case []uint32:
		for i, v := range d {
			order.PutUint32(b[4*i:], v)
		}
	case []float32:
		for i, v := range d {
			order.PutUint32(b[4*i:], math.Float32bits(v))
		}
	case []int64:
		for i, v := range d {
			order.PutUint64(b[8*i:], uint64(v))
		}
	case []uint64:
		for i, v := range d {
			order.PutUint64(b[8*i:], v)
		}
	case []float64:
		for i, v := range d {
			order.PutUint64(b[8*i:], math.Float64bits(v))
		}
	case []complex64:
		for i, v := range d {
			encode(b[8*i:], order, v)
		}
	case []complex128:
		for i, v := range d {
			encode(b[16*i:], order, v)
		}
	}
}

func c64(b []byte, order ByteOrder) complex64 {
	return complex(math.Float32frombits(order.Uint32(b)), math.Float32frombits(order.Uint32(b[4:])))
}

func c128(b []byte, order ByteOrder) complex128 {
	return complex(math.Float64frombits(order.Uint64(b)), math.Float64frombits(order.Uint64(b[8:])))
}

// decode stores b into data, a pointer or slice of a basic shape.
func decode(b []byte, order ByteOrder, data any) {
	switch d := data.(type) {
	case *bool:
		*d = b[0] != 0
	case *int8:
		*d = int8(b[0])
	case *uint8:
		*d = b[0]
	case *int16:
		*d = int16(order.Uint16(b))
	case *uint16:
		*d = order.Uint16(b)
	case *int32:
		*d = int32(order.Uint32(b))
	case *uint32:
		*d = order.Uint32(b)
	case *float32:
		*d = math.Float32frombits(order.Uint32(b))
	case *int64:
		*d = int64(order.Uint64(b))
	case *uint64:
		*d = order.Uint64(b)
	case *float64:
		*d = math.Float64frombits(order.Uint64(b))
	case *complex64:
		*d = c64(b, order)
	case *complex128:
		*d = c128(b, order)
	case []bool:
		for i := range d {
			d[i] = b[i] != 0
		}
	case []int8:
		for i := range d {
			d[i] = int8(b[i])
		}
	case []uint8:
		copy(d, b)
	case []int16:
		for i := range d {
			d[i] = int16(order.Uint16(b[2*i:]))
		}
	case []uint16:
		for i := range d {
			d[i] = order.Uint16(b[2*i:])
		}
	case []int32:
		for i := range d {
			d[i] = int32(order.Uint32(b[4*i:]))
		}
	case []uint32:
		for i := range d {
			d[i] = order.Uint32(b[4*i:])
		}
	case []float32:
		for i := range d {
			d[i] = math.Float32frombits(order.Uint32(b[4*i:]))
		}
	case []int64:
		for i := range d {
			d[i] = int64(order.Uint64(b[8*i:]))
		}
	case []uint64:
		for i := range d {
			d[i] = order.Uint64(b[8*i:])
		}
	case []float64:
		for i := range d {
			d[i] = math.Float64frombits(order.Uint64(b[8*i:]))
		}
	case []complex64:
		for i := range d {
			d[i] = c64(b[8*i:], order)
		}
	case []complex128:
		for i := range d {
			d[i] = c128(b[16*i:], order)
		}
	}
}

// Read reads structured binary data from r into data, which must be a
// pointer to a fixed-size value or a slice of fixed-size values. The
// error is io.EOF only if no bytes were read, io.ErrUnexpectedEOF if
// some but not all were.
func Read(r io.Reader, order ByteOrder, data any) error {
	shape, n := classify(data)
	switch shape {
	case needsReflection:
		unsupported("Read", data)
	case basicValue:
		// gc reads the bytes before it finds it cannot store them.
		if !isComplex(data) {
			if _, err := io.ReadFull(r, make([]byte, n)); err != nil {
				return err
			}
		}
		fallthrough
	case notFixed:
		return errors.New(fmt.Sprintf("binary.Read: invalid type %T", data))
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return err
	}
	decode(b, order, data)
	return nil
}

// Decode decodes binary data from buf into data according to the given
// byte order, returning the number of bytes consumed.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	shape, n := classify(data)
	switch shape {
	case needsReflection:
		unsupported("Decode", data)
	case basicValue:
		if !isComplex(data) && len(buf) < n {
			return 0, errBufferTooSmall
		}
		fallthrough
	case notFixed:
		return 0, errors.New(fmt.Sprintf("binary.Decode: invalid type %T", data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	decode(buf[:n], order, data)
	return n, nil
}

// Write writes the binary representation of data into w. Data must be
// a fixed-size value or a slice of fixed-size values, or a pointer to
// such data. Booleans encode as one byte: 1 for true, 0 for false.
func Write(w io.Writer, order ByteOrder, data any) error {
	shape, n := classify(data)
	switch shape {
	case needsReflection:
		unsupported("Write", data)
	case notFixed:
		return errors.New(fmt.Sprintf("binary.Write: some values are not fixed-sized in type %T", data))
	}
	var b []byte
	if raw, ok := data.([]uint8); ok && len(raw) > 0 {
		b = raw
	} else {
		b = make([]byte, n)
		encode(b, order, data)
	}
	_, err := w.Write(b)
	return err
}

// Encode encodes the binary representation of data into buf, returning
// the number of bytes written or an error if buf is too small.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	shape, n := classify(data)
	switch shape {
	case needsReflection:
		unsupported("Encode", data)
	case notFixed:
		return 0, errors.New(fmt.Sprintf("binary.Encode: some values are not fixed-sized in type %T", data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	encode(buf[:n], order, data)
	return n, nil
}

// Append appends the binary representation of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	shape, n := classify(data)
	switch shape {
	case needsReflection:
		unsupported("Append", data)
	case notFixed:
		return nil, errors.New(fmt.Sprintf("binary.Append: some values are not fixed-sized in type %T", data))
	}
	start := len(buf)
	buf = slices.Grow(buf, n)[:start+n]
	encode(buf[start:], order, data)
	return buf, nil
}

// Size returns how many bytes Write would generate to encode the value
// v, or -1 if v is not a fixed-size value, a slice of them or a pointer
// to one.
func Size(v any) int {
	shape, n := classify(v)
	switch shape {
	case needsReflection:
		unsupported("Size", v)
	case notFixed:
		return -1
	case basicPointer:
		if isNilPointer(v) {
			return -1
		}
	}
	return n
}

func isNilPointer(v any) bool {
	switch p := v.(type) {
	case *bool:
		return p == nil
	case *int8:
		return p == nil
	case *uint8:
		return p == nil
	case *int16:
		return p == nil
	case *uint16:
		return p == nil
	case *int32:
		return p == nil
	case *uint32:
		return p == nil
	case *float32:
		return p == nil
	case *int64:
		return p == nil
	case *uint64:
		return p == nil
	case *float64:
		return p == nil
	case *complex64:
		return p == nil
	case *complex128:
		return p == nil
	}
	return false
}
