package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	*l = append(*l, s)
	return nil
}

func show(fs *flag.FlagSet) {
	fmt.Println("args:", fs.Args(), fs.NArg(), "nflag:", fs.NFlag(), "parsed:", fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("  set %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	v := fs.Bool("v", false, "verbose")
	n := fs.Int("n", 1, "count")
	i64 := fs.Int64("big", -5, "a big one")
	u := fs.Uint("u", 7, "unsigned")
	u64 := fs.Uint64("u64", 0, "unsigned 64")
	s := fs.String("name", "anon", "your name")
	f := fs.Float64("ratio", 0.5, "ratio")
	d := fs.Duration("wait", 2*time.Second, "how long")
	var list listValue
	fs.Var(&list, "item", "repeatable")
	var got []string
	fs.Func("fn", "calls a func", func(s string) error {
		got = append(got, s)
		if s == "bad" {
			return errors.New("no bad values")
		}
		return nil
	})
	fs.BoolFunc("bf", "bool func", func(s string) error {
		got = append(got, "bf:"+s)
		return nil
	})
	var sv string
	fs.StringVar(&sv, "sv", "", "string var")
	fmt.Println(fs.Parsed(), fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)

	err := fs.Parse([]string{"-v", "--n=42", "-big", "0x10", "-u", "3", "-u64=18446744073709551615",
		"-name", "gopher", "--ratio", "1e3", "-wait=1m30s", "-item", "a", "-item=b", "-fn", "x",
		"-bf", "-bf=false", "-sv=", "rest", "-n", "9"})
	fmt.Println("err:", err)
	fmt.Println(*v, *n, *i64, *u, *u64, *s, *f, *d, list, got, sv == "")
	show(fs)
	fmt.Println(fs.Arg(0), fs.Arg(1), fs.Arg(2), fs.Arg(-1) == "", fs.Arg(5) == "")

	// "--" ends the flags; a lone "-" is an argument.
	err = fs.Parse([]string{"-v=false", "--", "-n", "3"})
	fmt.Println(err, *v, *n, fs.Args())
	err = fs.Parse([]string{"-", "-n", "3"})
	fmt.Println(err, fs.Args())
	err = fs.Parse([]string{})
	fmt.Println(err, fs.Args() == nil, len(fs.Args()))

	// Lookup, Set and Getter.
	fl := fs.Lookup("n")
	fmt.Println(fl.Name, fl.Usage, fl.DefValue, fl.Value.String())
	fmt.Println(fs.Lookup("nope") == nil)
	fmt.Println(fs.Set("n", "100"), *n)
	fmt.Println(fs.Set("n", "x"), *n)
	fmt.Println(fs.Set("nope", "1"))
	for _, name := range []string{"v", "n", "big", "u", "u64", "name", "ratio", "wait"} {
		g := fs.Lookup(name).Value.(flag.Getter).Get()
		fmt.Printf("%s: %T %v\n", name, g, g)
	}
	_, isGetter := fs.Lookup("fn").Value.(flag.Getter)
	fmt.Println("fn getter:", isGetter)
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
}

// Output:
// false tool true
// err: <nil>
// true 42 16 3 18446744073709551615 gopher 1000 1m30s [a b] [x bf:true bf:false] true
// args: [rest -n 9] 3 nflag: 12 parsed: true
//   set bf= (default "")
//   set big=16 (default "-5")
//   set fn= (default "")
//   set item=a,b (default "")
//   set n=42 (default "1")
//   set name=gopher (default "anon")
//   set ratio=1000 (default "0.5")
//   set sv= (default "")
//   set u=3 (default "7")
//   set u64=18446744073709551615 (default "0")
//   set v=true (default "false")
//   set wait=1m30s (default "2s")
// rest -n 9 true true
// <nil> false 42 [-n 3]
// <nil> [- -n 3]
// <nil> false 0
// n count 1 42
// true
// <nil> 100
// parse error 0
// no such flag -nope
// v: bool false
// n: int 0
// big: int64 16
// u: uint 3
// u64: uint64 18446744073709551615
// name: string gopher
// ratio: float64 1000
// wait: time.Duration 1m30s
// fn getter: false
// bf big fn item n name ratio sv u u64 v wait 
