package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " woofs" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + " meows" }

func main() {
	d := Dog{"rex"}
	var s Speaker = d
	f := s.Speak
	d.name = "max"
	s = d
	fmt.Println(f(), s.Speak())
	c := &Cat{"tom"}
	s = c
	g := s.Speak
	c.name = "felix"
	fmt.Println(g(), s.Speak())
	h := Speaker.Speak
	fmt.Println(h(Dog{"fido"}), h(&Cat{"kit"}))
	fns := []func() string{}
	for _, sp := range []Speaker{Dog{"a"}, &Cat{"b"}} {
		fns = append(fns, sp.Speak)
	}
	for _, fn := range fns {
		fmt.Println(fn())
	}
	m := map[string]func() string{"dog": Dog{"d"}.Speak, "cat": (&Cat{"c"}).Speak}
	fmt.Println(m["dog"](), m["cat"]())
	var iface interface{ Speak() string } = Dog{"anon"}
	fmt.Println(iface.Speak())
}

// Output:
// rex woofs max woofs
// felix meows felix meows
// fido woofs kit meows
// a woofs
// b meows
// d woofs c meows
// anon woofs
