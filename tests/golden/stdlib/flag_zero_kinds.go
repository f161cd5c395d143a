package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type pair struct{ a, b int }

func (p pair) String() string   { return fmt.Sprintf("%d/%d", p.a, p.b) }
func (p pair) Set(string) error { return nil }

type triple [3]string

func (t triple) String() string   { return strings.Join(t[:], "|") }
func (t triple) Set(string) error { return nil }

type set map[string]bool

func (s set) String() string {
	var keys []string
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}
func (s set) Set(v string) error { s[v] = true; return nil }

type num float32

func (n *num) String() string   { return fmt.Sprint(float32(*n)) }
func (n *num) Set(string) error { return nil }

type big struct {
	name string
	vals []int
	m    map[int]int
	arr  [4]int64
}

func (b *big) String() string   { return fmt.Sprintf("%q %v %d %v", b.name, b.vals, len(b.m), b.arr) }
func (b *big) Set(string) error { return nil }

type sliceVal []int

func (s sliceVal) String() string   { return fmt.Sprint([]int(s)) }
func (s sliceVal) Set(string) error { return nil }

func main() {
	fs := flag.NewFlagSet("kinds", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Var(pair{}, "p0", "zero pair")
	fs.Var(pair{1, 2}, "p1", "pair")
	fs.Var(triple{}, "t0", "zero triple")
	fs.Var(triple{"x", "y", "z"}, "t1", "triple")
	fs.Var(set(nil), "s0", "nil set")
	fs.Var(set{"b": true, "a": true}, "s1", "set")
	n0, n1 := num(0), num(2.5)
	fs.Var(&n0, "n0", "zero num")
	fs.Var(&n1, "n1", "num")
	fs.Var(&big{}, "b0", "zero big")
	fs.Var(&big{name: "x", vals: []int{1}, arr: [4]int64{0, 0, 0, 9}}, "b1", "big")
	fs.Var(sliceVal(nil), "sl0", "nil slice")
	fs.Var(sliceVal{3}, "sl1", "slice")
	fs.PrintDefaults()
	fmt.Println(fs.Parse([]string{"-s1", "c", "-p1", "q", "x"}), fs.Lookup("s1").Value, fs.Args())
}

// Output:
//   -b0 value
//     	zero big
//   -b1 value
//     	big (default "x" [1] 0 [0 0 0 9])
//   -n0 value
//     	zero num
//   -n1 value
//     	num (default 2.5)
//   -p0 value
//     	zero pair
//   -p1 value
//     	pair (default 1/2)
//   -s0 value
//     	nil set
//   -s1 value
//     	set (default a,b)
//   -sl0 value
//     	nil slice
//   -sl1 value
//     	slice (default [3])
//   -t0 value
//     	zero triple
//   -t1 value
//     	triple (default x|y|z)
// <nil> a,b,c [x]
