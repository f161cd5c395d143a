package main

import "fmt"

type Logger interface {
	Log(string)
}

type ConsoleLogger struct{ Prefix string }

func (c ConsoleLogger) Log(s string) { fmt.Println(c.Prefix + s) }

type Service struct {
	Logger
	Name string
}

type Counter struct {
	n int
}

func (c *Counter) Inc() int { c.n++; return c.n }

type Wrapped struct {
	Counter
	label string
}

type Multi struct {
	Wrapped
	Logger
}

func main() {
	s := Service{ConsoleLogger{"> "}, "svc"}
	s.Log("hello from " + s.Name)
	var l Logger = s
	l.Log("via interface")
	w := Wrapped{label: "w"}
	w.Inc()
	w.Inc()
	fmt.Println(w.n, w.Counter.n)
	fmt.Println(w.Inc())
	pw := &w
	pw.Inc()
	fmt.Println(w.n)
	m := Multi{Wrapped: w, Logger: ConsoleLogger{"multi: "}}
	m.Log(m.label)
	m.Inc()
	fmt.Println(m.n, w.n)
	type Incer interface{ Inc() int }
	var inc Incer = &m
	fmt.Println(inc.Inc(), m.n)
	s2 := Service{Name: "nolog"}
	fmt.Println(s2.Logger == nil)
}

// Output:
// > hello from svc
// > via interface
// 2 2
// 3
// 4
// multi: w
// 5 4
// 6 6
// true
