// Package os provides a platform-independent interface to operating
// system functionality: files, directories, the environment and the
// process. System calls are runtime natives returning an errno.
package os

import (
	"errors"
	"internal/oserror"
	"io"
	"io/fs"
	"syscall"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run; buffered output is flushed.
func Exit(code int)

// Errors shared with io/fs.
var (
	ErrInvalid          = fs.ErrInvalid
	ErrPermission       = fs.ErrPermission
	ErrExist            = fs.ErrExist
	ErrNotExist         = fs.ErrNotExist
	ErrClosed           = fs.ErrClosed
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

type (
	PathError = fs.PathError
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Whence values for Seek.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// LinkError records an error during a link, symlink or rename system call
// and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err is a timeout.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

// Natives (errno 0 means success).
func sysOpen(name string, flag int, perm int) (int, int)
func sysRead(fd int, b []byte) (int, int)
func sysPread(fd int, b []byte, off int64) (int, int)
func sysWrite(fd int, b []byte) (int, int)
func sysPwrite(fd int, b []byte, off int64) (int, int)
func sysClose(fd int) int
func sysSeek(fd int, off int64, whence int) (int64, int)
func sysStat(name string, lstat bool) (size int64, mode uint32, mtime int64, errno int)
func sysFstat(fd int) (size int64, mode uint32, mtime int64, errno int)
func sysMkdir(name string, perm int) int
func sysUnlink(name string) int
func sysRmdir(name string) int
func sysRemoveAll(name string) int
func sysRename(oldname, newname string) int
func sysReadDir(name string) (string, int)
func sysChmod(name string, perm int) int
func sysTruncate(name string, size int64) int
func sysFtruncate(fd int, size int64) int
func sysSymlink(oldname, newname string) int
func sysLink(oldname, newname string) int
func sysReadlink(name string) (string, int)
func sysGetwd() (string, int)
func sysChdir(dir string) int
func sysLookupEnv(key string) (string, bool)
func sysSetenv(key, value string) int
func sysUnsetenv(key string) int
func sysEnviron() string
func sysGetpid() int
func sysHostname() (string, int)
func sysRandom() uint32

func errnoErr(e int) error { return syscall.Errno(e) }

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dirRead    bool
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

func syscallMode(m FileMode) int {
	o := int(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 04000
	}
	if m&ModeSetgid != 0 {
		o |= 02000
	}
	if m&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(e)}
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Read reads up to len(b) bytes from the File and stores them in b. At
// end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errnoErr(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			err = &PathError{Op: "read", Path: f.name, Err: errnoErr(e)}
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errnoErr(e)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, e := sysPwrite(f.fd, b, off)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errnoErr(e)}
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errnoErr(e)}
	}
	return r, nil
}

// Close closes the File.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error { return f.checkValid("sync") }

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysFtruncate(f.fd, size); e != 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	size, mode, mtime, e := sysFstat(f.fd)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errnoErr(e)}
	}
	return &fileStat{name: basename(f.name), size: size, mode: FileMode(mode), mtime: mtime}, nil
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order (sorted by
// name here). n <= 0 reads everything.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	if f.dirRead {
		if n > 0 {
			return nil, io.EOF
		}
		return []DirEntry{}, nil
	}
	f.dirRead = true
	list, err := readDir(f.name, "readdirent")
	if n > 0 && len(list) == 0 && err == nil {
		return nil, io.EOF
	}
	return list, err
}

// Readdirnames reads the names of the directory's entries.
func (f *File) Readdirnames(n int) (names []string, err error) {
	list, err := f.ReadDir(n)
	for _, e := range list {
		names = append(names, e.Name())
	}
	return names, err
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return Chmod(f.name, mode)
}

type fileStat struct {
	name  string
	size  int64
	mode  FileMode
	mtime int64
}

func (fs *fileStat) Name() string   { return fs.name }
func (fs *fileStat) Size() int64    { return fs.size }
func (fs *fileStat) Mode() FileMode { return fs.mode }
func (fs *fileStat) IsDir() bool    { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any       { return nil }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func stat(op, name string, lstat bool) (FileInfo, error) {
	size, mode, mtime, e := sysStat(name, lstat)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errnoErr(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: FileMode(mode), mtime: mtime}, nil
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) { return stat("stat", name, false) }

// Lstat returns a FileInfo describing the named file, not following a
// final symbolic link.
func Lstat(name string) (FileInfo, error) { return stat("lstat", name, true) }

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if s, _, _, e := sysFstat(f.fd); e == 0 && s > 0 {
		size = int(s) + 1
	}
	data := make([]byte, 0, size)
	for {
		n, e := sysRead(f.fd, data[len(data):cap(data)])
		if e != 0 {
			return data, &PathError{Op: "read", Path: name, Err: errnoErr(e)}
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary
// (with permissions perm, before umask) and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	if e1 != int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errnoErr(e)}
}

// RemoveAll removes path and any children it contains. A missing path is
// not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	if e := sysRemoveAll(path); e != 0 {
		return &PathError{Op: "unlinkat", Path: path, Err: errnoErr(e)}
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errnoErr(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errnoErr(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, errnoErr(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errnoErr(e)}
	}
	return s, nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	s, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errnoErr(e))
	}
	return s, nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(e)}
	}
	return nil
}

type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.dir + "/" + d.name) }
func (d *dirEntry) String() string          { return fs.FormatDirEntry(d) }

func readDir(name, op string) ([]DirEntry, error) {
	s, e := sysReadDir(name)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errnoErr(e)}
	}
	list := []DirEntry{}
	for len(s) > 0 {
		i := 1
		for s[i] != 0 {
			i++
		}
		var t FileMode
		switch s[0] {
		case 'd':
			t = ModeDir
		case 'l':
			t = ModeSymlink
		case 'p':
			t = ModeNamedPipe
		case 's':
			t = ModeSocket
		case 'c':
			t = ModeDevice | ModeCharDevice
		case 'b':
			t = ModeDevice
		case '?':
			t = ModeIrregular
		}
		list = append(list, &dirEntry{dir: name, name: s[1:i], typ: t})
		s = s[i+1:]
	}
	return list, nil
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename.
func ReadDir(name string) ([]DirEntry, error) { return readDir(name, "open") }

// TempDir returns the default directory to use for temporary files.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func nextRandom() string {
	n := sysRandom()
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errors.New("pattern contains path separator")
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinDir(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// CreateTemp creates a new temporary file in the directory dir, opens it
// for reading and writing, and returns the resulting file. The last "*"
// of pattern is replaced by a random string.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinDir(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in the directory dir and
// returns the pathname of the new directory.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinDir(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		return "", err
	}
}

// Getpid returns the process id of the caller.
func Getpid() int { return sysGetpid() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	s, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("gethostname", errnoErr(e))
	}
	return s, nil
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

var _ = oserror.ErrClosed
