package main

import "fmt"

func GenericFormatter[T any](v T) string {
	return fmt.Sprintf("value: %v", v)
}

type IntFormatter func(int) string

type Habitat struct {
	Burrow string
	Depth  int
}

type Gopher struct {
	Name string
	Habitat
}

type Outer struct {
	Gopher
	Tag string
}

func main() {
	formatters := []IntFormatter{GenericFormatter}
	fn := IntFormatter(GenericFormatter)
	ch := make(chan IntFormatter, 1)
	ch <- GenericFormatter
	fmt.Println(formatters[0](1), fn(2), (<-ch)(3))
	m := map[string]func(string) string{"a": GenericFormatter}
	fmt.Println(m["a"]("x"))
	g := Gopher{Name: "Gopher", Burrow: "Burrow #42"}
	fmt.Println(g.Name, g.Burrow, g.Habitat)
	o := Outer{Name: "deep", Depth: 3, Tag: "t"}
	fmt.Printf("%+v\n", o)
}

// Output:
// value: 1 value: 2 value: 3
// value: x
// Gopher Burrow #42 {Burrow #42 0}
// {Gopher:{Name:deep Habitat:{Burrow: Depth:3}} Tag:t}
