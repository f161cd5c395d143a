// Package utf8 implements functions and constants to support text encoded
// in UTF-8. Counting, validation and decoding are runtime natives; the
// small encoders are Go.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding
// of a rune. An invalid encoding is considered a full Rune since it will
// convert as a width-1 error rune.
func FullRune(p []byte) bool {
	switch len(p) {
	case 0:
		return false
	case 1:
		return fullPrefix(p[0], 0, 0, 1)
	case 2:
		return fullPrefix(p[0], p[1], 0, 2)
	}
	return fullPrefix(p[0], p[1], p[2], len(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	switch len(s) {
	case 0:
		return false
	case 1:
		return fullPrefix(s[0], 0, 0, 1)
	case 2:
		return fullPrefix(s[0], s[1], 0, 2)
	}
	return fullPrefix(s[0], s[1], s[2], len(s))
}

// fullPrefix decides FullRune from the first bytes b0, b1, b2 (those past
// n absent) of an input of n bytes.
func fullPrefix(b0, b1, b2 byte, n int) bool {
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case b0 < 0xC2 || b0 > 0xF4:
		return true // ASCII or a byte that never starts a sequence
	case b0 < 0xE0:
		need = 2
	case b0 < 0xF0:
		need = 3
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
	default:
		need = 4
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
	}
	if n >= need {
		return true
	}
	if n > 1 && (b1 < lo || b1 > hi) {
		return true
	}
	if n > 2 && (b2 < 0x80 || b2 > 0xBF) {
		return true
	}
	return false
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). Otherwise, if
// the encoding is invalid, it returns (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int)

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int)

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes.
func DecodeLastRune(p []byte) (r rune, size int)

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int)

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune.
// It returns -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding
// of the rune. If the rune is out of range, it writes the encoding of
// RuneError. It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	u := uint32(r)
	if u < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if u < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(u>>6)
		p[1] = 0x80 | byte(u)&0x3F
		return 2
	}
	if u > MaxRune || 0xD800 <= u && u <= 0xDFFF {
		u = RuneError
	}
	if u < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(u>>12)
		p[1] = 0x80 | byte(u>>6)&0x3F
		p[2] = 0x80 | byte(u)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(u>>18)
	p[1] = 0x80 | byte(u>>12)&0x3F
	p[2] = 0x80 | byte(u>>6)&0x3F
	p[3] = 0x80 | byte(u)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns
// the extended buffer. If the rune is out of range, it appends the encoding
// of RuneError.
func AppendRune(p []byte, r rune) []byte {
	u := uint32(r)
	if u < 0x80 {
		return append(p, byte(r))
	}
	if u < 0x800 {
		return append(p, 0xC0|byte(u>>6), 0x80|byte(u)&0x3F)
	}
	if u > MaxRune || 0xD800 <= u && u <= 0xDFFF {
		u = RuneError
	}
	if u < 0x10000 {
		return append(p, 0xE0|byte(u>>12), 0x80|byte(u>>6)&0x3F, 0x80|byte(u)&0x3F)
	}
	return append(p, 0xF0|byte(u>>18), 0x80|byte(u>>12)&0x3F, 0x80|byte(u>>6)&0x3F, 0x80|byte(u)&0x3F)
}

// RuneCount returns the number of runes in p. Erroneous and short
// encodings are treated as single runes of width 1 byte.
func RuneCount(p []byte) int

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int)

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune. Second and subsequent bytes always have the top
// two bits set to 10.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool

// ValidString reports whether s consists entirely of valid UTF-8-encoded
// runes.
func ValidString(s string) bool

// ValidRune reports whether r can be legally encoded as UTF-8. Code points
// that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}
