package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type List []int

func (l List) String() string { return fmt.Sprintf("List%d", len(l)) }

type M map[string]int

func (m M) String() string { return "M!" }

type P struct{ x int }

func (p *P) String() string { return "P!" }

type E int

func (e E) Error() string { return "E!" }

func main() {
	fmt.Println(Celsius(3), List{1, 2}, M{}, &P{}, P{}, E(1))
	fmt.Printf("%v %s %d %v\n", Celsius(1), List{}, List{1, 2}, []Celsius{1, 2})
	fmt.Printf("%v %+v\n", struct{ C Celsius }{5}, struct{ L List }{List{1}})
	fmt.Printf("%x %X %q\n", Celsius(1), E(2), E(3))
	fmt.Printf("%d %v\n", E(4), []E{5})
	fmt.Println(map[Celsius]E{1: 2})
	fmt.Printf("%#v %T\n", Celsius(2), Celsius(2))
	var s fmt.Stringer = Celsius(9)
	fmt.Println(s, []fmt.Stringer{s, List{}})
}

// Output:
// 3.0C List2 M! P! {0} E!
// 1.0C List0 [1 2] [1.0C 2.0C]
// {5.0C} {L:List1}
// 312e3043 4521 "E!"
// 4 [E!]
// map[1.0C:E!]
// 2 main.Celsius
// 9.0C [9.0C List0]
