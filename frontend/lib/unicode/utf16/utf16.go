// Package utf16 implements encoding and decoding of UTF-16 sequences.
package utf16

const (
	replacement = '\uFFFD'
	maxRune     = '\U0010FFFF'

	hiStart  = 0xd800 // first high (leading) surrogate
	loStart  = 0xdc00 // first low (trailing) surrogate
	surrEnd  = 0xe000 // one past the last surrogate
	pairBase = 0x10000
)

// IsSurrogate reports whether r can appear in a surrogate pair.
func IsSurrogate(r rune) bool { return hiStart <= r && r < surrEnd }

// DecodeRune returns the code point of the surrogate pair r1, r2, or
// U+FFFD if they are not a valid pair.
func DecodeRune(r1, r2 rune) rune {
	if hiStart <= r1 && r1 < loStart && loStart <= r2 && r2 < surrEnd {
		return (r1-hiStart)<<10 | (r2 - loStart) + pairBase
	}
	return replacement
}

// EncodeRune returns the surrogate pair for r, or U+FFFD, U+FFFD when
// r does not need one or is not a valid code point.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < pairBase || r > maxRune {
		return replacement, replacement
	}
	r -= pairBase
	return hiStart + (r>>10)&0x3ff, loStart + r&0x3ff
}

// RuneLen returns the number of 16-bit words in the encoding of r, or
// -1 if r cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < hiStart, surrEnd <= r && r < pairBase:
		return 1
	case pairBase <= r && r <= maxRune:
		return 2
	}
	return -1
}

// Encode returns the UTF-16 encoding of s.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= pairBase {
			n++
		}
	}
	out := make([]uint16, n)
	k := 0
	for _, r := range s {
		switch RuneLen(r) {
		case 1:
			out[k] = uint16(r)
			k++
		case 2:
			r1, r2 := EncodeRune(r)
			out[k], out[k+1] = uint16(r1), uint16(r2)
			k += 2
		default:
			out[k] = uint16(replacement)
			k++
		}
	}
	return out[:k]
}

// AppendRune appends the UTF-16 encoding of r to a.
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacement)
}

// Decode returns the code points of the UTF-16 encoding s; unpaired
// surrogates become U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, 64) // gc starts with room for 64 runes

	for i := 0; i < len(s); i++ {
		w := rune(s[i])
		switch {
		case w < hiStart || w >= surrEnd:
			out = append(out, w)
		case w < loStart && i+1 < len(s) && loStart <= rune(s[i+1]) && rune(s[i+1]) < surrEnd:
			out = append(out, DecodeRune(w, rune(s[i+1])))
			i++
		default:
			out = append(out, replacement)
		}
	}
	return out
}
