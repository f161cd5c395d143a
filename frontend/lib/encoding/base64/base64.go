// Package base64 implements base64 encoding as specified by RFC 4648.
package base64

import (
	"io"
	"slices"
	"strconv"
)

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const bad = 0xff

// An Encoding is a radix 64 encoding/decoding scheme, defined by a
// 64-character alphabet.
type Encoding struct {
	alphabet [64]byte
	rev      [256]uint8
	pad      rune
	strict   bool
}

const stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// NewEncoding returns a new padded Encoding defined by the given
// alphabet, which must be a 64-byte string without newlines or
// repeated symbols.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{pad: StdPadding}
	for i := range e.rev {
		e.rev[i] = bad
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.rev[c] != bad {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.alphabet[i] = c
		e.rev[c] = uint8(i)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with a
// specified padding character, or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.rev[byte(padding)] != bad {
		panic("padding contained in alphabet")
	}
	enc.pad = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict
// decoding enabled: the trailing padding bits must be zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// StdEncoding is the standard base64 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding(stdAlphabet)

// URLEncoding is the alternate base64 encoding defined in RFC 4648,
// typically used in URLs and file names.
var URLEncoding = NewEncoding(urlAlphabet)

// RawStdEncoding is the standard raw, unpadded base64 encoding.
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)

// RawURLEncoding is the unpadded alternate base64 encoding.
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode encodes src using the encoding enc, writing
// EncodedLen(len(src)) bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	a := &enc.alphabet
	d := 0
	full := len(src) - len(src)%3
	for s := 0; s < full; s += 3 {
		v := uint(src[s])<<16 | uint(src[s+1])<<8 | uint(src[s+2])
		dst[d] = a[v>>18&63]
		dst[d+1] = a[v>>12&63]
		dst[d+2] = a[v>>6&63]
		dst[d+3] = a[v&63]
		d += 4
	}
	rest := len(src) - full
	if rest == 0 {
		return
	}
	v := uint(src[full]) << 16
	if rest == 2 {
		v |= uint(src[full+1]) << 8
	}
	dst[d] = a[v>>18&63]
	dst[d+1] = a[v>>12&63]
	if rest == 2 {
		dst[d+2] = a[v>>6&63]
		if enc.pad != NoPadding {
			dst[d+3] = byte(enc.pad)
		}
	} else if enc.pad != NoPadding {
		dst[d+2] = byte(enc.pad)
		dst[d+3] = byte(enc.pad)
	}
}

// AppendEncode appends the base64 encoded src to dst and returns the
// extended buffer.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	dst = slices.Grow(dst, n)
	start := len(dst)
	enc.Encode(dst[start:start+n], src)
	return dst[:start+n]
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	out := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(out, src)
	return string(out)
}

// EncodedLen returns the length in bytes of the base64 encoding of an
// input buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.pad == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data
// corresponding to n bytes of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	return decodedLen(n, enc.pad)
}

func decodedLen(n int, pad rune) int {
	if pad == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// CorruptInputError reports the offset of illegal base64 data.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func isNewline(c byte) bool { return c == '\r' || c == '\n' }

// quantum decodes one group of up to four symbols starting at src[s],
// skipping newlines, and writes its bytes to dst. It returns the index
// after the group and the number of bytes written.
func (enc *Encoding) quantum(dst, src []byte, s int) (int, int, error) {
	var sym [4]byte
	got := 4
	var err error
	j := 0
	for j < 4 {
		if s == len(src) {
			if j == 0 {
				return s, 0, nil
			}
			if j == 1 || enc.pad != NoPadding {
				return s, 0, CorruptInputError(s - j)
			}
			got = j
			break
		}
		c := src[s]
		s++
		if v := enc.rev[c]; v != bad {
			sym[j] = v
			j++
			continue
		}
		if isNewline(c) {
			continue
		}
		if rune(c) != enc.pad {
			return s, 0, CorruptInputError(s - 1)
		}
		// Padding: only after two or three symbols, and "==" after two.
		if j < 2 {
			return s, 0, CorruptInputError(s - 1)
		}
		if j == 2 {
			for s < len(src) && isNewline(src[s]) {
				s++
			}
			if s == len(src) {
				return s, 0, CorruptInputError(len(src))
			}
			if rune(src[s]) != enc.pad {
				return s, 0, CorruptInputError(s - 1)
			}
			s++
		}
		for s < len(src) && isNewline(src[s]) {
			s++
		}
		if s < len(src) {
			err = CorruptInputError(s)
		}
		got = j
		break
	}
	v := uint(sym[0])<<18 | uint(sym[1])<<12 | uint(sym[2])<<6 | uint(sym[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch got {
	case 4:
		dst[2] = b2
		dst[1] = b1
		dst[0] = b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return s, 0, CorruptInputError(s - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return s, 0, CorruptInputError(s - 2)
		}
	}
	return s, got - 1, err
}

// group decodes k symbols (4 or 8) of src[s:] with no padding or
// newline among them, reporting false if one is not in the alphabet.
func (enc *Encoding) group(src []byte, s, k int) (uint64, bool) {
	var v uint64
	for i := 0; i < k; i++ {
		d := enc.rev[src[s+i]]
		if d == bad {
			return 0, false
		}
		v = v<<6 | uint64(d)
	}
	return v, true
}

// Decode decodes src using the encoding enc. It writes at most
// DecodedLen(len(src)) bytes to dst and returns the number of bytes
// written. New line characters (\r and \n) are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	if len(src) == 0 {
		return 0, nil
	}
	s := 0
	// Whole groups are decoded eight or four symbols at a time while dst
	// has room for a full word (the word's low bytes are written as zero).
	for len(src)-s >= 8 && len(dst)-n >= 8 {
		if v, ok := enc.group(src, s, 8); ok {
			for i := 0; i < 6; i++ {
				dst[n+i] = byte(v >> uint(40-8*i))
			}
			dst[n+6], dst[n+7] = 0, 0
			n += 6
			s += 8
			continue
		}
		var k int
		s, k, err = enc.quantum(dst[n:], src, s)
		n += k
		if err != nil {
			return n, err
		}
	}
	for len(src)-s >= 4 && len(dst)-n >= 4 {
		if v, ok := enc.group(src, s, 4); ok {
			dst[n] = byte(v >> 16)
			dst[n+1] = byte(v >> 8)
			dst[n+2] = byte(v)
			dst[n+3] = 0
			n += 3
			s += 4
			continue
		}
		var k int
		s, k, err = enc.quantum(dst[n:], src, s)
		n += k
		if err != nil {
			return n, err
		}
	}
	for s < len(src) {
		var k int
		s, k, err = enc.quantum(dst[n:], src, s)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, err
}

// AppendDecode appends the base64 decoded src to dst and returns the
// extended buffer. If the input is malformed, it returns the partly
// decoded src and an error.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.pad {
		n--
	}
	n = decodedLen(n, NoPadding)
	dst = slices.Grow(dst, n)
	start := len(dst)
	m, err := enc.Decode(dst[start:start+n], src)
	return dst[:start+m], err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	out := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(out, []byte(s))
	return out[:n], err
}

type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	tail [3]byte
	nt   int
	out  [1024]byte
}

// NewEncoder returns a new base64 stream encoder. Data written to the
// returned writer is encoded using enc and written to w; the caller
// must Close it to flush any partial block.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nt > 0 {
		i := 0
		for i < len(p) && e.nt < 3 {
			e.tail[e.nt] = p[i]
			e.nt++
			i++
		}
		n += i
		p = p[i:]
		if e.nt < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.tail[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nt = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.tail[:], p)
	e.nt = len(p)
	n += len(p)
	return n, nil
}

// Close flushes any pending output from the encoder.
func (e *encoder) Close() error {
	if e.err == nil && e.nt > 0 {
		e.enc.Encode(e.out[:], e.tail[:e.nt])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nt)])
		e.nt = 0
	}
	return e.err
}

type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	in      [1024]byte
	nin     int
	out     []byte
	outbuf  [768]byte
}

// NewDecoder constructs a new base64 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &stripNewlines{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for d.nin < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.in) {
			want = len(d.in)
		}
		var k int
		k, d.readErr = d.r.Read(d.in[d.nin:want])
		d.nin += k
	}
	if d.nin < 4 {
		if d.enc.pad == NoPadding && d.nin > 0 {
			var w int
			w, d.err = d.enc.Decode(d.outbuf[:], d.in[:d.nin])
			d.nin = 0
			d.out = d.outbuf[:w]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nin > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nin / 4 * 4
	if d.nin/4*3 > len(p) {
		var w int
		w, d.err = d.enc.Decode(d.outbuf[:], d.in[:whole])
		d.out = d.outbuf[:w]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.in[:whole])
	}
	d.nin -= whole
	copy(d.in[:d.nin], d.in[whole:])
	return n, d.err
}

// stripNewlines drops '\r' and '\n' from what the wrapped reader returns.
type stripNewlines struct {
	r io.Reader
}

func (f *stripNewlines) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, c := range p[:n] {
			if !isNewline(c) {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
