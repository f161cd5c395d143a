package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprint("PtrStr:", p.v) }

type ErrAndStr struct{}

func (ErrAndStr) Error() string  { return "as-error" }
func (ErrAndStr) String() string { return "as-string" }

type Wrapper struct {
	C Color
	T Temp
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Blue, Blue, Blue, Blue)
	fmt.Println(Temp(21.55))
	fmt.Println([]Color{Red, Blue})
	fmt.Println(map[Color]int{Green: 1, Red: 2})
	fmt.Println(Wrapper{Green, 3})
	fmt.Printf("%+v\n", Wrapper{Blue, -1})
	p := PtrStr{5}
	fmt.Println(&p)
	fmt.Println(p)
	fmt.Println(ErrAndStr{})
	fmt.Printf("%v %s\n", ErrAndStr{}, ErrAndStr{})
	err := errors.New("plain")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	s := fmt.Sprint(Red, " and ", Blue)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%5s|%-6v|", Red, Green))
	var st fmt.Stringer = Blue
	fmt.Println(st)
}

// Output:
// Red Green Blue Color(7)
// Blue Blue 2 "Blue"
// 21.6°C
// [Red Blue]
// map[Red:2 Green:1]
// {Green 3.0°C}
// {C:Blue T:-1.0°C}
// PtrStr:5
// {5}
// as-error
// as-error as-error
// plain
// plain|plain|"plain"
// Red and Blue
//   Red|Green |
// Blue
