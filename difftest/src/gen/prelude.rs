//! Helper functions a generated program may call. Only the helpers it
//! references (and their dependencies) are emitted.

pub struct Helper {
    pub name: &'static str,
    pub deps: &'static [&'static str],
    pub text: &'static str,
}

pub const HELPERS: &[Helper] = &[
    Helper {
        name: "mix",
        deps: &[],
        text: "var cs uint64

func mix(v uint64) {
	cs ^= v + 0x9e3779b97f4a7c15 + (cs << 6) + (cs >> 2)
}",
    },
    Helper {
        name: "hf",
        deps: &[],
        text: "func hf(f float64) uint64 {
	if f != f {
		return 0x7ff8
	}
	return math.Float64bits(f)
}",
    },
    Helper {
        name: "hb",
        deps: &[],
        text: "func hb(b bool) uint64 {
	if b {
		return 1
	}
	return 2
}",
    },
    Helper {
        name: "hs",
        deps: &[],
        text: "func hs(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}",
    },
    Helper {
        name: "f2i",
        deps: &[],
        text: "func f2i(f float64) int64 {
	if f != f || f > 9e18 || f < -9e18 {
		return -7
	}
	return int64(f)
}",
    },
    Helper {
        name: "f2u",
        deps: &[],
        text: "func f2u(f float64) uint64 {
	if f != f || f < 0 || f > 1.8e19 {
		return 7
	}
	return uint64(f)
}",
    },
    Helper {
        name: "cut",
        deps: &[],
        text: "func cut(s string) string {
	if len(s) > 48 {
		return s[len(s)-48:]
	}
	return s
}",
    },
    Helper {
        name: "id",
        deps: &[],
        text: "func id[T any](v T) T {
	return v
}",
    },
    Helper {
        name: "sub",
        deps: &[],
        text: "func sub[T any](s []T, a, b uint) []T {
	n := uint(len(s))
	lo := a % n
	hi := lo + 1 + b%(n-lo)
	return s[lo:hi]
}",
    },
    Helper {
        name: "sub3",
        deps: &[],
        text: "func sub3[T any](s []T, a, b, c uint) []T {
	n := uint(len(s))
	lo := a % n
	hi := lo + 1 + b%(n-lo)
	m := hi + c%(n-hi+1)
	return s[lo:hi:m]
}",
    },
    Helper {
        name: "subs",
        deps: &[],
        text: "func subs(s string, a, b uint) string {
	n := uint(len(s))
	lo := a % n
	hi := lo + 1 + b%(n-lo)
	return s[lo:hi]
}",
    },
    Helper {
        name: "Number",
        deps: &[],
        text: "type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64
}",
    },
    Helper {
        name: "gSum",
        deps: &["Number"],
        text: "func gSum[T Number](s []T) T {
	var t T
	for _, v := range s {
		t += v
	}
	return t
}",
    },
    Helper {
        name: "gMax",
        deps: &[],
        text: "func gMax[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}",
    },
    Helper {
        name: "gMin",
        deps: &[],
        text: "func gMin[T cmp.Ordered](a T, rest ...T) T {
	for _, v := range rest {
		if v < a {
			a = v
		}
	}
	return a
}",
    },
    Helper {
        name: "gMap",
        deps: &[],
        text: "func gMap[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}",
    },
    Helper {
        name: "gReduce",
        deps: &[],
        text: "func gReduce[T, A any](s []T, acc A, f func(A, T) A) A {
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}",
    },
    Helper {
        name: "gIndex",
        deps: &[],
        text: "func gIndex[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}",
    },
    Helper {
        name: "gCount",
        deps: &[],
        text: "func gCount[T any](s []T, f func(T) bool) int {
	n := 0
	for _, v := range s {
		if f(v) {
			n++
		}
	}
	return n
}",
    },
    Helper {
        name: "gRev",
        deps: &[],
        text: "func gRev[T any](s []T) []T {
	r := make([]T, len(s))
	for i, v := range s {
		r[len(s)-1-i] = v
	}
	return r
}",
    },
    Helper {
        name: "gPair",
        deps: &[],
        text: "type gPair[A, B any] struct {
	a A
	b B
}

func mkPair[A, B any](a A, b B) gPair[A, B] {
	return gPair[A, B]{a, b}
}

func (p gPair[A, B]) swap() gPair[B, A] {
	return gPair[B, A]{p.b, p.a}
}",
    },
    Helper {
        name: "gStack",
        deps: &[],
        text: "type gStack[T any] struct {
	items []T
}

func (s *gStack[T]) push(v T) {
	s.items = append(s.items, v)
}

func (s *gStack[T]) pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}",
    },
    Helper {
        name: "seq",
        deps: &[],
        text: "func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i * 3 % 7) {
				return
			}
		}
	}
}",
    },
    Helper {
        name: "pairs",
        deps: &[],
        text: "func pairs[T any](s []T) func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}",
    },
    Helper {
        name: "myErr",
        deps: &[],
        text: "type myErr struct {
	code int
	msg  string
}

func (e *myErr) Error() string {
	return fmt.Sprintf(\"myErr %d: %s\", e.code, e.msg)
}",
    },
];

/// Does `text` mention `name` as an identifier (not as part of a longer
/// one)?
pub fn mentions(text: &str, name: &str) -> bool {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find(name) {
        let s = from + i;
        let e = s + name.len();
        let ok_l = s == 0 || !is_ident(b[s - 1]);
        let ok_r = e >= b.len() || !is_ident(b[e]);
        if ok_l && ok_r && (s == 0 || b[s - 1] != b'.') {
            return true;
        }
        from = s + 1;
    }
    false
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

pub const PACKAGES: &[&str] =
    &["cmp", "errors", "fmt", "maps", "math", "os", "slices", "sort", "strconv", "strings", "sync"];

/// Completes a program body (type, function and variable declarations)
/// with the package clause, the imports it uses and the helpers it
/// references. Used by the generator and by the reducer after each cut.
pub fn assemble(body: &str) -> String {
    let mut text = body.to_string();
    let mut included = vec![false; HELPERS.len()];
    loop {
        let mut changed = false;
        for (i, h) in HELPERS.iter().enumerate() {
            if !included[i]
                && (mentions(&text, h.name)
                    || (h.name == "gPair" && mentions(&text, "mkPair"))
                    || (h.name == "mix" && mentions(&text, "cs")))
            {
                included[i] = true;
                changed = true;
                for d in h.deps {
                    let j = HELPERS.iter().position(|x| x.name == *d).unwrap();
                    included[j] = true;
                }
                text.push('\n');
                text.push_str(h.text);
            }
        }
        if !changed {
            break;
        }
    }
    let mut helpers = String::new();
    for (i, h) in HELPERS.iter().enumerate() {
        if included[i] {
            helpers.push_str(h.text);
            helpers.push_str("\n\n");
        }
    }
    with_imports(&format!("{helpers}{body}"))
}

/// The package clause and the imports `body` uses, then `body`.
pub fn with_imports(body: &str) -> String {
    let mut out = String::from("package main\n\n");
    let used: Vec<&str> = PACKAGES.iter().copied().filter(|p| uses_package(body, p)).collect();
    if !used.is_empty() {
        out.push_str("import (\n");
        for p in used {
            out.push_str(&format!("\t\"{p}\"\n"));
        }
        out.push_str(")\n\n");
    }
    out.push_str(body);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The declarations of a program: everything after its imports.
pub fn strip_header(src: &str) -> String {
    let mut lines = src.lines().peekable();
    let mut out = Vec::new();
    let mut in_import = false;
    let mut started = false;
    for l in &mut lines {
        if !started {
            if l.starts_with("package ") || l.is_empty() {
                continue;
            }
            if l.starts_with("import (") {
                in_import = true;
                continue;
            }
            if in_import {
                if l == ")" {
                    in_import = false;
                }
                continue;
            }
            if l.starts_with("import ") {
                continue;
            }
            started = true;
        }
        out.push(l);
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

fn uses_package(text: &str, pkg: &str) -> bool {
    let pat = format!("{pkg}.");
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find(&pat) {
        let s = from + i;
        if (s == 0 || !(is_ident(b[s - 1]) || b[s - 1] == b'.')) && !in_string(text, s) {
            return true;
        }
        from = s + 1;
    }
    false
}

/// Is byte `at` inside a string literal on its line? (Generated code
/// keeps string literals on one line.)
fn in_string(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut inside = false;
    let mut esc = false;
    for &c in &text.as_bytes()[line_start..at] {
        if esc {
            esc = false;
            continue;
        }
        match c {
            b'\\' if inside => esc = true,
            b'"' => inside = !inside,
            _ => {}
        }
    }
    inside
}
