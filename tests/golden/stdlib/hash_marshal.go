package main

import (
	"encoding"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
)

func main() {
	makers := []struct {
		name string
		new  func() hash.Hash
	}{
		{"fnv32", func() hash.Hash { return fnv.New32() }},
		{"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64", func() hash.Hash { return fnv.New64() }},
		{"fnv64a", func() hash.Hash { return fnv.New64a() }},
		{"fnv128", fnv.New128},
		{"fnv128a", fnv.New128a},
		{"crc32", func() hash.Hash { return crc32.NewIEEE() }},
		{"crc32c", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) }},
	}
	var saved [][]byte
	for _, m := range makers {
		h := m.new()
		h.Write([]byte("hello "))
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		fmt.Printf("%s %x %v len=%d cap=%d\n", m.name, state, err, len(state), cap(state))
		app, err := h.(encoding.BinaryAppender).AppendBinary([]byte("pre"))
		fmt.Printf("  append %q %v\n", app, err)
		h2 := m.new()
		if err := h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
			fmt.Println("  unmarshal:", err)
		}
		h.Write([]byte("world"))
		h2.Write([]byte("world"))
		fmt.Printf("  resumed %x %x\n", h.Sum(nil), h2.Sum(nil))
		saved = append(saved, state)
	}
	// Wrong identifier, size and (for crc32) table.
	for i, m := range makers {
		h := m.new().(encoding.BinaryUnmarshaler)
		other := saved[(i+1)%len(saved)]
		fmt.Println(m.name, h.UnmarshalBinary(other), h.UnmarshalBinary(saved[i][:len(saved[i])-1]), h.UnmarshalBinary(nil), h.UnmarshalBinary(append(saved[i], 0)))
	}
	k := crc32.New(crc32.MakeTable(crc32.Koopman)).(encoding.BinaryUnmarshaler)
	fmt.Println(k.UnmarshalBinary(saved[6]))
	var _ encoding.TextMarshaler
	var _ encoding.TextUnmarshaler
	var _ encoding.TextAppender
}

// Output:
// fnv32 666e760173408505 <nil> len=8 cap=8
//   append "prefnv\x01s@\x85\x05" <nil>
//   resumed 548da96f 548da96f
// fnv32a 666e7602e2931ed1 <nil> len=8 cap=8
//   append "prefnv\x02\xe2\x93\x1e\xd1" <nil>
//   resumed d58b3fa7 d58b3fa7
// fnv64 666e76033b6dba0d69908e05 <nil> len=12 cap=12
//   append "prefnv\x03;m\xba\ri\x90\x8e\x05" <nil>
//   resumed 7dcf62cdb1910e6f 7dcf62cdb1910e6f
// fnv64a 666e7604a9bcaacca21f7011 <nil> len=12 cap=12
//   append "prefnv\x04\xa9\xbc\xaa̢\x1fp\x11" <nil>
//   resumed 779a65e7023cd2e7 779a65e7023cd2e7
// fnv128 666e76056141ca7d2d3c64bf6dc57d8f76f4cf65 <nil> len=20 cap=20
//   append "prefnv\x05aA\xca}-<d\xbfm\xc5}\x8fv\xf4\xcfe" <nil>
//   resumed e1b1650f0631aef5566634b6c074ac1f e1b1650f0631aef5566634b6c074ac1f
// fnv128a 666e7606b25bb89a6b3c64bf6ef7a7b7446bffe1 <nil> len=20 cap=20
//   append "prefnv\x06\xb2[\xb8\x9ak<d\xbfn\xf7\xa7\xb7Dk\xff\xe1" <nil>
//   resumed 6c155799fdc8eec4b91523808e7726b7 6c155799fdc8eec4b91523808e7726b7
// crc32 63726301ca87914ded81f9f6 <nil> len=12 cap=12
//   append "precrc\x01ʇ\x91M\xed\x81\xf9\xf6" <nil>
//   resumed 0d4a1185 0d4a1185
// crc32c 63726301774284817e627e58 <nil> len=12 cap=12
//   append "precrc\x01wB\x84\x81~b~X" <nil>
//   resumed c99465aa c99465aa
// fnv32 hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size
// fnv32a hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size
// fnv64 hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size
// fnv64a hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size
// fnv128 hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size
// fnv128a hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size hash/fnv: invalid hash state identifier hash/fnv: invalid hash state size
// crc32 hash/crc32: tables do not match hash/crc32: invalid hash state size hash/crc32: invalid hash state identifier hash/crc32: invalid hash state size
// crc32c hash/crc32: invalid hash state identifier hash/crc32: invalid hash state size hash/crc32: invalid hash state identifier hash/crc32: invalid hash state size
// hash/crc32: tables do not match
