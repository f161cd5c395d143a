package main

import "fmt"

type Animal struct{ Sound string }

func (a Animal) Speak() string  { return a.Sound }
func (a *Animal) Louder()       { a.Sound += "!" }
func (a Animal) Twice() string  { return a.Speak() + a.Speak() }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return "Woof(" + d.Animal.Speak() + ")" }

type Puppy struct {
	Dog
}

func main() {
	d := Dog{Animal{"bark"}, "lab"}
	fmt.Println(d.Speak(), d.Animal.Speak(), d.Twice())
	d.Louder()
	fmt.Println(d.Sound)
	p := Puppy{d}
	fmt.Println(p.Speak(), p.Twice(), p.Sound, p.Breed)
	p.Louder()
	fmt.Println(p.Sound, d.Sound)
	f := p.Speak
	p.Sound = "changed"
	fmt.Println(f())
	g := (*Animal).Louder
	g(&p.Animal)
	fmt.Println(p.Sound)
	h := Dog.Speak
	fmt.Println(h(d))
}

// Output:
// Woof(bark) bark barkbark
// bark!
// Woof(bark!) bark!bark! bark! lab
// bark!! bark!
// Woof(bark!!)
// changed!
// Woof(bark!)
