// time.Duration: String, unit conversions, Round, Truncate, Abs and
// ParseDuration with its errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, 150 * time.Millisecond,
		time.Second, 1500 * time.Millisecond, 61 * time.Second, time.Hour + 2*time.Minute + 3500*time.Millisecond,
		2 * time.Hour, -90 * time.Second, 1<<63 - 1, -1 << 63, 100 * time.Hour, time.Minute + time.Nanosecond}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Minutes(), d.Hours())
	}
	fmt.Printf("%v %s %d %T\n", time.Second, 2*time.Minute, time.Millisecond, time.Hour)
	d := 1234567891 * time.Nanosecond
	for _, m := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, time.Hour} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println((-5 * time.Second).Abs(), time.Duration(-1<<63).Abs())
	for _, s := range []string{"0", "1s", "1.5h", "-2m30s", "+3ms", "1h2m3s4ms5us6ns", "1µs", "1μs", "0.5s", ".5s",
		"1.s", "100", "", "-", "1x", "1.2.3s", "s", "9223372036854775807ns", "9223372036854775808ns", "3000000h", "1e3s", " 1s", "1hh"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, d, err)
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, el < 5*time.Second, time.Until(start) < 0)
}

// Output:
// 0s 0 0 0 0 0 0
// 1ns 1 1e-09 0 0 1.6666666666666667e-11 2.777777777777778e-13
// 999ns 999 9.99e-07 0 0 1.665e-08 2.775e-10
// 1µs 1000 1e-06 0 1 1.6666666666666667e-08 2.7777777777777777e-10
// 1.5µs 1500 1.5e-06 0 1 2.5e-08 4.166666666666667e-10
// 150ms 150000000 0.15 150 150000 0.0025 4.1666666666666665e-05
// 1s 1000000000 1 1000 1000000 0.016666666666666666 0.0002777777777777778
// 1.5s 1500000000 1.5 1500 1500000 0.025 0.0004166666666666667
// 1m1s 61000000000 61 61000 61000000 1.0166666666666666 0.016944444444444446
// 1h2m3.5s 3723500000000 3723.5 3723500 3723500000 62.05833333333333 1.0343055555555556
// 2h0m0s 7200000000000 7200 7200000 7200000000 120 2
// -1m30s -90000000000 -90 -90000 -90000000 -1.5 -0.025
// 2562047h47m16.854775807s 9223372036854775807 9.223372036854776e+09 9223372036854 9223372036854775 1.5372286728091294e+08 2.5620477880152157e+06
// -2562047h47m16.854775808s -9223372036854775808 -9.223372036854776e+09 -9223372036854 -9223372036854775 -1.5372286728091294e+08 -2.5620477880152157e+06
// 100h0m0s 360000000000000 360000 360000000 360000000000 6000 100
// 1m0.000000001s 60000000001 60.000000001 60000 60000000 1.0000000000166667 0.016666666666944444
// 1s 2m0s 1000000 time.Duration
// 0s 1.234567891s 1.234567891s -1.234567891s -1.234567891s
// -1ns 1.234567891s 1.234567891s -1.234567891s -1.234567891s
// 1ns 1.234567891s 1.234567891s -1.234567891s -1.234567891s
// 1µs 1.234568s 1.234567s -1.234568s -1.234567s
// 1ms 1.235s 1.234s -1.235s -1.234s
// 1s 1s 1s -1s -1s
// 2s 2s 0s -2s 0s
// 1m0s 0s 0s 0s 0s
// 1h0m0s 0s 0s 0s 0s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 5s 2562047h47m16.854775807s
// "0" -> 0s <nil>
// "1s" -> 1s <nil>
// "1.5h" -> 1h30m0s <nil>
// "-2m30s" -> -2m30s <nil>
// "+3ms" -> 3ms <nil>
// "1h2m3s4ms5us6ns" -> 1h2m3.004005006s <nil>
// "1µs" -> 1µs <nil>
// "1μs" -> 1µs <nil>
// "0.5s" -> 500ms <nil>
// ".5s" -> 500ms <nil>
// "1.s" -> 1s <nil>
// "100" -> 0s time: missing unit in duration "100"
// "" -> 0s time: invalid duration ""
// "-" -> 0s time: invalid duration "-"
// "1x" -> 0s time: unknown unit "x" in duration "1x"
// "1.2.3s" -> 0s time: missing unit in duration "1.2.3s"
// "s" -> 0s time: invalid duration "s"
// "9223372036854775807ns" -> 2562047h47m16.854775807s <nil>
// "9223372036854775808ns" -> 0s time: invalid duration "9223372036854775808ns"
// "3000000h" -> 0s time: invalid duration "3000000h"
// "1e3s" -> 0s time: unknown unit "e" in duration "1e3s"
// " 1s" -> 0s time: invalid duration " 1s"
// "1hh" -> 0s time: unknown unit "hh" in duration "1hh"
// 1ns 1µs 1ms 1s 1m0s 1h0m0s
// true true true
