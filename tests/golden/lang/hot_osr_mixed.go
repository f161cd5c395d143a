package main

import "fmt"

type P struct {
	X, Y int32
	Tag  string
}

type Sh interface{ Val() int }
type V int

func (v V) Val() int { return int(v) * 3 }

func main() {
	var a int8 = 1
	var b uint16 = 7
	var c float32 = 0.5
	var d float64 = 1
	var e int64 = -3
	var u uint64 = 1
	s := "s"
	sl := []int{1}
	m := map[int]int{}
	p := P{1, 2, "p"}
	var sh Sh = V(1)
	var iface interface{} = 0
	cnt := 0
	captured := 0
	inc := func(k int) { captured += k }
	for i := 0; i < 50000; i++ {
		a += int8(i)
		b = b*3 + uint16(i)
		c = c*1.0001 + 0.25
		if c > 1000 {
			c -= 999.5
		}
		d = d*0.999 + float64(i%7)
		e = e*5 - int64(i)
		e ^= e >> 7
		u = u*6364136223846793005 + 1442695040888963407
		if i%1000 == 0 {
			s += string(rune('a' + i/1000%26))
			sl = append(sl, i)
		}
		m[i%97] += i
		p.X += int32(i % 3)
		p.Y ^= int32(i)
		if i%5000 == 0 {
			p.Tag += "!"
			sh = V(i)
		}
		cnt += sh.Val() % 11
		switch x := iface.(type) {
		case int:
			iface = x + 1
			if x > 100 {
				iface = "str"
			}
		case string:
			iface = len(x)
		}
		inc(i & 3)
	}
	fmt.Println(a, b, c, d, e, u)
	fmt.Println(s, len(sl), sl[len(sl)-1], len(m), m[13])
	fmt.Println(p, cnt, iface, captured)
	total := 0
	for k := 0; k < 200; k++ {
		for j := 0; j < 200; j++ {
			if (k*j)%7 == 3 {
				continue
			}
			total += k ^ j
		}
	}
	fmt.Println(total)
}

// Output:
// -39 7215 849.61957 3001.003000996966 6105978275746403049 9436021086310362577
// sabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx 51 49000 97 12895098
// {50000 2 p!!!!!!!!!!} 255000 100 75000
// 4211072
