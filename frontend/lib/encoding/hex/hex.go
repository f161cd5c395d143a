// Package hex implements hexadecimal encoding and decoding.
package hex

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid
// byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// nibble returns the value of hex digit c, or 0xff when c is not one.
func nibble(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst and returns
// the number of bytes written.
func Encode(dst, src []byte) int {
	j := 0
	for _, b := range src {
		dst[j] = digits[b>>4]
		dst[j+1] = digits[b&0x0f]
		j += 2
	}
	return len(src) * 2
}

// AppendEncode appends the hexadecimal encoding of src to dst.
func AppendEncode(dst, src []byte) []byte {
	n := EncodedLen(len(src))
	dst = slices.Grow(dst, n)
	start := len(dst)
	Encode(dst[start:start+n], src)
	return dst[:start+n]
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the
// number of bytes written to dst. dst may alias src.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for k := 1; k < len(src); k += 2 {
		hi, lo := nibble(src[k-1]), nibble(src[k])
		if hi > 0x0f {
			return n, InvalidByteError(src[k-1])
		}
		if lo > 0x0f {
			return n, InvalidByteError(src[k])
		}
		dst[n] = hi<<4 | lo
		n++
	}
	if len(src)%2 == 1 {
		last := src[len(src)-1]
		if nibble(last) > 0x0f {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// AppendDecode appends the decoding of src to dst. On error the bytes
// decoded before it are still appended.
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := DecodedLen(len(src))
	dst = slices.Grow(dst, n)
	start := len(dst)
	m, err := Decode(dst[start:start+n], src)
	return dst[:start+m], err
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	out := make([]byte, len(src)*2)
	Encode(out, src)
	return string(out)
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	n, err := Decode(buf, buf)
	return buf[:n], err
}

const chunk = 1024

type encoder struct {
	w   io.Writer
	err error
	out [chunk]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal
// characters to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk/2 {
			k = chunk / 2
		}
		Encode(e.out[:], p[:k])
		var w int
		w, e.err = e.w.Write(e.out[:k*2])
		n += w / 2
		p = p[k:]
	}
	return n, e.err
}

type decoder struct {
	r    io.Reader
	err  error
	in   []byte
	back [chunk]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters
// from r. It expects an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (int, error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.back[:], d.in)
		got, err := d.r.Read(d.back[kept:])
		d.err = err
		d.in = d.back[:kept+got]
		if d.err == io.EOF && len(d.in)%2 == 1 {
			last := d.in[len(d.in)-1]
			if nibble(last) > 0x0f {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err := Decode(p, d.in[:len(p)*2])
	d.in = d.in[n*2:]
	if err != nil {
		d.in = nil
		d.err = err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, err
}

// Dump returns a string containing a hex dump of data in the format of
// `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow((1 + (len(data)-1)/16) * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

type dumper struct {
	w      io.Writer
	text   [18]byte // printable column of the current line plus "|\n"
	scr    [14]byte
	col    int  // bytes on the current line
	off    uint // bytes dumped so far
	closed bool
}

// Dumper returns a WriteCloser that writes a hex dump of all written
// data to w, in the format of `hexdump -C`.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

// sep is the number of bytes written after a byte's two digits in
// column col: a space, plus one more in the middle, plus " |" at the end.
func sep(col int) int {
	switch col {
	case 7:
		return 2
	case 15:
		return 3
	}
	return 1
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if d.col == 0 {
			o := uint32(d.off)
			for k := 0; k < 8; k++ {
				d.scr[k] = digits[(o>>uint(28-4*k))&0x0f]
			}
			d.scr[8], d.scr[9] = ' ', ' '
			if _, err = d.w.Write(d.scr[:10]); err != nil {
				return
			}
		}
		d.scr[0], d.scr[1] = digits[b>>4], digits[b&0x0f]
		d.scr[2], d.scr[3], d.scr[4] = ' ', ' ', '|'
		if _, err = d.w.Write(d.scr[:2+sep(d.col)]); err != nil {
			return
		}
		n++
		d.text[d.col] = printable(b)
		d.col++
		d.off++
		if d.col == 16 {
			d.text[16], d.text[17] = '|', '\n'
			if _, err = d.w.Write(d.text[:]); err != nil {
				return
			}
			d.col = 0
		}
	}
	return
}

func (d *dumper) Close() (err error) {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.col == 0 {
		return nil
	}
	used := d.col
	pad := [5]byte{' ', ' ', ' ', ' ', '|'}
	for c := used; c < 16; c++ {
		if _, err = d.w.Write(pad[:2+sep(c)]); err != nil {
			return
		}
	}
	d.text[used], d.text[used+1] = '|', '\n'
	_, err = d.w.Write(d.text[:used+2])
	return
}
