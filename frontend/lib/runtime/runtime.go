// Package runtime holds the types of the errors the runtime raises and a
// few runtime controls. The error types carry only their message.
package runtime

// Error is implemented by the errors of runtime panics.
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

type boundsError struct{ msg string }

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string { return "runtime error: " + e.msg }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct{ msg string }

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct{ msg string }

func (*PanicNilError) RuntimeError() {}
func (e *PanicNilError) Error() string { return e.msg }

// GC runs a garbage collection.
func GC()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS returns the previous setting; goroutines share one thread,
// so the setting is always 1.
func GOMAXPROCS(n int) int { return 1 }

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int { return 1 }

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "mvm"

func Version() string { return "go1.27-mvm" }
