package main

import "fmt"

func harmonic32(n int) float32 {
	var s float32
	for i := 1; i <= n; i++ {
		s += 1 / float32(i)
	}
	return s
}

func harmonic64(n int) float64 {
	var s float64
	for i := 1; i <= n; i++ {
		s += 1 / float64(i)
	}
	return s
}

func mandel(w, h, iters int) (count int) {
	for py := 0; py < h; py++ {
		for px := 0; px < w; px++ {
			x0 := float64(px)/float64(w)*3.5 - 2.5
			y0 := float64(py)/float64(h)*2 - 1
			x, y := 0.0, 0.0
			i := 0
			for ; i < iters && x*x+y*y <= 4; i++ {
				x, y = x*x-y*y+x0, 2*x*y+y0
			}
			if i == iters {
				count++
			}
		}
	}
	return
}

func conv(n int) (int64, uint32, float32) {
	var a int64
	var b uint32
	var c float32
	for i := 0; i < n; i++ {
		f := float64(i)*1.37 - 500.25
		a += int64(f)
		b += uint32(int32(f))
		c += float32(f) * 0.5
	}
	return a, b, c
}

func main() {
	for _, n := range []int{10, 1000, 100000} {
		fmt.Println(n, harmonic32(n), harmonic64(n))
	}
	fmt.Println(mandel(60, 30, 200))
	fmt.Println(conv(5000))
	var acc float32 = 1
	for i := 0; i < 200; i++ {
		acc = acc*1.1 + 0.3
		if acc > 1e6 {
			acc /= 7
		}
	}
	fmt.Println(acc)
	nan := 0.0
	nan /= nan
	cnt := 0
	for i := 0; i < 1000; i++ {
		v := float64(i) - 500
		if v < nan || v > nan || v == nan {
			cnt++
		}
		if !(v < 0) {
			cnt += 2
		}
	}
	fmt.Println(cnt)
}

// Output:
// 10 2.9289684 2.9289682539682538
// 1000 7.4854784 7.485470860550343
// 100000 12.090851 12.090146129863335
// 399
// 14618213 14618213 7.3101575e+06
// 316397.3
// 1000
