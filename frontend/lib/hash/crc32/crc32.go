// Package crc32 implements the 32-bit cyclic redundancy check, or CRC-32,
// checksum.
package crc32

import (
	"errors"
	"hash"
)

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials, in reversed notation.
const (
	// IEEE is by far and away the most common CRC-32 polynomial.
	IEEE = 0xedb88320
	// Castagnoli's polynomial, used in iSCSI.
	Castagnoli = 0x82f63b78
	// Koopman's polynomial.
	Koopman = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient
// processing.
type Table [256]uint32

func buildTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		v := uint32(i)
		for k := 0; k < 8; k++ {
			if v&1 == 1 {
				v = v>>1 ^ poly
			} else {
				v >>= 1
			}
		}
		t[i] = v
	}
	return t
}

// IEEETable is the table for the IEEE polynomial.
var IEEETable = buildTable(IEEE)

var castagnoliTable *Table

// MakeTable returns a Table constructed from the specified polynomial.
// The IEEE and Castagnoli tables are shared.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = buildTable(Castagnoli)
		}
		return castagnoliTable
	}
	return buildTable(poly)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	c := ^crc
	for _, b := range p {
		c = tab[byte(c)^b] ^ c>>8
	}
	return ^c
}

// Checksum returns the CRC-32 checksum of data using the polynomial
// represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE
// polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the
// polynomial represented by the Table.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using
// the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

// A saved state is "crc\x01", a checksum of the table, then the crc,
// both big-endian.
const magic = "crc\x01"

func appendBE32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func getBE32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// tableSum identifies a table: the IEEE checksum of its entries in
// big-endian order (of nothing for a nil table).
func tableSum(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for _, v := range t {
			b = appendBE32(b, v)
		}
	}
	return ChecksumIEEE(b)
}

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = appendBE32(b, tableSum(d.tab))
	return appendBE32(b, d.crc), nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, len(magic)+8))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != len(magic)+8 {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableSum(d.tab) != getBE32(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = getBE32(b[8:])
	return nil
}
