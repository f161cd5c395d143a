package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Hello, Gopher!")))
	fmt.Printf("%q\n", hex.EncodeToString(nil))
	fmt.Println(hex.EncodeToString([]byte{0, 1, 0x7f, 0x80, 0xfe, 0xff}))
	fmt.Println(hex.EncodedLen(5), hex.DecodedLen(10), hex.DecodedLen(7))

	for _, s := range []string{"48656c6c6f", "DEADbeef", "", "abc", "zz", "0g", "a", "g", "12x", "123z", "ab\xff0", "\u00e9"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v\n", s, b, err)
		var ibe hex.InvalidByteError
		if errors.As(err, &ibe) {
			fmt.Printf("  invalid byte %d %v\n", byte(ibe), err == hex.ErrLength)
		}
		if err == hex.ErrLength {
			fmt.Println("  ErrLength")
		}
	}

	dst := make([]byte, 8)
	n := hex.Encode(dst, []byte{0xca, 0xfe})
	fmt.Println(n, string(dst[:n]), dst[n:])
	n, err := hex.Decode(dst, []byte("0102zz"))
	fmt.Println(n, err, dst[:n])

	out := hex.AppendEncode([]byte("x="), []byte{1, 2, 255})
	fmt.Println(string(out), len(out), cap(out))
	d0, _ := hex.AppendDecode(make([]byte, 2, 3), []byte("01020304"))
	fmt.Println(d0, len(d0), cap(d0))
	d, err := hex.AppendDecode([]byte("pre:"), []byte("414243"))
	fmt.Printf("%q %v\n", d, err)
	d, err = hex.AppendDecode([]byte("pre:"), []byte("4142Q3"))
	fmt.Printf("%q %v\n", d, err)
	d, err = hex.AppendDecode(nil, []byte("414"))
	fmt.Printf("%q %v\n", d, err)

	fmt.Print(hex.Dump([]byte("Go is an open source programming language.")))
	fmt.Printf("%q\n", hex.Dump(nil))
	all := make([]byte, 40)
	for i := range all {
		all[i] = byte(i*7 + 20)
	}
	fmt.Print(hex.Dump(all))
	fmt.Print(hex.Dump(all[:16]))
	fmt.Print(hex.Dump(all[:8]))
	fmt.Print(hex.Dump(all[:7]))
	fmt.Print(hex.Dump(all[:9]))
	fmt.Print(hex.Dump(all[:15]))
	fmt.Print(hex.Dump(all[:17]))

	var buf bytes.Buffer
	dm := hex.Dumper(&buf)
	dm.Write([]byte("abc"))
	dm.Write([]byte("defghijklmnopqrstu"))
	dm.Write(nil)
	dm.Write([]byte("vwxyz"))
	fmt.Println(dm.Close(), dm.Close())
	_, err = dm.Write([]byte("more"))
	fmt.Println(err)
	fmt.Print(buf.String())

	enc := hex.NewEncoder(os.Stdout)
	nn, err := enc.Write([]byte("stream\n"))
	fmt.Println()
	fmt.Println(nn, err)
	big := bytes.Repeat([]byte{0xab}, 1500)
	var sink bytes.Buffer
	nn, err = hex.NewEncoder(&sink).Write(big)
	fmt.Println(nn, err, sink.Len())

	dec := hex.NewDecoder(strings.NewReader("68656c6c6f20776f726c64"))
	all2, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", all2, err)
	all2, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6869a")))
	fmt.Printf("%q %v\n", all2, err)
	all2, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6869z")))
	fmt.Printf("%q %v\n", all2, err)
	all2, err = io.ReadAll(hex.NewDecoder(strings.NewReader("68x969")))
	fmt.Printf("%q %v\n", all2, err)
	small := make([]byte, 1)
	r := hex.NewDecoder(strings.NewReader("616263"))
	for {
		k, err := r.Read(small)
		fmt.Println(k, err, small[:k])
		if err != nil {
			break
		}
	}
	fmt.Println(hex.InvalidByteError('\n').Error())
	fmt.Println(hex.InvalidByteError(0xff).Error())
}

// Output:
// 48656c6c6f2c20476f7068657221
// ""
// 00017f80feff
// 10 5 3
// "48656c6c6f" -> "Hello" <nil>
// "DEADbeef" -> "ޭ\xbe\xef" <nil>
// "" -> "" <nil>
// "abc" -> "\xab" encoding/hex: odd length hex string
//   ErrLength
// "zz" -> "" encoding/hex: invalid byte: U+007A 'z'
//   invalid byte 122 false
// "0g" -> "" encoding/hex: invalid byte: U+0067 'g'
//   invalid byte 103 false
// "a" -> "" encoding/hex: odd length hex string
//   ErrLength
// "g" -> "" encoding/hex: invalid byte: U+0067 'g'
//   invalid byte 103 false
// "12x" -> "\x12" encoding/hex: invalid byte: U+0078 'x'
//   invalid byte 120 false
// "123z" -> "\x12" encoding/hex: invalid byte: U+007A 'z'
//   invalid byte 122 false
// "ab\xff0" -> "\xab" encoding/hex: invalid byte: U+00FF 'ÿ'
//   invalid byte 255 false
// "é" -> "" encoding/hex: invalid byte: U+00C3 'Ã'
//   invalid byte 195 false
// 4 cafe [0 0 0 0]
// 2 encoding/hex: invalid byte: U+007A 'z' [1 2]
// x=0102ff 8 8
// [0 0 1 2 3 4] 6 8
// "pre:ABC" <nil>
// "pre:AB" encoding/hex: invalid byte: U+0051 'Q'
// "A" encoding/hex: odd length hex string
// 00000000  47 6f 20 69 73 20 61 6e  20 6f 70 65 6e 20 73 6f  |Go is an open so|
// 00000010  75 72 63 65 20 70 72 6f  67 72 61 6d 6d 69 6e 67  |urce programming|
// 00000020  20 6c 61 6e 67 75 61 67  65 2e                    | language.|
// ""
// 00000000  14 1b 22 29 30 37 3e 45  4c 53 5a 61 68 6f 76 7d  |..")07>ELSZahov}|
// 00000010  84 8b 92 99 a0 a7 ae b5  bc c3 ca d1 d8 df e6 ed  |................|
// 00000020  f4 fb 02 09 10 17 1e 25                           |.......%|
// 00000000  14 1b 22 29 30 37 3e 45  4c 53 5a 61 68 6f 76 7d  |..")07>ELSZahov}|
// 00000000  14 1b 22 29 30 37 3e 45                           |..")07>E|
// 00000000  14 1b 22 29 30 37 3e                              |..")07>|
// 00000000  14 1b 22 29 30 37 3e 45  4c                       |..")07>EL|
// 00000000  14 1b 22 29 30 37 3e 45  4c 53 5a 61 68 6f 76     |..")07>ELSZahov|
// 00000000  14 1b 22 29 30 37 3e 45  4c 53 5a 61 68 6f 76 7d  |..")07>ELSZahov}|
// 00000010  84                                                |.|
// <nil> <nil>
// encoding/hex: dumper closed
// 00000000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  |abcdefghijklmnop|
// 00000010  71 72 73 74 75 76 77 78  79 7a                    |qrstuvwxyz|
// 73747265616d0a
// 7 <nil>
// 1500 <nil> 3000
// "hello world" <nil>
// "hi" unexpected EOF
// "hi" encoding/hex: invalid byte: U+007A 'z'
// "h" encoding/hex: invalid byte: U+0078 'x'
// 1 <nil> [97]
// 1 <nil> [98]
// 1 <nil> [99]
// 0 EOF []
// encoding/hex: invalid byte: U+000A
// encoding/hex: invalid byte: U+00FF 'ÿ'
