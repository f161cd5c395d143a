package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`a+?`, `a|ab`, `(a|ab)(c|bcd)(d*)`, `a*?b*?`, `(a+?)(a*?)`, `x*|a+`, `(?U)a+`, `(a|b|ab)+`, `.*?o`, `(\w+?)(\d*)`} {
		re := regexp.MustCompile(p)
		lre := regexp.MustCompile(p)
		lre.Longest()
		for _, s := range []string{"aaab", "abcd", "xaabb", "foo boo", "ab12"} {
			fmt.Printf("%-20s %-8q first=%v longest=%v %q\n", p, s, re.FindStringSubmatchIndex(s), lre.FindStringSubmatchIndex(s), lre.FindAllString(s, -1))
		}
	}
	re := regexp.MustCompile(`a(|b)`)
	fmt.Println(re.FindString("ab"))
	re.Longest()
	fmt.Println(re.FindString("ab"), re.ReplaceAllString("abab a", "[$1]"))
}

// Output:
// a+?                  "aaab"   first=[0 1] longest=[0 3] ["aaa"]
// a+?                  "abcd"   first=[0 1] longest=[0 1] ["a"]
// a+?                  "xaabb"  first=[1 2] longest=[1 3] ["aa"]
// a+?                  "foo boo" first=[] longest=[] []
// a+?                  "ab12"   first=[0 1] longest=[0 1] ["a"]
// a|ab                 "aaab"   first=[0 1] longest=[0 1] ["a" "a" "ab"]
// a|ab                 "abcd"   first=[0 1] longest=[0 2] ["ab"]
// a|ab                 "xaabb"  first=[1 2] longest=[1 2] ["a" "ab"]
// a|ab                 "foo boo" first=[] longest=[] []
// a|ab                 "ab12"   first=[0 1] longest=[0 2] ["ab"]
// (a|ab)(c|bcd)(d*)    "aaab"   first=[] longest=[] []
// (a|ab)(c|bcd)(d*)    "abcd"   first=[0 4 0 1 1 4 4 4] longest=[0 4 0 1 1 4 4 4] ["abcd"]
// (a|ab)(c|bcd)(d*)    "xaabb"  first=[] longest=[] []
// (a|ab)(c|bcd)(d*)    "foo boo" first=[] longest=[] []
// (a|ab)(c|bcd)(d*)    "ab12"   first=[] longest=[] []
// a*?b*?               "aaab"   first=[0 0] longest=[0 4] ["aaab"]
// a*?b*?               "abcd"   first=[0 0] longest=[0 2] ["ab" "" ""]
// a*?b*?               "xaabb"  first=[0 0] longest=[0 0] ["" "aabb"]
// a*?b*?               "foo boo" first=[0 0] longest=[0 0] ["" "" "" "" "b" "" ""]
// a*?b*?               "ab12"   first=[0 0] longest=[0 2] ["ab" "" ""]
// (a+?)(a*?)           "aaab"   first=[0 1 0 1 1 1] longest=[0 3 0 1 1 3] ["aaa"]
// (a+?)(a*?)           "abcd"   first=[0 1 0 1 1 1] longest=[0 1 0 1 1 1] ["a"]
// (a+?)(a*?)           "xaabb"  first=[1 2 1 2 2 2] longest=[1 3 1 2 2 3] ["aa"]
// (a+?)(a*?)           "foo boo" first=[] longest=[] []
// (a+?)(a*?)           "ab12"   first=[0 1 0 1 1 1] longest=[0 1 0 1 1 1] ["a"]
// x*|a+                "aaab"   first=[0 0] longest=[0 3] ["aaa" ""]
// x*|a+                "abcd"   first=[0 0] longest=[0 1] ["a" "" "" ""]
// x*|a+                "xaabb"  first=[0 1] longest=[0 1] ["x" "aa" "" ""]
// x*|a+                "foo boo" first=[0 0] longest=[0 0] ["" "" "" "" "" "" "" ""]
// x*|a+                "ab12"   first=[0 0] longest=[0 1] ["a" "" "" ""]
// (?U)a+               "aaab"   first=[0 1] longest=[0 3] ["aaa"]
// (?U)a+               "abcd"   first=[0 1] longest=[0 1] ["a"]
// (?U)a+               "xaabb"  first=[1 2] longest=[1 3] ["aa"]
// (?U)a+               "foo boo" first=[] longest=[] []
// (?U)a+               "ab12"   first=[0 1] longest=[0 1] ["a"]
// (a|b|ab)+            "aaab"   first=[0 4 3 4] longest=[0 4 3 4] ["aaab"]
// (a|b|ab)+            "abcd"   first=[0 2 1 2] longest=[0 2 1 2] ["ab"]
// (a|b|ab)+            "xaabb"  first=[1 5 4 5] longest=[1 5 4 5] ["aabb"]
// (a|b|ab)+            "foo boo" first=[4 5 4 5] longest=[4 5 4 5] ["b"]
// (a|b|ab)+            "ab12"   first=[0 2 1 2] longest=[0 2 1 2] ["ab"]
// .*?o                 "aaab"   first=[] longest=[] []
// .*?o                 "abcd"   first=[] longest=[] []
// .*?o                 "xaabb"  first=[] longest=[] []
// .*?o                 "foo boo" first=[0 2] longest=[0 7] ["foo boo"]
// .*?o                 "ab12"   first=[] longest=[] []
// (\w+?)(\d*)          "aaab"   first=[0 1 0 1 1 1] longest=[0 4 0 4 4 4] ["aaab"]
// (\w+?)(\d*)          "abcd"   first=[0 1 0 1 1 1] longest=[0 4 0 4 4 4] ["abcd"]
// (\w+?)(\d*)          "xaabb"  first=[0 1 0 1 1 1] longest=[0 5 0 5 5 5] ["xaabb"]
// (\w+?)(\d*)          "foo boo" first=[0 1 0 1 1 1] longest=[0 3 0 3 3 3] ["foo" "boo"]
// (\w+?)(\d*)          "ab12"   first=[0 1 0 1 1 1] longest=[0 4 0 2 2 4] ["ab12"]
// a
// ab [b][b] []
