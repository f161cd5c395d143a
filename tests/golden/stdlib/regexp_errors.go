package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

func main() {
	for _, p := range []string{
		`(a`, `a)`, `)`, `((a)`, `[a`, `[`, `[]`, `[^]`, `[z-a]`, `[a-\d]`, `*`, `a**`, `a*+`, `a??*`, `+a`, `a|*`, `(*)`, `(?i)*`,
		`{2}`, `x{2}{3}`, `x{1001}`, `x{2,1}`, `x{1000,1001}`, `(x{500}){3}`, `((a{10}){10}){11}`, `x{99999999999}`,
		`\`, `a\`, `[a\`, `\q`, `\8`, `\1`, `\Z`, `\C`, `\x`, `\x4`, `\xg0`, `\x{}`, `\x{110000}`, `\x{12`, `\p`, `\pX`, `\p{Foo}`, `\p{L`, `\P{^Bogus}`,
		`[[:foo:]]`, `[[:^bar:]]`, `(?x)a`, `(?`, `(?i`, `(?-)`, `(?i-)`, `(?--i)`, `(?P<>x)`, `(?P<a b>x)`, `(?P<n>x`, `(?P<n`, `(?<1a-b>x)`, `(?P=n)`, `(?<`,
		"a\xffb", "[\xff]", "(?P<\xff>x)", strings.Repeat("(", 1000) + strings.Repeat(")", 1000), strings.Repeat("(", 999) + strings.Repeat(")", 999),
	} {
		re, err := regexp.Compile(p)
		if err != nil {
			var se *syntax.Error
			if !errors.As(err, &se) {
				fmt.Println("not a *syntax.Error")
			} else if !utf8.ValidString(p) {
				fmt.Printf("%q: %q [code %q expr %q]\n", p, err.Error(), string(se.Code), se.Expr)
			} else if len(p) > 60 {
				fmt.Printf("%q...: %v (expr of %d bytes)\n", p[:20], se.Code, len(se.Expr))
			} else {
				fmt.Printf("%q: %v [code %q expr %q]\n", p, err, string(se.Code), se.Expr)
			}
			continue
		}
		if len(p) > 60 {
			p = p[:20] + "..."
		}
		fmt.Printf("%q: ok, %d groups\n", p, re.NumSubexp())
	}
	fmt.Println(syntax.ErrMissingParen, syntax.ErrInvalidRepeatSize.String())
	e := &syntax.Error{Code: syntax.ErrTrailingBackslash, Expr: ""}
	fmt.Println(e)

	// MustCompile panics with the pattern quoted.
	for _, p := range []string{`a(`, "tab\t(", "back`tick("} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			regexp.MustCompile(p)
		}()
	}
}

// Output:
// "(a": error parsing regexp: missing closing ): `(a` [code "missing closing )" expr "(a"]
// "a)": error parsing regexp: unexpected ): `a)` [code "unexpected )" expr "a)"]
// ")": error parsing regexp: unexpected ): `)` [code "unexpected )" expr ")"]
// "((a)": error parsing regexp: missing closing ): `((a)` [code "missing closing )" expr "((a)"]
// "[a": error parsing regexp: missing closing ]: `[a` [code "missing closing ]" expr "[a"]
// "[": error parsing regexp: missing closing ]: `[` [code "missing closing ]" expr "["]
// "[]": error parsing regexp: missing closing ]: `[]` [code "missing closing ]" expr "[]"]
// "[^]": error parsing regexp: missing closing ]: `[^]` [code "missing closing ]" expr "[^]"]
// "[z-a]": error parsing regexp: invalid character class range: `z-a` [code "invalid character class range" expr "z-a"]
// "[a-\\d]": error parsing regexp: invalid escape sequence: `\d` [code "invalid escape sequence" expr "\\d"]
// "*": error parsing regexp: missing argument to repetition operator: `*` [code "missing argument to repetition operator" expr "*"]
// "a**": error parsing regexp: invalid nested repetition operator: `**` [code "invalid nested repetition operator" expr "**"]
// "a*+": error parsing regexp: invalid nested repetition operator: `*+` [code "invalid nested repetition operator" expr "*+"]
// "a??*": error parsing regexp: invalid nested repetition operator: `??*` [code "invalid nested repetition operator" expr "??*"]
// "+a": error parsing regexp: missing argument to repetition operator: `+` [code "missing argument to repetition operator" expr "+"]
// "a|*": error parsing regexp: missing argument to repetition operator: `*` [code "missing argument to repetition operator" expr "*"]
// "(*)": error parsing regexp: missing argument to repetition operator: `*` [code "missing argument to repetition operator" expr "*"]
// "(?i)*": error parsing regexp: missing argument to repetition operator: `*` [code "missing argument to repetition operator" expr "*"]
// "{2}": error parsing regexp: missing argument to repetition operator: `{2}` [code "missing argument to repetition operator" expr "{2}"]
// "x{2}{3}": error parsing regexp: invalid nested repetition operator: `{2}{3}` [code "invalid nested repetition operator" expr "{2}{3}"]
// "x{1001}": error parsing regexp: invalid repeat count: `{1001}` [code "invalid repeat count" expr "{1001}"]
// "x{2,1}": error parsing regexp: invalid repeat count: `{2,1}` [code "invalid repeat count" expr "{2,1}"]
// "x{1000,1001}": error parsing regexp: invalid repeat count: `{1000,1001}` [code "invalid repeat count" expr "{1000,1001}"]
// "(x{500}){3}": error parsing regexp: invalid repeat count: `{3}` [code "invalid repeat count" expr "{3}"]
// "((a{10}){10}){11}": error parsing regexp: invalid repeat count: `{11}` [code "invalid repeat count" expr "{11}"]
// "x{99999999999}": error parsing regexp: invalid repeat count: `{99999999999}` [code "invalid repeat count" expr "{99999999999}"]
// "\\": error parsing regexp: trailing backslash at end of expression: `` [code "trailing backslash at end of expression" expr ""]
// "a\\": error parsing regexp: trailing backslash at end of expression: `` [code "trailing backslash at end of expression" expr ""]
// "[a\\": error parsing regexp: trailing backslash at end of expression: `` [code "trailing backslash at end of expression" expr ""]
// "\\q": error parsing regexp: invalid escape sequence: `\q` [code "invalid escape sequence" expr "\\q"]
// "\\8": error parsing regexp: invalid escape sequence: `\8` [code "invalid escape sequence" expr "\\8"]
// "\\1": error parsing regexp: invalid escape sequence: `\1` [code "invalid escape sequence" expr "\\1"]
// "\\Z": error parsing regexp: invalid escape sequence: `\Z` [code "invalid escape sequence" expr "\\Z"]
// "\\C": error parsing regexp: invalid escape sequence: `\C` [code "invalid escape sequence" expr "\\C"]
// "\\x": error parsing regexp: invalid escape sequence: `\x` [code "invalid escape sequence" expr "\\x"]
// "\\x4": error parsing regexp: invalid escape sequence: `\x4` [code "invalid escape sequence" expr "\\x4"]
// "\\xg0": error parsing regexp: invalid escape sequence: `\xg0` [code "invalid escape sequence" expr "\\xg0"]
// "\\x{}": error parsing regexp: invalid escape sequence: `\x{}` [code "invalid escape sequence" expr "\\x{}"]
// "\\x{110000}": error parsing regexp: invalid escape sequence: `\x{110000` [code "invalid escape sequence" expr "\\x{110000"]
// "\\x{12": error parsing regexp: invalid escape sequence: `\x{12` [code "invalid escape sequence" expr "\\x{12"]
// "\\p": error parsing regexp: invalid character class range: `\p` [code "invalid character class range" expr "\\p"]
// "\\pX": error parsing regexp: invalid character class range: `\pX` [code "invalid character class range" expr "\\pX"]
// "\\p{Foo}": error parsing regexp: invalid character class range: `\p{Foo}` [code "invalid character class range" expr "\\p{Foo}"]
// "\\p{L": error parsing regexp: invalid character class range: `\p{L` [code "invalid character class range" expr "\\p{L"]
// "\\P{^Bogus}": error parsing regexp: invalid character class range: `\P{^Bogus}` [code "invalid character class range" expr "\\P{^Bogus}"]
// "[[:foo:]]": error parsing regexp: invalid character class range: `[:foo:]` [code "invalid character class range" expr "[:foo:]"]
// "[[:^bar:]]": error parsing regexp: invalid character class range: `[:^bar:]` [code "invalid character class range" expr "[:^bar:]"]
// "(?x)a": error parsing regexp: invalid or unsupported Perl syntax: `(?x` [code "invalid or unsupported Perl syntax" expr "(?x"]
// "(?": error parsing regexp: invalid or unsupported Perl syntax: `(?` [code "invalid or unsupported Perl syntax" expr "(?"]
// "(?i": error parsing regexp: invalid or unsupported Perl syntax: `(?i` [code "invalid or unsupported Perl syntax" expr "(?i"]
// "(?-)": error parsing regexp: invalid or unsupported Perl syntax: `(?-)` [code "invalid or unsupported Perl syntax" expr "(?-)"]
// "(?i-)": error parsing regexp: invalid or unsupported Perl syntax: `(?i-)` [code "invalid or unsupported Perl syntax" expr "(?i-)"]
// "(?--i)": error parsing regexp: invalid or unsupported Perl syntax: `(?--` [code "invalid or unsupported Perl syntax" expr "(?--"]
// "(?P<>x)": error parsing regexp: invalid named capture: `(?P<>` [code "invalid named capture" expr "(?P<>"]
// "(?P<a b>x)": error parsing regexp: invalid named capture: `(?P<a b>` [code "invalid named capture" expr "(?P<a b>"]
// "(?P<n>x": error parsing regexp: missing closing ): `(?P<n>x` [code "missing closing )" expr "(?P<n>x"]
// "(?P<n": error parsing regexp: invalid named capture: `(?P<n` [code "invalid named capture" expr "(?P<n"]
// "(?<1a-b>x)": error parsing regexp: invalid named capture: `(?<1a-b>` [code "invalid named capture" expr "(?<1a-b>"]
// "(?P=n)": error parsing regexp: invalid or unsupported Perl syntax: `(?P` [code "invalid or unsupported Perl syntax" expr "(?P"]
// "(?<": error parsing regexp: invalid or unsupported Perl syntax: `(?<` [code "invalid or unsupported Perl syntax" expr "(?<"]
// "a\xffb": "error parsing regexp: invalid UTF-8: `\xffb`" [code "invalid UTF-8" expr "\xffb"]
// "[\xff]": "error parsing regexp: invalid UTF-8: `\xff]`" [code "invalid UTF-8" expr "\xff]"]
// "(?P<\xff>x)": "error parsing regexp: invalid UTF-8: `\xff`" [code "invalid UTF-8" expr "\xff"]
// "(((((((((((((((((((("...: expression nests too deeply (expr of 2000 bytes)
// "((((((((((((((((((((...": ok, 999 groups
// missing closing ) invalid repeat count
// error parsing regexp: trailing backslash at end of expression: ``
// recovered: regexp: Compile(`a(`): error parsing regexp: missing closing ): `a(`
// recovered: regexp: Compile(`tab	(`): error parsing regexp: missing closing ): `tab	(`
// recovered: regexp: Compile("back`tick("): error parsing regexp: missing closing ): `back`tick(`
