package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?P<user>[\w.]+)@(?P<host>\w+)\.(com|org)`)
	fmt.Println(re.String(), re.NumSubexp(), re.SubexpNames())
	fmt.Printf("%q\n", re.SubexpNames())
	fmt.Println(re.SubexpIndex("host"), re.SubexpIndex("user"), re.SubexpIndex("nope"), re.SubexpIndex(""))
	text := "write to jo.doe@example.com or admin@site.org today"
	fmt.Println(re.MatchString(text), re.Match([]byte(text)), re.MatchString("nobody here"))
	fmt.Printf("%q\n", re.FindString(text))
	fmt.Println(re.FindStringIndex(text))
	fmt.Printf("%q\n", re.FindStringSubmatch(text))
	fmt.Println(re.FindStringSubmatchIndex(text))
	fmt.Printf("%q\n", re.Find([]byte(text)))
	fmt.Println(re.FindIndex([]byte(text)))
	fmt.Printf("%q\n", re.FindSubmatch([]byte(text)))
	fmt.Println(re.FindSubmatchIndex([]byte(text)))

	// No match: nil results.
	fmt.Printf("%q %v %v %v\n", re.FindString("x"), re.FindStringIndex("x") == nil, re.FindStringSubmatch("x") == nil, re.Find([]byte("x")) == nil)
	fmt.Println(re.FindSubmatch([]byte("x")) == nil, re.FindAllString("x", -1) == nil, re.FindAllStringSubmatchIndex("x", -1) == nil)

	// Package-level helpers.
	ok, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`fo+`, []byte("seafood"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`a(b`, "ab")
	fmt.Println(ok, err)
	fmt.Println(regexp.QuoteMeta(`Escaping $5.00 [really?] (a+b)*c^{2}|\d`))
	fmt.Println(regexp.QuoteMeta("plain"))
	q := regexp.MustCompile(regexp.QuoteMeta("1+1=2?"))
	fmt.Println(q.MatchString("is 1+1=2?"), q.MatchString("11=2"))

	// Groups that do not take part.
	alt := regexp.MustCompile(`(a)|(b)|(c(d)?)`)
	for _, s := range []string{"a", "b", "c", "cd", "x"} {
		fmt.Printf("%q %v %q\n", s, alt.FindStringSubmatchIndex(s), alt.FindStringSubmatch(s))
	}
	sub := alt.FindSubmatch([]byte("c"))
	fmt.Println(len(sub), sub[1] == nil, sub[4] == nil, string(sub[3]))

	// Copy and marshaling.
	c := re.Copy()
	fmt.Println(c.String() == re.String(), c.FindString(text))
	b, _ := re.MarshalText()
	fmt.Println(string(b))
	var u regexp.Regexp
	fmt.Println(u.UnmarshalText([]byte(`x+`)), u.FindString("axxxb"))
	fmt.Println(u.UnmarshalText([]byte(`x++`)))
	fmt.Printf("%v %s\n", regexp.MustCompile(`a|b`), regexp.MustCompile(`[[:digit:]]`))
}

// Output:
// (?P<user>[\w.]+)@(?P<host>\w+)\.(com|org) 3 [ user host ]
// ["" "user" "host" ""]
// 2 1 -1 -1
// true true false
// "jo.doe@example.com"
// [9 27]
// ["jo.doe@example.com" "jo.doe" "example" "com"]
// [9 27 9 15 16 23 24 27]
// "jo.doe@example.com"
// [9 27]
// ["jo.doe@example.com" "jo.doe" "example" "com"]
// [9 27 9 15 16 23 24 27]
// "" true true true
// true true true
// true <nil>
// true <nil>
// false error parsing regexp: missing closing ): `a(b`
// Escaping \$5\.00 \[really\?\] \(a\+b\)\*c\^\{2\}\|\\d
// plain
// true false
// "a" [0 1 0 1 -1 -1 -1 -1 -1 -1] ["a" "a" "" "" ""]
// "b" [0 1 -1 -1 0 1 -1 -1 -1 -1] ["b" "" "b" "" ""]
// "c" [0 1 -1 -1 -1 -1 0 1 -1 -1] ["c" "" "" "c" ""]
// "cd" [0 2 -1 -1 -1 -1 0 2 1 2] ["cd" "" "" "cd" "d"]
// "x" [] []
// 5 true true c
// true jo.doe@example.com
// (?P<user>[\w.]+)@(?P<host>\w+)\.(com|org)
// <nil> xxx
// error parsing regexp: invalid nested repetition operator: `++`
// a|b [[:digit:]]
