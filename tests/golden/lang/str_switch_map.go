package main

import "fmt"

func classify(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "e", "i", "o", "u":
		return "vowel"
	case "hello":
		return "greeting"
	}
	if len(s) > 5 {
		return "long"
	}
	return "other"
}

func main() {
	for _, s := range []string{"", "a", "u", "hello", "hello!", "xyz", "abcdefgh"} {
		fmt.Printf("%q -> %s\n", s, classify(s))
	}
	m := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	for _, w := range words {
		k := w[:1]
		m[k] = append(m[k], w)
	}
	fmt.Println(m)
	fmt.Println(len(m["a"]), m["z"] == nil)
	key := "ap" + "ple"
	set := map[string]bool{"apple": true}
	fmt.Println(set[key], set["pear"])
	bk := []byte("apple")
	fmt.Println(set[string(bk)])
}

// Output:
// "" -> empty
// "a" -> vowel
// "u" -> vowel
// "hello" -> greeting
// "hello!" -> long
// "xyz" -> other
// "abcdefgh" -> long
// map[a:[apple avocado apricot] b:[banana blueberry] c:[cherry]]
// 3 true
// true false
// true
