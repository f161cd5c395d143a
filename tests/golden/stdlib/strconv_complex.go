package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "1i", "i", "+i", "1+2i", "(1+2i)", "(1+2i", "1-2i", "1e5+3e-2i", "inf", "infi", "-infi", "NaN", "NaNi", "+NaNi", "1+NaNi", "1++2i", "1+-2i", "1e400+1i", "1+1e400i", "1e400", "0x1p3+0x1p-2i", "1_0+2_0i", "1+2", "1+2j", "", "()", "(i)", " 1", "1+i", "1-i", "2.5e", "1+infinityi", "3.4e39+1i", "1ei", "-0i"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(strconv.Quote(s), c, err, c64, err64)
	}
	c, err := strconv.ParseComplex("1+2i", 7)
	fmt.Println(c, err)
}

// Output:
// "1" (1+0i) <nil> (1+0i) <nil>
// "1i" (0+1i) <nil> (0+1i) <nil>
// "i" (0+0i) strconv.ParseComplex: parsing "i": invalid syntax (0+0i) strconv.ParseComplex: parsing "i": invalid syntax
// "+i" (0+0i) strconv.ParseComplex: parsing "+i": invalid syntax (0+0i) strconv.ParseComplex: parsing "+i": invalid syntax
// "1+2i" (1+2i) <nil> (1+2i) <nil>
// "(1+2i)" (1+2i) <nil> (1+2i) <nil>
// "(1+2i" (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax
// "1-2i" (1-2i) <nil> (1-2i) <nil>
// "1e5+3e-2i" (100000+0.03i) <nil> (100000+0.029999999329447746i) <nil>
// "inf" (+Inf+0i) <nil> (+Inf+0i) <nil>
// "infi" (0+Infi) <nil> (0+Infi) <nil>
// "-infi" (0-Infi) <nil> (0-Infi) <nil>
// "NaN" (NaN+0i) <nil> (NaN+0i) <nil>
// "NaNi" (0+NaNi) <nil> (0+NaNi) <nil>
// "+NaNi" (0+0i) strconv.ParseComplex: parsing "+NaNi": invalid syntax (0+0i) strconv.ParseComplex: parsing "+NaNi": invalid syntax
// "1+NaNi" (1+NaNi) <nil> (1+NaNi) <nil>
// "1++2i" (0+0i) strconv.ParseComplex: parsing "1++2i": invalid syntax (0+0i) strconv.ParseComplex: parsing "1++2i": invalid syntax
// "1+-2i" (1-2i) <nil> (1-2i) <nil>
// "1e400+1i" (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range
// "1+1e400i" (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range
// "1e400" (+Inf+0i) strconv.ParseComplex: parsing "1e400": value out of range (+Inf+0i) strconv.ParseComplex: parsing "1e400": value out of range
// "0x1p3+0x1p-2i" (8+0.25i) <nil> (8+0.25i) <nil>
// "1_0+2_0i" (10+20i) <nil> (10+20i) <nil>
// "1+2" (0+0i) strconv.ParseComplex: parsing "1+2": invalid syntax (0+0i) strconv.ParseComplex: parsing "1+2": invalid syntax
// "1+2j" (0+0i) strconv.ParseComplex: parsing "1+2j": invalid syntax (0+0i) strconv.ParseComplex: parsing "1+2j": invalid syntax
// "" (0+0i) strconv.ParseComplex: parsing "": invalid syntax (0+0i) strconv.ParseComplex: parsing "": invalid syntax
// "()" (0+0i) strconv.ParseComplex: parsing "()": invalid syntax (0+0i) strconv.ParseComplex: parsing "()": invalid syntax
// "(i)" (0+0i) strconv.ParseComplex: parsing "(i)": invalid syntax (0+0i) strconv.ParseComplex: parsing "(i)": invalid syntax
// " 1" (0+0i) strconv.ParseComplex: parsing " 1": invalid syntax (0+0i) strconv.ParseComplex: parsing " 1": invalid syntax
// "1+i" (0+0i) strconv.ParseComplex: parsing "1+i": invalid syntax (0+0i) strconv.ParseComplex: parsing "1+i": invalid syntax
// "1-i" (0+0i) strconv.ParseComplex: parsing "1-i": invalid syntax (0+0i) strconv.ParseComplex: parsing "1-i": invalid syntax
// "2.5e" (0+0i) strconv.ParseComplex: parsing "2.5e": invalid syntax (0+0i) strconv.ParseComplex: parsing "2.5e": invalid syntax
// "1+infinityi" (1+Infi) <nil> (1+Infi) <nil>
// "3.4e39+1i" (3.4e+39+1i) <nil> (+Inf+1i) strconv.ParseComplex: parsing "3.4e39+1i": value out of range
// "1ei" (0+0i) strconv.ParseComplex: parsing "1ei": invalid syntax (0+0i) strconv.ParseComplex: parsing "1ei": invalid syntax
// "-0i" (0-0i) <nil> (0-0i) <nil>
// (1+2i) <nil>
