// math: the exact operations (rounding, bit conversions, Frexp/Ldexp,
// Mod/Remainder, Nextafter...) on ordinary values and edge cases; every
// result is printed with its bits so that signs of zeros and NaN payloads
// show.
package main

import (
	"fmt"
	"math"
)

var negZero = math.Copysign(0, -1)

var vals = []float64{
	0, negZero, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
	1, -1, 3.7, -3.7, 1e15 + 0.5, 4503599627370495.5, 4503599627370497, 1e300, -1e300,
	5e-324, -5e-324, 2.2250738585072014e-308, 1.5e-310, math.MaxFloat64, -math.MaxFloat64,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, -math.E,
}

func show(name string, x float64) {
	fmt.Printf("%s=%v(%#x) ", name, x, math.Float64bits(x))
}

func main() {
	for _, x := range vals {
		fmt.Printf("x=%v:\n  ", x)
		show("Sqrt", math.Sqrt(x))
		show("Floor", math.Floor(x))
		show("Ceil", math.Ceil(x))
		show("Trunc", math.Trunc(x))
		fmt.Print("\n  ")
		show("Round", math.Round(x))
		show("RoundToEven", math.RoundToEven(x))
		show("Abs", math.Abs(x))
		show("Logb", math.Logb(x))
		fmt.Print("\n  ")
		i, f := math.Modf(x)
		show("Modf.int", i)
		show("Modf.frac", f)
		fr, e := math.Frexp(x)
		show("Frexp", fr)
		fmt.Print("exp=", e, " Ilogb=", math.Ilogb(x), " Signbit=", math.Signbit(x))
		fmt.Print("\n  ")
		fmt.Print("IsInf=", math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1), " IsNaN=", math.IsNaN(x), " ")
		show("Nextafter+", math.Nextafter(x, math.Inf(1)))
		show("Nextafter-", math.Nextafter(x, math.Inf(-1)))
		show("Nextafter0", math.Nextafter(x, 0))
		fmt.Print("\n  ")
		show("f32", float64(math.Float32frombits(math.Float32bits(float32(x)))))
		fmt.Printf("Float32bits=%#x ", math.Float32bits(float32(x)))
		show("Nextafter32", float64(math.Nextafter32(float32(x), 1)))
		fmt.Println()
	}

	fmt.Println("-- two operands")
	ops := []float64{0, negZero, 1, -1, 2, -3, 0.75, 5.5, -7.25, 1e300, 1e-300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range ops {
		for _, y := range ops {
			fmt.Printf("%v,%v: ", x, y)
			show("Mod", math.Mod(x, y))
			show("Rem", math.Remainder(x, y))
			show("Max", math.Max(x, y))
			show("Min", math.Min(x, y))
			show("Dim", math.Dim(x, y))
			show("Copysign", math.Copysign(x, y))
			fmt.Println()
		}
	}
	fmt.Println("-- Remainder and Mod on exact halves")
	for _, p := range [][2]float64{{5, 2}, {7, 2}, {-5, 2}, {-7, 2}, {9, 6}, {15, 6}, {1e300, 3}, {1e-320, 3e-323}, {1.7976931348623157e308, 1.5e308}, {123.456, 0.1}} {
		fmt.Println(p[0], p[1], math.Remainder(p[0], p[1]), math.Mod(p[0], p[1]))
	}

	fmt.Println("-- Ldexp")
	for _, f := range []float64{1, 0.5, -0.75, 0.9999999999999999, 3, 5e-324, math.SmallestNonzeroFloat64 * 3, 1e-310, 0, negZero, math.Inf(-1), math.NaN()} {
		for _, e := range []int{0, 1, -1, 1023, 1024, -1022, -1074, -1075, -1076, 2000, -2000, math.MaxInt64, math.MinInt64, math.MinInt64 + 1000} {
			r := math.Ldexp(f, e)
			fmt.Printf("Ldexp(%v,%d)=%v(%#x) ", f, e, r, math.Float64bits(r))
		}
		fmt.Println()
	}
	for i := -1080; i < -1070; i++ {
		fmt.Print(math.Ldexp(1.5, i), " ", math.Ldexp(1.25, i), " ", math.Ldexp(1.75, i), " ")
	}
	fmt.Println()
	for x := 1e-320; x < 1e300; x *= 1234.5678 {
		fr, e := math.Frexp(x)
		if math.Ldexp(fr, e) != x {
			fmt.Println("round trip failed", x)
		}
	}

	fmt.Println("-- Pow10")
	for n := -330; n <= 312; n += 7 {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	for _, n := range []int{-324, -323, 0, 22, 23, 279, 281, 308, 309, math.MaxInt64, math.MinInt64} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()

	fmt.Println("-- FMA")
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(1e308, 10, -1e308), math.FMA(math.Inf(1), 0, 1), math.FMA(2, 3, math.Inf(-1)))
	x := 1.0 + 0x1p-30
	fmt.Println(math.FMA(x, x, -1), x*x-1)

	fmt.Println("-- bits")
	fmt.Printf("%#x %#x %#x %#x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Inf(-1)), math.Float64bits(negZero), math.Float32bits(float32(math.NaN())))
	fmt.Println(math.Float64frombits(0x3ff0000000000001), math.Float32frombits(0x7f7fffff), math.Float32frombits(1), math.Float64frombits(0x7ff0000000000001))
	fmt.Println(math.Inf(0), math.Inf(-5), math.IsInf(math.NaN(), 0), math.NaN() == math.NaN())

	// Func values of the inlined functions go through the natives.
	fs := []func(float64) float64{math.Sqrt, math.Floor, math.Ceil, math.Trunc, math.RoundToEven, math.Abs}
	for _, f := range fs {
		fmt.Print(f(-2.5), f(6.25), " ")
	}
	g := math.Float64bits
	h := math.Float64frombits
	fmt.Println(g(1), h(g(-2)))
}

// Output:
// x=0:
//   Sqrt=0(0x0) Floor=0(0x0) Ceil=0(0x0) Trunc=0(0x0) 
//   Round=0(0x0) RoundToEven=0(0x0) Abs=0(0x0) Logb=-Inf(0xfff0000000000000) 
//   Modf.int=0(0x0) Modf.frac=0(0x0) Frexp=0(0x0) exp=0 Ilogb=-2147483648 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=5e-324(0x1) Nextafter-=-5e-324(0x8000000000000001) Nextafter0=0(0x0) 
//   f32=0(0x0) Float32bits=0x0 Nextafter32=1.401298464324817e-45(0x36a0000000000000) 
// x=-0:
//   Sqrt=-0(0x8000000000000000) Floor=-0(0x8000000000000000) Ceil=-0(0x8000000000000000) Trunc=-0(0x8000000000000000) 
//   Round=-0(0x8000000000000000) RoundToEven=-0(0x8000000000000000) Abs=0(0x0) Logb=-Inf(0xfff0000000000000) 
//   Modf.int=-0(0x8000000000000000) Modf.frac=-0(0x8000000000000000) Frexp=-0(0x8000000000000000) exp=0 Ilogb=-2147483648 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=5e-324(0x1) Nextafter-=-5e-324(0x8000000000000001) Nextafter0=-0(0x8000000000000000) 
//   f32=-0(0x8000000000000000) Float32bits=0x80000000 Nextafter32=1.401298464324817e-45(0x36a0000000000000) 
// x=0.5:
//   Sqrt=0.7071067811865476(0x3fe6a09e667f3bcd) Floor=0(0x0) Ceil=1(0x3ff0000000000000) Trunc=0(0x0) 
//   Round=1(0x3ff0000000000000) RoundToEven=0(0x0) Abs=0.5(0x3fe0000000000000) Logb=-1(0xbff0000000000000) 
//   Modf.int=0(0x0) Modf.frac=0.5(0x3fe0000000000000) Frexp=0.5(0x3fe0000000000000) exp=0 Ilogb=-1 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=0.5000000000000001(0x3fe0000000000001) Nextafter-=0.49999999999999994(0x3fdfffffffffffff) Nextafter0=0.49999999999999994(0x3fdfffffffffffff) 
//   f32=0.5(0x3fe0000000000000) Float32bits=0x3f000000 Nextafter32=0.5000000596046448(0x3fe0000020000000) 
// x=-0.5:
//   Sqrt=NaN(0xfff8000000000000) Floor=-1(0xbff0000000000000) Ceil=-0(0x8000000000000000) Trunc=-0(0x8000000000000000) 
//   Round=-1(0xbff0000000000000) RoundToEven=-0(0x8000000000000000) Abs=0.5(0x3fe0000000000000) Logb=-1(0xbff0000000000000) 
//   Modf.int=-0(0x8000000000000000) Modf.frac=-0.5(0xbfe0000000000000) Frexp=-0.5(0xbfe0000000000000) exp=0 Ilogb=-1 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-0.49999999999999994(0xbfdfffffffffffff) Nextafter-=-0.5000000000000001(0xbfe0000000000001) Nextafter0=-0.49999999999999994(0xbfdfffffffffffff) 
//   f32=-0.5(0xbfe0000000000000) Float32bits=0xbf000000 Nextafter32=-0.4999999701976776(0xbfdfffffe0000000) 
// x=1.5:
//   Sqrt=1.224744871391589(0x3ff3988e1409212e) Floor=1(0x3ff0000000000000) Ceil=2(0x4000000000000000) Trunc=1(0x3ff0000000000000) 
//   Round=2(0x4000000000000000) RoundToEven=2(0x4000000000000000) Abs=1.5(0x3ff8000000000000) Logb=0(0x0) 
//   Modf.int=1(0x3ff0000000000000) Modf.frac=0.5(0x3fe0000000000000) Frexp=0.75(0x3fe8000000000000) exp=1 Ilogb=0 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=1.5000000000000002(0x3ff8000000000001) Nextafter-=1.4999999999999998(0x3ff7ffffffffffff) Nextafter0=1.4999999999999998(0x3ff7ffffffffffff) 
//   f32=1.5(0x3ff8000000000000) Float32bits=0x3fc00000 Nextafter32=1.4999998807907104(0x3ff7ffffe0000000) 
// x=-1.5:
//   Sqrt=NaN(0xfff8000000000000) Floor=-2(0xc000000000000000) Ceil=-1(0xbff0000000000000) Trunc=-1(0xbff0000000000000) 
//   Round=-2(0xc000000000000000) RoundToEven=-2(0xc000000000000000) Abs=1.5(0x3ff8000000000000) Logb=0(0x0) 
//   Modf.int=-1(0xbff0000000000000) Modf.frac=-0.5(0xbfe0000000000000) Frexp=-0.75(0xbfe8000000000000) exp=1 Ilogb=0 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-1.4999999999999998(0xbff7ffffffffffff) Nextafter-=-1.5000000000000002(0xbff8000000000001) Nextafter0=-1.4999999999999998(0xbff7ffffffffffff) 
//   f32=-1.5(0xbff8000000000000) Float32bits=0xbfc00000 Nextafter32=-1.4999998807907104(0xbff7ffffe0000000) 
// x=2.5:
//   Sqrt=1.5811388300841898(0x3ff94c583ada5b53) Floor=2(0x4000000000000000) Ceil=3(0x4008000000000000) Trunc=2(0x4000000000000000) 
//   Round=3(0x4008000000000000) RoundToEven=2(0x4000000000000000) Abs=2.5(0x4004000000000000) Logb=1(0x3ff0000000000000) 
//   Modf.int=2(0x4000000000000000) Modf.frac=0.5(0x3fe0000000000000) Frexp=0.625(0x3fe4000000000000) exp=2 Ilogb=1 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=2.5000000000000004(0x4004000000000001) Nextafter-=2.4999999999999996(0x4003ffffffffffff) Nextafter0=2.4999999999999996(0x4003ffffffffffff) 
//   f32=2.5(0x4004000000000000) Float32bits=0x40200000 Nextafter32=2.499999761581421(0x4003ffffe0000000) 
// x=-2.5:
//   Sqrt=NaN(0xfff8000000000000) Floor=-3(0xc008000000000000) Ceil=-2(0xc000000000000000) Trunc=-2(0xc000000000000000) 
//   Round=-3(0xc008000000000000) RoundToEven=-2(0xc000000000000000) Abs=2.5(0x4004000000000000) Logb=1(0x3ff0000000000000) 
//   Modf.int=-2(0xc000000000000000) Modf.frac=-0.5(0xbfe0000000000000) Frexp=-0.625(0xbfe4000000000000) exp=2 Ilogb=1 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-2.4999999999999996(0xc003ffffffffffff) Nextafter-=-2.5000000000000004(0xc004000000000001) Nextafter0=-2.4999999999999996(0xc003ffffffffffff) 
//   f32=-2.5(0xc004000000000000) Float32bits=0xc0200000 Nextafter32=-2.499999761581421(0xc003ffffe0000000) 
// x=0.49999999999999994:
//   Sqrt=0.7071067811865475(0x3fe6a09e667f3bcc) Floor=0(0x0) Ceil=1(0x3ff0000000000000) Trunc=0(0x0) 
//   Round=0(0x0) RoundToEven=0(0x0) Abs=0.49999999999999994(0x3fdfffffffffffff) Logb=-2(0xc000000000000000) 
//   Modf.int=0(0x0) Modf.frac=0.49999999999999994(0x3fdfffffffffffff) Frexp=0.9999999999999999(0x3fefffffffffffff) exp=-1 Ilogb=-2 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=0.5(0x3fe0000000000000) Nextafter-=0.4999999999999999(0x3fdffffffffffffe) Nextafter0=0.4999999999999999(0x3fdffffffffffffe) 
//   f32=0.5(0x3fe0000000000000) Float32bits=0x3f000000 Nextafter32=0.5000000596046448(0x3fe0000020000000) 
// x=-0.49999999999999994:
//   Sqrt=NaN(0xfff8000000000000) Floor=-1(0xbff0000000000000) Ceil=-0(0x8000000000000000) Trunc=-0(0x8000000000000000) 
//   Round=-0(0x8000000000000000) RoundToEven=-0(0x8000000000000000) Abs=0.49999999999999994(0x3fdfffffffffffff) Logb=-2(0xc000000000000000) 
//   Modf.int=-0(0x8000000000000000) Modf.frac=-0.49999999999999994(0xbfdfffffffffffff) Frexp=-0.9999999999999999(0xbfefffffffffffff) exp=-1 Ilogb=-2 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-0.4999999999999999(0xbfdffffffffffffe) Nextafter-=-0.5(0xbfe0000000000000) Nextafter0=-0.4999999999999999(0xbfdffffffffffffe) 
//   f32=-0.5(0xbfe0000000000000) Float32bits=0xbf000000 Nextafter32=-0.4999999701976776(0xbfdfffffe0000000) 
// x=1:
//   Sqrt=1(0x3ff0000000000000) Floor=1(0x3ff0000000000000) Ceil=1(0x3ff0000000000000) Trunc=1(0x3ff0000000000000) 
//   Round=1(0x3ff0000000000000) RoundToEven=1(0x3ff0000000000000) Abs=1(0x3ff0000000000000) Logb=0(0x0) 
//   Modf.int=1(0x3ff0000000000000) Modf.frac=0(0x0) Frexp=0.5(0x3fe0000000000000) exp=1 Ilogb=0 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=1.0000000000000002(0x3ff0000000000001) Nextafter-=0.9999999999999999(0x3fefffffffffffff) Nextafter0=0.9999999999999999(0x3fefffffffffffff) 
//   f32=1(0x3ff0000000000000) Float32bits=0x3f800000 Nextafter32=1(0x3ff0000000000000) 
// x=-1:
//   Sqrt=NaN(0xfff8000000000000) Floor=-1(0xbff0000000000000) Ceil=-1(0xbff0000000000000) Trunc=-1(0xbff0000000000000) 
//   Round=-1(0xbff0000000000000) RoundToEven=-1(0xbff0000000000000) Abs=1(0x3ff0000000000000) Logb=0(0x0) 
//   Modf.int=-1(0xbff0000000000000) Modf.frac=-0(0x8000000000000000) Frexp=-0.5(0xbfe0000000000000) exp=1 Ilogb=0 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-0.9999999999999999(0xbfefffffffffffff) Nextafter-=-1.0000000000000002(0xbff0000000000001) Nextafter0=-0.9999999999999999(0xbfefffffffffffff) 
//   f32=-1(0xbff0000000000000) Float32bits=0xbf800000 Nextafter32=-0.9999999403953552(0xbfefffffe0000000) 
// x=3.7:
//   Sqrt=1.9235384061671346(0x3ffec6d0353167a9) Floor=3(0x4008000000000000) Ceil=4(0x4010000000000000) Trunc=3(0x4008000000000000) 
//   Round=4(0x4010000000000000) RoundToEven=4(0x4010000000000000) Abs=3.7(0x400d99999999999a) Logb=1(0x3ff0000000000000) 
//   Modf.int=3(0x4008000000000000) Modf.frac=0.7000000000000002(0x3fe6666666666668) Frexp=0.925(0x3fed99999999999a) exp=2 Ilogb=1 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=3.7000000000000006(0x400d99999999999b) Nextafter-=3.6999999999999997(0x400d999999999999) Nextafter0=3.6999999999999997(0x400d999999999999) 
//   f32=3.700000047683716(0x400d9999a0000000) Float32bits=0x406ccccd Nextafter32=3.6999998092651367(0x400d999980000000) 
// x=-3.7:
//   Sqrt=NaN(0xfff8000000000000) Floor=-4(0xc010000000000000) Ceil=-3(0xc008000000000000) Trunc=-3(0xc008000000000000) 
//   Round=-4(0xc010000000000000) RoundToEven=-4(0xc010000000000000) Abs=3.7(0x400d99999999999a) Logb=1(0x3ff0000000000000) 
//   Modf.int=-3(0xc008000000000000) Modf.frac=-0.7000000000000002(0xbfe6666666666668) Frexp=-0.925(0xbfed99999999999a) exp=2 Ilogb=1 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-3.6999999999999997(0xc00d999999999999) Nextafter-=-3.7000000000000006(0xc00d99999999999b) Nextafter0=-3.6999999999999997(0xc00d999999999999) 
//   f32=-3.700000047683716(0xc00d9999a0000000) Float32bits=0xc06ccccd Nextafter32=-3.6999998092651367(0xc00d999980000000) 
// x=1.0000000000000005e+15:
//   Sqrt=3.1622776601683803e+07(0x417e286789a07f32) Floor=1e+15(0x430c6bf526340000) Ceil=1.000000000000001e+15(0x430c6bf526340008) Trunc=1e+15(0x430c6bf526340000) 
//   Round=1.000000000000001e+15(0x430c6bf526340008) RoundToEven=1e+15(0x430c6bf526340000) Abs=1.0000000000000005e+15(0x430c6bf526340004) Logb=49(0x4048800000000000) 
//   Modf.int=1e+15(0x430c6bf526340000) Modf.frac=0.5(0x3fe0000000000000) Frexp=0.8881784197001257(0x3fec6bf526340004) exp=50 Ilogb=49 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=1.0000000000000006e+15(0x430c6bf526340005) Nextafter-=1.0000000000000004e+15(0x430c6bf526340003) Nextafter0=1.0000000000000004e+15(0x430c6bf526340003) 
//   f32=9.99999986991104e+14(0x430c6bf520000000) Float32bits=0x58635fa9 Nextafter32=9.9999991988224e+14(0x430c6bf500000000) 
// x=4.5035996273704955e+15:
//   Sqrt=6.710886399999999e+07(0x418fffffffffffff) Floor=4.503599627370495e+15(0x432ffffffffffffe) Ceil=4.503599627370496e+15(0x4330000000000000) Trunc=4.503599627370495e+15(0x432ffffffffffffe) 
//   Round=4.503599627370496e+15(0x4330000000000000) RoundToEven=4.503599627370496e+15(0x4330000000000000) Abs=4.5035996273704955e+15(0x432fffffffffffff) Logb=51(0x4049800000000000) 
//   Modf.int=4.503599627370495e+15(0x432ffffffffffffe) Modf.frac=0.5(0x3fe0000000000000) Frexp=0.9999999999999999(0x3fefffffffffffff) exp=52 Ilogb=51 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=4.503599627370496e+15(0x4330000000000000) Nextafter-=4.503599627370495e+15(0x432ffffffffffffe) Nextafter0=4.503599627370495e+15(0x432ffffffffffffe) 
//   f32=4.503599627370496e+15(0x4330000000000000) Float32bits=0x59800000 Nextafter32=4.50359935893504e+15(0x432fffffe0000000) 
// x=4.503599627370497e+15:
//   Sqrt=6.7108864e+07(0x4190000000000000) Floor=4.503599627370497e+15(0x4330000000000001) Ceil=4.503599627370497e+15(0x4330000000000001) Trunc=4.503599627370497e+15(0x4330000000000001) 
//   Round=4.503599627370497e+15(0x4330000000000001) RoundToEven=4.503599627370497e+15(0x4330000000000001) Abs=4.503599627370497e+15(0x4330000000000001) Logb=52(0x404a000000000000) 
//   Modf.int=4.503599627370497e+15(0x4330000000000001) Modf.frac=0(0x0) Frexp=0.5000000000000001(0x3fe0000000000001) exp=53 Ilogb=52 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=4.503599627370498e+15(0x4330000000000002) Nextafter-=4.503599627370496e+15(0x4330000000000000) Nextafter0=4.503599627370496e+15(0x4330000000000000) 
//   f32=4.503599627370496e+15(0x4330000000000000) Float32bits=0x59800000 Nextafter32=4.50359935893504e+15(0x432fffffe0000000) 
// x=1e+300:
//   Sqrt=1e+150(0x5f138d352e5096af) Floor=1e+300(0x7e37e43c8800759c) Ceil=1e+300(0x7e37e43c8800759c) Trunc=1e+300(0x7e37e43c8800759c) 
//   Round=1e+300(0x7e37e43c8800759c) RoundToEven=1e+300(0x7e37e43c8800759c) Abs=1e+300(0x7e37e43c8800759c) Logb=996(0x408f200000000000) 
//   Modf.int=1e+300(0x7e37e43c8800759c) Modf.frac=0(0x0) Frexp=0.7466108948025751(0x3fe7e43c8800759c) exp=997 Ilogb=996 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=1.0000000000000002e+300(0x7e37e43c8800759d) Nextafter-=9.999999999999999e+299(0x7e37e43c8800759b) Nextafter0=9.999999999999999e+299(0x7e37e43c8800759b) 
//   f32=+Inf(0x7ff0000000000000) Float32bits=0x7f800000 Nextafter32=3.4028234663852886e+38(0x47efffffe0000000) 
// x=-1e+300:
//   Sqrt=NaN(0xfff8000000000000) Floor=-1e+300(0xfe37e43c8800759c) Ceil=-1e+300(0xfe37e43c8800759c) Trunc=-1e+300(0xfe37e43c8800759c) 
//   Round=-1e+300(0xfe37e43c8800759c) RoundToEven=-1e+300(0xfe37e43c8800759c) Abs=1e+300(0x7e37e43c8800759c) Logb=996(0x408f200000000000) 
//   Modf.int=-1e+300(0xfe37e43c8800759c) Modf.frac=-0(0x8000000000000000) Frexp=-0.7466108948025751(0xbfe7e43c8800759c) exp=997 Ilogb=996 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-9.999999999999999e+299(0xfe37e43c8800759b) Nextafter-=-1.0000000000000002e+300(0xfe37e43c8800759d) Nextafter0=-9.999999999999999e+299(0xfe37e43c8800759b) 
//   f32=-Inf(0xfff0000000000000) Float32bits=0xff800000 Nextafter32=-3.4028234663852886e+38(0xc7efffffe0000000) 
// x=5e-324:
//   Sqrt=2.2227587494850775e-162(0x1e60000000000000) Floor=0(0x0) Ceil=1(0x3ff0000000000000) Trunc=0(0x0) 
//   Round=0(0x0) RoundToEven=0(0x0) Abs=5e-324(0x1) Logb=-1074(0xc090c80000000000) 
//   Modf.int=0(0x0) Modf.frac=5e-324(0x1) Frexp=0.5(0x3fe0000000000000) exp=-1073 Ilogb=-1074 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=1e-323(0x2) Nextafter-=0(0x0) Nextafter0=0(0x0) 
//   f32=0(0x0) Float32bits=0x0 Nextafter32=1.401298464324817e-45(0x36a0000000000000) 
// x=-5e-324:
//   Sqrt=NaN(0xfff8000000000000) Floor=-1(0xbff0000000000000) Ceil=-0(0x8000000000000000) Trunc=-0(0x8000000000000000) 
//   Round=-0(0x8000000000000000) RoundToEven=-0(0x8000000000000000) Abs=5e-324(0x1) Logb=-1074(0xc090c80000000000) 
//   Modf.int=-0(0x8000000000000000) Modf.frac=-5e-324(0x8000000000000001) Frexp=-0.5(0xbfe0000000000000) exp=-1073 Ilogb=-1074 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-0(0x8000000000000000) Nextafter-=-1e-323(0x8000000000000002) Nextafter0=-0(0x8000000000000000) 
//   f32=-0(0x8000000000000000) Float32bits=0x80000000 Nextafter32=1.401298464324817e-45(0x36a0000000000000) 
// x=2.2250738585072014e-308:
//   Sqrt=1.4916681462400413e-154(0x2000000000000000) Floor=0(0x0) Ceil=1(0x3ff0000000000000) Trunc=0(0x0) 
//   Round=0(0x0) RoundToEven=0(0x0) Abs=2.2250738585072014e-308(0x10000000000000) Logb=-1022(0xc08ff00000000000) 
//   Modf.int=0(0x0) Modf.frac=2.2250738585072014e-308(0x10000000000000) Frexp=0.5(0x3fe0000000000000) exp=-1021 Ilogb=-1022 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=2.225073858507202e-308(0x10000000000001) Nextafter-=2.225073858507201e-308(0xfffffffffffff) Nextafter0=2.225073858507201e-308(0xfffffffffffff) 
//   f32=0(0x0) Float32bits=0x0 Nextafter32=1.401298464324817e-45(0x36a0000000000000) 
// x=1.5e-310:
//   Sqrt=1.2247448713915972e-155(0x1fc504e1663053e5) Floor=0(0x0) Ceil=1(0x3ff0000000000000) Trunc=0(0x0) 
//   Round=0(0x0) RoundToEven=0(0x0) Abs=1.5e-310(0x1b9cd1295941) Logb=-1030(0xc090180000000000) 
//   Modf.int=0(0x0) Modf.frac=1.5e-310(0x1b9cd1295941) Frexp=0.8628927047339232(0x3feb9cd129594100) exp=-1029 Ilogb=-1030 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=1.50000000000007e-310(0x1b9cd1295942) Nextafter-=1.49999999999997e-310(0x1b9cd1295940) Nextafter0=1.49999999999997e-310(0x1b9cd1295940) 
//   f32=0(0x0) Float32bits=0x0 Nextafter32=1.401298464324817e-45(0x36a0000000000000) 
// x=1.7976931348623157e+308:
//   Sqrt=1.3407807929942596e+154(0x5fefffffffffffff) Floor=1.7976931348623157e+308(0x7fefffffffffffff) Ceil=1.7976931348623157e+308(0x7fefffffffffffff) Trunc=1.7976931348623157e+308(0x7fefffffffffffff) 
//   Round=1.7976931348623157e+308(0x7fefffffffffffff) RoundToEven=1.7976931348623157e+308(0x7fefffffffffffff) Abs=1.7976931348623157e+308(0x7fefffffffffffff) Logb=1023(0x408ff80000000000) 
//   Modf.int=1.7976931348623157e+308(0x7fefffffffffffff) Modf.frac=0(0x0) Frexp=0.9999999999999999(0x3fefffffffffffff) exp=1024 Ilogb=1023 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=+Inf(0x7ff0000000000000) Nextafter-=1.7976931348623155e+308(0x7feffffffffffffe) Nextafter0=1.7976931348623155e+308(0x7feffffffffffffe) 
//   f32=+Inf(0x7ff0000000000000) Float32bits=0x7f800000 Nextafter32=3.4028234663852886e+38(0x47efffffe0000000) 
// x=-1.7976931348623157e+308:
//   Sqrt=NaN(0xfff8000000000000) Floor=-1.7976931348623157e+308(0xffefffffffffffff) Ceil=-1.7976931348623157e+308(0xffefffffffffffff) Trunc=-1.7976931348623157e+308(0xffefffffffffffff) 
//   Round=-1.7976931348623157e+308(0xffefffffffffffff) RoundToEven=-1.7976931348623157e+308(0xffefffffffffffff) Abs=1.7976931348623157e+308(0x7fefffffffffffff) Logb=1023(0x408ff80000000000) 
//   Modf.int=-1.7976931348623157e+308(0xffefffffffffffff) Modf.frac=-0(0x8000000000000000) Frexp=-0.9999999999999999(0xbfefffffffffffff) exp=1024 Ilogb=1023 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-1.7976931348623155e+308(0xffeffffffffffffe) Nextafter-=-Inf(0xfff0000000000000) Nextafter0=-1.7976931348623155e+308(0xffeffffffffffffe) 
//   f32=-Inf(0xfff0000000000000) Float32bits=0xff800000 Nextafter32=-3.4028234663852886e+38(0xc7efffffe0000000) 
// x=+Inf:
//   Sqrt=+Inf(0x7ff0000000000000) Floor=+Inf(0x7ff0000000000000) Ceil=+Inf(0x7ff0000000000000) Trunc=+Inf(0x7ff0000000000000) 
//   Round=+Inf(0x7ff0000000000000) RoundToEven=+Inf(0x7ff0000000000000) Abs=+Inf(0x7ff0000000000000) Logb=+Inf(0x7ff0000000000000) 
//   Modf.int=+Inf(0x7ff0000000000000) Modf.frac=NaN(0x7ff8000000000000) Frexp=+Inf(0x7ff0000000000000) exp=0 Ilogb=2147483647 Signbit=false
//   IsInf=true true false IsNaN=false Nextafter+=+Inf(0x7ff0000000000000) Nextafter-=1.7976931348623157e+308(0x7fefffffffffffff) Nextafter0=1.7976931348623157e+308(0x7fefffffffffffff) 
//   f32=+Inf(0x7ff0000000000000) Float32bits=0x7f800000 Nextafter32=3.4028234663852886e+38(0x47efffffe0000000) 
// x=-Inf:
//   Sqrt=NaN(0xfff8000000000000) Floor=-Inf(0xfff0000000000000) Ceil=-Inf(0xfff0000000000000) Trunc=-Inf(0xfff0000000000000) 
//   Round=-Inf(0xfff0000000000000) RoundToEven=-Inf(0xfff0000000000000) Abs=+Inf(0x7ff0000000000000) Logb=+Inf(0x7ff0000000000000) 
//   Modf.int=-Inf(0xfff0000000000000) Modf.frac=NaN(0xfff8000000000000) Frexp=-Inf(0xfff0000000000000) exp=0 Ilogb=2147483647 Signbit=true
//   IsInf=true false true IsNaN=false Nextafter+=-1.7976931348623157e+308(0xffefffffffffffff) Nextafter-=-Inf(0xfff0000000000000) Nextafter0=-1.7976931348623157e+308(0xffefffffffffffff) 
//   f32=-Inf(0xfff0000000000000) Float32bits=0xff800000 Nextafter32=-3.4028234663852886e+38(0xc7efffffe0000000) 
// x=NaN:
//   Sqrt=NaN(0x7ff8000000000001) Floor=NaN(0x7ff8000000000001) Ceil=NaN(0x7ff8000000000001) Trunc=NaN(0x7ff8000000000001) 
//   Round=NaN(0x7ff8000000000001) RoundToEven=NaN(0x7ff8000000000001) Abs=NaN(0x7ff8000000000001) Logb=NaN(0x7ff8000000000001) 
//   Modf.int=NaN(0x7ff8000000000001) Modf.frac=NaN(0x7ff8000000000001) Frexp=NaN(0x7ff8000000000001) exp=0 Ilogb=2147483647 Signbit=false
//   IsInf=false false false IsNaN=true Nextafter+=NaN(0x7ff8000000000001) Nextafter-=NaN(0x7ff8000000000001) Nextafter0=NaN(0x7ff8000000000001) 
//   f32=NaN(0x7ff8000000000000) Float32bits=0x7fc00000 Nextafter32=NaN(0x7ff8000000000000) 
// x=3.141592653589793:
//   Sqrt=1.7724538509055159(0x3ffc5bf891b4ef6a) Floor=3(0x4008000000000000) Ceil=4(0x4010000000000000) Trunc=3(0x4008000000000000) 
//   Round=3(0x4008000000000000) RoundToEven=3(0x4008000000000000) Abs=3.141592653589793(0x400921fb54442d18) Logb=1(0x3ff0000000000000) 
//   Modf.int=3(0x4008000000000000) Modf.frac=0.14159265358979312(0x3fc21fb54442d180) Frexp=0.7853981633974483(0x3fe921fb54442d18) exp=2 Ilogb=1 Signbit=false
//   IsInf=false false false IsNaN=false Nextafter+=3.1415926535897936(0x400921fb54442d19) Nextafter-=3.1415926535897927(0x400921fb54442d17) Nextafter0=3.1415926535897927(0x400921fb54442d17) 
//   f32=3.1415927410125732(0x400921fb60000000) Float32bits=0x40490fdb Nextafter32=3.141592502593994(0x400921fb40000000) 
// x=-2.718281828459045:
//   Sqrt=NaN(0xfff8000000000000) Floor=-3(0xc008000000000000) Ceil=-2(0xc000000000000000) Trunc=-2(0xc000000000000000) 
//   Round=-3(0xc008000000000000) RoundToEven=-3(0xc008000000000000) Abs=2.718281828459045(0x4005bf0a8b145769) Logb=1(0x3ff0000000000000) 
//   Modf.int=-2(0xc000000000000000) Modf.frac=-0.7182818284590451(0xbfe6fc2a2c515da4) Frexp=-0.6795704571147613(0xbfe5bf0a8b145769) exp=2 Ilogb=1 Signbit=true
//   IsInf=false false false IsNaN=false Nextafter+=-2.7182818284590446(0xc005bf0a8b145768) Nextafter-=-2.7182818284590455(0xc005bf0a8b14576a) Nextafter0=-2.7182818284590446(0xc005bf0a8b145768) 
//   f32=-2.7182817459106445(0xc005bf0a80000000) Float32bits=0xc02df854 Nextafter32=-2.7182815074920654(0xc005bf0a60000000) 
// -- two operands
// 0,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0(0x0) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0(0x0) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=-0(0x8000000000000000) 
// 0,1: Mod=0(0x0) Rem=0(0x0) Max=1(0x3ff0000000000000) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,-1: Mod=0(0x0) Rem=0(0x0) Max=0(0x0) Min=-1(0xbff0000000000000) Dim=1(0x3ff0000000000000) Copysign=-0(0x8000000000000000) 
// 0,2: Mod=0(0x0) Rem=0(0x0) Max=2(0x4000000000000000) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,-3: Mod=0(0x0) Rem=0(0x0) Max=0(0x0) Min=-3(0xc008000000000000) Dim=3(0x4008000000000000) Copysign=-0(0x8000000000000000) 
// 0,0.75: Mod=0(0x0) Rem=0(0x0) Max=0.75(0x3fe8000000000000) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,5.5: Mod=0(0x0) Rem=0(0x0) Max=5.5(0x4016000000000000) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,-7.25: Mod=0(0x0) Rem=0(0x0) Max=0(0x0) Min=-7.25(0xc01d000000000000) Dim=7.25(0x401d000000000000) Copysign=-0(0x8000000000000000) 
// 0,1e+300: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,1e-300: Mod=0(0x0) Rem=0(0x0) Max=1e-300(0x1a56e1fc2f8f359) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,5e-324: Mod=0(0x0) Rem=0(0x0) Max=5e-324(0x1) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,+Inf: Mod=0(0x0) Rem=0(0x0) Max=+Inf(0x7ff0000000000000) Min=0(0x0) Dim=0(0x0) Copysign=0(0x0) 
// 0,-Inf: Mod=0(0x0) Rem=0(0x0) Max=0(0x0) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-0(0x8000000000000000) 
// 0,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=0(0x0) 
// -0,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0(0x0) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-0(0x8000000000000000) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=-0(0x8000000000000000) 
// -0,1: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=1(0x3ff0000000000000) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,-1: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-0(0x8000000000000000) Min=-1(0xbff0000000000000) Dim=1(0x3ff0000000000000) Copysign=-0(0x8000000000000000) 
// -0,2: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=2(0x4000000000000000) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,-3: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-0(0x8000000000000000) Min=-3(0xc008000000000000) Dim=3(0x4008000000000000) Copysign=-0(0x8000000000000000) 
// -0,0.75: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=0.75(0x3fe8000000000000) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,5.5: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=5.5(0x4016000000000000) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,-7.25: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-0(0x8000000000000000) Min=-7.25(0xc01d000000000000) Dim=7.25(0x401d000000000000) Copysign=-0(0x8000000000000000) 
// -0,1e+300: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=1e+300(0x7e37e43c8800759c) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,1e-300: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=1e-300(0x1a56e1fc2f8f359) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,5e-324: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=5e-324(0x1) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,+Inf: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=+Inf(0x7ff0000000000000) Min=-0(0x8000000000000000) Dim=0(0x0) Copysign=0(0x0) 
// -0,-Inf: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-0(0x8000000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-0(0x8000000000000000) 
// -0,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=0(0x0) 
// 1,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1(0x3ff0000000000000) Min=0(0x0) Dim=1(0x3ff0000000000000) Copysign=1(0x3ff0000000000000) 
// 1,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1(0x3ff0000000000000) Min=-0(0x8000000000000000) Dim=1(0x3ff0000000000000) Copysign=-1(0xbff0000000000000) 
// 1,1: Mod=0(0x0) Rem=0(0x0) Max=1(0x3ff0000000000000) Min=1(0x3ff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// 1,-1: Mod=0(0x0) Rem=0(0x0) Max=1(0x3ff0000000000000) Min=-1(0xbff0000000000000) Dim=2(0x4000000000000000) Copysign=-1(0xbff0000000000000) 
// 1,2: Mod=1(0x3ff0000000000000) Rem=1(0x3ff0000000000000) Max=2(0x4000000000000000) Min=1(0x3ff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// 1,-3: Mod=1(0x3ff0000000000000) Rem=1(0x3ff0000000000000) Max=1(0x3ff0000000000000) Min=-3(0xc008000000000000) Dim=4(0x4010000000000000) Copysign=-1(0xbff0000000000000) 
// 1,0.75: Mod=0.25(0x3fd0000000000000) Rem=0.25(0x3fd0000000000000) Max=1(0x3ff0000000000000) Min=0.75(0x3fe8000000000000) Dim=0.25(0x3fd0000000000000) Copysign=1(0x3ff0000000000000) 
// 1,5.5: Mod=1(0x3ff0000000000000) Rem=1(0x3ff0000000000000) Max=5.5(0x4016000000000000) Min=1(0x3ff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// 1,-7.25: Mod=1(0x3ff0000000000000) Rem=1(0x3ff0000000000000) Max=1(0x3ff0000000000000) Min=-7.25(0xc01d000000000000) Dim=8.25(0x4020800000000000) Copysign=-1(0xbff0000000000000) 
// 1,1e+300: Mod=1(0x3ff0000000000000) Rem=1(0x3ff0000000000000) Max=1e+300(0x7e37e43c8800759c) Min=1(0x3ff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// 1,1e-300: Mod=8.963186528039712e-301(0x1a33550b9c24a66) Rem=-1.0368134719602886e-301(0x8171c67849b54798) Max=1(0x3ff0000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=1(0x3ff0000000000000) Copysign=1(0x3ff0000000000000) 
// 1,5e-324: Mod=0(0x0) Rem=0(0x0) Max=1(0x3ff0000000000000) Min=5e-324(0x1) Dim=1(0x3ff0000000000000) Copysign=1(0x3ff0000000000000) 
// 1,+Inf: Mod=1(0x3ff0000000000000) Rem=1(0x3ff0000000000000) Max=+Inf(0x7ff0000000000000) Min=1(0x3ff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// 1,-Inf: Mod=1(0x3ff0000000000000) Rem=1(0x3ff0000000000000) Max=1(0x3ff0000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-1(0xbff0000000000000) 
// 1,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=1(0x3ff0000000000000) 
// -1,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0(0x0) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-0(0x8000000000000000) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=-1(0xbff0000000000000) 
// -1,1: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=1(0x3ff0000000000000) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,-1: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-1(0xbff0000000000000) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=-1(0xbff0000000000000) 
// -1,2: Mod=-1(0xbff0000000000000) Rem=-1(0xbff0000000000000) Max=2(0x4000000000000000) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,-3: Mod=-1(0xbff0000000000000) Rem=-1(0xbff0000000000000) Max=-1(0xbff0000000000000) Min=-3(0xc008000000000000) Dim=2(0x4000000000000000) Copysign=-1(0xbff0000000000000) 
// -1,0.75: Mod=-0.25(0xbfd0000000000000) Rem=-0.25(0xbfd0000000000000) Max=0.75(0x3fe8000000000000) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,5.5: Mod=-1(0xbff0000000000000) Rem=-1(0xbff0000000000000) Max=5.5(0x4016000000000000) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,-7.25: Mod=-1(0xbff0000000000000) Rem=-1(0xbff0000000000000) Max=-1(0xbff0000000000000) Min=-7.25(0xc01d000000000000) Dim=6.25(0x4019000000000000) Copysign=-1(0xbff0000000000000) 
// -1,1e+300: Mod=-1(0xbff0000000000000) Rem=-1(0xbff0000000000000) Max=1e+300(0x7e37e43c8800759c) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,1e-300: Mod=-8.963186528039712e-301(0x81a33550b9c24a66) Rem=1.0368134719602886e-301(0x171c67849b54798) Max=1e-300(0x1a56e1fc2f8f359) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,5e-324: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=5e-324(0x1) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,+Inf: Mod=-1(0xbff0000000000000) Rem=-1(0xbff0000000000000) Max=+Inf(0x7ff0000000000000) Min=-1(0xbff0000000000000) Dim=0(0x0) Copysign=1(0x3ff0000000000000) 
// -1,-Inf: Mod=-1(0xbff0000000000000) Rem=-1(0xbff0000000000000) Max=-1(0xbff0000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-1(0xbff0000000000000) 
// -1,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=1(0x3ff0000000000000) 
// 2,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=2(0x4000000000000000) Min=0(0x0) Dim=2(0x4000000000000000) Copysign=2(0x4000000000000000) 
// 2,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=2(0x4000000000000000) Min=-0(0x8000000000000000) Dim=2(0x4000000000000000) Copysign=-2(0xc000000000000000) 
// 2,1: Mod=0(0x0) Rem=0(0x0) Max=2(0x4000000000000000) Min=1(0x3ff0000000000000) Dim=1(0x3ff0000000000000) Copysign=2(0x4000000000000000) 
// 2,-1: Mod=0(0x0) Rem=0(0x0) Max=2(0x4000000000000000) Min=-1(0xbff0000000000000) Dim=3(0x4008000000000000) Copysign=-2(0xc000000000000000) 
// 2,2: Mod=0(0x0) Rem=0(0x0) Max=2(0x4000000000000000) Min=2(0x4000000000000000) Dim=0(0x0) Copysign=2(0x4000000000000000) 
// 2,-3: Mod=2(0x4000000000000000) Rem=-1(0xbff0000000000000) Max=2(0x4000000000000000) Min=-3(0xc008000000000000) Dim=5(0x4014000000000000) Copysign=-2(0xc000000000000000) 
// 2,0.75: Mod=0.5(0x3fe0000000000000) Rem=-0.25(0xbfd0000000000000) Max=2(0x4000000000000000) Min=0.75(0x3fe8000000000000) Dim=1.25(0x3ff4000000000000) Copysign=2(0x4000000000000000) 
// 2,5.5: Mod=2(0x4000000000000000) Rem=2(0x4000000000000000) Max=5.5(0x4016000000000000) Min=2(0x4000000000000000) Dim=0(0x0) Copysign=2(0x4000000000000000) 
// 2,-7.25: Mod=2(0x4000000000000000) Rem=2(0x4000000000000000) Max=2(0x4000000000000000) Min=-7.25(0xc01d000000000000) Dim=9.25(0x4022800000000000) Copysign=-2(0xc000000000000000) 
// 2,1e+300: Mod=2(0x4000000000000000) Rem=2(0x4000000000000000) Max=1e+300(0x7e37e43c8800759c) Min=2(0x4000000000000000) Dim=0(0x0) Copysign=2(0x4000000000000000) 
// 2,1e-300: Mod=7.926373056079423e-301(0x1a0fc81b08ba173) Rem=-2.073626943920577e-301(0x8181c67849b54798) Max=2(0x4000000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=2(0x4000000000000000) Copysign=2(0x4000000000000000) 
// 2,5e-324: Mod=0(0x0) Rem=0(0x0) Max=2(0x4000000000000000) Min=5e-324(0x1) Dim=2(0x4000000000000000) Copysign=2(0x4000000000000000) 
// 2,+Inf: Mod=2(0x4000000000000000) Rem=2(0x4000000000000000) Max=+Inf(0x7ff0000000000000) Min=2(0x4000000000000000) Dim=0(0x0) Copysign=2(0x4000000000000000) 
// 2,-Inf: Mod=2(0x4000000000000000) Rem=2(0x4000000000000000) Max=2(0x4000000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-2(0xc000000000000000) 
// 2,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=2(0x4000000000000000) 
// -3,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0(0x0) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-0(0x8000000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=-3(0xc008000000000000) 
// -3,1: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=1(0x3ff0000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,-1: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-1(0xbff0000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=-3(0xc008000000000000) 
// -3,2: Mod=-1(0xbff0000000000000) Rem=1(0x3ff0000000000000) Max=2(0x4000000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,-3: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-3(0xc008000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=-3(0xc008000000000000) 
// -3,0.75: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=0.75(0x3fe8000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,5.5: Mod=-3(0xc008000000000000) Rem=2.5(0x4004000000000000) Max=5.5(0x4016000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,-7.25: Mod=-3(0xc008000000000000) Rem=-3(0xc008000000000000) Max=-3(0xc008000000000000) Min=-7.25(0xc01d000000000000) Dim=4.25(0x4011000000000000) Copysign=-3(0xc008000000000000) 
// -3,1e+300: Mod=-3(0xc008000000000000) Rem=-3(0xc008000000000000) Max=1e+300(0x7e37e43c8800759c) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,1e-300: Mod=-6.8895595841191346e-301(0x819d87654ea9f100) Rem=3.1104404158808657e-301(0x18aa9b46e8feb64) Max=1e-300(0x1a56e1fc2f8f359) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,5e-324: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=5e-324(0x1) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,+Inf: Mod=-3(0xc008000000000000) Rem=-3(0xc008000000000000) Max=+Inf(0x7ff0000000000000) Min=-3(0xc008000000000000) Dim=0(0x0) Copysign=3(0x4008000000000000) 
// -3,-Inf: Mod=-3(0xc008000000000000) Rem=-3(0xc008000000000000) Max=-3(0xc008000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-3(0xc008000000000000) 
// -3,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=3(0x4008000000000000) 
// 0.75,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0.75(0x3fe8000000000000) Min=0(0x0) Dim=0.75(0x3fe8000000000000) Copysign=0.75(0x3fe8000000000000) 
// 0.75,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0.75(0x3fe8000000000000) Min=-0(0x8000000000000000) Dim=0.75(0x3fe8000000000000) Copysign=-0.75(0xbfe8000000000000) 
// 0.75,1: Mod=0.75(0x3fe8000000000000) Rem=-0.25(0xbfd0000000000000) Max=1(0x3ff0000000000000) Min=0.75(0x3fe8000000000000) Dim=0(0x0) Copysign=0.75(0x3fe8000000000000) 
// 0.75,-1: Mod=0.75(0x3fe8000000000000) Rem=-0.25(0xbfd0000000000000) Max=0.75(0x3fe8000000000000) Min=-1(0xbff0000000000000) Dim=1.75(0x3ffc000000000000) Copysign=-0.75(0xbfe8000000000000) 
// 0.75,2: Mod=0.75(0x3fe8000000000000) Rem=0.75(0x3fe8000000000000) Max=2(0x4000000000000000) Min=0.75(0x3fe8000000000000) Dim=0(0x0) Copysign=0.75(0x3fe8000000000000) 
// 0.75,-3: Mod=0.75(0x3fe8000000000000) Rem=0.75(0x3fe8000000000000) Max=0.75(0x3fe8000000000000) Min=-3(0xc008000000000000) Dim=3.75(0x400e000000000000) Copysign=-0.75(0xbfe8000000000000) 
// 0.75,0.75: Mod=0(0x0) Rem=0(0x0) Max=0.75(0x3fe8000000000000) Min=0.75(0x3fe8000000000000) Dim=0(0x0) Copysign=0.75(0x3fe8000000000000) 
// 0.75,5.5: Mod=0.75(0x3fe8000000000000) Rem=0.75(0x3fe8000000000000) Max=5.5(0x4016000000000000) Min=0.75(0x3fe8000000000000) Dim=0(0x0) Copysign=0.75(0x3fe8000000000000) 
// 0.75,-7.25: Mod=0.75(0x3fe8000000000000) Rem=0.75(0x3fe8000000000000) Max=0.75(0x3fe8000000000000) Min=-7.25(0xc01d000000000000) Dim=8(0x4020000000000000) Copysign=-0.75(0xbfe8000000000000) 
// 0.75,1e+300: Mod=0.75(0x3fe8000000000000) Rem=0.75(0x3fe8000000000000) Max=1e+300(0x7e37e43c8800759c) Min=0.75(0x3fe8000000000000) Dim=0(0x0) Copysign=0.75(0x3fe8000000000000) 
// 0.75,1e-300: Mod=1.7223898960297836e-301(0x17d87654ea9f100) Rem=1.7223898960297836e-301(0x17d87654ea9f100) Max=0.75(0x3fe8000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=0.75(0x3fe8000000000000) Copysign=0.75(0x3fe8000000000000) 
// 0.75,5e-324: Mod=0(0x0) Rem=0(0x0) Max=0.75(0x3fe8000000000000) Min=5e-324(0x1) Dim=0.75(0x3fe8000000000000) Copysign=0.75(0x3fe8000000000000) 
// 0.75,+Inf: Mod=0.75(0x3fe8000000000000) Rem=0.75(0x3fe8000000000000) Max=+Inf(0x7ff0000000000000) Min=0.75(0x3fe8000000000000) Dim=0(0x0) Copysign=0.75(0x3fe8000000000000) 
// 0.75,-Inf: Mod=0.75(0x3fe8000000000000) Rem=0.75(0x3fe8000000000000) Max=0.75(0x3fe8000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-0.75(0xbfe8000000000000) 
// 0.75,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=0.75(0x3fe8000000000000) 
// 5.5,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=5.5(0x4016000000000000) Min=0(0x0) Dim=5.5(0x4016000000000000) Copysign=5.5(0x4016000000000000) 
// 5.5,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=5.5(0x4016000000000000) Min=-0(0x8000000000000000) Dim=5.5(0x4016000000000000) Copysign=-5.5(0xc016000000000000) 
// 5.5,1: Mod=0.5(0x3fe0000000000000) Rem=-0.5(0xbfe0000000000000) Max=5.5(0x4016000000000000) Min=1(0x3ff0000000000000) Dim=4.5(0x4012000000000000) Copysign=5.5(0x4016000000000000) 
// 5.5,-1: Mod=0.5(0x3fe0000000000000) Rem=-0.5(0xbfe0000000000000) Max=5.5(0x4016000000000000) Min=-1(0xbff0000000000000) Dim=6.5(0x401a000000000000) Copysign=-5.5(0xc016000000000000) 
// 5.5,2: Mod=1.5(0x3ff8000000000000) Rem=-0.5(0xbfe0000000000000) Max=5.5(0x4016000000000000) Min=2(0x4000000000000000) Dim=3.5(0x400c000000000000) Copysign=5.5(0x4016000000000000) 
// 5.5,-3: Mod=2.5(0x4004000000000000) Rem=-0.5(0xbfe0000000000000) Max=5.5(0x4016000000000000) Min=-3(0xc008000000000000) Dim=8.5(0x4021000000000000) Copysign=-5.5(0xc016000000000000) 
// 5.5,0.75: Mod=0.25(0x3fd0000000000000) Rem=0.25(0x3fd0000000000000) Max=5.5(0x4016000000000000) Min=0.75(0x3fe8000000000000) Dim=4.75(0x4013000000000000) Copysign=5.5(0x4016000000000000) 
// 5.5,5.5: Mod=0(0x0) Rem=0(0x0) Max=5.5(0x4016000000000000) Min=5.5(0x4016000000000000) Dim=0(0x0) Copysign=5.5(0x4016000000000000) 
// 5.5,-7.25: Mod=5.5(0x4016000000000000) Rem=-1.75(0xbffc000000000000) Max=5.5(0x4016000000000000) Min=-7.25(0xc01d000000000000) Dim=12.75(0x4029800000000000) Copysign=-5.5(0xc016000000000000) 
// 5.5,1e+300: Mod=5.5(0x4016000000000000) Rem=5.5(0x4016000000000000) Max=1e+300(0x7e37e43c8800759c) Min=5.5(0x4016000000000000) Dim=0(0x0) Copysign=5.5(0x4016000000000000) 
// 5.5,1e-300: Mod=9.297525904218413e-301(0x1a3ecbcf1c8cbcd) Rem=-7.02474095781587e-302(0x8168162d130278c0) Max=5.5(0x4016000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=5.5(0x4016000000000000) Copysign=5.5(0x4016000000000000) 
// 5.5,5e-324: Mod=0(0x0) Rem=0(0x0) Max=5.5(0x4016000000000000) Min=5e-324(0x1) Dim=5.5(0x4016000000000000) Copysign=5.5(0x4016000000000000) 
// 5.5,+Inf: Mod=5.5(0x4016000000000000) Rem=5.5(0x4016000000000000) Max=+Inf(0x7ff0000000000000) Min=5.5(0x4016000000000000) Dim=0(0x0) Copysign=5.5(0x4016000000000000) 
// 5.5,-Inf: Mod=5.5(0x4016000000000000) Rem=5.5(0x4016000000000000) Max=5.5(0x4016000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-5.5(0xc016000000000000) 
// 5.5,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=5.5(0x4016000000000000) 
// -7.25,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0(0x0) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-0(0x8000000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=-7.25(0xc01d000000000000) 
// -7.25,1: Mod=-0.25(0xbfd0000000000000) Rem=-0.25(0xbfd0000000000000) Max=1(0x3ff0000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,-1: Mod=-0.25(0xbfd0000000000000) Rem=-0.25(0xbfd0000000000000) Max=-1(0xbff0000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=-7.25(0xc01d000000000000) 
// -7.25,2: Mod=-1.25(0xbff4000000000000) Rem=0.75(0x3fe8000000000000) Max=2(0x4000000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,-3: Mod=-1.25(0xbff4000000000000) Rem=-1.25(0xbff4000000000000) Max=-3(0xc008000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=-7.25(0xc01d000000000000) 
// -7.25,0.75: Mod=-0.5(0xbfe0000000000000) Rem=0.25(0x3fd0000000000000) Max=0.75(0x3fe8000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,5.5: Mod=-1.75(0xbffc000000000000) Rem=-1.75(0xbffc000000000000) Max=5.5(0x4016000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,-7.25: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=-7.25(0xc01d000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=-7.25(0xc01d000000000000) 
// -7.25,1e+300: Mod=-7.25(0xc01d000000000000) Rem=-7.25(0xc01d000000000000) Max=1e+300(0x7e37e43c8800759c) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,1e-300: Mod=-9.983102328287908e-301(0x81a564da926760fa) Rem=1.689767171209191e-303(0x1128a612324be00) Max=1e-300(0x1a56e1fc2f8f359) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,5e-324: Mod=-0(0x8000000000000000) Rem=-0(0x8000000000000000) Max=5e-324(0x1) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,+Inf: Mod=-7.25(0xc01d000000000000) Rem=-7.25(0xc01d000000000000) Max=+Inf(0x7ff0000000000000) Min=-7.25(0xc01d000000000000) Dim=0(0x0) Copysign=7.25(0x401d000000000000) 
// -7.25,-Inf: Mod=-7.25(0xc01d000000000000) Rem=-7.25(0xc01d000000000000) Max=-7.25(0xc01d000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-7.25(0xc01d000000000000) 
// -7.25,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=7.25(0x401d000000000000) 
// 1e+300,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1e+300(0x7e37e43c8800759c) Min=0(0x0) Dim=1e+300(0x7e37e43c8800759c) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1e+300(0x7e37e43c8800759c) Min=-0(0x8000000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=-1e+300(0xfe37e43c8800759c) 
// 1e+300,1: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=1(0x3ff0000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,-1: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=-1(0xbff0000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=-1e+300(0xfe37e43c8800759c) 
// 1e+300,2: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=2(0x4000000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,-3: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=-3(0xc008000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=-1e+300(0xfe37e43c8800759c) 
// 1e+300,0.75: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=0.75(0x3fe8000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,5.5: Mod=1.5(0x3ff8000000000000) Rem=1.5(0x3ff8000000000000) Max=1e+300(0x7e37e43c8800759c) Min=5.5(0x4016000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,-7.25: Mod=6.5(0x401a000000000000) Rem=-0.75(0xbfe8000000000000) Max=1e+300(0x7e37e43c8800759c) Min=-7.25(0xc01d000000000000) Dim=1e+300(0x7e37e43c8800759c) Copysign=-1e+300(0xfe37e43c8800759c) 
// 1e+300,1e+300: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=1e+300(0x7e37e43c8800759c) Dim=0(0x0) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,1e-300: Mod=4.891554850853602e-301(0x194f722a6f79f9c) Rem=4.891554850853602e-301(0x194f722a6f79f9c) Max=1e+300(0x7e37e43c8800759c) Min=1e-300(0x1a56e1fc2f8f359) Dim=1e+300(0x7e37e43c8800759c) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,5e-324: Mod=0(0x0) Rem=0(0x0) Max=1e+300(0x7e37e43c8800759c) Min=5e-324(0x1) Dim=1e+300(0x7e37e43c8800759c) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,+Inf: Mod=1e+300(0x7e37e43c8800759c) Rem=1e+300(0x7e37e43c8800759c) Max=+Inf(0x7ff0000000000000) Min=1e+300(0x7e37e43c8800759c) Dim=0(0x0) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e+300,-Inf: Mod=1e+300(0x7e37e43c8800759c) Rem=1e+300(0x7e37e43c8800759c) Max=1e+300(0x7e37e43c8800759c) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-1e+300(0xfe37e43c8800759c) 
// 1e+300,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=1e+300(0x7e37e43c8800759c) 
// 1e-300,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1e-300(0x1a56e1fc2f8f359) Min=0(0x0) Dim=1e-300(0x1a56e1fc2f8f359) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1e-300(0x1a56e1fc2f8f359) Min=-0(0x8000000000000000) Dim=1e-300(0x1a56e1fc2f8f359) Copysign=-1e-300(0x81a56e1fc2f8f359) 
// 1e-300,1: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=1(0x3ff0000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=0(0x0) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,-1: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=1e-300(0x1a56e1fc2f8f359) Min=-1(0xbff0000000000000) Dim=1(0x3ff0000000000000) Copysign=-1e-300(0x81a56e1fc2f8f359) 
// 1e-300,2: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=2(0x4000000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=0(0x0) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,-3: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=1e-300(0x1a56e1fc2f8f359) Min=-3(0xc008000000000000) Dim=3(0x4008000000000000) Copysign=-1e-300(0x81a56e1fc2f8f359) 
// 1e-300,0.75: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=0.75(0x3fe8000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=0(0x0) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,5.5: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=5.5(0x4016000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=0(0x0) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,-7.25: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=1e-300(0x1a56e1fc2f8f359) Min=-7.25(0xc01d000000000000) Dim=7.25(0x401d000000000000) Copysign=-1e-300(0x81a56e1fc2f8f359) 
// 1e-300,1e+300: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=1e+300(0x7e37e43c8800759c) Min=1e-300(0x1a56e1fc2f8f359) Dim=0(0x0) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,1e-300: Mod=0(0x0) Rem=0(0x0) Max=1e-300(0x1a56e1fc2f8f359) Min=1e-300(0x1a56e1fc2f8f359) Dim=0(0x0) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,5e-324: Mod=0(0x0) Rem=0(0x0) Max=1e-300(0x1a56e1fc2f8f359) Min=5e-324(0x1) Dim=1e-300(0x1a56e1fc2f8f359) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,+Inf: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=+Inf(0x7ff0000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=0(0x0) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 1e-300,-Inf: Mod=1e-300(0x1a56e1fc2f8f359) Rem=1e-300(0x1a56e1fc2f8f359) Max=1e-300(0x1a56e1fc2f8f359) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-1e-300(0x81a56e1fc2f8f359) 
// 1e-300,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=1e-300(0x1a56e1fc2f8f359) 
// 5e-324,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=5e-324(0x1) Min=0(0x0) Dim=5e-324(0x1) Copysign=5e-324(0x1) 
// 5e-324,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=5e-324(0x1) Min=-0(0x8000000000000000) Dim=5e-324(0x1) Copysign=-5e-324(0x8000000000000001) 
// 5e-324,1: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=1(0x3ff0000000000000) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,-1: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=5e-324(0x1) Min=-1(0xbff0000000000000) Dim=1(0x3ff0000000000000) Copysign=-5e-324(0x8000000000000001) 
// 5e-324,2: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=2(0x4000000000000000) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,-3: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=5e-324(0x1) Min=-3(0xc008000000000000) Dim=3(0x4008000000000000) Copysign=-5e-324(0x8000000000000001) 
// 5e-324,0.75: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=0.75(0x3fe8000000000000) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,5.5: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=5.5(0x4016000000000000) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,-7.25: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=5e-324(0x1) Min=-7.25(0xc01d000000000000) Dim=7.25(0x401d000000000000) Copysign=-5e-324(0x8000000000000001) 
// 5e-324,1e+300: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=1e+300(0x7e37e43c8800759c) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,1e-300: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=1e-300(0x1a56e1fc2f8f359) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,5e-324: Mod=0(0x0) Rem=0(0x0) Max=5e-324(0x1) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,+Inf: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=+Inf(0x7ff0000000000000) Min=5e-324(0x1) Dim=0(0x0) Copysign=5e-324(0x1) 
// 5e-324,-Inf: Mod=5e-324(0x1) Rem=5e-324(0x1) Max=5e-324(0x1) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-5e-324(0x8000000000000001) 
// 5e-324,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=5e-324(0x1) 
// +Inf,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=0(0x0) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=-0(0x8000000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-Inf(0xfff0000000000000) 
// +Inf,1: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=1(0x3ff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,-1: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=-1(0xbff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-Inf(0xfff0000000000000) 
// +Inf,2: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=2(0x4000000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,-3: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=-3(0xc008000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-Inf(0xfff0000000000000) 
// +Inf,0.75: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=0.75(0x3fe8000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,5.5: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=5.5(0x4016000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,-7.25: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=-7.25(0xc01d000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-Inf(0xfff0000000000000) 
// +Inf,1e+300: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=1e+300(0x7e37e43c8800759c) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,1e-300: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=1e-300(0x1a56e1fc2f8f359) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,5e-324: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=5e-324(0x1) Dim=+Inf(0x7ff0000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,+Inf: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=+Inf(0x7ff0000000000000) Dim=NaN(0xfff8000000000000) Copysign=+Inf(0x7ff0000000000000) 
// +Inf,-Inf: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=-Inf(0xfff0000000000000) Dim=+Inf(0x7ff0000000000000) Copysign=-Inf(0xfff0000000000000) 
// +Inf,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0(0x0) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-0(0x8000000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=-Inf(0xfff0000000000000) 
// -Inf,1: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1(0x3ff0000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,-1: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-1(0xbff0000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=-Inf(0xfff0000000000000) 
// -Inf,2: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=2(0x4000000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,-3: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-3(0xc008000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=-Inf(0xfff0000000000000) 
// -Inf,0.75: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=0.75(0x3fe8000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,5.5: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=5.5(0x4016000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,-7.25: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-7.25(0xc01d000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=-Inf(0xfff0000000000000) 
// -Inf,1e+300: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1e+300(0x7e37e43c8800759c) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,1e-300: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=1e-300(0x1a56e1fc2f8f359) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,5e-324: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=5e-324(0x1) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,+Inf: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=-Inf(0xfff0000000000000) Dim=0(0x0) Copysign=+Inf(0x7ff0000000000000) 
// -Inf,-Inf: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=-Inf(0xfff0000000000000) Min=-Inf(0xfff0000000000000) Dim=NaN(0xfff8000000000000) Copysign=-Inf(0xfff0000000000000) 
// -Inf,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=-Inf(0xfff0000000000000) Dim=NaN(0x7ff8000000000001) Copysign=+Inf(0x7ff0000000000000) 
// NaN,0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,-0: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0xfff8000000000001) 
// NaN,1: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,-1: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0xfff8000000000001) 
// NaN,2: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,-3: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0xfff8000000000001) 
// NaN,0.75: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,5.5: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,-7.25: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0xfff8000000000001) 
// NaN,1e+300: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,1e-300: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,5e-324: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,+Inf: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=+Inf(0x7ff0000000000000) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// NaN,-Inf: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=-Inf(0xfff0000000000000) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0xfff8000000000001) 
// NaN,NaN: Mod=NaN(0x7ff8000000000001) Rem=NaN(0x7ff8000000000001) Max=NaN(0x7ff8000000000001) Min=NaN(0x7ff8000000000001) Dim=NaN(0x7ff8000000000001) Copysign=NaN(0x7ff8000000000001) 
// -- Remainder and Mod on exact halves
// 5 2 1 1
// 7 2 -1 1
// -5 2 -1 -1
// -7 2 1 -1
// 9 6 -3 3
// 15 6 3 3
// 1e+300 3 0 0
// 1e-320 3e-323 1e-323 1e-323
// 1.7976931348623157e+308 1.5e+308 2.976931348623157e+307 2.976931348623157e+307
// 123.456 0.1 -0.044000000000003786 0.05599999999999622
// -- Ldexp
// Ldexp(1,0)=1(0x3ff0000000000000) Ldexp(1,1)=2(0x4000000000000000) Ldexp(1,-1)=0.5(0x3fe0000000000000) Ldexp(1,1023)=8.98846567431158e+307(0x7fe0000000000000) Ldexp(1,1024)=+Inf(0x7ff0000000000000) Ldexp(1,-1022)=2.2250738585072014e-308(0x10000000000000) Ldexp(1,-1074)=5e-324(0x1) Ldexp(1,-1075)=0(0x0) Ldexp(1,-1076)=0(0x0) Ldexp(1,2000)=+Inf(0x7ff0000000000000) Ldexp(1,-2000)=0(0x0) Ldexp(1,9223372036854775807)=+Inf(0x7ff0000000000000) Ldexp(1,-9223372036854775808)=0(0x0) Ldexp(1,-9223372036854774808)=0(0x0) 
// Ldexp(0.5,0)=0.5(0x3fe0000000000000) Ldexp(0.5,1)=1(0x3ff0000000000000) Ldexp(0.5,-1)=0.25(0x3fd0000000000000) Ldexp(0.5,1023)=4.49423283715579e+307(0x7fd0000000000000) Ldexp(0.5,1024)=8.98846567431158e+307(0x7fe0000000000000) Ldexp(0.5,-1022)=1.1125369292536007e-308(0x8000000000000) Ldexp(0.5,-1074)=0(0x0) Ldexp(0.5,-1075)=0(0x0) Ldexp(0.5,-1076)=0(0x0) Ldexp(0.5,2000)=+Inf(0x7ff0000000000000) Ldexp(0.5,-2000)=0(0x0) Ldexp(0.5,9223372036854775807)=+Inf(0x7ff0000000000000) Ldexp(0.5,-9223372036854775808)=+Inf(0x7ff0000000000000) Ldexp(0.5,-9223372036854774808)=0(0x0) 
// Ldexp(-0.75,0)=-0.75(0xbfe8000000000000) Ldexp(-0.75,1)=-1.5(0xbff8000000000000) Ldexp(-0.75,-1)=-0.375(0xbfd8000000000000) Ldexp(-0.75,1023)=-6.741349255733685e+307(0xffd8000000000000) Ldexp(-0.75,1024)=-1.348269851146737e+308(0xffe8000000000000) Ldexp(-0.75,-1022)=-1.668805393880401e-308(0x800c000000000000) Ldexp(-0.75,-1074)=-5e-324(0x8000000000000001) Ldexp(-0.75,-1075)=-0(0x8000000000000000) Ldexp(-0.75,-1076)=-0(0x8000000000000000) Ldexp(-0.75,2000)=-Inf(0xfff0000000000000) Ldexp(-0.75,-2000)=-0(0x8000000000000000) Ldexp(-0.75,9223372036854775807)=-Inf(0xfff0000000000000) Ldexp(-0.75,-9223372036854775808)=-Inf(0xfff0000000000000) Ldexp(-0.75,-9223372036854774808)=-0(0x8000000000000000) 
// Ldexp(0.9999999999999999,0)=0.9999999999999999(0x3fefffffffffffff) Ldexp(0.9999999999999999,1)=1.9999999999999998(0x3fffffffffffffff) Ldexp(0.9999999999999999,-1)=0.49999999999999994(0x3fdfffffffffffff) Ldexp(0.9999999999999999,1023)=8.988465674311579e+307(0x7fdfffffffffffff) Ldexp(0.9999999999999999,1024)=1.7976931348623157e+308(0x7fefffffffffffff) Ldexp(0.9999999999999999,-1022)=2.2250738585072014e-308(0x10000000000000) Ldexp(0.9999999999999999,-1074)=5e-324(0x1) Ldexp(0.9999999999999999,-1075)=0(0x0) Ldexp(0.9999999999999999,-1076)=0(0x0) Ldexp(0.9999999999999999,2000)=+Inf(0x7ff0000000000000) Ldexp(0.9999999999999999,-2000)=0(0x0) Ldexp(0.9999999999999999,9223372036854775807)=+Inf(0x7ff0000000000000) Ldexp(0.9999999999999999,-9223372036854775808)=+Inf(0x7ff0000000000000) Ldexp(0.9999999999999999,-9223372036854774808)=0(0x0) 
// Ldexp(3,0)=3(0x4008000000000000) Ldexp(3,1)=6(0x4018000000000000) Ldexp(3,-1)=1.5(0x3ff8000000000000) Ldexp(3,1023)=+Inf(0x7ff0000000000000) Ldexp(3,1024)=+Inf(0x7ff0000000000000) Ldexp(3,-1022)=6.675221575521604e-308(0x28000000000000) Ldexp(3,-1074)=1.5e-323(0x3) Ldexp(3,-1075)=1e-323(0x2) Ldexp(3,-1076)=5e-324(0x1) Ldexp(3,2000)=+Inf(0x7ff0000000000000) Ldexp(3,-2000)=0(0x0) Ldexp(3,9223372036854775807)=0(0x0) Ldexp(3,-9223372036854775808)=0(0x0) Ldexp(3,-9223372036854774808)=0(0x0) 
// Ldexp(5e-324,0)=5e-324(0x1) Ldexp(5e-324,1)=1e-323(0x2) Ldexp(5e-324,-1)=0(0x0) Ldexp(5e-324,1023)=4.440892098500626e-16(0x3cc0000000000000) Ldexp(5e-324,1024)=8.881784197001252e-16(0x3cd0000000000000) Ldexp(5e-324,-1022)=0(0x0) Ldexp(5e-324,-1074)=0(0x0) Ldexp(5e-324,-1075)=0(0x0) Ldexp(5e-324,-1076)=0(0x0) Ldexp(5e-324,2000)=5.67251933470834e+278(0x79d0000000000000) Ldexp(5e-324,-2000)=0(0x0) Ldexp(5e-324,9223372036854775807)=+Inf(0x7ff0000000000000) Ldexp(5e-324,-9223372036854775808)=+Inf(0x7ff0000000000000) Ldexp(5e-324,-9223372036854774808)=+Inf(0x7ff0000000000000) 
// Ldexp(1.5e-323,0)=1.5e-323(0x3) Ldexp(1.5e-323,1)=3e-323(0x6) Ldexp(1.5e-323,-1)=1e-323(0x2) Ldexp(1.5e-323,1023)=1.3322676295501878e-15(0x3cd8000000000000) Ldexp(1.5e-323,1024)=2.6645352591003757e-15(0x3ce8000000000000) Ldexp(1.5e-323,-1022)=0(0x0) Ldexp(1.5e-323,-1074)=0(0x0) Ldexp(1.5e-323,-1075)=0(0x0) Ldexp(1.5e-323,-1076)=0(0x0) Ldexp(1.5e-323,2000)=1.701755800412502e+279(0x79e8000000000000) Ldexp(1.5e-323,-2000)=0(0x0) Ldexp(1.5e-323,9223372036854775807)=+Inf(0x7ff0000000000000) Ldexp(1.5e-323,-9223372036854775808)=+Inf(0x7ff0000000000000) Ldexp(1.5e-323,-9223372036854774808)=+Inf(0x7ff0000000000000) 
// Ldexp(1e-310,0)=1e-310(0x12688b70e62b) Ldexp(1e-310,1)=2e-310(0x24d116e1cc56) Ldexp(1e-310,-1)=5e-311(0x93445b87316) Ldexp(1e-310,1023)=0.008988465674311552(0x3f82688b70e62b00) Ldexp(1e-310,1024)=0.017976931348623104(0x3f92688b70e62b00) Ldexp(1e-310,-1022)=0(0x0) Ldexp(1e-310,-1074)=0(0x0) Ldexp(1e-310,-1075)=0(0x0) Ldexp(1e-310,-1076)=0(0x0) Ldexp(1e-310,2000)=1.148130695274251e+292(0x7c92688b70e62b00) Ldexp(1e-310,-2000)=0(0x0) Ldexp(1e-310,9223372036854775807)=+Inf(0x7ff0000000000000) Ldexp(1e-310,-9223372036854775808)=+Inf(0x7ff0000000000000) Ldexp(1e-310,-9223372036854774808)=+Inf(0x7ff0000000000000) 
// Ldexp(0,0)=0(0x0) Ldexp(0,1)=0(0x0) Ldexp(0,-1)=0(0x0) Ldexp(0,1023)=0(0x0) Ldexp(0,1024)=0(0x0) Ldexp(0,-1022)=0(0x0) Ldexp(0,-1074)=0(0x0) Ldexp(0,-1075)=0(0x0) Ldexp(0,-1076)=0(0x0) Ldexp(0,2000)=0(0x0) Ldexp(0,-2000)=0(0x0) Ldexp(0,9223372036854775807)=0(0x0) Ldexp(0,-9223372036854775808)=0(0x0) Ldexp(0,-9223372036854774808)=0(0x0) 
// Ldexp(-0,0)=-0(0x8000000000000000) Ldexp(-0,1)=-0(0x8000000000000000) Ldexp(-0,-1)=-0(0x8000000000000000) Ldexp(-0,1023)=-0(0x8000000000000000) Ldexp(-0,1024)=-0(0x8000000000000000) Ldexp(-0,-1022)=-0(0x8000000000000000) Ldexp(-0,-1074)=-0(0x8000000000000000) Ldexp(-0,-1075)=-0(0x8000000000000000) Ldexp(-0,-1076)=-0(0x8000000000000000) Ldexp(-0,2000)=-0(0x8000000000000000) Ldexp(-0,-2000)=-0(0x8000000000000000) Ldexp(-0,9223372036854775807)=-0(0x8000000000000000) Ldexp(-0,-9223372036854775808)=-0(0x8000000000000000) Ldexp(-0,-9223372036854774808)=-0(0x8000000000000000) 
// Ldexp(-Inf,0)=-Inf(0xfff0000000000000) Ldexp(-Inf,1)=-Inf(0xfff0000000000000) Ldexp(-Inf,-1)=-Inf(0xfff0000000000000) Ldexp(-Inf,1023)=-Inf(0xfff0000000000000) Ldexp(-Inf,1024)=-Inf(0xfff0000000000000) Ldexp(-Inf,-1022)=-Inf(0xfff0000000000000) Ldexp(-Inf,-1074)=-Inf(0xfff0000000000000) Ldexp(-Inf,-1075)=-Inf(0xfff0000000000000) Ldexp(-Inf,-1076)=-Inf(0xfff0000000000000) Ldexp(-Inf,2000)=-Inf(0xfff0000000000000) Ldexp(-Inf,-2000)=-Inf(0xfff0000000000000) Ldexp(-Inf,9223372036854775807)=-Inf(0xfff0000000000000) Ldexp(-Inf,-9223372036854775808)=-Inf(0xfff0000000000000) Ldexp(-Inf,-9223372036854774808)=-Inf(0xfff0000000000000) 
// Ldexp(NaN,0)=NaN(0x7ff8000000000001) Ldexp(NaN,1)=NaN(0x7ff8000000000001) Ldexp(NaN,-1)=NaN(0x7ff8000000000001) Ldexp(NaN,1023)=NaN(0x7ff8000000000001) Ldexp(NaN,1024)=NaN(0x7ff8000000000001) Ldexp(NaN,-1022)=NaN(0x7ff8000000000001) Ldexp(NaN,-1074)=NaN(0x7ff8000000000001) Ldexp(NaN,-1075)=NaN(0x7ff8000000000001) Ldexp(NaN,-1076)=NaN(0x7ff8000000000001) Ldexp(NaN,2000)=NaN(0x7ff8000000000001) Ldexp(NaN,-2000)=NaN(0x7ff8000000000001) Ldexp(NaN,9223372036854775807)=NaN(0x7ff8000000000001) Ldexp(NaN,-9223372036854775808)=NaN(0x7ff8000000000001) Ldexp(NaN,-9223372036854774808)=NaN(0x7ff8000000000001) 
// 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 5e-324 5e-324 5e-324 1e-323 5e-324 1e-323 1.5e-323 1e-323 2e-323 3e-323 2.5e-323 3.5e-323 6e-323 5e-323 7e-323 
// -- Pow10
// 0 1e-323 1e-316 1e-309 1.0000000000000001e-302 1e-295 1e-288 9.999999999999999e-282 1e-274 1e-267 1e-260 1e-253 1e-246 1e-239 1e-232 1e-225 1e-218 1e-211 1.0000000000000002e-204 1.0000000000000001e-197 1e-190 1e-183 1e-176 1e-169 1e-162 1e-155 1.0000000000000001e-148 1e-141 1e-134 1e-127 1e-120 9.999999999999998e-114 1e-106 9.999999999999998e-100 1e-92 1e-85 1e-78 1e-71 1e-64 1e-57 1e-50 1e-43 1.0000000000000001e-36 1.0000000000000001e-29 1e-22 1e-15 1e-08 0.1 1e+06 1e+13 1e+20 1e+27 1.0000000000000001e+34 1e+41 1e+48 1e+55 1e+62 1e+69 1e+76 1e+83 1.0000000000000001e+90 1e+97 1e+104 1.0000000000000001e+111 1.0000000000000001e+118 1e+125 1.0000000000000001e+132 1e+139 1.0000000000000002e+146 1.0000000000000002e+153 1e+160 1e+167 1e+174 1e+181 1e+188 1e+195 1.0000000000000001e+202 1e+209 1e+216 1e+223 9.999999999999999e+229 1e+237 9.999999999999999e+243 9.999999999999999e+250 1e+258 1e+265 1e+272 9.999999999999999e+278 1e+286 1e+293 1e+300 1e+307 
// 0 1e-323 1 1e+22 1e+23 9.999999999999999e+278 1.0000000000000002e+281 1e+308 +Inf +Inf 0 
// -- FMA
// 5.551115123125783e-17 0 +Inf NaN -Inf
// 1.8626451500983188e-09 1.862645149230957e-09
// -- bits
// 0x7ff8000000000001 0xfff0000000000000 0x8000000000000000 0x7fc00000
// 1.0000000000000002 3.4028235e+38 1e-45 NaN
// +Inf -Inf false false
// NaN 2.5 -3 6 -2 7 -2 6 -2 6 2.5 6.25 4607182418800017408 -2
