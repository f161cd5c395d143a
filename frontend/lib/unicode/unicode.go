// Package unicode provides data and functions to test some properties of
// Unicode code points. The tables are kept by the runtime (see tables.go):
// they hold the code points of Go's tables, though a table's R16 and R32
// runs may be split differently. The classification and case-mapping
// functions are runtime natives. CaseRanges is not provided.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange
// represents a sequence of the form (say) Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices to save
// space: a slice of 16-bit ranges and a slice of 32-bit ranges. The two
// slices must be in sorted order and non-overlapping. Also, R32 should
// contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range
// runs from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one
// or more of the values will not fit in 16 bits. The range runs from Lo to
// Hi inclusive and has the specified stride. Lo and Hi must always be
// >= 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// table returns the runtime's table number n as a RangeTable.
func table(n int) *RangeTable

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		c := uint16(r)
		lo, hi := 0, len(r16)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			g := r16[m]
			if c < g.Lo {
				hi = m
			} else if c > g.Hi {
				lo = m + 1
			} else {
				return g.Stride == 1 || (c-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		c := uint32(r)
		lo, hi := 0, len(r32)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			g := r32[m]
			if c < g.Lo {
				hi = m
			} else if c > g.Hi {
				lo = m + 1
			} else {
				return g.Stride == 1 || (c-g.Lo)%g.Stride == 0
			}
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsControl reports whether the rune is a control character. The C (Other)
// Unicode category includes more code points such as surrogates; use
// Is(C, r) to test for them.
func IsControl(r rune) bool

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols, and spaces, from
// categories L, M, N, P, S, Zs.
func IsGraphic(r rune) bool

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols, and the ASCII space character.
func IsPrint(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is '\t', '\n',
// '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding. Among the code points equivalent to
// rune (including rune itself), SimpleFold returns the smallest rune > r if
// one exists, or else the smallest rune >= 0. If r is not a valid rune (not
// in [0, MaxRune]), SimpleFold returns r.
func SimpleFold(r rune) rune

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion. The range runs from Lo to Hi
// inclusive, with a fixed stride of 1. Deltas are the number to add to the
// code point to reach the code point for a different case for that
// character. They may be negative. If zero, it means the character is in
// the corresponding case. There is a special case representing sequences
// of alternating corresponding Upper and Lower pairs. It appears with a
// fixed Delta of {UpperLower, UpperLower, UpperLower}.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d is the delta array of a CaseRange.
type d [MaxCase]rune

// SpecialCase represents language-specific case mappings such as Turkish.
// Methods of SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

// TurkishCase maps dotted and dotless i as Turkish and Azeri do.
var TurkishCase SpecialCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is the same as TurkishCase.
var AzeriCase SpecialCase = TurkishCase

// ToUpper maps the rune to upper case giving priority to the special
// mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	if m, ok := special.to(UpperCase, r); ok {
		return m
	}
	return ToUpper(r)
}

// ToTitle maps the rune to title case giving priority to the special
// mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	if m, ok := special.to(TitleCase, r); ok {
		return m
	}
	return ToTitle(r)
}

// ToLower maps the rune to lower case giving priority to the special
// mapping.
func (special SpecialCase) ToLower(r rune) rune {
	if m, ok := special.to(LowerCase, r); ok {
		return m
	}
	return ToLower(r)
}

// to looks r up in the special ranges (sorted, non-overlapping).
func (special SpecialCase) to(c int, r rune) (rune, bool) {
	if r < 0 {
		return r, false
	}
	lo, hi := 0, len(special)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := special[m]
		if uint32(r) < cr.Lo {
			hi = m
		} else if uint32(r) > cr.Hi {
			lo = m + 1
		} else {
			delta := cr.Delta[c]
			if delta > MaxRune {
				// Alternating Upper Lower pairs: even offsets are upper
				// case, odd ones lower case, as the range starts.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(c&1)), true
			}
			return r + delta, true
		}
	}
	return r, false
}
