// Package regexp implements RE2 regular expressions with Go's semantics.
// Parsing and matching are runtime natives (runtime/src/regexp): a
// *Regexp holds the number of its compiled program; searches return byte
// offsets, from which this file builds strings, slices and replacements.
package regexp

import (
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// compile returns the program number and group count, or an error code
// and the text it quotes.
func compile(expr string) (id, ncap int, code, errExpr string)

func subexpName(id, i int) string

// execString searches s from byte pos and fills caps (len(caps) == 0:
// only report whether there is a match).
func execString(id int, s string, pos int, longest bool, caps []int) bool

func execBytes(id int, b []byte, pos int, longest bool, caps []int) bool

// Regexp is a compiled regular expression. It is safe for concurrent use.
type Regexp struct {
	expr        string
	id          int
	numSubexp   int
	subexpNames []string
	longest     bool
}

// Compile parses a regular expression.
func Compile(expr string) (*Regexp, error) {
	id, ncap, code, e := compile(expr)
	if code != "" {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: e}
	}
	names := make([]string, ncap+1)
	for i := 1; i <= ncap; i++ {
		names[i] = subexpName(id, i)
	}
	return &Regexp{expr: expr, id: id, numSubexp: ncap, subexpNames: names}, nil
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether the string s contains any match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta escapes all regular expression metacharacters in s.
func QuoteMeta(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			if b == nil {
				b = make([]byte, 0, 2*len(s))
				b = append(b, s[:i]...)
			}
			b = append(b, '\\')
		}
		if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

func (re *Regexp) String() string { return re.expr }

// Copy returns a new Regexp object copied from re.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() { re.longest = true }

func (re *Regexp) NumSubexp() int { return re.numSubexp }

func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex returns the index of the first group with the given name,
// or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

func (re *Regexp) MarshalText() ([]byte, error) {
	return []byte(re.String()), nil
}

func (re *Regexp) UnmarshalText(text []byte) error {
	newRE, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *newRE
	return nil
}

// run searches from pos; nil if there is no match, else the first n
// offsets of the match and its groups (-1 for groups that did not take
// part).
func (re *Regexp) run(s string, b []byte, isBytes bool, pos int, n int) []int {
	caps := make([]int, n)
	var ok bool
	if isBytes {
		ok = execBytes(re.id, b, pos, re.longest, caps)
	} else {
		ok = execString(re.id, s, pos, re.longest, caps)
	}
	if !ok {
		return nil
	}
	return caps
}

func (re *Regexp) ncap() int { return 2 * (re.numSubexp + 1) }

func (re *Regexp) MatchString(s string) bool {
	return execString(re.id, s, 0, re.longest, nil)
}

func (re *Regexp) Match(b []byte) bool {
	return execBytes(re.id, b, 0, re.longest, nil)
}

// all calls deliver with each successive match (at most n, all if n < 0),
// skipping an empty match that abuts the previous match.
func (re *Regexp) all(s string, b []byte, isBytes bool, n int, ncap int, deliver func([]int)) {
	end := len(s)
	if isBytes {
		end = len(b)
	}
	if n < 0 {
		n = end + 1
	}
	prevEnd := -1
	for pos, i := 0, 0; i < n && pos <= end; {
		m := re.run(s, b, isBytes, pos, ncap)
		if m == nil {
			break
		}
		accept := true
		if m[1] == pos {
			if m[0] == prevEnd {
				accept = false
			}
			var w int
			if isBytes {
				_, w = utf8.DecodeRune(b[pos:])
			} else {
				_, w = utf8.DecodeRuneInString(s[pos:])
			}
			if w > 0 {
				pos += w
			} else {
				pos = end + 1
			}
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			deliver(m)
			i++
		}
	}
}

func (re *Regexp) Find(b []byte) []byte {
	m := re.run("", b, true, 0, 2)
	if m == nil {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

func (re *Regexp) FindIndex(b []byte) []int {
	return re.run("", b, true, 0, 2)
}

func (re *Regexp) FindString(s string) string {
	m := re.run(s, nil, false, 0, 2)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

func (re *Regexp) FindStringIndex(s string) []int {
	return re.run(s, nil, false, 0, 2)
}

func subBytes(b []byte, m []int, n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		if 2*i < len(m) && m[2*i] >= 0 {
			out[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return out
}

func subStrings(s string, m []int, n int) []string {
	out := make([]string, n)
	for i := range out {
		if 2*i < len(m) && m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := re.run("", b, true, 0, re.ncap())
	if m == nil {
		return nil
	}
	return subBytes(b, m, re.numSubexp+1)
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.run("", b, true, 0, re.ncap())
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.run(s, nil, false, 0, re.ncap())
	if m == nil {
		return nil
	}
	return subStrings(s, m, re.numSubexp+1)
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.run(s, nil, false, 0, re.ncap())
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.all("", b, true, n, 2, func(m []int) {
		out = append(out, b[m[0]:m[1]:m[1]])
	})
	return out
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var out [][]int
	re.all("", b, true, n, 2, func(m []int) {
		out = append(out, m)
	})
	return out
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.all(s, nil, false, n, 2, func(m []int) {
		out = append(out, s[m[0]:m[1]])
	})
	return out
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, nil, false, n, 2, func(m []int) {
		out = append(out, m)
	})
	return out
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.all("", b, true, n, re.ncap(), func(m []int) {
		out = append(out, subBytes(b, m, re.numSubexp+1))
	})
	return out
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var out [][]int
	re.all("", b, true, n, re.ncap(), func(m []int) {
		out = append(out, m)
	})
	return out
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.all(s, nil, false, n, re.ncap(), func(m []int) {
		out = append(out, subStrings(s, m, re.numSubexp+1))
	})
	return out
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, nil, false, n, re.ncap(), func(m []int) {
		out = append(out, m)
	})
	return out
}

// replaceAll copies src with every match replaced by what repl appends;
// an empty match right after a previous match is not replaced.
func (re *Regexp) replaceAll(bsrc []byte, src string, isBytes bool, ncap int, repl func(dst []byte, m []int) []byte) []byte {
	end := len(src)
	if isBytes {
		end = len(bsrc)
	}
	var dst []byte
	lastEnd := 0
	searchPos := 0
	for searchPos <= end {
		m := re.run(src, bsrc, isBytes, searchPos, ncap)
		if m == nil {
			break
		}
		if isBytes {
			dst = append(dst, bsrc[lastEnd:m[0]]...)
		} else {
			dst = append(dst, src[lastEnd:m[0]]...)
		}
		if m[1] > lastEnd || m[0] == 0 {
			dst = repl(dst, m)
		}
		lastEnd = m[1]
		var w int
		if isBytes {
			_, w = utf8.DecodeRune(bsrc[searchPos:])
		} else {
			_, w = utf8.DecodeRuneInString(src[searchPos:])
		}
		if searchPos+w > m[1] {
			searchPos += w
		} else if searchPos+1 > m[1] {
			searchPos++
		} else {
			searchPos = m[1]
		}
	}
	if isBytes {
		dst = append(dst, bsrc[lastEnd:]...)
	} else {
		dst = append(dst, src[lastEnd:]...)
	}
	return dst
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	n := 2
	if strings.IndexByte(repl, '$') >= 0 {
		n = re.ncap()
	}
	b := re.replaceAll(nil, src, false, n, func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, nil, src, false, m)
	})
	return string(b)
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(nil, src, false, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(nil, src, false, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	n := 2
	for _, c := range repl {
		if c == '$' {
			n = re.ncap()
			break
		}
	}
	srepl := string(repl)
	return re.replaceAll(src, "", true, n, func(dst []byte, m []int) []byte {
		return re.expand(dst, srepl, src, "", true, m)
	})
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(src, "", true, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(src, "", true, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst with $name / ${name} replaced by the
// groups of match in src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", true, match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, false, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, isBytes bool, match []int) []byte {
	group := func(i int) {
		if 2*i+1 < len(match) && match[2*i] >= 0 {
			if isBytes {
				dst = append(dst, bsrc[match[2*i]:match[2*i+1]]...)
			} else {
				dst = append(dst, src[match[2*i]:match[2*i+1]]...)
			}
		}
	}
	for len(template) > 0 {
		k := strings.IndexByte(template, '$')
		if k < 0 {
			break
		}
		dst = append(dst, template[:k]...)
		template = template[k+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			group(num)
		} else {
			for i, n := range re.subexpNames {
				if n == name && 2*i+1 < len(match) && match[2*i] >= 0 {
					group(i)
					break
				}
			}
		}
	}
	return append(dst, template...)
}

// extract reads a group reference after '$': name or {name}, and its
// number if it is all digits without a leading zero (else -1).
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, str[i:], true
}

// Split slices s into substrings separated by the matches of re, at most
// n of them (n < 0: all).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}
