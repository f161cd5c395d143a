package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"time"
)

func try(args ...string) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("n", 5, "a `number` of things")
	fs.Bool("b", false, "a bool")
	fs.Float64("f", 0, "float")
	fs.Duration("d", 0, "dur")
	fs.Uint("u", 0, "uint")
	fs.Func("fn", "func", func(s string) error { return errors.New("rejected " + s) })
	fmt.Printf("== %q\n", args)
	err := fs.Parse(args)
	fmt.Printf("err: %v (help: %v)\n", err, err == flag.ErrHelp)
	fmt.Println("rest:", fs.Args())
	fmt.Println("n =", fs.Lookup("n").Value, "u =", fs.Lookup("u").Value)
}

func main() {
	try("-x")
	try("--undefined=3", "a")
	try("-n")
	try("-n", "abc")
	try("-n", "99999999999999999999")
	try("-u", "-1")
	try("-f", "1.2.3")
	try("-d", "10")
	try("-b=maybe")
	try("-fn", "v")
	try("-h")
	try("-help")
	try("--help", "x")
	try("---n", "1")
	try("-=1")
	try("-n=")
	try("a", "-n", "2")

	// A custom Usage is called instead of the default one.
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Usage = func() { fmt.Println("custom usage") }
	fmt.Println(fs.Parse([]string{"-zzz"}))
	fs.Usage = nil
	fmt.Println(fs.Parse([]string{"-zzz"}))

	// Bad names and redefinitions panic.
	for _, name := range []string{"-dash", "a=b", "n"} {
		func() {
			defer func() { fmt.Printf("recovered: %v\n", recover()) }()
			g := flag.NewFlagSet("g", flag.ContinueOnError)
			g.SetOutput(os.Stdout)
			g.Int("n", 0, "")
			g.Int(name, 0, "")
		}()
	}
	func() {
		defer func() { fmt.Printf("recovered: %v\n", recover()) }()
		g := flag.NewFlagSet("", flag.ContinueOnError)
		g.SetOutput(os.Stdout)
		g.Duration("t", time.Second, "")
		g.Duration("t", time.Second, "")
	}()

	// PanicOnError panics with the error.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %T %v\n", r, r)
		}()
		p := flag.NewFlagSet("p", flag.PanicOnError)
		p.SetOutput(os.Stdout)
		p.Parse([]string{"-q"})
	}()
}

// Output:
// == ["-x"]
// flag provided but not defined: -x
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: flag provided but not defined: -x (help: false)
// rest: []
// n = 5 u = 0
// == ["--undefined=3" "a"]
// flag provided but not defined: -undefined
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: flag provided but not defined: -undefined (help: false)
// rest: [a]
// n = 5 u = 0
// == ["-n"]
// flag needs an argument: -n
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: flag needs an argument: -n (help: false)
// rest: []
// n = 5 u = 0
// == ["-n" "abc"]
// invalid value "abc" for flag -n: parse error
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid value "abc" for flag -n: parse error (help: false)
// rest: []
// n = 0 u = 0
// == ["-n" "99999999999999999999"]
// invalid value "99999999999999999999" for flag -n: value out of range
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid value "99999999999999999999" for flag -n: value out of range (help: false)
// rest: []
// n = 9223372036854775807 u = 0
// == ["-u" "-1"]
// invalid value "-1" for flag -u: parse error
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid value "-1" for flag -u: parse error (help: false)
// rest: []
// n = 5 u = 0
// == ["-f" "1.2.3"]
// invalid value "1.2.3" for flag -f: parse error
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid value "1.2.3" for flag -f: parse error (help: false)
// rest: []
// n = 5 u = 0
// == ["-d" "10"]
// invalid value "10" for flag -d: parse error
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid value "10" for flag -d: parse error (help: false)
// rest: []
// n = 5 u = 0
// == ["-b=maybe"]
// invalid boolean value "maybe" for -b: parse error
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid boolean value "maybe" for -b: parse error (help: false)
// rest: []
// n = 5 u = 0
// == ["-fn" "v"]
// invalid value "v" for flag -fn: rejected v
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid value "v" for flag -fn: rejected v (help: false)
// rest: []
// n = 5 u = 0
// == ["-h"]
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: flag: help requested (help: true)
// rest: []
// n = 5 u = 0
// == ["-help"]
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: flag: help requested (help: true)
// rest: []
// n = 5 u = 0
// == ["--help" "x"]
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: flag: help requested (help: true)
// rest: [x]
// n = 5 u = 0
// == ["---n" "1"]
// bad flag syntax: ---n
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: bad flag syntax: ---n (help: false)
// rest: [---n 1]
// n = 5 u = 0
// == ["-=1"]
// bad flag syntax: -=1
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: bad flag syntax: -=1 (help: false)
// rest: [-=1]
// n = 5 u = 0
// == ["-n="]
// invalid value "" for flag -n: parse error
// Usage of prog:
//   -b	a bool
//   -d duration
//     	dur
//   -f float
//     	float
//   -fn value
//     	func
//   -n number
//     	a number of things (default 5)
//   -u uint
//     	uint
// err: invalid value "" for flag -n: parse error (help: false)
// rest: []
// n = 0 u = 0
// == ["a" "-n" "2"]
// err: <nil> (help: false)
// rest: [a -n 2]
// n = 5 u = 0
// flag provided but not defined: -zzz
// custom usage
// flag provided but not defined: -zzz
// flag provided but not defined: -zzz
// Usage:
// flag provided but not defined: -zzz
// flag "-dash" begins with -
// recovered: flag "-dash" begins with -
// flag "a=b" contains =
// recovered: flag "a=b" contains =
// g flag redefined: n
// recovered: g flag redefined: n
// flag redefined: t
// recovered: flag redefined: t
// flag provided but not defined: -q
// Usage of p:
// recovered: *errors.errorString flag provided but not defined: -q
