package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func show(name string, h hash.Hash, inputs []string) {
	for _, in := range inputs {
		h.Reset()
		n, err := io.WriteString(h, in)
		shown := in
		if len(shown) > 50 {
			shown = shown[:10] + "..."
		}
		fmt.Printf("%s %q n=%d err=%v sum=%x size=%d block=%d", name, shown, n, err, h.Sum(nil), h.Size(), h.BlockSize())
		switch x := h.(type) {
		case hash.Hash32:
			fmt.Printf(" sum32=%#08x", x.Sum32())
		case hash.Hash64:
			fmt.Printf(" sum64=%#016x", x.Sum64())
		}
		fmt.Println()
	}
}

func main() {
	inputs := []string{"", "a", "foobar", "The quick brown fox jumps over the lazy dog", strings.Repeat("\xff\x00", 300)}
	show("fnv32", fnv.New32(), inputs)
	show("fnv32a", fnv.New32a(), inputs)
	show("fnv64", fnv.New64(), inputs)
	show("fnv64a", fnv.New64a(), inputs)
	show("fnv128", fnv.New128(), inputs)
	show("fnv128a", fnv.New128a(), inputs)
	show("crc32ieee", crc32.NewIEEE(), inputs)
	show("crc32c", crc32.New(crc32.MakeTable(crc32.Castagnoli)), inputs)
	show("crc32k", crc32.New(crc32.MakeTable(crc32.Koopman)), inputs)
	show("crc32custom", crc32.New(crc32.MakeTable(0x04c11db7)), inputs)

	// Incremental writes equal one write; Sum appends and keeps state.
	h := fnv.New64a()
	h.Write([]byte("foo"))
	pre := h.Sum([]byte("prefix:"))
	h.Write([]byte("bar"))
	fmt.Printf("%q %x\n", pre, h.Sum(nil))
	h2 := fnv.New128a()
	h2.Write([]byte("foo"))
	h2.Write([]byte("bar"))
	fmt.Printf("%x\n", h2.Sum([]byte{0xaa}))

	c := crc32.NewIEEE()
	c.Write([]byte("hello "))
	c.Write([]byte("world"))
	fmt.Printf("%08x %08x\n", c.Sum32(), crc32.ChecksumIEEE([]byte("hello world")))
	fmt.Println(crc32.Update(crc32.ChecksumIEEE([]byte("hello ")), crc32.IEEETable, []byte("world")) == c.Sum32())
	fmt.Println(crc32.Checksum([]byte("hello world"), crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(crc32.Checksum(nil, crc32.IEEETable), crc32.Update(12345, crc32.IEEETable, nil))
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli), crc32.MakeTable(crc32.Koopman) == crc32.MakeTable(crc32.Koopman))
	t := crc32.MakeTable(crc32.Koopman)
	fmt.Printf("%08x %08x %08x\n", t[0], t[1], t[255])
	fmt.Printf("%08x %08x\n", crc32.IEEETable[1], crc32.IEEETable[128])
	fmt.Println(crc32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman)

	cl, err := c.(hash.Cloner).Clone()
	c.Write([]byte("!"))
	fmt.Printf("%x %x %v\n", cl.Sum(nil), c.Sum(nil), err)
	f := fnv.New32a()
	f.Write([]byte("ab"))
	fc, _ := f.(hash.Cloner).Clone()
	fc.Write([]byte("c"))
	fmt.Printf("%x %x\n", f.Sum(nil), fc.Sum(nil))

	var hs []hash.Hash = []hash.Hash{fnv.New32(), fnv.New64(), fnv.New128(), crc32.NewIEEE()}
	for _, h := range hs {
		fmt.Fprintf(h, "%d-%s", 42, "x")
		fmt.Printf("%T %x\n", h, h.Sum(nil))
	}
}

// Output:
// fnv32 "" n=0 err=<nil> sum=811c9dc5 size=4 block=1 sum32=0x811c9dc5
// fnv32 "a" n=1 err=<nil> sum=050c5d7e size=4 block=1 sum32=0x050c5d7e
// fnv32 "foobar" n=6 err=<nil> sum=31f0b262 size=4 block=1 sum32=0x31f0b262
// fnv32 "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=e9c86c6e size=4 block=1 sum32=0xe9c86c6e
// fnv32 "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=eba9f9f5 size=4 block=1 sum32=0xeba9f9f5
// fnv32a "" n=0 err=<nil> sum=811c9dc5 size=4 block=1 sum32=0x811c9dc5
// fnv32a "a" n=1 err=<nil> sum=e40c292c size=4 block=1 sum32=0xe40c292c
// fnv32a "foobar" n=6 err=<nil> sum=bf9cf968 size=4 block=1 sum32=0xbf9cf968
// fnv32a "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=048fff90 size=4 block=1 sum32=0x048fff90
// fnv32a "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=12c28395 size=4 block=1 sum32=0x12c28395
// fnv64 "" n=0 err=<nil> sum=cbf29ce484222325 size=8 block=1 sum64=0xcbf29ce484222325
// fnv64 "a" n=1 err=<nil> sum=af63bd4c8601b7be size=8 block=1 sum64=0xaf63bd4c8601b7be
// fnv64 "foobar" n=6 err=<nil> sum=340d8765a4dda9c2 size=8 block=1 sum64=0x340d8765a4dda9c2
// fnv64 "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=a8b2f3117de37ace size=8 block=1 sum64=0xa8b2f3117de37ace
// fnv64 "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=f088415dc308fbd5 size=8 block=1 sum64=0xf088415dc308fbd5
// fnv64a "" n=0 err=<nil> sum=cbf29ce484222325 size=8 block=1 sum64=0xcbf29ce484222325
// fnv64a "a" n=1 err=<nil> sum=af63dc4c8601ec8c size=8 block=1 sum64=0xaf63dc4c8601ec8c
// fnv64a "foobar" n=6 err=<nil> sum=85944171f73967e8 size=8 block=1 sum64=0x85944171f73967e8
// fnv64a "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=f3f9b7f5e7e47110 size=8 block=1 sum64=0xf3f9b7f5e7e47110
// fnv64a "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=5f565181fb3a8275 size=8 block=1 sum64=0x5f565181fb3a8275
// fnv128 "" n=0 err=<nil> sum=6c62272e07bb014262b821756295c58d size=16 block=1
// fnv128 "a" n=1 err=<nil> sum=d228cb69101a8caf78912b704e4a141e size=16 block=1
// fnv128 "foobar" n=6 err=<nil> sum=7896bfea9c3c64bf6dc58353d2c293aa size=16 block=1
// fnv128 "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=185adb693e7c97844ecfa9497cb529b6 size=16 block=1
// fnv128 "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=b702d10f06f36645183e69596a5656dd size=16 block=1
// fnv128a "" n=0 err=<nil> sum=6c62272e07bb014262b821756295c58d size=16 block=1
// fnv128a "a" n=1 err=<nil> sum=d228cb696f1a8caf78912b704e4a8964 size=16 block=1
// fnv128a "foobar" n=6 err=<nil> sum=343e1662793c64bf6f0d3597ba446f18 size=16 block=1
// fnv128a "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=68cce4cd885ea04239f02af30e297870 size=16 block=1
// fnv128a "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=a7c26fb8f8f88cc89e4d91d382a85dbd size=16 block=1
// crc32ieee "" n=0 err=<nil> sum=00000000 size=4 block=1 sum32=0x00000000
// crc32ieee "a" n=1 err=<nil> sum=e8b7be43 size=4 block=1 sum32=0xe8b7be43
// crc32ieee "foobar" n=6 err=<nil> sum=9ef61f95 size=4 block=1 sum32=0x9ef61f95
// crc32ieee "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=414fa339 size=4 block=1 sum32=0x414fa339
// crc32ieee "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=3c0768b3 size=4 block=1 sum32=0x3c0768b3
// crc32c "" n=0 err=<nil> sum=00000000 size=4 block=1 sum32=0x00000000
// crc32c "a" n=1 err=<nil> sum=c1d04330 size=4 block=1 sum32=0xc1d04330
// crc32c "foobar" n=6 err=<nil> sum=0d5f5c7f size=4 block=1 sum32=0x0d5f5c7f
// crc32c "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=22620404 size=4 block=1 sum32=0x22620404
// crc32c "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=1061279a size=4 block=1 sum32=0x1061279a
// crc32k "" n=0 err=<nil> sum=00000000 size=4 block=1 sum32=0x00000000
// crc32k "a" n=1 err=<nil> sum=0da2aa8a size=4 block=1 sum32=0x0da2aa8a
// crc32k "foobar" n=6 err=<nil> sum=893d61fd size=4 block=1 sum32=0x893d61fd
// crc32k "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=e021db90 size=4 block=1 sum32=0xe021db90
// crc32k "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=4f42ded6 size=4 block=1 sum32=0x4f42ded6
// crc32custom "" n=0 err=<nil> sum=00000000 size=4 block=1 sum32=0x00000000
// crc32custom "a" n=1 err=<nil> sum=f9b2971a size=4 block=1 sum32=0xf9b2971a
// crc32custom "foobar" n=6 err=<nil> sum=fe41a199 size=4 block=1 sum32=0xfe41a199
// crc32custom "The quick brown fox jumps over the lazy dog" n=43 err=<nil> sum=faa9db79 size=4 block=1 sum32=0xfaa9db79
// crc32custom "\xff\x00\xff\x00\xff\x00\xff\x00\xff\x00..." n=600 err=<nil> sum=f9dc56b3 size=4 block=1 sum32=0xf9dc56b3
// "prefix:ܲu\x18\xfe\xd9\xd5w" 85944171f73967e8
// aa343e1662793c64bf6f0d3597ba446f18
// 0d4a1185 0d4a1185
// true
// 3381945770
// 0 12345
// true true false
// 00000000 9695c4ca c0522c72
// 77073096 edb88320
// 4 3988292384 2197175160 3945912366
// 0d4a1185 03b4c26d <nil>
// 4d2505ca 1a47e90b
// *fnv.sum32 44f42304
// *fnv.sum64 b554417fd8e1bd84
// *fnv.sum128 66ac4cc601757277b806e89ccdec93c4
// *crc32.digest 071622f5
