// os: creating, writing, reading, seeking, stat, directories, removal and
// the errors of each, under a temporary directory.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "error:", err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "mvmtest-*")
	check("mkdirtemp", err)
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()))

	name := dir + "/a.txt"
	check("write", os.WriteFile(name, []byte("hello\nworld\n"), 0644))
	b, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)

	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check("openfile", err)
	n, err := f.WriteString("more\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("bytes\n"))
	fmt.Println(n, err)
	fmt.Println(f.Name() == name)
	check("close", f.Close())
	err = f.Close()
	fmt.Println(err != nil, errors.Is(err, os.ErrClosed), strings.HasSuffix(err.Error(), "file already closed"))
	_, err = f.Write([]byte("x"))
	fmt.Println(errors.Is(err, os.ErrClosed))

	f, err = os.Open(name)
	check("open", err)
	buf := make([]byte, 4)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	pos, err := f.Seek(6, io.SeekStart)
	fmt.Println(pos, err)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	pos, _ = f.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(f)
	fmt.Printf("%d %q\n", pos, rest)
	at := make([]byte, 5)
	n, err = f.ReadAt(at, 6)
	fmt.Printf("%d %q %v\n", n, at, err)
	n, err = f.ReadAt(at, 20)
	fmt.Printf("%d %v\n", n, err)
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode(), fi.Mode().IsRegular(), err)
	f.Close()

	fi, err = os.Stat(dir)
	fmt.Println(fi.IsDir(), fi.Mode().IsDir(), fi.Mode()&fs.ModePerm, err)
	_, err = os.Stat(dir + "/missing")
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), strings.Replace(err.Error(), dir, "DIR", 1))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, strings.Replace(pe.Path, dir, "DIR", 1), pe.Err)
	}
	_, err = os.Open(dir + "/missing.txt")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Printf("%T\n", err)

	check("mkdir", os.Mkdir(dir+"/sub", 0755))
	err = os.Mkdir(dir+"/sub", 0755)
	fmt.Println(os.IsExist(err), strings.Replace(err.Error(), dir, "DIR", 1))
	check("mkdirall", os.MkdirAll(dir+"/sub/x/y/z", 0755))
	check("mkdirall again", os.MkdirAll(dir+"/sub/x/y/z", 0755))
	check("write2", os.WriteFile(dir+"/sub/b.txt", []byte("b"), 0600))
	check("write3", os.WriteFile(dir+"/sub/a.txt", nil, 0600))
	entries, err := os.ReadDir(dir + "/sub")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir(), e)
	}
	_, err = os.ReadDir(dir + "/nope")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	err = os.Remove(dir + "/sub")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.Remove(dir + "/nothing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	check("rename", os.Rename(dir+"/sub/b.txt", dir+"/sub/c.txt"))
	err = os.Rename(dir+"/sub/b.txt", dir+"/sub/d.txt")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	_, err = os.Stat(dir + "/sub/c.txt")
	fmt.Println(err)
	check("removeall", os.RemoveAll(dir+"/sub"))
	check("removeall missing", os.RemoveAll(dir+"/sub"))
	_, err = os.Stat(dir + "/sub")
	fmt.Println(os.IsNotExist(err))

	cf, err := os.Create(dir + "/created")
	check("create", err)
	fmt.Fprintf(cf, "%d-%s\n", 42, "x")
	cf.Seek(0, io.SeekStart)
	data, _ := io.ReadAll(cf)
	fmt.Printf("%q\n", data)
	check("truncate", cf.Truncate(2))
	cf.Close()
	data, _ = os.ReadFile(dir + "/created")
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile(dir+"/created", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(os.IsExist(err))

	tf, err := os.CreateTemp(dir, "tmp*.txt")
	check("createtemp", err)
	fmt.Println(strings.HasPrefix(tf.Name(), dir+"/tmp"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.Close()
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
	fmt.Println(os.Remove(tf.Name()))
	fmt.Println(fs.ModeDir|0755, fs.FileMode(0644), fs.ModeSymlink|fs.ModePerm)
}

// Output:
// true
// "hello\nworld\n" <nil>
// 5 <nil>
// 6 <nil>
// true
// true true true
// true
// 4 "hell" <nil>
// 4 "o\nwo" <nil>
// 4 "rld\n" <nil>
// 4 "more" <nil>
// 4 "\nbyt" <nil>
// 3 "es\n" <nil>
// 0 "" EOF
// 6 <nil>
// 4 "worl" <nil>
// 20 "es\n"
// 5 "world" <nil>
// 3 EOF
// a.txt 23 false -rw-r--r-- true <nil>
// true true -rwx------ <nil>
// true true stat DIR/missing: no such file or directory
// stat DIR/missing no such file or directory
// open DIR/missing.txt: no such file or directory
// *fs.PathError
// true mkdir DIR/sub: file exists
// a.txt false false - a.txt
// b.txt false false - b.txt
// x true true d x/
// open DIR/nope: no such file or directory
// remove DIR/sub: directory not empty
// remove DIR/nothing: no such file or directory
// rename DIR/sub/b.txt DIR/sub/d.txt: no such file or directory
// <nil>
// true
// "42-x\n"
// "42"
// true
// true true
// createtemp bad/pattern: pattern contains path separator
// <nil>
// drwxr-xr-x -rw-r--r-- Lrwxrwxrwx
