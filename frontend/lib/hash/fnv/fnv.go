// Package fnv implements FNV-1 and FNV-1a, non-cryptographic hash
// functions created by Glenn Fowler, Landon Curt Noll, and Phong Vo.
package fnv

import (
	"errors"
	"hash"
	"math/bits"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high, low
	sum128a [2]uint64
)

const (
	basis32    = 2166136261
	basis64    = 14695981039346656037
	basis128Hi = 0x6c62272e07bb0142
	basis128Lo = 0x62b821756295c58d
	prime32    = 16777619
	prime64    = 1099511628211
	prime128Lo = 0x13b // the prime is 2**88 + 0x13b
	prime128Sh = 24    // 88 - 64
)

// New32 returns a new 32-bit FNV-1 hash.Hash.
func New32() hash.Hash32 { s := sum32(basis32); return &s }

// New32a returns a new 32-bit FNV-1a hash.Hash.
func New32a() hash.Hash32 { s := sum32a(basis32); return &s }

// New64 returns a new 64-bit FNV-1 hash.Hash.
func New64() hash.Hash64 { s := sum64(basis64); return &s }

// New64a returns a new 64-bit FNV-1a hash.Hash.
func New64a() hash.Hash64 { s := sum64a(basis64); return &s }

// New128 returns a new 128-bit FNV-1 hash.Hash.
func New128() hash.Hash { s := sum128{basis128Hi, basis128Lo}; return &s }

// New128a returns a new 128-bit FNV-1a hash.Hash.
func New128a() hash.Hash { s := sum128a{basis128Hi, basis128Lo}; return &s }

func (s *sum32) Reset()   { *s = basis32 }
func (s *sum32a) Reset()  { *s = basis32 }
func (s *sum64) Reset()   { *s = basis64 }
func (s *sum64a) Reset()  { *s = basis64 }
func (s *sum128) Reset()  { *s = sum128{basis128Hi, basis128Lo} }
func (s *sum128a) Reset() { *s = sum128a{basis128Hi, basis128Lo} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h *= prime32
		h ^= uint32(c)
	}
	*s = sum32(h)
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h ^= uint32(c)
		h *= prime32
	}
	*s = sum32a(h)
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h *= prime64
		h ^= uint64(c)
	}
	*s = sum64(h)
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h ^= uint64(c)
		h *= prime64
	}
	*s = sum64a(h)
	return len(data), nil
}

// mul128 multiplies hi:lo by the 128-bit FNV prime, modulo 2**128.
func mul128(hi, lo uint64) (uint64, uint64) {
	ph, pl := bits.Mul64(prime128Lo, lo)
	ph += lo<<prime128Sh + prime128Lo*hi
	return ph, pl
}

func (s *sum128) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = mul128(hi, lo)
		lo ^= uint64(c)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		lo ^= uint64(c)
		hi, lo = mul128(hi, lo)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (s *sum32) Sum(in []byte) []byte   { return be32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return be32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return be64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return be64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return be64(be64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return be64(be64(in, s[0]), s[1]) }

func (s *sum32) Clone() (hash.Cloner, error)   { c := *s; return &c, nil }
func (s *sum32a) Clone() (hash.Cloner, error)  { c := *s; return &c, nil }
func (s *sum64) Clone() (hash.Cloner, error)   { c := *s; return &c, nil }
func (s *sum64a) Clone() (hash.Cloner, error)  { c := *s; return &c, nil }
func (s *sum128) Clone() (hash.Cloner, error)  { c := *s; return &c, nil }
func (s *sum128a) Clone() (hash.Cloner, error) { c := *s; return &c, nil }

// Saved states: a 4-byte magic naming the variant, then the state in
// big-endian order.
const (
	magic32   = "fnv\x01"
	magic32a  = "fnv\x02"
	magic64   = "fnv\x03"
	magic64a  = "fnv\x04"
	magic128  = "fnv\x05"
	magic128a = "fnv\x06"
)

func getBE32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func getBE64(b []byte) uint64 {
	return uint64(getBE32(b))<<32 | uint64(getBE32(b[4:]))
}

// state checks a saved state's magic and size and returns its payload.
func state(b []byte, magic string, size int) ([]byte, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != len(magic)+size {
		return nil, errors.New("hash/fnv: invalid hash state size")
	}
	return b[len(magic):], nil
}

func (s *sum32) AppendBinary(b []byte) ([]byte, error) {
	return be32(append(b, magic32...), uint32(*s)), nil
}
func (s *sum32a) AppendBinary(b []byte) ([]byte, error) {
	return be32(append(b, magic32a...), uint32(*s)), nil
}
func (s *sum64) AppendBinary(b []byte) ([]byte, error) {
	return be64(append(b, magic64...), uint64(*s)), nil
}
func (s *sum64a) AppendBinary(b []byte) ([]byte, error) {
	return be64(append(b, magic64a...), uint64(*s)), nil
}
func (s *sum128) AppendBinary(b []byte) ([]byte, error) {
	return be64(be64(append(b, magic128...), s[0]), s[1]), nil
}
func (s *sum128a) AppendBinary(b []byte) ([]byte, error) {
	return be64(be64(append(b, magic128a...), s[0]), s[1]), nil
}

func (s *sum32) MarshalBinary() ([]byte, error)   { return s.AppendBinary(make([]byte, 0, 8)) }
func (s *sum32a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, 8)) }
func (s *sum64) MarshalBinary() ([]byte, error)   { return s.AppendBinary(make([]byte, 0, 12)) }
func (s *sum64a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, 12)) }
func (s *sum128) MarshalBinary() ([]byte, error)  { return s.AppendBinary(make([]byte, 0, 20)) }
func (s *sum128a) MarshalBinary() ([]byte, error) { return s.AppendBinary(make([]byte, 0, 20)) }

func (s *sum32) UnmarshalBinary(b []byte) error {
	p, err := state(b, magic32, 4)
	if err == nil {
		*s = sum32(getBE32(p))
	}
	return err
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	p, err := state(b, magic32a, 4)
	if err == nil {
		*s = sum32a(getBE32(p))
	}
	return err
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	p, err := state(b, magic64, 8)
	if err == nil {
		*s = sum64(getBE64(p))
	}
	return err
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	p, err := state(b, magic64a, 8)
	if err == nil {
		*s = sum64a(getBE64(p))
	}
	return err
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	p, err := state(b, magic128, 16)
	if err == nil {
		s[0], s[1] = getBE64(p), getBE64(p[8:])
	}
	return err
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	p, err := state(b, magic128a, 16)
	if err == nil {
		s[0], s[1] = getBE64(p), getBE64(p[8:])
	}
	return err
}
