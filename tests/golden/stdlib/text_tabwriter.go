package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) {
	if len(p) > 1 {
		return 1, nil
	}
	return len(p), nil
}

func run(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	n, err := fmt.Fprint(w, text)
	ferr := w.Flush()
	fmt.Printf("== %s n=%d err=%v flush=%v\n%s\n", name, n, err, ferr, strings.NewReplacer("\t", "<TAB>", " ", "·", "\r", "<CR>").Replace(sb.String()))
}

func main() {
	table := "name\tage\tcity\nAlice\t30\tNew York\nBob\t4\tLA\nChristopher\t101\tSan Francisco\n"
	run("basic", 0, 8, 1, ' ', 0, table)
	run("minwidth", 10, 8, 1, ' ', 0, table)
	run("padding3", 0, 8, 3, '.', 0, table)
	run("right", 0, 8, 1, ' ', tabwriter.AlignRight, table)
	run("right-trailing-tab", 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug, "a\tbbb\tc\t\naaa\tb\tcc\t\n")
	run("debug", 0, 8, 1, ' ', tabwriter.Debug, table)
	run("tabpad", 0, 8, 1, '\t', 0, table)
	run("tabpad-right-ignored", 0, 4, 0, '\t', tabwriter.AlignRight, table)
	run("tabpad-zero-tabwidth", 0, 0, 1, '\t', 0, table)
	run("ragged", 0, 8, 1, '-', 0, "a\tb\tc\nlonger\t\nx\ty\tz\tw\n\nafter\tblank\n")
	run("no-trailing-newline", 0, 8, 1, ' ', 0, "a\tb\nccc\tddd")
	run("empty", 0, 8, 1, ' ', 0, "")
	run("only-newlines", 0, 8, 1, ' ', 0, "\n\n\n")
	run("single-cells", 0, 8, 1, ' ', 0, "one\ntwo\nthree\n")
	run("empty-columns", 0, 8, 1, '.', 0, "a\t\tb\nc\t\td\n")
	run("discard-empty", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n")
	run("discard-empty-debug", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "a\t\tb\nc\t\td\n")
	run("discard-vtab", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\v\vb\nc\v\vd\n")
	run("vtab", 0, 8, 1, '.', 0, "a\vbb\vc\nddd\ve\vf\n")
	run("tabindent", 0, 4, 1, '.', tabwriter.TabIndent, "\t\tindented\tx\n\tless\ty\nnone\tz\n")
	run("tabindent-tabwidth0", 0, 0, 1, '.', tabwriter.TabIndent, "\t\tindented\tx\n\tless\ty\n")
	run("formfeed", 0, 8, 1, ' ', 0, "a\tb\nlonger\tc\f\nx\ty\nlong long\tz\n")
	run("formfeed-debug", 0, 8, 1, ' ', tabwriter.Debug, "a\tb\nlonger\tc\fx\ty\nlong long\tz\n")
	run("unicode", 0, 8, 1, ' ', 0, "héllo\twörld\n世界\tx\n😀😀😀\ty\n")
	run("escape", 0, 8, 1, ' ', 0, "a\xff\tx\xff\tb\nccc\tdd\n")
	run("escape-strip", 0, 8, 1, ' ', tabwriter.StripEscape, "a\xff\tx\xff\tb\nccc\tdd\n")
	run("escape-unterminated", 0, 8, 1, ' ', 0, "a\tb\xffc\td\n")
	run("html", 0, 8, 1, ' ', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n")
	run("html-off", 0, 8, 1, ' ', 0, "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n")
	run("html-unterminated", 0, 8, 1, ' ', tabwriter.FilterHTML, "a\t<b\n")
	run("all-flags", 2, 4, 2, '_', tabwriter.AlignRight|tabwriter.Debug|tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML|tabwriter.StripEscape|tabwriter.TabIndent, "\ta\t\tb\n\tcc\t\td\n")
	run("crlf", 0, 8, 1, ' ', 0, "a\tb\r\ncc\td\r\n")

	// Pieces written separately, including a split UTF-8 sequence.
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprint(w, "key\tva")
	fmt.Fprint(w, "lue\n\xc3")
	fmt.Fprint(w, "\xa9t\xc3\xa9\tv\nk")
	fmt.Fprint(w, "\tv2\n")
	w.Flush()
	w.Flush()

	// The usual idiom.
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbb\tcc")
	fmt.Fprintln(w, "aaa\t") // trailing tab
	fmt.Fprintln(w, "aaaa\tdddd\teeee")
	w.Flush()

	w = new(tabwriter.Writer)
	w.Init(os.Stdout, 5, 0, 1, ' ', 0)
	fmt.Fprintln(w, "x\ty\tz")
	fmt.Fprintln(w, "xx\tyy\tzz")
	w.Flush()
	w.Init(os.Stdout, 0, 8, 0, '*', 0)
	fmt.Fprintln(w, "re\tinit")
	fmt.Fprintln(w, "r\ti")
	w.Flush()

	// Write errors.
	fw := &failWriter{n: 2}
	w = tabwriter.NewWriter(fw, 0, 8, 1, ' ', 0)
	n, err := fmt.Fprint(w, "a\tb\nc\td\n")
	fmt.Println(n, err, w.Flush())
	n, err = w.Write([]byte("single line\n"))
	fmt.Println(n, err)
	fw.n = 100
	n, err = w.Write([]byte("ok\n"))
	fmt.Println(n, err, w.Flush())
	w = tabwriter.NewWriter(shortWriter{}, 0, 8, 1, ' ', 0)
	n, err = w.Write([]byte("abc\n"))
	fmt.Println(n, err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, 0, 8, -1, ' ', 0)
	}()
	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)
}

// Output:
// == basic n=71 err=<nil> flush=<nil>
// name········age·city
// Alice·······30··New·York
// Bob·········4···LA
// Christopher·101·San·Francisco
//
// == minwidth n=71 err=<nil> flush=<nil>
// name········age·······city
// Alice·······30········New·York
// Bob·········4·········LA
// Christopher·101·······San·Francisco
//
// == padding3 n=71 err=<nil> flush=<nil>
// name..........age...city
// Alice.........30....New·York
// Bob...........4.....LA
// Christopher...101...San·Francisco
//
// == right n=71 err=<nil> flush=<nil>
// ········name·agecity
// ·······Alice··30New·York
// ·········Bob···4LA
// ·Christopher·101San·Francisco
//
// == right-trailing-tab n=19 err=<nil> flush=<nil>
// ····a|··bbb|····c|
// ··aaa|····b|···cc|
//
// == debug n=71 err=<nil> flush=<nil>
// name········|age·|city
// Alice·······|30··|New·York
// Bob·········|4···|LA
// Christopher·|101·|San·Francisco
//
// == tabpad n=71 err=<nil> flush=<nil>
// name<TAB><TAB>age<TAB>city
// Alice<TAB><TAB>30<TAB>New·York
// Bob<TAB><TAB>4<TAB>LA
// Christopher<TAB>101<TAB>San·Francisco
//
// == tabpad-right-ignored n=71 err=<nil> flush=<nil>
// name<TAB><TAB>age<TAB>city
// Alice<TAB><TAB>30<TAB>New·York
// Bob<TAB><TAB><TAB>4<TAB>LA
// Christopher<TAB>101<TAB>San·Francisco
//
// == tabpad-zero-tabwidth n=71 err=<nil> flush=<nil>
// nameagecity
// Alice30New·York
// Bob4LA
// Christopher101San·Francisco
//
// == ragged n=35 err=<nil> flush=<nil>
// a------b-c
// longer-
// x------y-z-w
//
// after-blank
//
// == no-trailing-newline n=11 err=<nil> flush=<nil>
// a···b
// ccc·ddd
// == empty n=0 err=<nil> flush=<nil>
//
// == only-newlines n=3 err=<nil> flush=<nil>
//
//
//
//
// == single-cells n=14 err=<nil> flush=<nil>
// one
// two
// three
//
// == empty-columns n=10 err=<nil> flush=<nil>
// a..b
// c..d
//
// == discard-empty n=10 err=<nil> flush=<nil>
// a..b
// c..d
//
// == discard-empty-debug n=10 err=<nil> flush=<nil>
// a.|.|b
// c.|.|d
//
// == discard-vtab n=10 err=<nil> flush=<nil>
// a.b
// c.d
//
// == vtab n=15 err=<nil> flush=<nil>
// a...bb.c
// ddd.e..f
//
// == tabindent n=28 err=<nil> flush=<nil>
// <TAB><TAB><TAB><TAB>indented.x
// <TAB><TAB>less.y
// none.z
//
// == tabindent-tabwidth0 n=21 err=<nil> flush=<nil>
// indented.x
// less.y
//
// == formfeed n=30 err=<nil> flush=<nil>
// a······b
// longer·c
//
// x·········y
// long·long·z
//
// == formfeed-debug n=29 err=<nil> flush=<nil>
// a······|b
// longer·|c
// ---
// x·········|y
// long·long·|z
//
// == unicode n=38 err=<nil> flush=<nil>
// héllo·wörld
// 世界····x
// 😀😀😀···y
//
// == escape n=15 err=<nil> flush=<nil>
// a�<TAB>x�·b
// ccc·dd
//
// == escape-strip n=15 err=<nil> flush=<nil>
// a<TAB>x·b
// ccc·dd
//
// == escape-unterminated n=8 err=<nil> flush=<nil>
// a·b�c<TAB>d
//
// == html n=37 err=<nil> flush=<nil>
// <b>bold</b>··&amp;··x
// plain·&lt;&gt;·y
//
// == html-off n=37 err=<nil> flush=<nil>
// <b>bold</b>·&amp;····x
// plain·······&lt;&gt;·y
//
// == html-unterminated n=5 err=<nil> flush=<nil>
// a·<b
//
// == all-flags n=13 err=<nil> flush=<nil>
// <TAB>|___a|__|b
// <TAB>|__cc|__|d
//
// == crlf n=11 err=<nil> flush=<nil>
// a··b<CR>
// cc·d<CR>
//
// key  value
// été  v
// k    v2
//     a|  b|c
//    aa| bb|cc
//   aaa|
//  aaaa| dddd|eeee
// x    y    z
// xx   yy   zz
// reinit
// r*i
// 8 <nil> disk full
// 12 disk full
// 3 <nil> <nil>
// 4 short write
// recovered: negative minwidth, tabwidth, or padding
// recovered: negative minwidth, tabwidth, or padding
// 1 2 4 8 16 32 255
