// os: the environment, arguments, Getwd/Chdir, Expand, Stdout/Stderr as
// files.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	// The environment is shared by the whole process (and by tests running
	// in parallel in it): use a name of our own.
	key := fmt.Sprintf("MVM_TEST_VAR_%d", time.Now().UnixNano())
	os.Setenv(key, "value 1")
	fmt.Println(os.Getenv(key))
	v, ok := os.LookupEnv(key)
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("MVM_TEST_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == key+"=value 1" {
			found = true
		}
	}
	fmt.Println(found)
	os.Unsetenv(key)
	_, ok = os.LookupEnv(key)
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	os.Setenv(key, "gopher")
	fmt.Println(os.ExpandEnv(strings.ReplaceAll("hi $NAME, ${NAME}! $ $1 ${} end$", "NAME", key)))
	os.Unsetenv(key)
	fmt.Println(os.Expand("$a-${b}-$c", func(k string) string { return strings.ToUpper(k) }))
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	// Changing to the current directory keeps other parallel tests safe.
	fmt.Println(os.Chdir(wd))
	err = os.Chdir("/definitely/not/here")
	fmt.Println(err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	n, err := os.Stdout.WriteString("to stdout\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "fprintln to stdout")
	os.Stdout.Write([]byte("write to stdout\n"))
	fmt.Println(os.Getpid() > 0)
}

// Output:
// true
// value 1
// value 1 true
// "" false
// true
// false
// setenv: invalid argument
// setenv: invalid argument
// hi gopher, gopher! $   end$
// A-B-C
// true <nil>
// <nil>
// chdir /definitely/not/here: no such file or directory
// /dev/stdout /dev/stderr /dev/stdin
// to stdout
// 10 <nil>
// fprintln to stdout
// write to stdout
// true
