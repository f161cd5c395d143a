package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type level int

func (l *level) String() string { return fmt.Sprintf("L%d", int(*l)) }
func (l *level) Set(s string) error {
	*l = level(len(s))
	return nil
}

type names struct{ list []string }

func (n *names) String() string { return strings.Join(n.list, "+") }
func (n *names) Set(s string) error {
	n.list = append(n.list, s)
	return nil
}

type mode string

func (m mode) String() string   { return "mode:" + string(m) }
func (m mode) Set(string) error { return nil }

type boom struct{ m map[string]int }

func (b *boom) String() string {
	if b.m == nil {
		panic("nil map")
	}
	return "ok"
}
func (b *boom) Set(string) error { return nil }

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("v", false, "verbose output")
	fs.Bool("x", true, "on by default")
	fs.Bool("quiet", false, "say less")
	fs.Int("n", 0, "count")
	fs.Int("jobs", 4, "number of `workers` to run")
	fs.Int64("i", 3, "an int64")
	fs.Uint("u", 0, "uint")
	fs.Uint64("big", 1<<40, "uint64")
	fs.String("s", "", "a string")
	fs.String("out", "a.out", "output `file`")
	fs.String("q", "say \"hi\"", "quoted")
	fs.Float64("ratio", 1.5, "ratio\nsecond line")
	fs.Float64("zero", 0, "zero float")
	fs.Duration("t", 0, "timeout")
	fs.Duration("wait", 90*time.Second, "wait")
	fs.Func("fn", "a func flag", func(string) error { return nil })
	fs.BoolFunc("bf", "a bool func", func(string) error { return nil })
	lv := level(2)
	fs.Var(&lv, "level", "a level")
	var lz level
	fs.Var(&lz, "lz", "zero level")
	fs.Var(&names{}, "names", "some names")
	fs.Var(&names{[]string{"a", "b"}}, "names2", "more `names`")
	fs.Var(mode("fast"), "mode", "a mode")
	fs.Var(mode(""), "m0", "zero mode")
	fs.Var(&boom{map[string]int{}}, "boom", "String panics on zero")
	fs.Int("only`one", 0, "one back`quote")
	fs.PrintDefaults()
	fmt.Println("--- usage")
	fs.Usage()

	fmt.Println("--- unnamed")
	un := flag.NewFlagSet("", flag.ContinueOnError)
	un.SetOutput(os.Stdout)
	un.Int("k", 1, "k")
	un.Usage()

	fmt.Println("--- UnquoteUsage")
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("%s: %q %q\n", f.Name, name, usage)
	})
}

// Output:
//   -bf
//     	a bool func
//   -big uint
//     	uint64 (default 1099511627776)
//   -boom value
//     	String panics on zero
//   -fn value
//     	a func flag
//   -i int
//     	an int64 (default 3)
//   -jobs workers
//     	number of workers to run (default 4)
//   -level value
//     	a level (default L2)
//   -lz value
//     	zero level
//   -m0 value
//     	zero mode
//   -mode value
//     	a mode (default mode:fast)
//   -n int
//     	count
//   -names value
//     	some names
//   -names2 names
//     	more names (default a+b)
//   -only`one int
//     	one back`quote
//   -out file
//     	output file (default "a.out")
//   -q string
//     	quoted (default "say \"hi\"")
//   -quiet
//     	say less
//   -ratio float
//     	ratio
//     	second line (default 1.5)
//   -s string
//     	a string
//   -t duration
//     	timeout
//   -u uint
//     	uint
//   -v	verbose output
//   -wait duration
//     	wait (default 1m30s)
//   -x	on by default (default true)
//   -zero float
//     	zero float
//
// panic calling String method on zero main.boom for flag boom: nil map
// --- usage
// Usage of demo:
//   -bf
//     	a bool func
//   -big uint
//     	uint64 (default 1099511627776)
//   -boom value
//     	String panics on zero
//   -fn value
//     	a func flag
//   -i int
//     	an int64 (default 3)
//   -jobs workers
//     	number of workers to run (default 4)
//   -level value
//     	a level (default L2)
//   -lz value
//     	zero level
//   -m0 value
//     	zero mode
//   -mode value
//     	a mode (default mode:fast)
//   -n int
//     	count
//   -names value
//     	some names
//   -names2 names
//     	more names (default a+b)
//   -only`one int
//     	one back`quote
//   -out file
//     	output file (default "a.out")
//   -q string
//     	quoted (default "say \"hi\"")
//   -quiet
//     	say less
//   -ratio float
//     	ratio
//     	second line (default 1.5)
//   -s string
//     	a string
//   -t duration
//     	timeout
//   -u uint
//     	uint
//   -v	verbose output
//   -wait duration
//     	wait (default 1m30s)
//   -x	on by default (default true)
//   -zero float
//     	zero float
//
// panic calling String method on zero main.boom for flag boom: nil map
// --- unnamed
// Usage:
//   -k int
//     	k (default 1)
// --- UnquoteUsage
// bf: "" "a bool func"
// big: "uint" "uint64"
// boom: "value" "String panics on zero"
// fn: "value" "a func flag"
// i: "int" "an int64"
// jobs: "workers" "number of workers to run"
// level: "value" "a level"
// lz: "value" "zero level"
// m0: "value" "zero mode"
// mode: "value" "a mode"
// n: "int" "count"
// names: "value" "some names"
// names2: "names" "more names"
// only`one: "int" "one back`quote"
// out: "file" "output file"
// q: "string" "quoted"
// quiet: "" "say less"
// ratio: "float" "ratio\nsecond line"
// s: "string" "a string"
// t: "duration" "timeout"
// u: "uint" "uint"
// v: "" "verbose output"
// wait: "duration" "wait"
// x: "" "on by default"
// zero: "float" "zero float"
