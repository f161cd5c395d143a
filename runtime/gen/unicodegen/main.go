// Command unicodegen writes Mvm's Unicode tables (runtime/src/unicodetables.rs
// and frontend/lib/unicode/tables.go) by probing the unicode package of the
// Go toolchain it runs on, code point by code point. The encoding of the
// ranges (greedy strided runs) is Mvm's own.
package main

import (
	"fmt"
	"go/format"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type v struct {
	kind, name, under string
	tab               *unicode.RangeTable
}

var vars = []v{
	{"category", "Cc", "_Cc", unicode.Cc},
	{"category", "Cf", "_Cf", unicode.Cf},
	{"category", "Cn", "_Cn", unicode.Cn},
	{"category", "Co", "_Co", unicode.Co},
	{"category", "Cs", "_Cs", unicode.Cs},
	{"category", "Digit", "_Nd", unicode.Digit},
	{"category", "Nd", "_Nd", unicode.Nd},
	{"category", "LC", "_LC", unicode.LC},
	{"category", "Letter", "_L", unicode.Letter},
	{"category", "L", "_L", unicode.L},
	{"category", "Lm", "_Lm", unicode.Lm},
	{"category", "Lo", "_Lo", unicode.Lo},
	{"category", "Lower", "_Ll", unicode.Lower},
	{"category", "Ll", "_Ll", unicode.Ll},
	{"category", "Mark", "_M", unicode.Mark},
	{"category", "M", "_M", unicode.M},
	{"category", "Mc", "_Mc", unicode.Mc},
	{"category", "Me", "_Me", unicode.Me},
	{"category", "Mn", "_Mn", unicode.Mn},
	{"category", "Nl", "_Nl", unicode.Nl},
	{"category", "No", "_No", unicode.No},
	{"category", "Number", "_N", unicode.Number},
	{"category", "N", "_N", unicode.N},
	{"category", "Other", "_C", unicode.Other},
	{"category", "C", "_C", unicode.C},
	{"category", "Pc", "_Pc", unicode.Pc},
	{"category", "Pd", "_Pd", unicode.Pd},
	{"category", "Pe", "_Pe", unicode.Pe},
	{"category", "Pf", "_Pf", unicode.Pf},
	{"category", "Pi", "_Pi", unicode.Pi},
	{"category", "Po", "_Po", unicode.Po},
	{"category", "Ps", "_Ps", unicode.Ps},
	{"category", "Punct", "_P", unicode.Punct},
	{"category", "P", "_P", unicode.P},
	{"category", "Sc", "_Sc", unicode.Sc},
	{"category", "Sk", "_Sk", unicode.Sk},
	{"category", "Sm", "_Sm", unicode.Sm},
	{"category", "So", "_So", unicode.So},
	{"category", "Space", "_Z", unicode.Space},
	{"category", "Z", "_Z", unicode.Z},
	{"category", "Symbol", "_S", unicode.Symbol},
	{"category", "S", "_S", unicode.S},
	{"category", "Title", "_Lt", unicode.Title},
	{"category", "Lt", "_Lt", unicode.Lt},
	{"category", "Upper", "_Lu", unicode.Upper},
	{"category", "Lu", "_Lu", unicode.Lu},
	{"category", "Zl", "_Zl", unicode.Zl},
	{"category", "Zp", "_Zp", unicode.Zp},
	{"category", "Zs", "_Zs", unicode.Zs},
	{"script", "Adlam", "_Adlam", unicode.Adlam},
	{"script", "Ahom", "_Ahom", unicode.Ahom},
	{"script", "Anatolian_Hieroglyphs", "_Anatolian_Hieroglyphs", unicode.Anatolian_Hieroglyphs},
	{"script", "Arabic", "_Arabic", unicode.Arabic},
	{"script", "Armenian", "_Armenian", unicode.Armenian},
	{"script", "Avestan", "_Avestan", unicode.Avestan},
	{"script", "Balinese", "_Balinese", unicode.Balinese},
	{"script", "Bamum", "_Bamum", unicode.Bamum},
	{"script", "Bassa_Vah", "_Bassa_Vah", unicode.Bassa_Vah},
	{"script", "Batak", "_Batak", unicode.Batak},
	{"script", "Bengali", "_Bengali", unicode.Bengali},
	{"script", "Beria_Erfe", "_Beria_Erfe", unicode.Beria_Erfe},
	{"script", "Bhaiksuki", "_Bhaiksuki", unicode.Bhaiksuki},
	{"script", "Bopomofo", "_Bopomofo", unicode.Bopomofo},
	{"script", "Brahmi", "_Brahmi", unicode.Brahmi},
	{"script", "Braille", "_Braille", unicode.Braille},
	{"script", "Buginese", "_Buginese", unicode.Buginese},
	{"script", "Buhid", "_Buhid", unicode.Buhid},
	{"script", "Canadian_Aboriginal", "_Canadian_Aboriginal", unicode.Canadian_Aboriginal},
	{"script", "Carian", "_Carian", unicode.Carian},
	{"script", "Caucasian_Albanian", "_Caucasian_Albanian", unicode.Caucasian_Albanian},
	{"script", "Chakma", "_Chakma", unicode.Chakma},
	{"script", "Cham", "_Cham", unicode.Cham},
	{"script", "Cherokee", "_Cherokee", unicode.Cherokee},
	{"script", "Chorasmian", "_Chorasmian", unicode.Chorasmian},
	{"script", "Common", "_Common", unicode.Common},
	{"script", "Coptic", "_Coptic", unicode.Coptic},
	{"script", "Cuneiform", "_Cuneiform", unicode.Cuneiform},
	{"script", "Cypriot", "_Cypriot", unicode.Cypriot},
	{"script", "Cypro_Minoan", "_Cypro_Minoan", unicode.Cypro_Minoan},
	{"script", "Cyrillic", "_Cyrillic", unicode.Cyrillic},
	{"script", "Deseret", "_Deseret", unicode.Deseret},
	{"script", "Devanagari", "_Devanagari", unicode.Devanagari},
	{"script", "Dives_Akuru", "_Dives_Akuru", unicode.Dives_Akuru},
	{"script", "Dogra", "_Dogra", unicode.Dogra},
	{"script", "Duployan", "_Duployan", unicode.Duployan},
	{"script", "Egyptian_Hieroglyphs", "_Egyptian_Hieroglyphs", unicode.Egyptian_Hieroglyphs},
	{"script", "Elbasan", "_Elbasan", unicode.Elbasan},
	{"script", "Elymaic", "_Elymaic", unicode.Elymaic},
	{"script", "Ethiopic", "_Ethiopic", unicode.Ethiopic},
	{"script", "Garay", "_Garay", unicode.Garay},
	{"script", "Georgian", "_Georgian", unicode.Georgian},
	{"script", "Glagolitic", "_Glagolitic", unicode.Glagolitic},
	{"script", "Gothic", "_Gothic", unicode.Gothic},
	{"script", "Grantha", "_Grantha", unicode.Grantha},
	{"script", "Greek", "_Greek", unicode.Greek},
	{"script", "Gujarati", "_Gujarati", unicode.Gujarati},
	{"script", "Gunjala_Gondi", "_Gunjala_Gondi", unicode.Gunjala_Gondi},
	{"script", "Gurmukhi", "_Gurmukhi", unicode.Gurmukhi},
	{"script", "Gurung_Khema", "_Gurung_Khema", unicode.Gurung_Khema},
	{"script", "Han", "_Han", unicode.Han},
	{"script", "Hangul", "_Hangul", unicode.Hangul},
	{"script", "Hanifi_Rohingya", "_Hanifi_Rohingya", unicode.Hanifi_Rohingya},
	{"script", "Hanunoo", "_Hanunoo", unicode.Hanunoo},
	{"script", "Hatran", "_Hatran", unicode.Hatran},
	{"script", "Hebrew", "_Hebrew", unicode.Hebrew},
	{"script", "Hiragana", "_Hiragana", unicode.Hiragana},
	{"script", "Imperial_Aramaic", "_Imperial_Aramaic", unicode.Imperial_Aramaic},
	{"script", "Inherited", "_Inherited", unicode.Inherited},
	{"script", "Inscriptional_Pahlavi", "_Inscriptional_Pahlavi", unicode.Inscriptional_Pahlavi},
	{"script", "Inscriptional_Parthian", "_Inscriptional_Parthian", unicode.Inscriptional_Parthian},
	{"script", "Javanese", "_Javanese", unicode.Javanese},
	{"script", "Kaithi", "_Kaithi", unicode.Kaithi},
	{"script", "Kannada", "_Kannada", unicode.Kannada},
	{"script", "Katakana", "_Katakana", unicode.Katakana},
	{"script", "Kawi", "_Kawi", unicode.Kawi},
	{"script", "Kayah_Li", "_Kayah_Li", unicode.Kayah_Li},
	{"script", "Kharoshthi", "_Kharoshthi", unicode.Kharoshthi},
	{"script", "Khitan_Small_Script", "_Khitan_Small_Script", unicode.Khitan_Small_Script},
	{"script", "Khmer", "_Khmer", unicode.Khmer},
	{"script", "Khojki", "_Khojki", unicode.Khojki},
	{"script", "Khudawadi", "_Khudawadi", unicode.Khudawadi},
	{"script", "Kirat_Rai", "_Kirat_Rai", unicode.Kirat_Rai},
	{"script", "Lao", "_Lao", unicode.Lao},
	{"script", "Latin", "_Latin", unicode.Latin},
	{"script", "Lepcha", "_Lepcha", unicode.Lepcha},
	{"script", "Limbu", "_Limbu", unicode.Limbu},
	{"script", "Linear_A", "_Linear_A", unicode.Linear_A},
	{"script", "Linear_B", "_Linear_B", unicode.Linear_B},
	{"script", "Lisu", "_Lisu", unicode.Lisu},
	{"script", "Lycian", "_Lycian", unicode.Lycian},
	{"script", "Lydian", "_Lydian", unicode.Lydian},
	{"script", "Mahajani", "_Mahajani", unicode.Mahajani},
	{"script", "Makasar", "_Makasar", unicode.Makasar},
	{"script", "Malayalam", "_Malayalam", unicode.Malayalam},
	{"script", "Mandaic", "_Mandaic", unicode.Mandaic},
	{"script", "Manichaean", "_Manichaean", unicode.Manichaean},
	{"script", "Marchen", "_Marchen", unicode.Marchen},
	{"script", "Masaram_Gondi", "_Masaram_Gondi", unicode.Masaram_Gondi},
	{"script", "Medefaidrin", "_Medefaidrin", unicode.Medefaidrin},
	{"script", "Meetei_Mayek", "_Meetei_Mayek", unicode.Meetei_Mayek},
	{"script", "Mende_Kikakui", "_Mende_Kikakui", unicode.Mende_Kikakui},
	{"script", "Meroitic_Cursive", "_Meroitic_Cursive", unicode.Meroitic_Cursive},
	{"script", "Meroitic_Hieroglyphs", "_Meroitic_Hieroglyphs", unicode.Meroitic_Hieroglyphs},
	{"script", "Miao", "_Miao", unicode.Miao},
	{"script", "Modi", "_Modi", unicode.Modi},
	{"script", "Mongolian", "_Mongolian", unicode.Mongolian},
	{"script", "Mro", "_Mro", unicode.Mro},
	{"script", "Multani", "_Multani", unicode.Multani},
	{"script", "Myanmar", "_Myanmar", unicode.Myanmar},
	{"script", "Nabataean", "_Nabataean", unicode.Nabataean},
	{"script", "Nag_Mundari", "_Nag_Mundari", unicode.Nag_Mundari},
	{"script", "Nandinagari", "_Nandinagari", unicode.Nandinagari},
	{"script", "New_Tai_Lue", "_New_Tai_Lue", unicode.New_Tai_Lue},
	{"script", "Newa", "_Newa", unicode.Newa},
	{"script", "Nko", "_Nko", unicode.Nko},
	{"script", "Nushu", "_Nushu", unicode.Nushu},
	{"script", "Nyiakeng_Puachue_Hmong", "_Nyiakeng_Puachue_Hmong", unicode.Nyiakeng_Puachue_Hmong},
	{"script", "Ogham", "_Ogham", unicode.Ogham},
	{"script", "Ol_Chiki", "_Ol_Chiki", unicode.Ol_Chiki},
	{"script", "Ol_Onal", "_Ol_Onal", unicode.Ol_Onal},
	{"script", "Old_Hungarian", "_Old_Hungarian", unicode.Old_Hungarian},
	{"script", "Old_Italic", "_Old_Italic", unicode.Old_Italic},
	{"script", "Old_North_Arabian", "_Old_North_Arabian", unicode.Old_North_Arabian},
	{"script", "Old_Permic", "_Old_Permic", unicode.Old_Permic},
	{"script", "Old_Persian", "_Old_Persian", unicode.Old_Persian},
	{"script", "Old_Sogdian", "_Old_Sogdian", unicode.Old_Sogdian},
	{"script", "Old_South_Arabian", "_Old_South_Arabian", unicode.Old_South_Arabian},
	{"script", "Old_Turkic", "_Old_Turkic", unicode.Old_Turkic},
	{"script", "Old_Uyghur", "_Old_Uyghur", unicode.Old_Uyghur},
	{"script", "Oriya", "_Oriya", unicode.Oriya},
	{"script", "Osage", "_Osage", unicode.Osage},
	{"script", "Osmanya", "_Osmanya", unicode.Osmanya},
	{"script", "Pahawh_Hmong", "_Pahawh_Hmong", unicode.Pahawh_Hmong},
	{"script", "Palmyrene", "_Palmyrene", unicode.Palmyrene},
	{"script", "Pau_Cin_Hau", "_Pau_Cin_Hau", unicode.Pau_Cin_Hau},
	{"script", "Phags_Pa", "_Phags_Pa", unicode.Phags_Pa},
	{"script", "Phoenician", "_Phoenician", unicode.Phoenician},
	{"script", "Psalter_Pahlavi", "_Psalter_Pahlavi", unicode.Psalter_Pahlavi},
	{"script", "Rejang", "_Rejang", unicode.Rejang},
	{"script", "Runic", "_Runic", unicode.Runic},
	{"script", "Samaritan", "_Samaritan", unicode.Samaritan},
	{"script", "Saurashtra", "_Saurashtra", unicode.Saurashtra},
	{"script", "Sharada", "_Sharada", unicode.Sharada},
	{"script", "Shavian", "_Shavian", unicode.Shavian},
	{"script", "Siddham", "_Siddham", unicode.Siddham},
	{"script", "Sidetic", "_Sidetic", unicode.Sidetic},
	{"script", "SignWriting", "_SignWriting", unicode.SignWriting},
	{"script", "Sinhala", "_Sinhala", unicode.Sinhala},
	{"script", "Sogdian", "_Sogdian", unicode.Sogdian},
	{"script", "Sora_Sompeng", "_Sora_Sompeng", unicode.Sora_Sompeng},
	{"script", "Soyombo", "_Soyombo", unicode.Soyombo},
	{"script", "Sundanese", "_Sundanese", unicode.Sundanese},
	{"script", "Sunuwar", "_Sunuwar", unicode.Sunuwar},
	{"script", "Syloti_Nagri", "_Syloti_Nagri", unicode.Syloti_Nagri},
	{"script", "Syriac", "_Syriac", unicode.Syriac},
	{"script", "Tagalog", "_Tagalog", unicode.Tagalog},
	{"script", "Tagbanwa", "_Tagbanwa", unicode.Tagbanwa},
	{"script", "Tai_Le", "_Tai_Le", unicode.Tai_Le},
	{"script", "Tai_Tham", "_Tai_Tham", unicode.Tai_Tham},
	{"script", "Tai_Viet", "_Tai_Viet", unicode.Tai_Viet},
	{"script", "Tai_Yo", "_Tai_Yo", unicode.Tai_Yo},
	{"script", "Takri", "_Takri", unicode.Takri},
	{"script", "Tamil", "_Tamil", unicode.Tamil},
	{"script", "Tangsa", "_Tangsa", unicode.Tangsa},
	{"script", "Tangut", "_Tangut", unicode.Tangut},
	{"script", "Telugu", "_Telugu", unicode.Telugu},
	{"script", "Thaana", "_Thaana", unicode.Thaana},
	{"script", "Thai", "_Thai", unicode.Thai},
	{"script", "Tibetan", "_Tibetan", unicode.Tibetan},
	{"script", "Tifinagh", "_Tifinagh", unicode.Tifinagh},
	{"script", "Tirhuta", "_Tirhuta", unicode.Tirhuta},
	{"script", "Todhri", "_Todhri", unicode.Todhri},
	{"script", "Tolong_Siki", "_Tolong_Siki", unicode.Tolong_Siki},
	{"script", "Toto", "_Toto", unicode.Toto},
	{"script", "Tulu_Tigalari", "_Tulu_Tigalari", unicode.Tulu_Tigalari},
	{"script", "Ugaritic", "_Ugaritic", unicode.Ugaritic},
	{"script", "Vai", "_Vai", unicode.Vai},
	{"script", "Vithkuqi", "_Vithkuqi", unicode.Vithkuqi},
	{"script", "Wancho", "_Wancho", unicode.Wancho},
	{"script", "Warang_Citi", "_Warang_Citi", unicode.Warang_Citi},
	{"script", "Yezidi", "_Yezidi", unicode.Yezidi},
	{"script", "Yi", "_Yi", unicode.Yi},
	{"script", "Zanabazar_Square", "_Zanabazar_Square", unicode.Zanabazar_Square},
	{"property", "ASCII_Hex_Digit", "_ASCII_Hex_Digit", unicode.ASCII_Hex_Digit},
	{"property", "Bidi_Control", "_Bidi_Control", unicode.Bidi_Control},
	{"property", "Dash", "_Dash", unicode.Dash},
	{"property", "Deprecated", "_Deprecated", unicode.Deprecated},
	{"property", "Diacritic", "_Diacritic", unicode.Diacritic},
	{"property", "Extender", "_Extender", unicode.Extender},
	{"property", "Hex_Digit", "_Hex_Digit", unicode.Hex_Digit},
	{"property", "Hyphen", "_Hyphen", unicode.Hyphen},
	{"property", "IDS_Binary_Operator", "_IDS_Binary_Operator", unicode.IDS_Binary_Operator},
	{"property", "IDS_Trinary_Operator", "_IDS_Trinary_Operator", unicode.IDS_Trinary_Operator},
	{"property", "IDS_Unary_Operator", "_IDS_Unary_Operator", unicode.IDS_Unary_Operator},
	{"property", "ID_Compat_Math_Continue", "_ID_Compat_Math_Continue", unicode.ID_Compat_Math_Continue},
	{"property", "ID_Compat_Math_Start", "_ID_Compat_Math_Start", unicode.ID_Compat_Math_Start},
	{"property", "Ideographic", "_Ideographic", unicode.Ideographic},
	{"property", "Join_Control", "_Join_Control", unicode.Join_Control},
	{"property", "Logical_Order_Exception", "_Logical_Order_Exception", unicode.Logical_Order_Exception},
	{"property", "Modifier_Combining_Mark", "_Modifier_Combining_Mark", unicode.Modifier_Combining_Mark},
	{"property", "Noncharacter_Code_Point", "_Noncharacter_Code_Point", unicode.Noncharacter_Code_Point},
	{"property", "Other_Alphabetic", "_Other_Alphabetic", unicode.Other_Alphabetic},
	{"property", "Other_Default_Ignorable_Code_Point", "_Other_Default_Ignorable_Code_Point", unicode.Other_Default_Ignorable_Code_Point},
	{"property", "Other_Grapheme_Extend", "_Other_Grapheme_Extend", unicode.Other_Grapheme_Extend},
	{"property", "Other_ID_Continue", "_Other_ID_Continue", unicode.Other_ID_Continue},
	{"property", "Other_ID_Start", "_Other_ID_Start", unicode.Other_ID_Start},
	{"property", "Other_Lowercase", "_Other_Lowercase", unicode.Other_Lowercase},
	{"property", "Other_Math", "_Other_Math", unicode.Other_Math},
	{"property", "Other_Uppercase", "_Other_Uppercase", unicode.Other_Uppercase},
	{"property", "Pattern_Syntax", "_Pattern_Syntax", unicode.Pattern_Syntax},
	{"property", "Pattern_White_Space", "_Pattern_White_Space", unicode.Pattern_White_Space},
	{"property", "Prepended_Concatenation_Mark", "_Prepended_Concatenation_Mark", unicode.Prepended_Concatenation_Mark},
	{"property", "Quotation_Mark", "_Quotation_Mark", unicode.Quotation_Mark},
	{"property", "Radical", "_Radical", unicode.Radical},
	{"property", "Regional_Indicator", "_Regional_Indicator", unicode.Regional_Indicator},
	{"property", "STerm", "_Sentence_Terminal", unicode.STerm},
	{"property", "Sentence_Terminal", "_Sentence_Terminal", unicode.Sentence_Terminal},
	{"property", "Soft_Dotted", "_Soft_Dotted", unicode.Soft_Dotted},
	{"property", "Terminal_Punctuation", "_Terminal_Punctuation", unicode.Terminal_Punctuation},
	{"property", "Unified_Ideograph", "_Unified_Ideograph", unicode.Unified_Ideograph},
	{"property", "Variation_Selector", "_Variation_Selector", unicode.Variation_Selector},
	{"property", "White_Space", "_White_Space", unicode.White_Space},
}

type run struct{ lo, hi, stride uint32 }

func members(t *unicode.RangeTable) []uint32 {
	var m []uint32
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(t, r) {
			m = append(m, uint32(r))
		}
	}
	return m
}

// runs encodes a sorted set as strided runs: consecutive stretches first,
// otherwise a constant stride over at least three members, otherwise one.
func runs(m []uint32) []run {
	var out []run
	for i := 0; i < len(m); {
		j := i
		for j+1 < len(m) && m[j+1] == m[j]+1 && !(m[j] <= 0xFFFF && m[j+1] > 0xFFFF) {
			j++
		}
		if j > i {
			out = append(out, run{m[i], m[j], 1})
			i = j + 1
			continue
		}
		if i+2 < len(m) {
			d := m[i+1] - m[i]
			j = i
			for j+1 < len(m) && m[j+1]-m[j] == d && !(m[j] <= 0xFFFF && m[j+1] > 0xFFFF) {
				// stop before a consecutive stretch starts
				if j+2 < len(m) && m[j+2] == m[j+1]+1 {
					break
				}
				j++
			}
			if j-i >= 2 {
				out = append(out, run{m[i], m[j], d})
				i = j + 1
				continue
			}
		}
		out = append(out, run{m[i], m[i], 1})
		i++
	}
	return out
}

type caseRun struct {
	lo, hi, stride uint32
	delta          int32
}

func caseRuns(f func(rune) rune) []caseRun {
	var out []caseRun
	type e struct {
		r uint32
		d int32
	}
	var es []e
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if d := f(r) - r; d != 0 {
			es = append(es, e{uint32(r), int32(d)})
		}
	}
	for i := 0; i < len(es); {
		j := i
		if i+1 < len(es) && es[i+1].d == es[i].d && es[i+1].r-es[i].r <= 2 {
			s := es[i+1].r - es[i].r
			for j+1 < len(es) && es[j+1].d == es[i].d && es[j+1].r-es[j].r == s {
				j++
			}
			out = append(out, caseRun{es[i].r, es[j].r, s, es[i].d})
		} else {
			out = append(out, caseRun{es[i].r, es[i].r, 1, es[i].d})
		}
		i = j + 1
	}
	return out
}

func main() {
	type table struct {
		name       string // Go variable holding it
		rs         []run
		n16, latin int
	}
	var tables []table
	ids := map[*unicode.RangeTable]int{}
	canon := map[string]string{} // underlying -> canonical var
	for _, x := range vars {
		if x.name == x.under[1:] {
			canon[x.under] = x.name
		}
	}
	add := func(name string, t *unicode.RangeTable) {
		rs := runs(members(t))
		n16, latin := 0, 0
		for _, r := range rs {
			if r.hi <= 0xFFFF {
				n16++
				if r.hi <= unicode.MaxLatin1 {
					latin++
				}
			}
		}
		ids[t] = len(tables)
		tables = append(tables, table{name, rs, n16, latin})
	}
	for _, x := range vars {
		if canon[x.under] == x.name {
			add(x.name, x.tab)
		}
	}
	for _, x := range vars {
		if _, ok := ids[x.tab]; !ok {
			panic("no canonical table for " + x.name)
		}
	}
	foldNames := func(m map[string]*unicode.RangeTable) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	for _, k := range foldNames(unicode.FoldCategory) {
		add("fold"+k, unicode.FoldCategory[k])
	}
	for _, k := range foldNames(unicode.FoldScript) {
		add("fold"+k, unicode.FoldScript[k])
	}

	// Rust data.
	var rs strings.Builder
	rs.WriteString("//! Unicode " + unicode.Version + " tables: general categories, scripts,\n")
	rs.WriteString("//! properties and simple case mappings.\n//!\n")
	rs.WriteString("//! Generated by runtime/gen/unicodegen (which probes the Go toolchain's\n")
	rs.WriteString("//! unicode package code point by code point); do not edit. Regenerate:\n")
	rs.WriteString("//! cd runtime/gen/unicodegen && go run . ../../src/unicodetables.rs ../../../frontend/lib/unicode/tables.go\n\n")
	rs.WriteString("pub const VERSION: &str = \"" + unicode.Version + "\";\n\n")
	rs.WriteString("/// Strided runs (lo, hi, stride) of every table, one after the other.\n")
	total := 0
	for _, t := range tables {
		total += len(t.rs)
	}
	fmt.Fprintf(&rs, "pub static RUNS: [(u32, u32, u32); %d] = [\n", total)
	var index []string
	start := 0
	for _, t := range tables {
		for _, r := range t.rs {
			fmt.Fprintf(&rs, "    (0x%x, 0x%x, %d),\n", r.lo, r.hi, r.stride)
		}
		index = append(index, fmt.Sprintf("    // %s\n    (%d, %d, %d, %d),", t.name, start, len(t.rs), t.n16, t.latin))
		start += len(t.rs)
	}
	rs.WriteString("];\n\n")
	rs.WriteString("/// Per table: (first run, runs, runs below 0x10000, runs within Latin-1).\n")
	fmt.Fprintf(&rs, "pub static TABLES: [(u32, u32, u32, u32); %d] = [\n%s\n];\n\n", len(tables), strings.Join(index, "\n"))
	rs.WriteString("/// Table numbers, by the Go variable that holds the table.\n#[allow(non_upper_case_globals, dead_code)]\npub mod id {\n")
	for i, t := range tables {
		fmt.Fprintf(&rs, "    pub const %s: usize = %d;\n", t.name, i)
	}
	rs.WriteString("}\n\n")
	for _, c := range []struct {
		name string
		f    func(rune) rune
	}{{"UPPER", unicode.ToUpper}, {"LOWER", unicode.ToLower}, {"TITLE", unicode.ToTitle}, {"FOLD", unicode.SimpleFold}} {
		cr := caseRuns(c.f)
		fmt.Fprintf(&rs, "/// Runs (lo, hi, stride, delta) of code points whose %s mapping is r + delta.\n", strings.ToLower(c.name))
		fmt.Fprintf(&rs, "pub static %s: [(u32, u32, u32, i32); %d] = [\n", c.name, len(cr))
		for _, r := range cr {
			fmt.Fprintf(&rs, "    (0x%x, 0x%x, %d, %d),\n", r.lo, r.hi, r.stride, r.delta)
		}
		rs.WriteString("];\n\n")
	}
	if err := os.WriteFile(os.Args[1], []byte(strings.TrimRight(rs.String(), "\n")+"\n"), 0o644); err != nil {
		panic(err)
	}

	// Go variables.
	var g strings.Builder
	g.WriteString("// Code generated by runtime/gen/unicodegen; DO NOT EDIT.\n\npackage unicode\n\n")
	g.WriteString("// Version is the Unicode edition from which the tables are derived.\nconst Version = " + strconv.Quote(unicode.Version) + "\n\n")
	g.WriteString("// The tables live in the runtime; table(n) builds table n's RangeTable.\nvar (\n")
	for i, t := range tables {
		fmt.Fprintf(&g, "\t%s = table(%d)\n", t.name, i)
	}
	g.WriteString(")\n\n// Other names of the same tables.\nvar (\n")
	for _, x := range vars {
		if canon[x.under] != x.name {
			fmt.Fprintf(&g, "\t%s = %s\n", x.name, tables[ids[x.tab]].name)
		}
	}
	g.WriteString(")\n\n")
	emitMap := func(name, doc string, m map[string]*unicode.RangeTable, prefix string) {
		fmt.Fprintf(&g, "// %s\nvar %s = map[string]*RangeTable{\n", doc, name)
		for _, k := range foldNames(m) {
			tn := tables[ids[m[k]]].name
			if prefix != "" {
				tn = prefix + k
			}
			fmt.Fprintf(&g, "\t%q: %s,\n", k, tn)
		}
		g.WriteString("}\n\n")
	}
	emitMap("Categories", "Categories is the set of Unicode category tables.", unicode.Categories, "")
	g.WriteString("// CategoryAliases maps category aliases to their standard short names.\nvar CategoryAliases = map[string]string{\n")
	var aks []string
	for k := range unicode.CategoryAliases {
		aks = append(aks, k)
	}
	sort.Strings(aks)
	for _, k := range aks {
		fmt.Fprintf(&g, "\t%q: %q,\n", k, unicode.CategoryAliases[k])
	}
	g.WriteString("}\n\n")
	emitMap("Scripts", "Scripts is the set of Unicode script tables.", unicode.Scripts, "")
	emitMap("Properties", "Properties is the set of Unicode property tables.", unicode.Properties, "")
	emitMap("FoldCategory", "FoldCategory maps a category name to a table of code points outside the\n// category that are equivalent under simple case folding to code points\n// inside the category.", unicode.FoldCategory, "fold")
	emitMap("FoldScript", "FoldScript maps a script name to a table of code points outside the\n// script that are equivalent under simple case folding to code points\n// inside the script.", unicode.FoldScript, "fold")
	name := func(t *unicode.RangeTable) string { return tables[ids[t]].name }
	var gr, pr []string
	for _, t := range unicode.GraphicRanges {
		gr = append(gr, name(t))
	}
	for _, t := range unicode.PrintRanges {
		pr = append(pr, name(t))
	}
	fmt.Fprintf(&g, "// GraphicRanges defines the set of graphic characters according to Unicode.\nvar GraphicRanges = []*RangeTable{\n\t%s,\n}\n\n", strings.Join(gr, ", "))
	fmt.Fprintf(&g, "// PrintRanges defines the set of printable characters according to Go.\nvar PrintRanges = []*RangeTable{\n\t%s,\n}\n", strings.Join(pr, ", "))
	src, err := format.Source([]byte(g.String()))
	if err != nil {
		panic(err)
	}
	if err := os.WriteFile(os.Args[2], src, 0o644); err != nil {
		panic(err)
	}
	// Sanity checks the runtime relies on.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if strconv.IsPrint(r) != unicode.IsPrint(r) || strconv.IsGraphic(r) != unicode.IsGraphic(r) {
			fmt.Fprintf(os.Stderr, "strconv and unicode disagree at %U\n", r)
		}
	}
	fmt.Fprintf(os.Stderr, "%d tables, %d runs\n", len(tables), total)
}
