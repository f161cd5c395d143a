package os

import "syscall"

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := sysLookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key and reports whether it was set.
func LookupEnv(key string) (string, bool) { return sysLookupEnv(key) }

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", syscall.Errno(e))
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	sysUnsetenv(key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range Environ() {
		for i := 1; i < len(kv); i++ {
			if kv[i] == '=' {
				sysUnsetenv(kv[:i])
				break
			}
		}
	}
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string {
	s := sysEnviron()
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in the string based on the mapping
// function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Invalid syntax: eat the characters.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
