package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", "", "-", "+", "abc", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", " 1", "1_000", "0x10", "007"} {
		i, err := strconv.Atoi(s)
		fmt.Println("Atoi", strconv.Quote(s), i, err)
	}
	type pc struct {
		s       string
		base    int
		bitSize int
	}
	for _, c := range []pc{{"ff", 16, 64}, {"FF", 16, 8}, {"-80", 16, 8}, {"-81", 16, 8}, {"0x_1F", 0, 64}, {"0b1010", 0, 8}, {"0o777", 0, 16}, {"0777", 0, 64}, {"0", 0, 64}, {"z", 36, 64}, {"Zz", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"10", 10, -1}, {"", 1, 64}, {"+", 10, 64}, {"1__0", 0, 64}, {"_10", 0, 64}, {"10_", 0, 64}, {"1_0", 10, 64}, {"32767", 10, 16}, {"32768", 10, 16}, {"-32768", 10, 16}, {"2147483648", 10, 32}, {"123", 10, 0}, {"9999999999999999999999x", 10, 64}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		u, err2 := strconv.ParseUint(c.s, c.base, c.bitSize)
		fmt.Println("Parse", strconv.Quote(c.s), c.base, c.bitSize, i, err, u, err2)
	}
	_, err := strconv.Atoi("x1")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("1000", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseInt("1", 99, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	for _, v := range []int64{0, 1, -1, 255, -255, 1 << 40, -1 << 63, 1<<63 - 1} {
		fmt.Println("Format", strconv.FormatInt(v, 10), strconv.FormatInt(v, 2), strconv.FormatInt(v, 16), strconv.FormatInt(v, 36), strconv.FormatInt(v, 7))
	}
	for _, v := range []uint64{0, 1, 1<<64 - 1, 1 << 63} {
		fmt.Println("FormatU", strconv.FormatUint(v, 10), strconv.FormatUint(v, 16), strconv.FormatUint(v, 2), strconv.FormatUint(v, 32))
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-9), strconv.Itoa(123456789), strconv.Itoa(-1<<63), strconv.IntSize)
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 42, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "☺")
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'g', -1, 64)
	fmt.Println(string(b))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRUE"} {
		v, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", strconv.Quote(s), v, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	sum := 0
	for i := -5000; i < 5000; i++ {
		v, err := strconv.Atoi(strconv.Itoa(i * 7919))
		if err != nil || v != i*7919 {
			fmt.Println("mismatch", i)
		}
		sum += v
	}
	fmt.Println("roundtrip sum", sum)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatInt(1, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatUint(1, 37)
	}()
}

// Output:
// Atoi "0" 0 <nil>
// Atoi "42" 42 <nil>
// Atoi "-42" -42 <nil>
// Atoi "+7" 7 <nil>
// Atoi "" 0 strconv.Atoi: parsing "": invalid syntax
// Atoi "-" 0 strconv.Atoi: parsing "-": invalid syntax
// Atoi "+" 0 strconv.Atoi: parsing "+": invalid syntax
// Atoi "abc" 0 strconv.Atoi: parsing "abc": invalid syntax
// Atoi "12a" 0 strconv.Atoi: parsing "12a": invalid syntax
// Atoi "9223372036854775807" 9223372036854775807 <nil>
// Atoi "9223372036854775808" 9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range
// Atoi "-9223372036854775808" -9223372036854775808 <nil>
// Atoi "-9223372036854775809" -9223372036854775808 strconv.Atoi: parsing "-9223372036854775809": value out of range
// Atoi "99999999999999999999" 9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
// Atoi " 1" 0 strconv.Atoi: parsing " 1": invalid syntax
// Atoi "1_000" 0 strconv.Atoi: parsing "1_000": invalid syntax
// Atoi "0x10" 0 strconv.Atoi: parsing "0x10": invalid syntax
// Atoi "007" 7 <nil>
// Parse "ff" 16 64 255 <nil> 255 <nil>
// Parse "FF" 16 8 127 strconv.ParseInt: parsing "FF": value out of range 255 <nil>
// Parse "-80" 16 8 -128 <nil> 0 strconv.ParseUint: parsing "-80": invalid syntax
// Parse "-81" 16 8 -128 strconv.ParseInt: parsing "-81": value out of range 0 strconv.ParseUint: parsing "-81": invalid syntax
// Parse "0x_1F" 0 64 31 <nil> 31 <nil>
// Parse "0b1010" 0 8 10 <nil> 10 <nil>
// Parse "0o777" 0 16 511 <nil> 511 <nil>
// Parse "0777" 0 64 511 <nil> 511 <nil>
// Parse "0" 0 64 0 <nil> 0 <nil>
// Parse "z" 36 64 35 <nil> 35 <nil>
// Parse "Zz" 36 64 1295 <nil> 1295 <nil>
// Parse "10" 1 64 0 strconv.ParseInt: parsing "10": invalid base 1 0 strconv.ParseUint: parsing "10": invalid base 1
// Parse "10" 37 64 0 strconv.ParseInt: parsing "10": invalid base 37 0 strconv.ParseUint: parsing "10": invalid base 37
// Parse "10" 10 65 0 strconv.ParseInt: parsing "10": invalid bit size 65 0 strconv.ParseUint: parsing "10": invalid bit size 65
// Parse "10" 10 -1 0 strconv.ParseInt: parsing "10": invalid bit size -1 0 strconv.ParseUint: parsing "10": invalid bit size -1
// Parse "" 1 64 0 strconv.ParseInt: parsing "": invalid syntax 0 strconv.ParseUint: parsing "": invalid syntax
// Parse "+" 10 64 0 strconv.ParseInt: parsing "+": invalid syntax 0 strconv.ParseUint: parsing "+": invalid syntax
// Parse "1__0" 0 64 0 strconv.ParseInt: parsing "1__0": invalid syntax 0 strconv.ParseUint: parsing "1__0": invalid syntax
// Parse "_10" 0 64 0 strconv.ParseInt: parsing "_10": invalid syntax 0 strconv.ParseUint: parsing "_10": invalid syntax
// Parse "10_" 0 64 0 strconv.ParseInt: parsing "10_": invalid syntax 0 strconv.ParseUint: parsing "10_": invalid syntax
// Parse "1_0" 10 64 0 strconv.ParseInt: parsing "1_0": invalid syntax 0 strconv.ParseUint: parsing "1_0": invalid syntax
// Parse "32767" 10 16 32767 <nil> 32767 <nil>
// Parse "32768" 10 16 32767 strconv.ParseInt: parsing "32768": value out of range 32768 <nil>
// Parse "-32768" 10 16 -32768 <nil> 0 strconv.ParseUint: parsing "-32768": invalid syntax
// Parse "2147483648" 10 32 2147483647 strconv.ParseInt: parsing "2147483648": value out of range 2147483648 <nil>
// Parse "123" 10 0 123 <nil> 123 <nil>
// Parse "9999999999999999999999x" 10 64 9223372036854775807 strconv.ParseInt: parsing "9999999999999999999999x": value out of range 18446744073709551615 strconv.ParseUint: parsing "9999999999999999999999x": value out of range
// true Atoi x1 invalid syntax true false
// true true
// strconv.ParseInt: parsing "1": invalid base 99 false
// Format 0 0 0 0 0
// Format 1 1 1 1 1
// Format -1 -1 -1 -1 -1
// Format 255 11111111 ff 73 513
// Format -255 -11111111 -ff -73 -513
// Format 1099511627776 10000000000000000000000000000000000000000 10000000000 e13wu1og 142302631426552
// Format -9223372036854775808 -1000000000000000000000000000000000000000000000000000000000000000 -8000000000000000 -1y2p0ij32e8e8 -22341010611245052052301
// Format 9223372036854775807 111111111111111111111111111111111111111111111111111111111111111 7fffffffffffffff 1y2p0ij32e8e7 22341010611245052052300
// FormatU 0 0 0 0
// FormatU 1 1 1 1
// FormatU 18446744073709551615 ffffffffffffffff 1111111111111111111111111111111111111111111111111111111111111111 fvvvvvvvvvvvv
// FormatU 9223372036854775808 8000000000000000 1000000000000000000000000000000000000000000000000000000000000000 8000000000000
// 0 -9 123456789 -9223372036854775808 64
// n=-42 2a true "q\"" '☺' "\u263a" 1.5
// ParseBool "1" true <nil>
// ParseBool "t" true <nil>
// ParseBool "T" true <nil>
// ParseBool "TRUE" true <nil>
// ParseBool "true" true <nil>
// ParseBool "True" true <nil>
// ParseBool "0" false <nil>
// ParseBool "f" false <nil>
// ParseBool "F" false <nil>
// ParseBool "FALSE" false <nil>
// ParseBool "false" false <nil>
// ParseBool "False" false <nil>
// ParseBool "yes" false strconv.ParseBool: parsing "yes": invalid syntax
// ParseBool "" false strconv.ParseBool: parsing "": invalid syntax
// ParseBool "tRUE" false strconv.ParseBool: parsing "tRUE": invalid syntax
// true false
// roundtrip sum -39595000
// recovered: strconv: illegal AppendInt/FormatInt base
// recovered: strconv: illegal AppendInt/FormatInt base
