package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	s string
	k int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	n := c.k
	if n > len(c.s) {
		n = len(c.s)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, c.s[:n])
	c.s = c.s[n:]
	return n, nil
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	encs := []struct {
		name string
		e    *base64.Encoding
	}{
		{"std", base64.StdEncoding},
		{"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding},
		{"rawurl", base64.RawURLEncoding},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe", "\x00\x00\x00\x00", "hello, world! this is a longer input to hit the fast paths."}
	for _, e := range encs {
		for _, in := range inputs {
			s := e.e.EncodeToString([]byte(in))
			back, err := e.e.DecodeString(s)
			fmt.Printf("%s %q -> %q %d %d %v %v\n", e.name, in, s, e.e.EncodedLen(len(in)), e.e.DecodedLen(len(s)), bytes.Equal(back, []byte(in)), err)
		}
	}

	bad := []string{
		"Zm9v!", "Zm9", "Zm9=", "Zg==", "Zg=", "Zg", "Z", "=", "==", "Zm9vYg===", "Zm9vYg==Zm9v", "Zm9vY", "Zm9vYmFy\n", "Zm9v\r\nYmFy",
		"Zm\n9v\nYg\n=\n=\n", "Zm9vYg=\n", "Zh==", "Zm9=", "Zm8=", "Zm9vYmFyZm9vYmFy!", "Zm9vYmFyZm9vYmF!", "Zg==\n\nx", "\n\n", "Zm9vYmFy Zm9v",
		"////", "____", "-_-_", "+/+/",
	}
	for _, e := range append(encs, struct {
		name string
		e    *base64.Encoding
	}{"strict", base64.StdEncoding.Strict()}, struct {
		name string
		e    *base64.Encoding
	}{"rawstrict", base64.RawStdEncoding.Strict()}) {
		for _, in := range bad {
			b, err := e.e.DecodeString(in)
			fmt.Printf("%s %q -> %q %v", e.name, in, b, err)
			var cie base64.CorruptInputError
			if errors.As(err, &cie) {
				fmt.Printf(" [%d]", int64(cie))
			}
			fmt.Println()
		}
	}

	dst := make([]byte, 12)
	for i := range dst {
		dst[i] = '.'
	}
	base64.StdEncoding.Encode(dst, []byte("ab"))
	fmt.Printf("%q\n", dst)
	dst2 := bytes.Repeat([]byte{9}, 12)
	n, err := base64.StdEncoding.Decode(dst2, []byte("Zm9vYmFyYmF6"))
	fmt.Println(n, err, dst2)
	dst2 = bytes.Repeat([]byte{9}, 12)
	n, err = base64.StdEncoding.Decode(dst2, []byte("Zm9vYmFy"))
	fmt.Println(n, err, dst2)
	dst2 = bytes.Repeat([]byte{9}, 6)
	n, err = base64.StdEncoding.Decode(dst2, []byte("Zm9v"))
	fmt.Println(n, err, dst2)

	a := base64.StdEncoding.AppendEncode([]byte("b64:"), []byte("xyz!"))
	fmt.Printf("%q %d %d\n", a, len(a), cap(a))
	d, err := base64.StdEncoding.AppendDecode([]byte("raw:"), []byte("eHl6IQ=="))
	fmt.Printf("%q %v %d %d\n", d, err, len(d), cap(d))
	d, err = base64.RawURLEncoding.AppendDecode(nil, []byte("eHl6IQ"))
	fmt.Printf("%q %v\n", d, err)
	d, err = base64.StdEncoding.AppendDecode([]byte("x"), []byte("eHl6I!=="))
	fmt.Printf("%q %v\n", d, err)

	custom := base64.NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-")
	s := custom.EncodeToString([]byte("custom alphabet"))
	fmt.Println(s)
	b, err := custom.DecodeString(s)
	fmt.Printf("%q %v\n", b, err)
	star := base64.StdEncoding.WithPadding('*')
	s = star.EncodeToString([]byte("ab"))
	fmt.Println(s)
	b, err = star.DecodeString(s)
	fmt.Printf("%q %v\n", b, err)
	b, err = star.DecodeString("YWI=")
	fmt.Printf("%q %v\n", b, err)

	try("short", func() { base64.NewEncoding("abc") })
	try("newline", func() { base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n") })
	try("dup", func() { base64.NewEncoding("AACDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") })
	try("padalpha", func() { base64.StdEncoding.WithPadding('A') })
	try("padnl", func() { base64.StdEncoding.WithPadding('\n') })
	try("padbig", func() { base64.StdEncoding.WithPadding(0x100) })
	try("padneg", func() { base64.StdEncoding.WithPadding(-2) })
	try("padok", func() { base64.StdEncoding.WithPadding(base64.NoPadding) })
	fmt.Println(base64.CorruptInputError(42).Error())

	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	w.Write([]byte("a"))
	w.Write([]byte("bc"))
	w.Write([]byte("defg"))
	w.Write(bytes.Repeat([]byte("Z"), 2000))
	w.Write([]byte("h"))
	fmt.Println(w.Close(), sb.Len(), sb.String()[:20], sb.String()[sb.Len()-12:])
	sb.Reset()
	w = base64.NewEncoder(base64.RawURLEncoding, &sb)
	w.Write([]byte("\xff\xfe"))
	w.Close()
	fmt.Println(sb.String())

	for _, k := range []int{1, 3, 5, 1000} {
		r := base64.NewDecoder(base64.StdEncoding, &chunky{"aGVsbG8g\nd29y\r\nbGQgYW5kIG1vcmU=\n", k})
		out, err := io.ReadAll(r)
		fmt.Printf("%d %q %v\n", k, out, err)
	}
	out, err := io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader("aGVsbG8gd29ybGQ")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8gd29ybGQ")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVs!G8gd29ybGQ=")))
	fmt.Printf("%q %v\n", out, err)
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("YWJjZGVm"))
	p := make([]byte, 2)
	for {
		n, err := r.Read(p)
		fmt.Println(n, err, string(p[:n]))
		if err != nil {
			break
		}
	}
}

// Output:
// std "" -> "" 0 0 true <nil>
// std "f" -> "Zg==" 4 3 true <nil>
// std "fo" -> "Zm8=" 4 3 true <nil>
// std "foo" -> "Zm9v" 4 3 true <nil>
// std "foob" -> "Zm9vYg==" 8 6 true <nil>
// std "fooba" -> "Zm9vYmE=" 8 6 true <nil>
// std "foobar" -> "Zm9vYmFy" 8 6 true <nil>
// std "\xfb\xff\xfe" -> "+//+" 4 3 true <nil>
// std "\x00\x00\x00\x00" -> "AAAAAA==" 8 6 true <nil>
// std "hello, world! this is a longer input to hit the fast paths." -> "aGVsbG8sIHdvcmxkISB0aGlzIGlzIGEgbG9uZ2VyIGlucHV0IHRvIGhpdCB0aGUgZmFzdCBwYXRocy4=" 80 60 true <nil>
// url "" -> "" 0 0 true <nil>
// url "f" -> "Zg==" 4 3 true <nil>
// url "fo" -> "Zm8=" 4 3 true <nil>
// url "foo" -> "Zm9v" 4 3 true <nil>
// url "foob" -> "Zm9vYg==" 8 6 true <nil>
// url "fooba" -> "Zm9vYmE=" 8 6 true <nil>
// url "foobar" -> "Zm9vYmFy" 8 6 true <nil>
// url "\xfb\xff\xfe" -> "-__-" 4 3 true <nil>
// url "\x00\x00\x00\x00" -> "AAAAAA==" 8 6 true <nil>
// url "hello, world! this is a longer input to hit the fast paths." -> "aGVsbG8sIHdvcmxkISB0aGlzIGlzIGEgbG9uZ2VyIGlucHV0IHRvIGhpdCB0aGUgZmFzdCBwYXRocy4=" 80 60 true <nil>
// rawstd "" -> "" 0 0 true <nil>
// rawstd "f" -> "Zg" 2 1 true <nil>
// rawstd "fo" -> "Zm8" 3 2 true <nil>
// rawstd "foo" -> "Zm9v" 4 3 true <nil>
// rawstd "foob" -> "Zm9vYg" 6 4 true <nil>
// rawstd "fooba" -> "Zm9vYmE" 7 5 true <nil>
// rawstd "foobar" -> "Zm9vYmFy" 8 6 true <nil>
// rawstd "\xfb\xff\xfe" -> "+//+" 4 3 true <nil>
// rawstd "\x00\x00\x00\x00" -> "AAAAAA" 6 4 true <nil>
// rawstd "hello, world! this is a longer input to hit the fast paths." -> "aGVsbG8sIHdvcmxkISB0aGlzIGlzIGEgbG9uZ2VyIGlucHV0IHRvIGhpdCB0aGUgZmFzdCBwYXRocy4" 79 59 true <nil>
// rawurl "" -> "" 0 0 true <nil>
// rawurl "f" -> "Zg" 2 1 true <nil>
// rawurl "fo" -> "Zm8" 3 2 true <nil>
// rawurl "foo" -> "Zm9v" 4 3 true <nil>
// rawurl "foob" -> "Zm9vYg" 6 4 true <nil>
// rawurl "fooba" -> "Zm9vYmE" 7 5 true <nil>
// rawurl "foobar" -> "Zm9vYmFy" 8 6 true <nil>
// rawurl "\xfb\xff\xfe" -> "-__-" 4 3 true <nil>
// rawurl "\x00\x00\x00\x00" -> "AAAAAA" 6 4 true <nil>
// rawurl "hello, world! this is a longer input to hit the fast paths." -> "aGVsbG8sIHdvcmxkISB0aGlzIGlzIGEgbG9uZ2VyIGlucHV0IHRvIGhpdCB0aGUgZmFzdCBwYXRocy4" 79 59 true <nil>
// std "Zm9v!" -> "foo" illegal base64 data at input byte 4 [4]
// std "Zm9" -> "" illegal base64 data at input byte 0 [0]
// std "Zm9=" -> "fo" <nil>
// std "Zg==" -> "f" <nil>
// std "Zg=" -> "" illegal base64 data at input byte 3 [3]
// std "Zg" -> "" illegal base64 data at input byte 0 [0]
// std "Z" -> "" illegal base64 data at input byte 0 [0]
// std "=" -> "" illegal base64 data at input byte 0 [0]
// std "==" -> "" illegal base64 data at input byte 0 [0]
// std "Zm9vYg===" -> "foob" illegal base64 data at input byte 8 [8]
// std "Zm9vYg==Zm9v" -> "foob" illegal base64 data at input byte 8 [8]
// std "Zm9vY" -> "foo" illegal base64 data at input byte 4 [4]
// std "Zm9vYmFy\n" -> "foobar" <nil>
// std "Zm9v\r\nYmFy" -> "foobar" <nil>
// std "Zm\n9v\nYg\n=\n=\n" -> "foob" <nil>
// std "Zm9vYg=\n" -> "foo" illegal base64 data at input byte 8 [8]
// std "Zh==" -> "f" <nil>
// std "Zm9=" -> "fo" <nil>
// std "Zm8=" -> "fo" <nil>
// std "Zm9vYmFyZm9vYmFy!" -> "foobarfoobar" illegal base64 data at input byte 16 [16]
// std "Zm9vYmFyZm9vYmF!" -> "foobarfoo" illegal base64 data at input byte 15 [15]
// std "Zg==\n\nx" -> "f" illegal base64 data at input byte 6 [6]
// std "\n\n" -> "" <nil>
// std "Zm9vYmFy Zm9v" -> "foobar" illegal base64 data at input byte 8 [8]
// std "////" -> "\xff\xff\xff" <nil>
// std "____" -> "" illegal base64 data at input byte 0 [0]
// std "-_-_" -> "" illegal base64 data at input byte 0 [0]
// std "+/+/" -> "\xfb\xff\xbf" <nil>
// url "Zm9v!" -> "foo" illegal base64 data at input byte 4 [4]
// url "Zm9" -> "" illegal base64 data at input byte 0 [0]
// url "Zm9=" -> "fo" <nil>
// url "Zg==" -> "f" <nil>
// url "Zg=" -> "" illegal base64 data at input byte 3 [3]
// url "Zg" -> "" illegal base64 data at input byte 0 [0]
// url "Z" -> "" illegal base64 data at input byte 0 [0]
// url "=" -> "" illegal base64 data at input byte 0 [0]
// url "==" -> "" illegal base64 data at input byte 0 [0]
// url "Zm9vYg===" -> "foob" illegal base64 data at input byte 8 [8]
// url "Zm9vYg==Zm9v" -> "foob" illegal base64 data at input byte 8 [8]
// url "Zm9vY" -> "foo" illegal base64 data at input byte 4 [4]
// url "Zm9vYmFy\n" -> "foobar" <nil>
// url "Zm9v\r\nYmFy" -> "foobar" <nil>
// url "Zm\n9v\nYg\n=\n=\n" -> "foob" <nil>
// url "Zm9vYg=\n" -> "foo" illegal base64 data at input byte 8 [8]
// url "Zh==" -> "f" <nil>
// url "Zm9=" -> "fo" <nil>
// url "Zm8=" -> "fo" <nil>
// url "Zm9vYmFyZm9vYmFy!" -> "foobarfoobar" illegal base64 data at input byte 16 [16]
// url "Zm9vYmFyZm9vYmF!" -> "foobarfoo" illegal base64 data at input byte 15 [15]
// url "Zg==\n\nx" -> "f" illegal base64 data at input byte 6 [6]
// url "\n\n" -> "" <nil>
// url "Zm9vYmFy Zm9v" -> "foobar" illegal base64 data at input byte 8 [8]
// url "////" -> "" illegal base64 data at input byte 0 [0]
// url "____" -> "\xff\xff\xff" <nil>
// url "-_-_" -> "\xfb\xff\xbf" <nil>
// url "+/+/" -> "" illegal base64 data at input byte 0 [0]
// rawstd "Zm9v!" -> "foo" illegal base64 data at input byte 4 [4]
// rawstd "Zm9" -> "fo" <nil>
// rawstd "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// rawstd "Zg==" -> "" illegal base64 data at input byte 2 [2]
// rawstd "Zg=" -> "" illegal base64 data at input byte 2 [2]
// rawstd "Zg" -> "f" <nil>
// rawstd "Z" -> "" illegal base64 data at input byte 0 [0]
// rawstd "=" -> "" illegal base64 data at input byte 0 [0]
// rawstd "==" -> "" illegal base64 data at input byte 0 [0]
// rawstd "Zm9vYg===" -> "foo" illegal base64 data at input byte 6 [6]
// rawstd "Zm9vYg==Zm9v" -> "foo" illegal base64 data at input byte 6 [6]
// rawstd "Zm9vY" -> "foo" illegal base64 data at input byte 4 [4]
// rawstd "Zm9vYmFy\n" -> "foobar" <nil>
// rawstd "Zm9v\r\nYmFy" -> "foobar" <nil>
// rawstd "Zm\n9v\nYg\n=\n=\n" -> "foo" illegal base64 data at input byte 9 [9]
// rawstd "Zm9vYg=\n" -> "foo" illegal base64 data at input byte 6 [6]
// rawstd "Zh==" -> "" illegal base64 data at input byte 2 [2]
// rawstd "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// rawstd "Zm8=" -> "" illegal base64 data at input byte 3 [3]
// rawstd "Zm9vYmFyZm9vYmFy!" -> "foobarfoobar" illegal base64 data at input byte 16 [16]
// rawstd "Zm9vYmFyZm9vYmF!" -> "foobarfoo" illegal base64 data at input byte 15 [15]
// rawstd "Zg==\n\nx" -> "" illegal base64 data at input byte 2 [2]
// rawstd "\n\n" -> "" <nil>
// rawstd "Zm9vYmFy Zm9v" -> "foobar" illegal base64 data at input byte 8 [8]
// rawstd "////" -> "\xff\xff\xff" <nil>
// rawstd "____" -> "" illegal base64 data at input byte 0 [0]
// rawstd "-_-_" -> "" illegal base64 data at input byte 0 [0]
// rawstd "+/+/" -> "\xfb\xff\xbf" <nil>
// rawurl "Zm9v!" -> "foo" illegal base64 data at input byte 4 [4]
// rawurl "Zm9" -> "fo" <nil>
// rawurl "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// rawurl "Zg==" -> "" illegal base64 data at input byte 2 [2]
// rawurl "Zg=" -> "" illegal base64 data at input byte 2 [2]
// rawurl "Zg" -> "f" <nil>
// rawurl "Z" -> "" illegal base64 data at input byte 0 [0]
// rawurl "=" -> "" illegal base64 data at input byte 0 [0]
// rawurl "==" -> "" illegal base64 data at input byte 0 [0]
// rawurl "Zm9vYg===" -> "foo" illegal base64 data at input byte 6 [6]
// rawurl "Zm9vYg==Zm9v" -> "foo" illegal base64 data at input byte 6 [6]
// rawurl "Zm9vY" -> "foo" illegal base64 data at input byte 4 [4]
// rawurl "Zm9vYmFy\n" -> "foobar" <nil>
// rawurl "Zm9v\r\nYmFy" -> "foobar" <nil>
// rawurl "Zm\n9v\nYg\n=\n=\n" -> "foo" illegal base64 data at input byte 9 [9]
// rawurl "Zm9vYg=\n" -> "foo" illegal base64 data at input byte 6 [6]
// rawurl "Zh==" -> "" illegal base64 data at input byte 2 [2]
// rawurl "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// rawurl "Zm8=" -> "" illegal base64 data at input byte 3 [3]
// rawurl "Zm9vYmFyZm9vYmFy!" -> "foobarfoobar" illegal base64 data at input byte 16 [16]
// rawurl "Zm9vYmFyZm9vYmF!" -> "foobarfoo" illegal base64 data at input byte 15 [15]
// rawurl "Zg==\n\nx" -> "" illegal base64 data at input byte 2 [2]
// rawurl "\n\n" -> "" <nil>
// rawurl "Zm9vYmFy Zm9v" -> "foobar" illegal base64 data at input byte 8 [8]
// rawurl "////" -> "" illegal base64 data at input byte 0 [0]
// rawurl "____" -> "\xff\xff\xff" <nil>
// rawurl "-_-_" -> "\xfb\xff\xbf" <nil>
// rawurl "+/+/" -> "" illegal base64 data at input byte 0 [0]
// strict "Zm9v!" -> "foo" illegal base64 data at input byte 4 [4]
// strict "Zm9" -> "" illegal base64 data at input byte 0 [0]
// strict "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// strict "Zg==" -> "f" <nil>
// strict "Zg=" -> "" illegal base64 data at input byte 3 [3]
// strict "Zg" -> "" illegal base64 data at input byte 0 [0]
// strict "Z" -> "" illegal base64 data at input byte 0 [0]
// strict "=" -> "" illegal base64 data at input byte 0 [0]
// strict "==" -> "" illegal base64 data at input byte 0 [0]
// strict "Zm9vYg===" -> "foob" illegal base64 data at input byte 8 [8]
// strict "Zm9vYg==Zm9v" -> "foob" illegal base64 data at input byte 8 [8]
// strict "Zm9vY" -> "foo" illegal base64 data at input byte 4 [4]
// strict "Zm9vYmFy\n" -> "foobar" <nil>
// strict "Zm9v\r\nYmFy" -> "foobar" <nil>
// strict "Zm\n9v\nYg\n=\n=\n" -> "foob" <nil>
// strict "Zm9vYg=\n" -> "foo" illegal base64 data at input byte 8 [8]
// strict "Zh==" -> "" illegal base64 data at input byte 2 [2]
// strict "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// strict "Zm8=" -> "fo" <nil>
// strict "Zm9vYmFyZm9vYmFy!" -> "foobarfoobar" illegal base64 data at input byte 16 [16]
// strict "Zm9vYmFyZm9vYmF!" -> "foobarfoo" illegal base64 data at input byte 15 [15]
// strict "Zg==\n\nx" -> "f" illegal base64 data at input byte 6 [6]
// strict "\n\n" -> "" <nil>
// strict "Zm9vYmFy Zm9v" -> "foobar" illegal base64 data at input byte 8 [8]
// strict "////" -> "\xff\xff\xff" <nil>
// strict "____" -> "" illegal base64 data at input byte 0 [0]
// strict "-_-_" -> "" illegal base64 data at input byte 0 [0]
// strict "+/+/" -> "\xfb\xff\xbf" <nil>
// rawstrict "Zm9v!" -> "foo" illegal base64 data at input byte 4 [4]
// rawstrict "Zm9" -> "" illegal base64 data at input byte 2 [2]
// rawstrict "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// rawstrict "Zg==" -> "" illegal base64 data at input byte 2 [2]
// rawstrict "Zg=" -> "" illegal base64 data at input byte 2 [2]
// rawstrict "Zg" -> "f" <nil>
// rawstrict "Z" -> "" illegal base64 data at input byte 0 [0]
// rawstrict "=" -> "" illegal base64 data at input byte 0 [0]
// rawstrict "==" -> "" illegal base64 data at input byte 0 [0]
// rawstrict "Zm9vYg===" -> "foo" illegal base64 data at input byte 6 [6]
// rawstrict "Zm9vYg==Zm9v" -> "foo" illegal base64 data at input byte 6 [6]
// rawstrict "Zm9vY" -> "foo" illegal base64 data at input byte 4 [4]
// rawstrict "Zm9vYmFy\n" -> "foobar" <nil>
// rawstrict "Zm9v\r\nYmFy" -> "foobar" <nil>
// rawstrict "Zm\n9v\nYg\n=\n=\n" -> "foo" illegal base64 data at input byte 9 [9]
// rawstrict "Zm9vYg=\n" -> "foo" illegal base64 data at input byte 6 [6]
// rawstrict "Zh==" -> "" illegal base64 data at input byte 2 [2]
// rawstrict "Zm9=" -> "" illegal base64 data at input byte 3 [3]
// rawstrict "Zm8=" -> "" illegal base64 data at input byte 3 [3]
// rawstrict "Zm9vYmFyZm9vYmFy!" -> "foobarfoobar" illegal base64 data at input byte 16 [16]
// rawstrict "Zm9vYmFyZm9vYmF!" -> "foobarfoo" illegal base64 data at input byte 15 [15]
// rawstrict "Zg==\n\nx" -> "" illegal base64 data at input byte 2 [2]
// rawstrict "\n\n" -> "" <nil>
// rawstrict "Zm9vYmFy Zm9v" -> "foobar" illegal base64 data at input byte 8 [8]
// rawstrict "////" -> "\xff\xff\xff" <nil>
// rawstrict "____" -> "" illegal base64 data at input byte 0 [0]
// rawstrict "-_-_" -> "" illegal base64 data at input byte 0 [0]
// rawstrict "+/+/" -> "\xfb\xff\xbf" <nil>
// "YWI=........"
// 9 <nil> [102 111 111 98 97 114 98 97 122 0 9 9]
// 6 <nil> [102 111 111 98 97 114 0 0 9 9 9 9]
// 3 <nil> [102 111 111 0 9 9]
// "b64:eHl6IQ==" 12 16
// "raw:xyz!" <nil> 8 8
// "xyz!" <nil>
// "xxyz" illegal base64 data at input byte 5
// OtLpT6zj865iS6XXOcLq
// "custom alphabet" <nil>
// YWI*
// "ab" <nil>
// "" illegal base64 data at input byte 3
// short: panic encoding alphabet is not 64-bytes long
// newline: panic encoding alphabet contains newline character
// dup: panic encoding alphabet includes duplicate symbols
// padalpha: panic padding contained in alphabet
// padnl: panic invalid padding
// padbig: panic invalid padding
// padneg: panic invalid padding
// padok: ok
// illegal base64 data at input byte 42
// <nil> 2680 YWJjZGVmZ1paWlpaWlpa WlpaWlpaaA==
// __4
// 1 "hello world and more" <nil>
// 3 "hello world and more" <nil>
// 5 "hello world and more" <nil>
// 1000 "hello world and more" <nil>
// "hello world" <nil>
// "hello wor" unexpected EOF
// "hel" illegal base64 data at input byte 4
// 2 <nil> ab
// 1 <nil> c
// 2 <nil> de
// 1 <nil> f
// 0 EOF 
