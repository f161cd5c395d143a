package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

var (
	verbose = flag.Bool("v", false, "verbose")
	count   = flag.Int("count", 3, "how many")
	name    = flag.String("name", "world", "who to greet")
	timeout time.Duration
	big     int64
	ratio   float64
	uu      uint
	u64     uint64
	seen    []string
)

func init() {
	flag.DurationVar(&timeout, "timeout", time.Second, "timeout")
	flag.Int64Var(&big, "big", 0, "big")
	flag.Float64Var(&ratio, "ratio", 0, "ratio")
	flag.UintVar(&uu, "uu", 0, "uint")
	flag.Uint64Var(&u64, "u64", 0, "uint64")
	var s string
	flag.StringVar(&s, "s", "", "s")
	var b bool
	flag.BoolVar(&b, "b", false, "b")
	var i int
	flag.IntVar(&i, "i", 0, "i")
	flag.Func("f", "func", func(v string) error { seen = append(seen, v); return nil })
	flag.BoolFunc("bf", "bool func", func(v string) error { seen = append(seen, "bf="+v); return nil })
	flag.Var(flag.Lookup("i").Value, "i2", "alias of i")
	_ = flag.Int64("i64", 0, "")
	_ = flag.Uint("uint", 0, "")
	_ = flag.Uint64("uint64", 0, "")
	_ = flag.Float64("float", 0, "")
	_ = flag.Duration("dur", 0, "")
}

func main() {
	fmt.Println(flag.Parsed(), flag.CommandLine.ErrorHandling() == flag.ExitOnError)
	os.Args = []string{"greet", "-v", "-count=5", "--name", "gopher", "-timeout", "1.5s", "-big=-9",
		"-ratio", "0.25", "-uu", "8", "-u64", "9", "-f", "one", "-bf", "-i2", "12", "alpha", "beta"}
	flag.Parse()
	fmt.Println(flag.Parsed(), *verbose, *count, *name, timeout, big, ratio, uu, u64, seen)
	fmt.Println(flag.Args(), flag.NArg(), flag.Arg(0), flag.Arg(1), flag.Arg(2) == "", flag.NFlag())
	fmt.Println(flag.Lookup("i").Value, flag.Lookup("i2").Value)
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fmt.Println(flag.Set("count", "7"), *count, flag.Set("nope", "1"), flag.NFlag())
	n := 0
	flag.VisitAll(func(*flag.Flag) { n++ })
	fmt.Println("all:", n)

	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	fmt.Println("--- Usage")
	flag.Usage()
	flag.Usage = func() { fmt.Println("my usage for", os.Args[0]) }
	flag.CommandLine.Usage()
	fmt.Println(flag.CommandLine.Output() == os.Stdout)
}

// Output:
// false true
// true true 5 gopher 1.5s -9 0.25 8 9 [one bf=true]
// [alpha beta] 2 alpha beta true 11
// 12 12
// bf= big=-9 count=5 f= i2=12 name=gopher ratio=0.25 timeout=1.5s u64=9 uu=8 v=true 
// <nil> 7 no such flag -nope 11
// all: 19
//   -b	b
//   -bf
//     	bool func
//   -big int
//     	big
//   -count int
//     	how many (default 3)
//   -dur duration
//     	
//   -f value
//     	func
//   -float float
//     	
//   -i int
//     	i
//   -i2 int
//     	alias of i
//   -i64 int
//     	
//   -name string
//     	who to greet (default "world")
//   -ratio float
//     	ratio
//   -s string
//     	s
//   -timeout duration
//     	timeout (default 1s)
//   -u64 uint
//     	uint64
//   -uint uint
//     	
//   -uint64 uint
//     	
//   -uu uint
//     	uint
//   -v	verbose
// --- Usage
// Usage of greet:
//   -b	b
//   -bf
//     	bool func
//   -big int
//     	big
//   -count int
//     	how many (default 3)
//   -dur duration
//     	
//   -f value
//     	func
//   -float float
//     	
//   -i int
//     	i
//   -i2 int
//     	alias of i
//   -i64 int
//     	
//   -name string
//     	who to greet (default "world")
//   -ratio float
//     	ratio
//   -s string
//     	s
//   -timeout duration
//     	timeout (default 1s)
//   -u64 uint
//     	uint64
//   -uint uint
//     	
//   -uint64 uint
//     	
//   -uu uint
//     	uint
//   -v	verbose
// my usage for greet
// true
