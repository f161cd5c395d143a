package main

import "fmt"

type Env struct {
	vars   map[string]int
	parent *Env
}

func (e *Env) Get(name string) (int, bool) {
	for s := e; s != nil; s = s.parent {
		if v, ok := s.vars[name]; ok {
			return v, true
		}
	}
	return 0, false
}

func (e *Env) Set(name string, v int) {
	for s := e; s != nil; s = s.parent {
		if _, ok := s.vars[name]; ok {
			s.vars[name] = v
			return
		}
	}
	e.vars[name] = v
}

type Node interface {
	Eval(*Env) int
	String() string
}

type Num int
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Assign struct {
	Name string
	Val  Node
}
type Seq []Node
type While struct{ Cond, Body Node }
type If struct{ Cond, Then, Else Node }
type Block struct{ Body Node }

func (n Num) Eval(*Env) int    { return int(n) }
func (n Num) String() string   { return fmt.Sprint(int(n)) }
func (v Var) Eval(e *Env) int {
	x, ok := e.Get(string(v))
	if !ok {
		panic("undefined variable " + string(v))
	}
	return x
}
func (v Var) String() string { return string(v) }

func (b BinOp) Eval(e *Env) int {
	l, r := b.L.Eval(e), b.R.Eval(e)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	case '<':
		if l < r {
			return 1
		}
		return 0
	case '=':
		if l == r {
			return 1
		}
		return 0
	}
	panic(fmt.Sprintf("bad op %c", b.Op))
}
func (b BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (a Assign) Eval(e *Env) int {
	v := a.Val.Eval(e)
	e.Set(a.Name, v)
	return v
}
func (a Assign) String() string { return a.Name + " := " + a.Val.String() }

func (s Seq) Eval(e *Env) (last int) {
	for _, n := range s {
		last = n.Eval(e)
	}
	return
}
func (s Seq) String() string {
	out := "{"
	for i, n := range s {
		if i > 0 {
			out += "; "
		}
		out += n.String()
	}
	return out + "}"
}

func (w While) Eval(e *Env) int {
	n := 0
	for w.Cond.Eval(e) != 0 {
		w.Body.Eval(e)
		n++
	}
	return n
}
func (w While) String() string { return "while " + w.Cond.String() + " " + w.Body.String() }

func (i If) Eval(e *Env) int {
	if i.Cond.Eval(e) != 0 {
		return i.Then.Eval(e)
	}
	return i.Else.Eval(e)
}
func (i If) String() string { return "if " + i.Cond.String() + " " + i.Then.String() + " else " + i.Else.String() }

func (b Block) Eval(e *Env) int {
	return b.Body.Eval(&Env{map[string]int{}, e})
}
func (b Block) String() string { return "block" + b.Body.String() }

func run(n Node) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("runtime error: %v", r)
		}
	}()
	env := &Env{vars: map[string]int{}}
	result = n.Eval(env)
	return
}

func main() {
	fact := Seq{
		Assign{"n", Num(10)},
		Assign{"acc", Num(1)},
		While{BinOp{'<', Num(0), Var("n")}, Seq{
			Assign{"acc", BinOp{'*', Var("acc"), Var("n")}},
			Assign{"n", BinOp{'-', Var("n"), Num(1)}},
		}},
		Var("acc"),
	}
	fmt.Println(fact)
	fmt.Println(run(fact))
	scoped := Seq{
		Assign{"x", Num(1)},
		Block{Seq{Assign{"x", Num(5)}, Assign{"y", Num(7)}}},
		Var("x"),
	}
	fmt.Println(run(scoped))
	fmt.Println(run(Seq{Block{Assign{"y", Num(7)}}, Var("y")}))
	fmt.Println(run(BinOp{'/', Num(1), Num(0)}))
	fizz := Seq{
		Assign{"i", Num(1)}, Assign{"count", Num(0)},
		While{BinOp{'<', Var("i"), Num(101)}, Seq{
			If{BinOp{'=', BinOp{'-', Var("i"), BinOp{'*', BinOp{'/', Var("i"), Num(15)}, Num(15)}}, Num(0)},
				Assign{"count", BinOp{'+', Var("count"), Num(1)}}, Num(0)},
			Assign{"i", BinOp{'+', Var("i"), Num(1)}},
		}},
		Var("count"),
	}
	fmt.Println(run(fizz))
	fmt.Println(run(BinOp{'%', Num(1), Num(2)}))
}

// Output:
// {n := 10; acc := 1; while (0 < n) {acc := (acc * n); n := (n - 1)}; acc}
// 3628800 <nil>
// 5 <nil>
// 0 runtime error: undefined variable y
// 0 runtime error: runtime error: integer divide by zero
// 6 <nil>
// 0 runtime error: bad op %
