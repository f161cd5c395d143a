package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<first>\w+)\s+(?P<last>\w+)`)
	in := "John Smith, Jane Doe"
	for _, t := range []string{
		"$last $first", "${last}, ${first}", "$2 $1", "${2}x$1", "$2x$1", "$$1", "$", "$ 1", "${1", "${}", "$10", "$01",
		"${first}${first}", "<$0>", "[$3]", "$first_", "${first}_", "$名", "$$$1$$",
	} {
		fmt.Printf("%-18q %q\n", t, re.ReplaceAllString(in, t))
	}
	fmt.Println(re.ReplaceAllLiteralString(in, "$last"))
	fmt.Println(re.ReplaceAllStringFunc(in, strings.ToUpper))
	fmt.Println(string(re.ReplaceAll([]byte(in), []byte("${last}!"))))
	fmt.Println(string(re.ReplaceAllLiteral([]byte(in), []byte("${last}!"))))
	fmt.Println(string(re.ReplaceAllFunc([]byte(in), func(b []byte) []byte { return []byte(fmt.Sprint(len(b))) })))

	// Empty matches and replacement.
	for _, p := range []string{`a*`, `x*`, `\b`, `^`, `$`, `a|b*`, `(?m)^`} {
		r := regexp.MustCompile(p)
		fmt.Printf("%-6s %q %q\n", p, r.ReplaceAllString("baaac\nab", "-"), r.ReplaceAllString("", "<>"))
	}
	fmt.Println(regexp.MustCompile(`é*`).ReplaceAllString("aéb日", "."))
	fmt.Println(regexp.MustCompile(`\s+`).ReplaceAllString("  lots   of\t\nspace ", " "))
	fmt.Println(regexp.MustCompile(`(\d+)`).ReplaceAllString("a1b22c333", "<$1>"))

	// Expand and ExpandString.
	tmpl := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	content := "# comment line\noption1: value1\noption2: value2\n\noption3: value3"
	var out []byte
	for _, sm := range tmpl.FindAllStringSubmatchIndex(content, -1) {
		out = tmpl.ExpandString(out, "$key=$value\n", content, sm)
	}
	fmt.Print(string(out))
	var out2 []byte
	for _, sm := range tmpl.FindAllSubmatchIndex([]byte(content), -1) {
		out2 = tmpl.Expand(out2, []byte("[${value}:${key}:$nope]"), []byte(content), sm)
	}
	fmt.Println(string(out2))

	// Split.
	sp := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", sp.Split("abaabaccadaaae", 5))
	for _, c := range []struct {
		p, s string
		n    int
	}{
		{`,`, "a,b,c", -1}, {`,`, "a,b,c", 2}, {`,`, "a,b,c", 0}, {`,`, "", -1}, {``, "", -1}, {``, "abc", -1},
		{`x*`, "axbxxc", -1}, {`\s*;\s*`, "a ; b;c ;", -1}, {`^`, "abc", -1}, {`$`, "abc", -1}, {`b`, "bbb", -1},
		{`日`, "a日b日", -1}, {`.`, "héllo", 3}, {`z`, "abc", -1},
	} {
		fmt.Printf("%q %q %d: %q\n", c.p, c.s, c.n, regexp.MustCompile(c.p).Split(c.s, c.n))
	}
}

// Output:
// "$last $first"     "Smith John, Doe Jane"
// "${last}, ${first}" "Smith, John, Doe, Jane"
// "$2 $1"            "Smith John, Doe Jane"
// "${2}x$1"          "SmithxJohn, DoexJane"
// "$2x$1"            "John, Jane"
// "$$1"              "$1, $1"
// "$"                "$, $"
// "$ 1"              "$ 1, $ 1"
// "${1"              "${1, ${1"
// "${}"              "${}, ${}"
// "$10"              ", "
// "$01"              ", "
// "${first}${first}" "JohnJohn, JaneJane"
// "<$0>"             "<John Smith>, <Jane Doe>"
// "[$3]"             "[], []"
// "$first_"          ", "
// "${first}_"        "John_, Jane_"
// "$名"               ", "
// "$$$1$$"           "$John$, $Jane$"
// $last, $last
// JOHN SMITH, JANE DOE
// Smith!, Doe!
// ${last}!, ${last}!
// 10, 8
// a*     "-b-c-\n-b-" "<>"
// x*     "-b-a-a-a-c-\n-a-b-" "<>"
// \b     "-baaac-\n-ab-" ""
// ^      "-baaac\nab" "<>"
// $      "baaac\nab-" "<>"
// a|b*   "----c-\n--" "<>"
// (?m)^  "-baaac\n-ab" "<>"
// .a.b.日.
//  lots of space 
// a<1>b<22>c<333>
// option1=value1
// option2=value2
// option3=value3
// [value1:option1:][value2:option2:][value3:option3:]
// ["" "b" "b" "c" "cadaaae"]
// "," "a,b,c" -1: ["a" "b" "c"]
// "," "a,b,c" 2: ["a" "b,c"]
// "," "a,b,c" 0: []
// "," "" -1: [""]
// "" "" -1: []
// "" "abc" -1: ["a" "b" "c"]
// "x*" "axbxxc" -1: ["a" "b" "c"]
// "\\s*;\\s*" "a ; b;c ;" -1: ["a" "b" "c" ""]
// "^" "abc" -1: ["abc"]
// "$" "abc" -1: ["abc"]
// "b" "bbb" -1: ["" "" "" ""]
// "日" "a日b日" -1: ["a" "b" ""]
// "." "héllo" 3: ["" "" "llo"]
// "z" "abc" -1: ["abc"]
