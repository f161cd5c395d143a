package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string {
	return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name)
}

func (b *Base) Rename(n string) {
	b.Name = n
}

type Derived struct {
	Base
	Extra string
}

type Deeper struct {
	*Derived
	Level int
}

type Shadow struct {
	Base
	Name string
}

func (s Shadow) Describe() string {
	return "Shadow:" + s.Base.Describe()
}

func main() {
	d := Derived{Base{1, "one"}, "x"}
	fmt.Println(d.ID, d.Name, d.Base.Name, d.Extra)
	fmt.Println(d.Describe())
	d.Rename("uno")
	fmt.Println(d.Name, d.Describe())
	fmt.Printf("%+v\n", d)
	dd := Deeper{&d, 2}
	dd.Rename("eins")
	fmt.Println(dd.Name, d.Name, dd.Describe(), dd.Level)
	dd.ID = 99
	fmt.Println(d.ID)
	s := Shadow{Base{2, "inner"}, "outer"}
	fmt.Println(s.Name, s.Base.Name, s.Describe())
	s.Rename("renamed")
	fmt.Println(s.Name, s.Base.Name)
	type I interface{ Describe() string }
	var i I = d
	fmt.Println(i.Describe())
	i = s
	fmt.Println(i.Describe())
	i = &d
	fmt.Println(i.Describe())
	d2 := d
	d2.Name = "copy"
	fmt.Println(d.Name, d2.Name)
}

// Output:
// 1 one one x
// Base(1,one)
// uno Base(1,uno)
// {Base:{ID:1 Name:uno} Extra:x}
// eins eins Base(1,eins) 2
// 99
// outer inner Shadow:Base(2,inner)
// outer renamed
// Base(99,eins)
// Shadow:Base(2,renamed)
// Base(99,eins)
// eins copy
