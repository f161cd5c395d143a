package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

type closeCounter struct{ io.Reader }

func main() {
	dir, err := ioutil.TempDir("", "ioutil-golden-*")
	if err != nil {
		fmt.Println("tempdir:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "ioutil-golden-"), filepath.Dir(dir) == os.TempDir())

	// ReadAll.
	b, err := ioutil.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", b, err)
	b, err = ioutil.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v %v\n", b, err, b == nil)
	big := strings.Repeat("0123456789", 1000)
	b, _ = ioutil.ReadAll(bytes.NewBufferString(big))
	fmt.Println(len(b), string(b) == big)

	// WriteFile and ReadFile.
	p := filepath.Join(dir, "a.txt")
	fmt.Println(ioutil.WriteFile(p, []byte("hello\nworld\n"), 0644))
	b, err = ioutil.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(ioutil.WriteFile(p, []byte("short"), 0600))
	b, _ = ioutil.ReadFile(p)
	fmt.Printf("%q\n", b)
	st, _ := os.Stat(p)
	fmt.Println(st.Mode())
	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	err = ioutil.WriteFile(filepath.Join(dir, "no/such/dir/f"), nil, 0644)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	// ReadDir: sorted by name, FileInfo from Lstat.
	ioutil.WriteFile(filepath.Join(dir, "c.txt"), []byte("ccc"), 0644)
	ioutil.WriteFile(filepath.Join(dir, "B.txt"), []byte("bb"), 0644)
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	os.Symlink("a.txt", filepath.Join(dir, "link"))
	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		size := fi.Size()
		if fi.IsDir() {
			size = -1
		}
		fmt.Println(fi.Name(), fi.IsDir(), fi.Mode().Type(), fi.Mode().IsRegular(), size)
	}
	_, err = ioutil.ReadDir(filepath.Join(dir, "nope"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = ioutil.ReadDir(p)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	empty, err := ioutil.ReadDir(filepath.Join(dir, "sub"))
	fmt.Println(len(empty), empty == nil, err)

	// TempFile.
	f, err := ioutil.TempFile(dir, "tmp-*.log")
	fmt.Println(err)
	name := filepath.Base(f.Name())
	fmt.Println(strings.HasPrefix(name, "tmp-"), strings.HasSuffix(name, ".log"), filepath.Dir(f.Name()) == dir)
	f.WriteString("temp data")
	f.Close()
	b, _ = ioutil.ReadFile(f.Name())
	fmt.Println(string(b))
	f2, _ := ioutil.TempFile(dir, "plain")
	fmt.Println(strings.HasPrefix(filepath.Base(f2.Name()), "plain"), f2.Name() != f.Name())
	f2.Close()
	_, err = ioutil.TempFile(dir, "bad/pattern*")
	fmt.Println(err)
	_, err = ioutil.TempDir(dir, "x/y")
	fmt.Println(err)
	d2, err := ioutil.TempDir(dir, "")
	st, _ = os.Stat(d2)
	fmt.Println(err, st.IsDir(), st.Mode().Perm())

	// NopCloser and Discard.
	rc := ioutil.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	b, _ = ioutil.ReadAll(rc)
	fmt.Println(string(b))
	_, isWriterTo := rc.(io.WriterTo)
	fmt.Println(isWriterTo)
	rc2 := ioutil.NopCloser(closeCounter{strings.NewReader("x")})
	_, isWriterTo = rc2.(io.WriterTo)
	fmt.Println(isWriterTo)
	n, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println(n, err, ioutil.Discard == io.Discard)
	n64, err := io.Copy(ioutil.Discard, strings.NewReader(big))
	fmt.Println(n64, err)
}

// Output:
// true true
// "all of it" <nil>
// "" <nil> false
// 10000 true
// <nil>
// "hello\nworld\n" <nil>
// <nil>
// "short"
// -rw-r--r--
// open DIR/missing: no such file or directory true true
// open DIR/no/such/dir/f: no such file or directory
// 5 <nil>
// B.txt false ---------- true 2
// a.txt false ---------- true 5
// c.txt false ---------- true 3
// link false L--------- false 5
// sub true d--------- false -1
// open DIR/nope: no such file or directory
// readdirent DIR/a.txt: not a directory
// 0 false <nil>
// <nil>
// true true true
// temp data
// true true
// createtemp bad/pattern*: pattern contains path separator
// mkdirtemp x/y: pattern contains path separator
// <nil> true -rwx------
// <nil>
// nop
// true
// false
// 4 <nil> true
// 10000 <nil>
