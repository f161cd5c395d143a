// Package os provides a platform-independent interface to operating
// system functionality.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)

// A File is an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

func writeFd(fd int, s string) int

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	return writeFd(f.fd, string(b)), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return writeFd(f.fd, s), nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string
