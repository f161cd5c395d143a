package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }

func main() {
	orders := []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, binary.NativeEndian}
	for _, o := range orders {
		b := make([]byte, 8)
		o.PutUint16(b, 0x0102)
		fmt.Printf("%v %#v %x %#x", o, o, b, o.Uint16(b))
		o.PutUint32(b, 0x01020304)
		fmt.Printf(" %x %#x", b, o.Uint32(b))
		o.PutUint64(b, 0x0102030405060708)
		fmt.Printf(" %x %#x\n", b, o.Uint64(b))
		ao := o.(binary.AppendByteOrder)
		a := ao.AppendUint16([]byte("x"), 0xbeef)
		a = ao.AppendUint32(a, 0xdeadbeef)
		a = ao.AppendUint64(a, math.MaxUint64-1)
		fmt.Printf("%s %x\n", ao, a)
	}
	fmt.Println(binary.LittleEndian, binary.BigEndian.String(), binary.NativeEndian)
	fmt.Printf("%T %T %T\n", binary.LittleEndian, binary.BigEndian, binary.NativeEndian)
	var ab binary.AppendByteOrder = binary.NativeEndian
	fmt.Println(ab.String())

	try("Uint16 short", func() { binary.LittleEndian.Uint16([]byte{1}) })
	try("PutUint32 short", func() { binary.BigEndian.PutUint32(make([]byte, 3), 1) })
	try("Uint64 short", func() { binary.BigEndian.Uint64(nil) })
	try("PutUint64 short", func() { binary.LittleEndian.PutUint64(make([]byte, 7), 1) })

	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	uvals := []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1<<32 - 1, 1 << 63, math.MaxUint64}
	for _, v := range uvals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, v)
		x, m := binary.Uvarint(buf[:n])
		r, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		fmt.Printf("u %d -> %x (%d) -> %d %d | %d %v | %x\n", v, buf[:n], n, x, m, r, err, binary.AppendUvarint([]byte{0xaa}, v))
	}
	svals := []int64{0, 1, -1, 63, -64, 64, -65, math.MaxInt64, math.MinInt64, 1000000, -1000000}
	for _, v := range svals {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, v)
		x, m := binary.Varint(buf[:n])
		r, err := binary.ReadVarint(bytes.NewReader(buf[:n]))
		fmt.Printf("s %d -> %x (%d) -> %d %d | %d %v | %x\n", v, buf[:n], n, x, m, r, err, binary.AppendVarint(nil, v))
	}
	bad := [][]byte{
		nil,
		{0x80},
		{0xff, 0xff},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00},
		{0x81, 0x00, 0x05},
	}
	for _, b := range bad {
		x, n := binary.Uvarint(b)
		y, m := binary.Varint(b)
		r, err := binary.ReadUvarint(bytes.NewReader(b))
		s, err2 := binary.ReadVarint(bytes.NewReader(b))
		fmt.Printf("%x: %d %d | %d %d | %d %v | %d %v\n", b, x, n, y, m, r, err, s, err2)
	}
	try("PutUvarint short", func() { binary.PutUvarint(make([]byte, 1), 300) })

	// Read/Write of basic types and slices.
	var buf bytes.Buffer
	vals := []any{true, false, int8(-2), uint8(200), int16(-300), uint16(65000), int32(-70000), uint32(4000000000),
		int64(-1 << 40), uint64(1 << 63), float32(1.5), float64(-math.Pi), complex64(1 + 2i), complex128(-3.5 + 0.25i),
		[]uint8{1, 2, 3}, []int16{-1, 2}, []uint32{7}, []float64{0.5, math.Inf(1)}, []bool{true, false, true}, []int8{-128, 127},
		[]uint16{}, []int64{-5}, []uint64{9}, []float32{-0.0}, []complex64{1i}}
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		buf.Reset()
		for _, v := range vals {
			if err := binary.Write(&buf, o, v); err != nil {
				fmt.Println("write error", err)
			}
		}
		fmt.Printf("%s %d %x\n", o, buf.Len(), buf.Bytes())
		r := bytes.NewReader(buf.Bytes())
		var (
			b1, b2 bool
			i8     int8
			u8     uint8
			i16    int16
			u16    uint16
			i32    int32
			u32    uint32
			i64    int64
			u64    uint64
			f32    float32
			f64    float64
			c64    complex64
			c128   complex128
		)
		for _, p := range []any{&b1, &b2, &i8, &u8, &i16, &u16, &i32, &u32, &i64, &u64, &f32, &f64, &c64, &c128} {
			if err := binary.Read(r, o, p); err != nil {
				fmt.Println("read error", err)
			}
		}
		fmt.Println(b1, b2, i8, u8, i16, u16, i32, u32, i64, u64, f32, f64, c64, c128)
		s8 := make([]uint8, 3)
		s16 := make([]int16, 2)
		s32 := make([]uint32, 1)
		sf := make([]float64, 2)
		sb := make([]bool, 3)
		si8 := make([]int8, 2)
		for _, p := range []any{s8, s16, s32, sf, sb, si8} {
			if err := binary.Read(r, o, p); err != nil {
				fmt.Println("read error", err)
			}
		}
		fmt.Println(s8, s16, s32, sf, sb, si8, r.Len())
	}

	var x uint32
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.BigEndian, &x))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &x))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), binary.BigEndian, &x), x)
	var n int
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4, 5, 6, 7, 8}), binary.BigEndian, &n))
	rr := bytes.NewReader([]byte{1, 2, 3, 4})
	fmt.Println(binary.Read(rr, binary.BigEndian, uint16(0)), rr.Len())
	fmt.Println(binary.Read(rr, binary.BigEndian, []int{1}), rr.Len())
	fmt.Println(binary.Read(rr, binary.BigEndian, []uint8{}), rr.Len())
	fmt.Println(binary.Write(&buf, binary.BigEndian, 5))
	fmt.Println(binary.Write(&buf, binary.BigEndian, "str"))
	fmt.Println(binary.Write(&buf, binary.BigEndian, []int{1, 2}))
	fmt.Println(binary.Write(&buf, binary.BigEndian, map[string]int{}))
	fmt.Println(binary.Write(errWriter{}, binary.BigEndian, uint16(1)))
	fmt.Println(binary.Write(errWriter{}, binary.BigEndian, []byte{1}))
	v16 := uint16(0xabcd)
	buf.Reset()
	fmt.Println(binary.Write(&buf, binary.LittleEndian, &v16), buf.Bytes())

	fmt.Println(binary.Size(uint32(1)), binary.Size(&v16), binary.Size([]uint64{1, 2}), binary.Size(int(1)), binary.Size("s"),
		binary.Size((*uint16)(nil)), binary.Size(true), binary.Size(complex128(0)), binary.Size([]complex64{1, 2}), binary.Size([]byte{}), binary.Size(&n))

	eb := make([]byte, 4)
	k, err := binary.Encode(eb, binary.BigEndian, uint32(0x01020304))
	fmt.Println(k, err, eb)
	k, err = binary.Encode(eb, binary.BigEndian, uint64(1))
	fmt.Println(k, err, eb)
	k, err = binary.Encode(eb, binary.BigEndian, 7)
	fmt.Println(k, err)
	k, err = binary.Encode(eb, binary.LittleEndian, []uint16{0x0102, 0x0304})
	fmt.Println(k, err, eb)
	var d16 []uint16 = make([]uint16, 2)
	k, err = binary.Decode([]byte{1, 2, 3, 4, 5}, binary.BigEndian, d16)
	fmt.Println(k, err, d16)
	k, err = binary.Decode([]byte{1}, binary.BigEndian, &x)
	fmt.Println(k, err)
	k, err = binary.Decode([]byte{1, 2, 3, 4}, binary.BigEndian, x)
	fmt.Println(k, err)
	k, err = binary.Decode([]byte{1, 2}, binary.BigEndian, x)
	fmt.Println(k, err)
	k, err = binary.Decode([]byte{1, 2}, binary.BigEndian, &n)
	fmt.Println(k, err)
	ap, err := binary.Append([]byte("hdr"), binary.BigEndian, []int32{-1, 2})
	fmt.Println(ap, err, len(ap), cap(ap))
	ap, err = binary.Append(nil, binary.BigEndian, "no")
	fmt.Println(ap, err, ap == nil)
	ap, err = binary.Append(make([]byte, 0, 16), binary.LittleEndian, float32(2))
	fmt.Println(ap, err, cap(ap))
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0x80, 0x80}))
	fmt.Println(err == io.ErrUnexpectedEOF, err)
	_, err = binary.ReadUvarint(bytes.NewReader(nil))
	fmt.Println(err == io.EOF)
}

// Output:
// LittleEndian binary.LittleEndian 0201000000000000 0x102 0403020100000000 0x1020304 0807060504030201 0x102030405060708
// LittleEndian 78efbeefbeaddefeffffffffffffff
// BigEndian binary.BigEndian 0102000000000000 0x102 0102030400000000 0x1020304 0102030405060708 0x102030405060708
// BigEndian 78beefdeadbeeffffffffffffffffe
// NativeEndian binary.NativeEndian 0201000000000000 0x102 0403020100000000 0x1020304 0807060504030201 0x102030405060708
// NativeEndian 78efbeefbeaddefeffffffffffffff
// LittleEndian BigEndian NativeEndian
// binary.littleEndian binary.bigEndian binary.nativeEndian
// NativeEndian
// Uint16 short: panic: runtime error: index out of range [1] with length 1
// PutUint32 short: panic: runtime error: index out of range [3] with length 3
// Uint64 short: panic: runtime error: index out of range [7] with length 0
// PutUint64 short: panic: runtime error: index out of range [7] with length 7
// 3 5 10
// u 0 -> 00 (1) -> 0 1 | 0 <nil> | aa00
// u 1 -> 01 (1) -> 1 1 | 1 <nil> | aa01
// u 127 -> 7f (1) -> 127 1 | 127 <nil> | aa7f
// u 128 -> 8001 (2) -> 128 2 | 128 <nil> | aa8001
// u 255 -> ff01 (2) -> 255 2 | 255 <nil> | aaff01
// u 300 -> ac02 (2) -> 300 2 | 300 <nil> | aaac02
// u 16383 -> ff7f (2) -> 16383 2 | 16383 <nil> | aaff7f
// u 16384 -> 808001 (3) -> 16384 3 | 16384 <nil> | aa808001
// u 4294967295 -> ffffffff0f (5) -> 4294967295 5 | 4294967295 <nil> | aaffffffff0f
// u 9223372036854775808 -> 80808080808080808001 (10) -> 9223372036854775808 10 | 9223372036854775808 <nil> | aa80808080808080808001
// u 18446744073709551615 -> ffffffffffffffffff01 (10) -> 18446744073709551615 10 | 18446744073709551615 <nil> | aaffffffffffffffffff01
// s 0 -> 00 (1) -> 0 1 | 0 <nil> | 00
// s 1 -> 02 (1) -> 1 1 | 1 <nil> | 02
// s -1 -> 01 (1) -> -1 1 | -1 <nil> | 01
// s 63 -> 7e (1) -> 63 1 | 63 <nil> | 7e
// s -64 -> 7f (1) -> -64 1 | -64 <nil> | 7f
// s 64 -> 8001 (2) -> 64 2 | 64 <nil> | 8001
// s -65 -> 8101 (2) -> -65 2 | -65 <nil> | 8101
// s 9223372036854775807 -> feffffffffffffffff01 (10) -> 9223372036854775807 10 | 9223372036854775807 <nil> | feffffffffffffffff01
// s -9223372036854775808 -> ffffffffffffffffff01 (10) -> -9223372036854775808 10 | -9223372036854775808 <nil> | ffffffffffffffffff01
// s 1000000 -> 80897a (3) -> 1000000 3 | 1000000 <nil> | 80897a
// s -1000000 -> ff887a (3) -> -1000000 3 | -1000000 <nil> | ff887a
// : 0 0 | 0 0 | 0 EOF | 0 EOF
// 80: 0 0 | 0 0 | 0 unexpected EOF | 0 unexpected EOF
// ffff: 0 0 | 0 0 | 16383 unexpected EOF | -8192 unexpected EOF
// ffffffffffffffffff01: 18446744073709551615 10 | -9223372036854775808 10 | 18446744073709551615 <nil> | -9223372036854775808 <nil>
// ffffffffffffffffff02: 0 -10 | 0 -10 | 9223372036854775807 binary: varint overflows a 64-bit integer | -4611686018427387904 binary: varint overflows a 64-bit integer
// ffffffffffffffffffff01: 0 -11 | 0 -11 | 18446744073709551615 binary: varint overflows a 64-bit integer | -9223372036854775808 binary: varint overflows a 64-bit integer
// 808080808080808080808000: 0 -11 | 0 -11 | 0 binary: varint overflows a 64-bit integer | 0 binary: varint overflows a 64-bit integer
// 810005: 1 2 | -1 2 | 1 <nil> | -1 <nil>
// PutUvarint short: panic: runtime error: index out of range [1] with length 1
// LittleEndian 128 0100fec8d4fee8fd90eefeff00286bee0000000000ffffff00000000000000800000c03f182d4454fb2109c00000803f000000400000000000000cc0000000000000d03f010203ffff020007000000000000000000e03f000000000000f07f010001807ffbffffffffffffff090000000000000000000000000000000000803f
// true false -2 200 -300 65000 -70000 4000000000 -1099511627776 9223372036854775808 1.5 -3.141592653589793 (1+2i) (-3.5+0.25i)
// [1 2 3] [-1 2] [7] [0.5 +Inf] [true false true] [-128 127] 28
// BigEndian 128 0100fec8fed4fde8fffeee90ee6b2800ffffff000000000080000000000000003fc00000c00921fb54442d183f80000040000000c00c0000000000003fd0000000000000010203ffff0002000000073fe00000000000007ff0000000000000010001807ffffffffffffffffb000000000000000900000000000000003f800000
// true false -2 200 -300 65000 -70000 4000000000 -1099511627776 9223372036854775808 1.5 -3.141592653589793 (1+2i) (-3.5+0.25i)
// [1 2 3] [-1 2] [7] [0.5 +Inf] [true false true] [-128 127] 28
// EOF
// unexpected EOF
// <nil> 16909060
// binary.Read: invalid type *int
// binary.Read: invalid type uint16 2
// binary.Read: invalid type []int 2
// <nil> 2
// binary.Write: some values are not fixed-sized in type int
// binary.Write: some values are not fixed-sized in type string
// binary.Write: some values are not fixed-sized in type []int
// binary.Write: some values are not fixed-sized in type map[string]int
// write failed
// write failed
// <nil> [205 171]
// 4 2 16 -1 -1 -1 1 16 16 0 -1
// 4 <nil> [1 2 3 4]
// 0 buffer too small [1 2 3 4]
// 0 binary.Encode: some values are not fixed-sized in type int
// 4 <nil> [2 1 4 3]
// 4 <nil> [258 772]
// 0 buffer too small
// 0 binary.Decode: invalid type uint32
// 0 buffer too small
// 0 binary.Decode: invalid type *int
// [104 100 114 255 255 255 255 0 0 0 2] <nil> 11 16
// [] binary.Append: some values are not fixed-sized in type string true
// [0 0 0 64] <nil> 16
// true unexpected EOF
// true
