package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("hello")
	p, err := b.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, b.Len())
	p, err = b.Peek(10)
	fmt.Printf("%q %v %d\n", p, err, b.Len())
	p, err = b.Peek(0)
	fmt.Printf("%q %v %v\n", p, err, p == nil)
	var e bytes.Buffer
	p, err = e.Peek(1)
	fmt.Printf("%q %v %v\n", p, err, p == nil)
	b.ReadByte()
	fmt.Println(b.UnreadByte())
	b.ReadByte()
	b.Peek(1)
	fmt.Println(b.UnreadByte())
	defer func() { fmt.Println(recover()) }()
	p, err = b.Peek(-1)
	fmt.Printf("%q %v\n", p, err)
}

// Output:
// "hel" <nil> 5
// "hello" EOF 5
// "" <nil> false
// "" EOF true
// <nil>
// <nil>
// runtime error: slice bounds out of range [:-1]
