// Methods reached through embedding (values and pointers), interfaces
// holding direct and boxed values, method values and expressions, and the
// wrappers fmt calls (String/Error on named scalars, pointers, funcs).
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code uint8

func (c Code) Error() string { return fmt.Sprint("code ", uint8(c)) }

type Op func(int) int

func (o Op) String() string { return fmt.Sprint("op(1)=", o(1)) }

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(i int)  { b.id = i }
func (b Base) Name() string  { return fmt.Sprint("base", b.id) }

type Mid struct {
	*Base
	tag string
}

func (m Mid) Name() string { return "mid:" + m.tag + ":" + m.Base.Name() }

type Top struct {
	Mid
	extra [2]int
}

type Namer interface{ Name() string }
type IDer interface {
	ID() int
	SetID(int)
}

type Holder struct {
	Namer
	n int
}

func main() {
	fmt.Println(Celsius(21.5), Code(7), Op(func(x int) int { return x + 41 }))
	var err error = Code(3)
	fmt.Println(err, err.Error())

	t := Top{Mid: Mid{Base: &Base{1}, tag: "t"}, extra: [2]int{5, 6}}
	t.SetID(9)
	fmt.Println(t.ID(), t.Name(), t.Mid.Base.id)
	var n Namer = t
	var ider IDer = t
	ider.SetID(12)
	fmt.Println(n.Name(), ider.ID(), t.ID())

	h := Holder{Namer: Mid{Base: &Base{4}, tag: "h"}}
	fmt.Println(h.Name())
	var hn Namer = h
	fmt.Println(hn.Name())

	// Method values bind their receiver now.
	b := Base{1}
	get := b.ID
	set := (&b).SetID
	set(2)
	fmt.Println(get(), b.ID())
	nm := n.Name
	fmt.Println(nm())

	// Method expressions.
	f := Base.ID
	g := (*Base).SetID
	g(&b, 30)
	fmt.Println(f(b), Mid.Name(Mid{Base: &b, tag: "e"}))
	ms := []func() int{b.ID, t.ID, Base{77}.ID}
	for _, m := range ms {
		fmt.Print(m(), " ")
	}
	fmt.Println()

	var iface interface{} = &t
	if s, ok := iface.(Namer); ok {
		fmt.Println("namer", s.Name())
	}
	if _, ok := iface.(fmt.Stringer); !ok {
		fmt.Println("not a stringer")
	}
	fmt.Printf("%v %s %d\n", []fmt.Stringer{Celsius(1), Op(func(x int) int { return -x })}, Code(9), Code(9))
}

// Output:
// 21.5°C code 7 op(1)=42
// code 3 code 3
// 9 mid:t:base9 9
// mid:t:base12 12 12
// mid:h:base4
// mid:h:base4
// 1 2
// mid:t:base12
// 30 mid:e:base30
// 30 12 77 
// namer mid:t:base12
// not a stringer
// [1.0°C op(1)=-1] code 9 9
