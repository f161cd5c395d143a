package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type RWC interface {
	ReadWriter
	Closer
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	f := &File{}
	var w Writer = f
	fmt.Println(w.Write("hello"), w.Write("world!"))
	var rw ReadWriter = f
	fmt.Println(rw.Read())
	var r Reader = rw
	fmt.Println(r.Read(), r.Read() == "")
	var rwc RWC = f
	fmt.Println(rwc.Close(), rwc.Close())
	rwc.Write("again")
	fmt.Println(rwc.Read())
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
	var anyv interface{} = f
	if x, ok := anyv.(RWC); ok {
		fmt.Println("RWC", x.Write("z"))
	}
	_, ok := anyv.(fmt.Stringer)
	fmt.Println(ok)
}

// Output:
// 5 6
// hello
// world! true
// <nil> already closed
// again
// true
// RWC 1
// false
