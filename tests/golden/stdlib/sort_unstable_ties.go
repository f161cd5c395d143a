// Unstable sorts (sort.Sort, sort.Slice, slices.SortFunc, slices.Sort)
// leave equal elements in the order gc's pattern-defeating quicksort does,
// so reports that sort by a count with ties print what gc prints.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way`

type wc struct {
	word  string
	count int
}

type byCount []wc

func (b byCount) Len() int           { return len(b) }
func (b byCount) Less(i, j int) bool { return b[i].count > b[j].count }
func (b byCount) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	counts := map[string]int{}
	var order []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if counts[w] == 0 {
			order = append(order, w)
		}
		counts[w]++
	}
	var list []wc
	for _, w := range order {
		list = append(list, wc{w, counts[w]})
	}

	a := slices.Clone(list)
	sort.Slice(a, func(i, j int) bool { return a[i].count > a[j].count })
	fmt.Println("sort.Slice:", a)
	b := slices.Clone(list)
	sort.Sort(byCount(b))
	fmt.Println("sort.Sort: ", b)
	c := slices.Clone(list)
	slices.SortFunc(c, func(x, y wc) int { return y.count - x.count })
	fmt.Println("SortFunc:  ", c)
	d := slices.Clone(list)
	sort.SliceStable(d, func(i, j int) bool { return d[i].count > d[j].count })
	fmt.Println("stable:    ", d)
	words := strings.Fields(strings.ToLower(text))
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)

	// Larger inputs of every shape pdqsort distinguishes.
	r := rand.New(rand.NewSource(3))
	for _, n := range []int{13, 50, 257, 2000} {
		for pat := 0; pat < 4; pat++ {
			keys := make([]int, n)
			for i := range keys {
				switch pat {
				case 0:
					keys[i] = r.Intn(n)
				case 1:
					keys[i] = i / 3
				case 2:
					keys[i] = (n - i) / 2
				case 3:
					keys[i] = r.Intn(4)
				}
			}
			ids := make([]int, n)
			for i := range ids {
				ids[i] = i
			}
			sort.Slice(ids, func(i, j int) bool { return keys[ids[i]] < keys[ids[j]] })
			h := 0
			for i, v := range ids {
				h = (h*131 + v*(i+7)) % 1000000007
			}
			fmt.Println(n, pat, h)
		}
	}
	fs := []float64{3, math.Copysign(0, -1), 0, math.NaN(), -1, 0, math.Copysign(0, -1), 2, 0, -5, math.Copysign(0, -1), 1, 0}
	slices.Sort(fs)
	for _, f := range fs {
		fmt.Print(f, math.Signbit(f), " ")
	}
	fmt.Println()
}

// Output:
// sort.Slice: [{the 11} {it 10} {was 10} {of 10} {we 4} {times 2} {going 2} {all 2} {were 2} {age 2} {epoch 2} {direct 2} {us 2} {season 2} {before 2} {had 2} {wisdom 1} {nothing 1} {winter 1} {despair 1} {spring 1} {darkness 1} {everything 1} {light 1} {incredulity 1} {hope 1} {belief 1} {foolishness 1} {worst 1} {best 1} {to 1} {heaven 1} {other 1} {way 1}]
// sort.Sort:  [{the 11} {it 10} {was 10} {of 10} {we 4} {times 2} {going 2} {all 2} {were 2} {age 2} {epoch 2} {direct 2} {us 2} {season 2} {before 2} {had 2} {wisdom 1} {nothing 1} {winter 1} {despair 1} {spring 1} {darkness 1} {everything 1} {light 1} {incredulity 1} {hope 1} {belief 1} {foolishness 1} {worst 1} {best 1} {to 1} {heaven 1} {other 1} {way 1}]
// SortFunc:   [{the 11} {it 10} {was 10} {of 10} {we 4} {times 2} {going 2} {all 2} {were 2} {age 2} {epoch 2} {direct 2} {us 2} {season 2} {before 2} {had 2} {wisdom 1} {nothing 1} {winter 1} {despair 1} {spring 1} {darkness 1} {everything 1} {light 1} {incredulity 1} {hope 1} {belief 1} {foolishness 1} {worst 1} {best 1} {to 1} {heaven 1} {other 1} {way 1}]
// stable:     [{the 11} {it 10} {was 10} {of 10} {we 4} {times 2} {age 2} {epoch 2} {season 2} {had 2} {before 2} {us 2} {were 2} {all 2} {going 2} {direct 2} {best 1} {worst 1} {wisdom 1} {foolishness 1} {belief 1} {incredulity 1} {light 1} {darkness 1} {spring 1} {hope 1} {winter 1} {despair 1} {everything 1} {nothing 1} {to 1} {heaven 1} {other 1} {way 1}]
// [of we to we of we it we of it of of it it of it of it it of it of of it it was the us, was way us, was the had age the the was the the was was all age had the the was was was the the all the was were were best worst hope, going going epoch other epoch season season direct before before light, times, winter times, direct spring heaven, wisdom, nothing belief, despair, darkness, everything incredulity, foolishness,]
// 13 0 385991666
// 13 1 391216041
// 13 2 453918080
// 13 3 458686174
// 50 0 517409450
// 50 1 629108651
// 50 2 106839756
// 50 3 828346508
// 257 0 491865492
// 257 1 76219529
// 257 2 197296913
// 257 3 551330815
// 2000 0 783878436
// 2000 1 551996229
// 2000 2 584233090
// 2000 3 921481174
// NaN false -5 true -1 true 0 false -0 true 0 false -0 true 0 false -0 true 0 false 1 false 2 false 3 false 
