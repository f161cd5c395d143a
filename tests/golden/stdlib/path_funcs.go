// path and path/filepath: Clean, Join, Split, Base, Dir, Ext, IsAbs,
// Match, Rel, SplitList, Abs; WalkDir and Glob over a temporary tree.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "a/./b/", "../../x/..", "a//b///c", "/a/b/..", "abc/..", "./a"} {
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a", "", "/b"), path.Join("", ""), path.Join("/", "x/"), path.Join("a/b", "../../.."))
	d, f := path.Split("a/b/c.txt")
	fmt.Println(d, f)
	d, f = path.Split("noslash")
	fmt.Printf("%q %q\n", d, f)
	fmt.Println(path.Ext("file.tar.gz"), path.Ext("dir.d/file"), path.Ext(".hidden"))
	for _, c := range [][2]string{{"*.go", "main.go"}, {"*.go", "a/main.go"}, {"a/*/c", "a/b/c"}, {"[a-c]?", "bz"},
		{"[^a-c]x", "dx"}, {"[!a]", "b"}, {"\\*", "*"}, {"[", "a"}, {"a[", "a"}, {"*x", "abcx"}, {"a*b*c", "axxbyyc"},
		{"[]a]", "a"}, {"[\\]]", "]"}, {"?", "é"}, {"[a-", "a"}} {
		ok, err := path.Match(c[0], c[1])
		fmt.Println(c[0], c[1], ok, err)
	}
	for _, c := range [][2]string{{"/a", "/a/b/c"}, {"/a/b", "/a"}, {"a", "b"}, {"/a", "b"}, {".", "x/y"}, {"a/b", "a/b"}, {"../a", "b"}, {"/a/b/c", "/a/x/y"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("%q %q -> %q %v\n", c[0], c[1], r, err)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList(""), filepath.SplitList("one"))
	abs, err := filepath.Abs("x/../y")
	wd, _ := os.Getwd()
	fmt.Println(abs == filepath.Join(wd, "y"), err)
	abs, _ = filepath.Abs("/p/./q")
	fmt.Println(abs, filepath.Base("/p/q/"), filepath.Dir("/p/q/"), filepath.Ext("x.y"), filepath.IsAbs("rel"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x"), string(filepath.Separator))
	fmt.Println(filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/a"), filepath.IsLocal(""), filepath.IsLocal("a/../../b"))

	root, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(root)
	for _, p := range []string{"b/x.go", "b/y.txt", "a.go", "c/d/e.go", "c/skip/z.go"} {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0755)
		os.WriteFile(full, []byte(p), 0644)
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skipping", rel)
			return filepath.SkipDir
		}
		fmt.Println("walk", rel, d.IsDir(), err)
		return nil
	})
	filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		rel, _ := filepath.Rel(root, p)
		fmt.Println("Walk", rel, info.IsDir(), info.Size())
		return nil
	})
	matches, err := filepath.Glob(filepath.Join(root, "*", "*.go"))
	for _, m := range matches {
		fmt.Println("glob", strings.TrimPrefix(m, root))
	}
	fmt.Println(err)
	_, err = filepath.Glob("[")
	fmt.Println(err)
	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit missing:", d == nil, os.IsNotExist(err))
		return err
	})
	fmt.Println(os.IsNotExist(err))
}

// Output:
// "": clean="." base="." dir="." ext="" abs=false
// ".": clean="." base="." dir="." ext="." abs=false
// "..": clean=".." base=".." dir="." ext="." abs=false
// "/": clean="/" base="/" dir="/" ext="" abs=true
// "//": clean="/" base="/" dir="/" ext="" abs=true
// "a/b/../c": clean="a/c" base="c" dir="a" ext="" abs=false
// "/../a": clean="/a" base="a" dir="/" ext="" abs=true
// "a/./b/": clean="a/b" base="b" dir="a/b" ext="" abs=false
// "../../x/..": clean="../.." base=".." dir="../../x" ext="." abs=false
// "a//b///c": clean="a/b/c" base="c" dir="a/b" ext="" abs=false
// "/a/b/..": clean="/a" base=".." dir="/a/b" ext="." abs=true
// "abc/..": clean="." base=".." dir="abc" ext="." abs=false
// "./a": clean="a" base="a" dir="." ext="" abs=false
// a/b/c a/b  /x ..
// a/b/ c.txt
// "" "noslash"
// .gz  .hidden
// *.go main.go true <nil>
// *.go a/main.go false <nil>
// a/*/c a/b/c true <nil>
// [a-c]? bz true <nil>
// [^a-c]x dx true <nil>
// [!a] b false <nil>
// \* * true <nil>
// [ a false syntax error in pattern
// a[ a false syntax error in pattern
// *x abcx true <nil>
// a*b*c axxbyyc true <nil>
// []a] a false syntax error in pattern
// [\]] ] true <nil>
// ? é true <nil>
// [a- a false syntax error in pattern
// "/a" "/a/b/c" -> "b/c" <nil>
// "/a/b" "/a" -> ".." <nil>
// "a" "b" -> "../b" <nil>
// "/a" "b" -> "" Rel: can't make b relative to /a
// "." "x/y" -> "x/y" <nil>
// "a/b" "a/b" -> "." <nil>
// "../a" "b" -> "" Rel: can't make b relative to ../a
// "/a/b/c" "/a/x/y" -> "../../x/y" <nil>
// ["/bin" "/usr/bin" "" "x"] [] ["one"]
// true <nil>
// /p/q q /p/q .y false
// a/b a/b  /
// true false false false false
// walk . true <nil>
// walk a.go false <nil>
// walk b true <nil>
// walk b/x.go false <nil>
// walk b/y.txt false <nil>
// walk c true <nil>
// walk c/d true <nil>
// walk c/d/e.go false <nil>
// skipping c/skip
// Walk . true 4096
// Walk a.go false 4
// Walk b true 4096
// Walk b/x.go false 6
// Walk b/y.txt false 7
// Walk c true 4096
// Walk c/d true 4096
// Walk c/d/e.go false 8
// Walk c/skip true 4096
// Walk c/skip/z.go false 11
// glob /b/x.go
// <nil>
// syntax error in pattern
// visit missing: true true
// true
