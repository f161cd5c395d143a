// A corpus of realistic Go covering the whole grammar. It compiles with
// gc (go vet clean is not a goal); the parser tests check its AST shapes.
package main

import (
	"errors"
	"fmt"
	m "math"
	_ "os"
	. "strings"
	"sync"
)

// Constants with iota and implicit repetition.
const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, G
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const single = 'x'
const typed float64 = 1.5e3
const hexf = 0x1p-2
const imag = 2.5i
const big = 1_000_000
const octal, legacy, bin = 0o755, 0755, 0b1010
const raw = `a\nb`
const esc = "\a\b\f\n\r\t\v\\\"\x41\u00e9\U0001F600\101"
const runes = '\'' + '\\' + '\x41' + '\u00e9' + '\101'

var (
	counter int
	mu      sync.Mutex
	names   = []string{"a", "b"}
	matrix  = [2][3]int{{1, 2, 3}, {4, 5, 6}}
	lookup  = map[string][]int{"x": {1}, "y": nil}
	points  = []struct{ X, Y int }{{1, 2}, {X: 3, Y: 4}}
	arr     = [...]string{2: "c", 0: "a"}
	ptrs    = []*Point{{1, 2}, &Point{3, 4}}
	fn      func(int) (int, error)
	ch      chan<- int
	rch     <-chan <-chan int
	pch     chan (<-chan int)
	sch     chan<- chan int
	iface   interface{ String() string }
	anon    struct {
		a, b int `json:"a"`
		c    string
	}
)

// Point is a plain struct with tags and embedding.
type Point struct {
	X, Y int `json:"x,omitempty"`
}

type Named struct {
	Point
	*sync.Mutex
	fmt.Stringer
	name string "legacy tag"
	_    [0]func()
}

type (
	Celsius float64
	Alias   = Celsius
	Handler func(w Writer, r *Request) error
	Writer  interface{ Write(p []byte) (n int, err error) }
	Request struct{ URL string }
)

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

// Generics.
type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Stringish interface {
	~string
	Len() int
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func (l List[_]) Len() int { return l.size }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Tree[T interface{ Less(T) bool }] struct {
	Left, Right *Tree[T]
	Val         T
}

type PtrConstraint[T any] interface{ *T }

type Matrix[T Number] [][]T

type Set[T comparable] = map[T]struct{}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Convert[T any, PT PtrConstraint[T]](v T) PT { return PT(&v) }

func F[T any, U ~int | string](t T, u U) (T, U) { return t, u }

func Zero[T any]() (z T) { return }

var errA = errors.New("a")
var sqrt2 = m.Sqrt(2)
var hasX = HasPrefix("xy", "x")

func useGenerics() {
	var l List[int]
	l.Push(1)
	_ = List[string]{}
	_ = Sum[float64](1, 2.5)
	_ = Sum(1, 2, 3)
	f := MapSlice[int, string]
	_ = f([]int{1}, func(i int) string { return fmt.Sprint(i) })
	_ = Pair[string, int]{"a", 1}
	_ = Keys(map[string]int{"a": 1})
	_, _ = F[int, string](1, "x")
	_ = Zero[*Point]()
	var m Matrix[float64]
	_ = m
	_ = Convert[int](3)
	s := Set[int]{1: {}}
	_ = s
}
