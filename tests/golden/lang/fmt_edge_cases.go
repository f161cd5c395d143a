package main

import (
	"errors"
	"fmt"
)

type WithErr struct {
	Err  error
	Name string
}

type Inner struct{ A, B int }
type Nest struct {
	In  Inner
	M   map[string]Inner
	S   []Inner
	Any interface{}
}

func main() {
	fmt.Println(WithErr{nil, "n"}, WithErr{errors.New("e"), "m"})
	fmt.Printf("%+v\n", WithErr{errors.New("boom"), "x"})
	var err error
	fmt.Printf("%s|%v|%d\n", err, err, err)
	fmt.Printf("%d|%s|%x\n", true, false, true)
	fmt.Printf("%v\n", Nest{Inner{1, 2}, map[string]Inner{"k": {3, 4}}, []Inner{{5, 6}}, Inner{7, 8}})
	fmt.Printf("%+v\n", Nest{Inner{1, 2}, map[string]Inner{"k": {3, 4}}, []Inner{{5, 6}}, nil})
	fmt.Printf("[%6.2v][%q][%x][%X]\n", 3.14159, 'a', "hi there", "hi")
	fmt.Printf("[%-08d][%08d][%+08d][% 08d]\n", 42, -42, 42, 42)
	fmt.Printf("[% x][% X][%#x]\n", "abc", []byte{1, 2}, "abc")
	fmt.Printf("[%e][%E][%g][%G]\n", 0.0, 1e-10, 1e-320, 2.5e-7)
	negz := 0.0
	negz = -negz
	fmt.Printf("[%v][%.1f][%g][%e]\n", negz, negz, negz, negz)
	fmt.Printf("[%.3s][%.10s][%5.1s][%-5.2s]\n", "héllo", "ab", "xyz", "日本語")
	fmt.Printf("[%c][%c][%c]\n", 0x110000, -1, 0xD800)
	fmt.Printf("[%08.3f][%-8.3f][%+.0f][%8.0e]\n", -3.14159, -3.14159, 2.5, 12345.0)
	fmt.Printf("[%x][%X]\n", []string{"ab", "c"}, []int{10, 255})
	fmt.Printf("[%t][%v][%s]\n", []bool{true}, [2]bool{}, []string{})
	fmt.Printf("[%5v][%-5v][%05v]\n", 12, 12, 12)
	fmt.Printf("[%v][%v][%v]\n", int64(-1<<63), uint64(1<<64-1), int8(-128))
	fmt.Printf("[%o][%#o][%O][%b]\n", -8, -8, -8, -5)
	fmt.Printf("[%.2f][%.2f][%.2f][%.2f]\n", 1.005, 1.015, 1.025, 2.675)
	fmt.Printf("[%.1f][%.1f][%.1f]\n", 0.05, 0.15, 0.25)
	fmt.Printf("[%g][%g][%g][%g]\n", 1.0, 100.0, 1234567.0, 12345678.0)
	fmt.Printf("[%v][%v][%v]\n", float32(1)/3, float32(16777216), float32(3.4e38))
	fmt.Printf("[%6.3v][%.3v][%.0v]\n", 1234.5678, "abcdef", 2.5)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%s\n", []interface{}{"a", 1, nil})
	fmt.Printf("%d %s\n", []interface{}{1, "x"}, map[string]int{"a": 1})
	fmt.Println(fmt.Sprintf("%3d|%-3d|%03d", -1, -1, -1))
	fmt.Println(fmt.Sprintf("%10.4f|%-10.4f|", 3.14159265, -2.71828))
}

// Output:
// {<nil> n} {e m}
// {Err:boom Name:x}
// %!s(<nil>)|<nil>|%!d(<nil>)
// %!d(bool=true)|%!s(bool=false)|%!x(bool=true)
// {{1 2} map[k:{3 4}] [{5 6}] {7 8}}
// {In:{A:1 B:2} M:map[k:{A:3 B:4}] S:[{A:5 B:6}] Any:<nil>}
// [   3.1]['a'][6869207468657265][6869]
// [42      ][-0000042][+0000042][ 0000042]
// [61 62 63][01 02][0x616263]
// [0.000000e+00][1.000000E-10][1e-320][2.5E-07]
// [-0][-0.0][-0][-0.000000e+00]
// [hél][ab][    x][日本   ]
// [�][�][�]
// [-003.142][-3.142  ][+2][   1e+04]
// [[6162 63]][[A FF]]
// [[true]][[false false]][[]]
// [   12][12   ][00012]
// [-9223372036854775808][18446744073709551615][-128]
// [-10][-010][-0o10][-101]
// [1.00][1.01][1.02][2.67]
// [0.1][0.1][0.2]
// [1][100][1.234567e+06][1.2345678e+07]
// [0.33333334][1.6777216e+07][3.4e+38]
// [1.23e+03][abc][2]
// {} []
// [a %!s(int=1) <nil>]
// [1 %!d(string=x)] map[a:%!s(int=1)]
//  -1|-1 |-01
//     3.1416|-2.7183   |
