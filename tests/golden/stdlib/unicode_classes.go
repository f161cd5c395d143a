package main

import (
	"fmt"
	"unicode"
)

func main() {
	type class struct {
		name string
		f    func(rune) bool
	}
	classes := []class{
		{"Letter", unicode.IsLetter}, {"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber},
		{"Space", unicode.IsSpace}, {"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower},
		{"Title", unicode.IsTitle}, {"Punct", unicode.IsPunct}, {"Print", unicode.IsPrint},
		{"Graphic", unicode.IsGraphic}, {"Control", unicode.IsControl}, {"Mark", unicode.IsMark},
		{"Symbol", unicode.IsSymbol},
	}
	for _, c := range classes {
		n, latin, sum := 0, 0, 0
		for r := rune(0); r <= unicode.MaxRune; r += 5 {
			if c.f(r) {
				n++
				sum = (sum*31 + int(r)) % 1000003
			}
		}
		for r := rune(0); r < 0x100; r++ {
			if c.f(r) {
				latin++
			}
		}
		fmt.Println(c.name, n, latin, sum, c.f(-1), c.f(unicode.MaxRune+1))
	}
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\u0085', '\u00a0', 'é', 'ß', 'Σ', 'ǅ', '٣', '½', '世', '\u2028', '\u200b', '!', '€', '\u0301', 0x1F600, 0xFFFD, 0x10FFFF} {
		fmt.Printf("%U L%v D%v N%v S%v U%v l%v T%v P%v Pr%v G%v C%v M%v Sy%v up=%U lo=%U ti=%U fold=%U\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsMark(r), unicode.IsSymbol(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	up, lo, ti, fo := 0, 0, 0, 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		up += int(unicode.ToUpper(r) - r)
		lo += int(unicode.ToLower(r) - r)
		ti += int(unicode.ToTitle(r) - r)
		fo = (fo*7 + int(unicode.SimpleFold(r)-r)) % 1000000007
	}
	fmt.Println("case sums", up, lo, ti, fo)
	for _, r := range []rune{'A', 'k', 'K', 0x212A, 'Σ', 'σ', 'ς', '1', -5, 0x110000} {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r && len(orbit) < 6; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Printf("orbit %U: %U\n", r, orbit)
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(7, 'a'), unicode.To(-1, 'a'))
	fmt.Println(unicode.ToUpper(-1), unicode.ToLower(0x110000))
	for _, r := range []rune{'a', 'я', '世', 'ア', 'あ', '한', 'α', '1', 'é', 0x1F600} {
		fmt.Println(string(r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Han, r), unicode.Is(unicode.Cyrillic, r), unicode.In(r, unicode.Hiragana, unicode.Katakana), unicode.Is(unicode.Greek, r), unicode.In(r, unicode.Hangul), unicode.Is(unicode.Common, r), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, r))
	}
	scripts, hits := 0, 0
	for name, t := range unicode.Scripts {
		if unicode.Is(t, 'a') || unicode.Is(t, '世') {
			hits += len(name)
		}
		scripts++
	}
	fmt.Println("script hits", hits, unicode.Scripts["Han"] == unicode.Han, unicode.Scripts["Latin"] == unicode.Latin)
	fmt.Println(scripts, len(unicode.Categories), len(unicode.Properties), unicode.Version, len(unicode.CategoryAliases), unicode.CategoryAliases["Letter"])
	fmt.Println(unicode.Is(unicode.Categories["Lu"], 'A'), unicode.Is(unicode.Properties["White_Space"], ' '), unicode.Is(unicode.Dash, '-'), unicode.Is(unicode.Hex_Digit, 'f'), unicode.Properties["Emoji"] == nil)
	fmt.Println(unicode.Is(unicode.FoldCategory["Lu"], 'k'), unicode.Is(unicode.FoldScript["Greek"], 'µ'), len(unicode.GraphicRanges), len(unicode.PrintRanges))
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Letter == unicode.L, unicode.Digit == unicode.Nd, unicode.STerm == unicode.Sentence_Terminal)
	mine := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'e', Stride: 2}, {Lo: 0x100, Hi: 0x200, Stride: 0x80}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
	}
	for _, r := range []rune{'a', 'b', 'c', 'e', 'f', 0x180, 0x181, 0x200, 0x10004, 0x10005, 0x10010, 0x10011, -1} {
		fmt.Print(" ", unicode.Is(mine, r))
	}
	fmt.Println()
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'))
	t := unicode.TurkishCase
	fmt.Printf("%c %c %c %c %c %c\n", t.ToUpper('i'), t.ToLower('I'), t.ToTitle('i'), t.ToUpper('ı'), t.ToLower('İ'), t.ToUpper('x'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
}

// Output:
// Letter 29135 117 877937 false false
// Digit 154 10 70478 false false
// Number 382 16 826747 false false
// Space 5 8 799318 false false
// Upper 382 56 381266 false false
// Lower 456 59 305031 false false
// Title 6 0 169115 false false
// Punct 170 30 328571 false false
// Print 31916 189 75953 false false
// Graphic 31920 190 835757 false false
// Control 13 65 341596 false false
// Mark 512 0 240542 false false
// Symbol 1717 25 468087 false false
// U+0061 Ltrue Dfalse Nfalse Sfalse Ufalse ltrue Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+0041 lo=U+0061 ti=U+0041 fold=U+0041
// U+005A Ltrue Dfalse Nfalse Sfalse Utrue lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+005A lo=U+007A ti=U+005A fold=U+007A
// U+0035 Lfalse Dtrue Ntrue Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+0035 lo=U+0035 ti=U+0035 fold=U+0035
// U+0020 Lfalse Dfalse Nfalse Strue Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+0020 lo=U+0020 ti=U+0020 fold=U+0020
// U+0009 Lfalse Dfalse Nfalse Strue Ufalse lfalse Tfalse Pfalse Prfalse Gfalse Ctrue Mfalse Syfalse up=U+0009 lo=U+0009 ti=U+0009 fold=U+0009
// U+0085 Lfalse Dfalse Nfalse Strue Ufalse lfalse Tfalse Pfalse Prfalse Gfalse Ctrue Mfalse Syfalse up=U+0085 lo=U+0085 ti=U+0085 fold=U+0085
// U+00A0 Lfalse Dfalse Nfalse Strue Ufalse lfalse Tfalse Pfalse Prfalse Gtrue Cfalse Mfalse Syfalse up=U+00A0 lo=U+00A0 ti=U+00A0 fold=U+00A0
// U+00E9 Ltrue Dfalse Nfalse Sfalse Ufalse ltrue Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+00C9 lo=U+00E9 ti=U+00C9 fold=U+00C9
// U+00DF Ltrue Dfalse Nfalse Sfalse Ufalse ltrue Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+00DF lo=U+00DF ti=U+00DF fold=U+1E9E
// U+03A3 Ltrue Dfalse Nfalse Sfalse Utrue lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+03A3 lo=U+03C3 ti=U+03A3 fold=U+03C2
// U+01C5 Ltrue Dfalse Nfalse Sfalse Ufalse lfalse Ttrue Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+01C4 lo=U+01C6 ti=U+01C5 fold=U+01C6
// U+0663 Lfalse Dtrue Ntrue Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+0663 lo=U+0663 ti=U+0663 fold=U+0663
// U+00BD Lfalse Dfalse Ntrue Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+00BD lo=U+00BD ti=U+00BD fold=U+00BD
// U+4E16 Ltrue Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Syfalse up=U+4E16 lo=U+4E16 ti=U+4E16 fold=U+4E16
// U+2028 Lfalse Dfalse Nfalse Strue Ufalse lfalse Tfalse Pfalse Prfalse Gfalse Cfalse Mfalse Syfalse up=U+2028 lo=U+2028 ti=U+2028 fold=U+2028
// U+200B Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prfalse Gfalse Cfalse Mfalse Syfalse up=U+200B lo=U+200B ti=U+200B fold=U+200B
// U+0021 Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Ptrue Prtrue Gtrue Cfalse Mfalse Syfalse up=U+0021 lo=U+0021 ti=U+0021 fold=U+0021
// U+20AC Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Sytrue up=U+20AC lo=U+20AC ti=U+20AC fold=U+20AC
// U+0301 Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mtrue Syfalse up=U+0301 lo=U+0301 ti=U+0301 fold=U+0301
// U+1F600 Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Sytrue up=U+1F600 lo=U+1F600 ti=U+1F600 fold=U+1F600
// U+FFFD Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prtrue Gtrue Cfalse Mfalse Sytrue up=U+FFFD lo=U+FFFD ti=U+FFFD fold=U+FFFD
// U+10FFFF Lfalse Dfalse Nfalse Sfalse Ufalse lfalse Tfalse Pfalse Prfalse Gfalse Cfalse Mfalse Syfalse up=U+10FFFF lo=U+10FFFF ti=U+10FFFF fold=U+10FFFF
// case sums -2662488 2608341 -2800844 723731638
// orbit U+0041: [U+0041 U+0061]
// orbit U+006B: [U+006B U+212A U+004B]
// orbit U+004B: [U+004B U+006B U+212A]
// orbit U+212A: [U+212A U+004B U+006B]
// orbit U+03A3: [U+03A3 U+03C2 U+03C3]
// orbit U+03C3: [U+03C3 U+03A3 U+03C2]
// orbit U+03C2: [U+03C2 U+03C3 U+03A3]
// orbit U+0031: [U+0031]
// orbit U+FFFFFFFFFFFFFFFB: [U+FFFFFFFFFFFFFFFB]
// orbit U+110000: [U+110000]
// 81 113 453 65533 65533
// -1 1114112
// a true false false false false false false true
// я false false true false false false false true
// 世 false true false false false false false true
// ア false false false true false false false true
// あ false false false true false false false true
// 한 false false false false false true false true
// α false false false false true false false true
// 1 false false false false false false true true
// é true false false false false false false true
// 😀 false false false false false false true false
// script hits 8 true true
// 174 38 39 17.0.0 42 L
// true true true true true
// true true 6 5
// true true true true
//  true false true true false true false true true false true false false
// false
// İ ı İ I i X
// 1114111 65533 127 255 0 1 2 3 1114112
