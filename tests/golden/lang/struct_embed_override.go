package main

import "fmt"

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }

type Polite struct {
	Greeter
	Title string
}

func (p Polite) Greet() string { return p.Title + " " + p.Greeter.Greet() }

type Loud struct{ Greeter }

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b Base) Kind() string  { return "base" }
func (b Base) Show() string  { return fmt.Sprint(b.Kind(), "#", b.ID()) }

type Special struct{ Base }

func (Special) Kind() string { return "special" }

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	Y int
}

func main() {
	p := Polite{English{}, "Dear"}
	fmt.Println(p.Greet())
	l := Loud{p}
	fmt.Println(l.Greet())
	var g Greeter = l
	fmt.Println(g.Greet())
	pp := Polite{Title: "Sir", Greeter: Polite{English{}, "Mr"}}
	fmt.Println(pp.Greet())
	s := Special{Base{7}}
	fmt.Println(s.Kind(), s.Show(), s.ID())
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.X, c.B.X, c.Y)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%+v\n", p)
}

// Output:
// Dear hello
// Dear hello
// Dear hello
// Sir Mr hello
// special base#7 7
// 1 2 3
// {A:{X:1} B:{X:2} Y:3}
// {Greeter:{} Title:Dear}
