// math/rand/v2: PCG sequences and every Rand method equal Go's for the
// same seeds; the top-level functions are random, so only their ranges
// are checked.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

func main() {
	for _, s := range [][2]uint64{{0, 0}, {1, 2}, {42, 42}, {0xffffffffffffffff, 0}, {0x0123456789abcdef, 0xfedcba9876543210}} {
		p := rand.NewPCG(s[0], s[1])
		r := rand.New(p)
		fmt.Println("seed", s)
		fmt.Println(" ", r.Uint64(), r.Int64(), r.Uint32(), r.Int32(), r.Int(), r.Uint())
		fmt.Println(" ", r.IntN(1), r.IntN(10), r.IntN(1<<40+1), r.Int64N(3), r.Int64N(1<<62+1), r.Int32N(1000), r.Uint32N(7), r.Uint64N(1<<63+3), r.UintN(256), r.Uint64N(1))
		fmt.Println(" ", r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
		fmt.Println(" ", r.Perm(0), r.Perm(1), r.Perm(12))
		x := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
		fmt.Println(" ", x)
		b, err := p.MarshalBinary()
		fmt.Println(" ", b, err)
		q := rand.NewPCG(0, 0)
		fmt.Println(" ", q.UnmarshalBinary(b), q.Uint64() == p.Uint64(), q.UnmarshalBinary(b[:5]))
		p.Seed(s[0], s[1])
		fmt.Println("  reseeded", p.Uint64())
	}
	var zero rand.PCG
	fmt.Println(zero.Uint64(), rand.NewPCG(0, 0).Uint64())

	r := rand.New(rand.NewPCG(7, 11))
	var sum uint64
	var fsum, nsum, esum float64
	for i := 0; i < 20000; i++ {
		sum += r.Uint64N(1000) + uint64(r.IntN(77)) + uint64(r.Int32N(5))
		fsum += r.Float64() + float64(r.Float32())
		nsum += r.NormFloat64()
		esum += r.ExpFloat64()
	}
	fmt.Println(sum, fsum, nsum, esum)

	// A custom Source.
	r2 := rand.New(&counter{})
	fmt.Println(r2.Uint64(), r2.IntN(100), r2.Float64(), r2.Perm(5))

	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.N(int64(7)); v < 0 || v >= 7 {
			ok = false
		}
		if v := rand.N(uint8(200)); v >= 200 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := rand.Float32(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int64() < 0 || rand.Int32() < 0 || rand.Int64N(9) >= 9 || rand.Int32N(3) >= 3 || rand.Uint32N(4) >= 4 || rand.Uint64N(5) >= 5 || rand.UintN(6) >= 6 {
			ok = false
		}
		_ = rand.Uint32() + uint32(rand.Uint64()) + uint32(rand.Uint()) + uint32(rand.NormFloat64()) + uint32(rand.ExpFloat64())
	}
	p := rand.Perm(20)
	slices.Sort(p)
	for i, v := range p {
		if i != v {
			ok = false
		}
	}
	fmt.Println("top-level ok:", ok)

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panic:", recover()) }()
		f()
	}
	try("IntN(0)", func() { r.IntN(0) })
	try("Int64N(-1)", func() { r.Int64N(-1) })
	try("Int32N(0)", func() { r.Int32N(0) })
	try("Uint64N(0)", func() { r.Uint64N(0) })
	try("Uint32N(0)", func() { r.Uint32N(0) })
	try("UintN(0)", func() { r.UintN(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("N(0)", func() { rand.N(0) })
}

type counter struct{ n uint64 }

func (c *counter) Uint64() uint64 { c.n += 0x9e3779b97f4a7c15; return c.n }

// Output:
// seed [0 0]
//   4107282207882862730 3241561685850108413 1475097872 946320197 7371889741448783355 1418823048812169170
//   0 4 817109497124 2 1737772075708919266 248 1 213729619844636158 249 0
//   0.3820020574870655 0.39209998 0.6683845105491564 0.13753602719051833
//   [] [0] [0 10 3 7 1 5 8 6 4 2 11 9]
//   [a f c d e g b]
//   [112 99 103 58 116 249 0 1 211 67 116 136 146 6 83 210 248 94 96 133] <nil>
//   <nil> true invalid PCG encoding
//   reseeded 4107282207882862730
// seed [1 2]
//   14192431797130687760 2147869220224756844 3369092613 1710678126 4321634407747778896 760102831717374652
//   0 4 146014417140 0 3052550558175517500 444 6 1120164077639765838 94 0
//   0.7188183661358182 0.19820237 -0.3841235370075905 0.9419163802459202
//   [] [0] [3 9 1 8 5 10 4 6 11 2 7 0]
//   [g b f c a d e]
//   [112 99 103 58 175 194 243 34 242 101 140 164 156 124 22 119 48 5 102 13] <nil>
//   <nil> true invalid PCG encoding
//   reseeded 14192431797130687760
// seed [42 42]
//   11423875981923235010 6939021390147428351 2740688434 1101456891 8433142074478819127 4918454514787541865
//   0 7 901335852766 1 238167869895801172 641 6 3609440580290467900 130 0
//   0.633259049231226 0.45119834 -0.7139089397964647 1.1882227264610155
//   [] [0] [7 6 1 8 5 10 11 4 9 3 2 0]
//   [a g b d c e f]
//   [112 99 103 58 215 155 82 42 197 54 200 43 124 109 49 216 76 164 138 103] <nil>
//   <nil> true invalid PCG encoding
//   reseeded 11423875981923235010
// seed [18446744073709551615 0]
//   4629645533111495410 7612759252196427449 993631543 1379264409 3982682643149061484 12212273075068935809
//   0 3 925098739112 2 227928258963947602 949 1 7489251329748001303 79 0
//   0.09563972251597053 0.050109804 -0.05529368104495713 1.4852721763142014
//   [] [0] [5 1 3 7 2 10 4 6 11 0 9 8]
//   [f d c g e b a]
//   [112 99 103 58 199 150 102 125 81 23 32 155 223 4 60 143 121 110 156 35] <nil>
//   <nil> true invalid PCG encoding
//   reseeded 4629645533111495410
// seed [81985529216486895 18364758544493064720]
//   11748147493716979836 4449705455260279830 3585350883 756476521 1455581490700201059 13452715437138416323
//   0 5 571029326989 0 1477914342277894908 383 0 211945882593637384 135 0
//   0.698693357427927 0.4472983 0.45410599477619895 0.6477183752599623
//   [] [0] [4 10 2 6 9 0 5 11 7 1 8 3]
//   [a f c d b g e]
//   [112 99 103 58 154 146 118 34 28 237 149 161 251 108 22 194 144 13 113 85] <nil>
//   <nil> true invalid PCG encoding
//   reseeded 11748147493716979836
// 4107282207882862730 4107282207882862730
// 10738888 19955.021854377075 -72.70642409100815 19907.494709006063
// 11400714819323198485 23 0.20082687935394705 [0 3 4 1 2]
// top-level ok: true
// IntN(0) panic: invalid argument to IntN
// Int64N(-1) panic: invalid argument to Int64N
// Int32N(0) panic: invalid argument to Int32N
// Uint64N(0) panic: invalid argument to Uint64N
// Uint32N(0) panic: invalid argument to Uint32N
// UintN(0) panic: invalid argument to UintN
// Shuffle(-1) panic: invalid argument to Shuffle
// N(0) panic: invalid argument to N
