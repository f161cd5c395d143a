package binary

import (
	"errors"
	"io"
)

// Maximum lengths of a varint-encoded N-bit integer.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint-encoded form of x to buf.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, byte(x)|0x80)
	}
	return append(buf, byte(x))
}

// PutUvarint encodes x into buf and returns the number of bytes
// written. It panics if buf is too small.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = byte(x) | 0x80
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint decodes a uint64 from buf and returns it and the number of
// bytes read (> 0). n == 0 means buf is too small; n < 0 means the value
// overflows 64 bits and -n bytes were read.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	shift := uint(0)
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// zigzag maps signed to unsigned so small magnitudes stay small.
func zigzag(x int64) uint64 {
	u := uint64(x) << 1
	if x < 0 {
		u = ^u
	}
	return u
}

func unzigzag(u uint64) int64 {
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// AppendVarint appends the varint-encoded form of x to buf.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint encodes x into buf and returns the number of bytes written.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes an int64 from buf; n is as for Uvarint.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads an encoded unsigned integer from r.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	shift := uint(0)
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<shift, nil
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return x, errOverflow
}

// ReadVarint reads an encoded signed integer from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}
