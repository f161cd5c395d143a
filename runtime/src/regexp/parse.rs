//! Parser of RE2 syntax as Go's regexp accepts it (Perl flags, Unicode
//! groups), producing a small syntax tree whose character classes are
//! already folded and negated. Errors carry Go's codes and the text Go
//! quotes with them.

use super::unames::{CATEGORIES, CATEGORY_ALIASES, FOLD_CATEGORIES, FOLD_SCRIPTS, SCRIPTS};
use crate::strings::decode_rune;
use crate::unicodelib::simple_fold_rune;
use crate::unicodetables::{id, RUNS, TABLES};
use std::sync::Arc;

pub const ERR_INVALID_CHAR_RANGE: &str = "invalid character class range";
pub const ERR_INVALID_ESCAPE: &str = "invalid escape sequence";
pub const ERR_INVALID_NAMED_CAPTURE: &str = "invalid named capture";
pub const ERR_INVALID_PERL_OP: &str = "invalid or unsupported Perl syntax";
pub const ERR_INVALID_REPEAT_OP: &str = "invalid nested repetition operator";
pub const ERR_INVALID_REPEAT_SIZE: &str = "invalid repeat count";
pub const ERR_INVALID_UTF8: &str = "invalid UTF-8";
pub const ERR_MISSING_BRACKET: &str = "missing closing ]";
pub const ERR_MISSING_PAREN: &str = "missing closing )";
pub const ERR_MISSING_REPEAT_ARGUMENT: &str = "missing argument to repetition operator";
pub const ERR_TRAILING_BACKSLASH: &str = "trailing backslash at end of expression";
pub const ERR_UNEXPECTED_PAREN: &str = "unexpected )";
pub const ERR_NESTING_DEPTH: &str = "expression nests too deeply";
pub const ERR_LARGE: &str = "expression too large";

const MAX_RUNE: u32 = 0x10FFFF;
/// No code point above this has a case-folding partner.
const MAX_FOLD: u32 = 0x1FFFF;
const MAX_DEPTH: usize = 1000;

#[derive(Debug)]
pub struct Error {
    pub code: &'static str,
    pub expr: Vec<u8>,
}

fn err<T>(code: &'static str, expr: &[u8]) -> Result<T, Error> {
    Err(Error { code, expr: expr.to_vec() })
}

/// Sorted, non-overlapping, non-adjacent inclusive ranges of code points.
pub type Ranges = Arc<[(u32, u32)]>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Look {
    BeginLine,
    EndLine,
    BeginText,
    EndText,
    WordBoundary,
    NotWordBoundary,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Class(Ranges),
    Look(Look),
    Cap(usize, Box<Node>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    /// `counted` is a {n,m} form (subject to Go's size checks); max None is unbounded.
    Rep {
        sub: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        counted: bool,
    },
}

impl Node {
    pub fn nullable(&self) -> bool {
        match self {
            Node::Empty | Node::Look(_) => true,
            Node::Class(_) => false,
            Node::Cap(_, s) => s.nullable(),
            Node::Cat(v) => v.iter().all(Node::nullable),
            Node::Alt(v) => v.iter().any(Node::nullable),
            Node::Rep { sub, min, .. } => *min == 0 || sub.nullable(),
        }
    }
}

#[derive(Clone, Copy)]
struct Flags {
    fold: bool,
    multi_line: bool,
    dot_nl: bool,
    ungreedy: bool,
}

struct Frame {
    alts: Vec<Node>,
    cur: Vec<Node>,
    cap: Option<usize>,
    /// Flags in force before the group opened, restored at its `)`.
    saved: Flags,
}

pub struct Parsed {
    pub node: Node,
    pub ncap: usize,
    /// Group names by index; index 0 (the whole match) is "".
    pub names: Vec<Vec<u8>>,
}

/// Go's nextRune: the rune at the start of `s`, invalid UTF-8 an error
/// quoting the rest.
fn next_rune(s: &[u8]) -> Result<(u32, usize), Error> {
    let (r, w) = decode_rune(s);
    if r == 0xFFFD && w == 1 {
        return err(ERR_INVALID_UTF8, s);
    }
    Ok((r, w))
}

fn is_alnum(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
        || (b'A' as u32..=b'Z' as u32).contains(&c)
        || (b'a' as u32..=b'z' as u32).contains(&c)
}

// ---- classes ----

fn clean(mut r: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    r.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(r.len());
    for (lo, hi) in r {
        if let Some(last) = out.last_mut() {
            if lo <= last.1.saturating_add(1) {
                last.1 = last.1.max(hi);
                continue;
            }
        }
        out.push((lo, hi));
    }
    out
}

fn negate(r: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(r.len() + 1);
    let mut next = 0u32;
    for &(lo, hi) in r {
        if lo > next {
            out.push((next, lo - 1));
        }
        next = hi + 1;
    }
    if next <= MAX_RUNE {
        out.push((next, MAX_RUNE));
    }
    out
}

/// Appends [lo, hi] and every code point equivalent to one in it under
/// simple case folding.
fn add_folded(r: &mut Vec<(u32, u32)>, lo: u32, hi: u32) {
    r.push((lo, hi));
    let (a, b) = (lo.max(b'A' as u32), hi.min(MAX_FOLD));
    let mut c = a;
    while c <= b {
        let mut f = simple_fold_rune(c as i64) as u32;
        while f != c {
            if f < lo || f > hi {
                r.push((f, f));
            }
            f = simple_fold_rune(f as i64) as u32;
        }
        c += 1;
    }
}

fn add_class(r: &mut Vec<(u32, u32)>, class: &[(u32, u32)], fold: bool, negated: bool) {
    let mut tmp = Vec::new();
    for &(lo, hi) in class {
        if fold {
            add_folded(&mut tmp, lo, hi);
        } else {
            tmp.push((lo, hi));
        }
    }
    let tmp = clean(tmp);
    if negated {
        r.extend(negate(&tmp));
    } else {
        r.extend(tmp);
    }
}

fn table_ranges(t: usize) -> Vec<(u32, u32)> {
    let (start, n, _, _) = TABLES[t];
    let mut out = Vec::new();
    for &(lo, hi, stride) in &RUNS[start as usize..(start + n) as usize] {
        if stride <= 1 {
            out.push((lo, hi));
        } else {
            let mut c = lo;
            while c <= hi {
                out.push((c, c));
                c += stride;
            }
        }
    }
    out
}

const PERL_D: &[(u32, u32)] = &[(0x30, 0x39)];
const PERL_S: &[(u32, u32)] = &[(0x09, 0x0A), (0x0C, 0x0D), (0x20, 0x20)];
const PERL_W: &[(u32, u32)] = &[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)];

fn perl_class(c: u8) -> Option<(&'static [(u32, u32)], bool)> {
    Some(match c {
        b'd' => (PERL_D, false),
        b'D' => (PERL_D, true),
        b's' => (PERL_S, false),
        b'S' => (PERL_S, true),
        b'w' => (PERL_W, false),
        b'W' => (PERL_W, true),
        _ => return None,
    })
}

fn posix_class(name: &[u8]) -> Option<&'static [(u32, u32)]> {
    Some(match name {
        b"alnum" => &[(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)],
        b"alpha" => &[(0x41, 0x5A), (0x61, 0x7A)],
        b"ascii" => &[(0x00, 0x7F)],
        b"blank" => &[(0x09, 0x09), (0x20, 0x20)],
        b"cntrl" => &[(0x00, 0x1F), (0x7F, 0x7F)],
        b"digit" => &[(0x30, 0x39)],
        b"graph" => &[(0x21, 0x7E)],
        b"lower" => &[(0x61, 0x7A)],
        b"print" => &[(0x20, 0x7E)],
        b"punct" => &[(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)],
        b"space" => &[(0x09, 0x0D), (0x20, 0x20)],
        b"upper" => &[(0x41, 0x5A)],
        b"word" => &[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)],
        b"xdigit" => &[(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)],
        _ => return None,
    })
}

/// Go's canonical property name: first letter upper case, the rest lower
/// case, without '_', '-' and ' '.
fn canonical(name: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len());
    let mut first = true;
    for &c in name {
        if c == b'_' || c == b'-' || c == b' ' {
            continue;
        }
        if first {
            out.push(c.to_ascii_uppercase());
            first = false;
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// A Unicode group: its code points, whether (?i) closes it under
/// folding, and whether it is negated.
type Group = (Vec<(u32, u32)>, bool, bool);

/// The group \p{name} denotes, names matched as Go does (case, '_', '-'
/// and ' ' ignored; category aliases; Any, Assigned, ASCII).
fn unicode_table(name: &[u8]) -> Option<Group> {
    let name = canonical(name);
    match &name[..] {
        b"Any" => return Some((vec![(0, MAX_RUNE)], false, false)),
        b"Assigned" => return Some((table_ranges(id::Cn), false, true)),
        b"Ascii" => return Some((vec![(0, 0x7F)], true, false)),
        b"Lc" => return Some((table_ranges(id::LC), false, false)),
        _ => {}
    }
    if let Some((k, t)) = find(CATEGORIES, &name) {
        return Some((table_ranges(t), FOLD_CATEGORIES.contains(&k), false));
    }
    if let Some((k, t)) = find(SCRIPTS, &name) {
        return Some((table_ranges(t), FOLD_SCRIPTS.contains(&k), false));
    }
    if let Some(&(_, actual)) = CATEGORY_ALIASES.iter().find(|(k, _)| canonical(k.as_bytes()) == name) {
        let (k, t) = find(CATEGORIES, actual.as_bytes())?;
        return Some((table_ranges(t), FOLD_CATEGORIES.contains(&k), false));
    }
    if let Some(&(k, t)) = SCRIPTS.iter().find(|(k, _)| canonical(k.as_bytes()) == name) {
        return Some((table_ranges(t), FOLD_SCRIPTS.contains(&k), false));
    }
    None
}

fn find(list: &'static [(&'static str, usize)], n: &[u8]) -> Option<(&'static str, usize)> {
    list.iter().find(|(k, _)| k.as_bytes() == n).copied()
}

// ---- parser ----

struct Parser<'a> {
    s: &'a [u8],
    flags: Flags,
    stack: Vec<Frame>,
    ncap: usize,
    names: Vec<Vec<u8>>,
}

pub fn parse(s: &[u8]) -> Result<Parsed, Error> {
    let flags = Flags { fold: false, multi_line: false, dot_nl: false, ungreedy: false };
    let mut p = Parser {
        s,
        flags,
        stack: vec![Frame { alts: Vec::new(), cur: Vec::new(), cap: None, saved: flags }],
        ncap: 0,
        names: vec![Vec::new()],
    };
    p.run()?;
    if p.stack.len() > 1 {
        return err(ERR_MISSING_PAREN, s);
    }
    let frame = p.stack.pop().ok_or(Error { code: ERR_MISSING_PAREN, expr: s.to_vec() })?;
    let node = finish(frame);
    if height(&node) > MAX_DEPTH {
        return err(ERR_NESTING_DEPTH, s);
    }
    Ok(Parsed { node, ncap: p.ncap, names: p.names })
}

/// Height of the tree, as Go limits it (to 1000).
fn height(n: &Node) -> usize {
    match n {
        Node::Cap(_, s) | Node::Rep { sub: s, .. } => 1 + height(s),
        Node::Cat(v) | Node::Alt(v) => 1 + v.iter().map(height).max().unwrap_or(0),
        _ => 1,
    }
}

fn cat(mut v: Vec<Node>) -> Node {
    match v.len() {
        0 => Node::Empty,
        1 => v.pop().unwrap_or(Node::Empty),
        _ => Node::Cat(v),
    }
}

fn finish(mut f: Frame) -> Node {
    let last = cat(std::mem::take(&mut f.cur));
    if f.alts.is_empty() {
        return last;
    }
    f.alts.push(last);
    Node::Alt(f.alts)
}

/// Go's check that nested counted repetitions stay within 1000 copies.
fn repeat_ok(n: &Node, mut lim: u32) -> bool {
    if let Node::Rep { counted: true, min, max, .. } = n {
        let m = match max {
            Some(0) => return true,
            Some(m) => *m,
            None => *min,
        };
        if m > lim {
            return false;
        }
        lim = lim.checked_div(m).unwrap_or(lim);
    }
    match n {
        Node::Cap(_, s) | Node::Rep { sub: s, .. } => repeat_ok(s, lim),
        Node::Cat(v) | Node::Alt(v) => v.iter().all(|x| repeat_ok(x, lim)),
        _ => true,
    }
}

impl<'a> Parser<'a> {
    fn push(&mut self, n: Node) {
        if let Some(f) = self.stack.last_mut() {
            f.cur.push(n);
        }
    }

    fn literal(&mut self, r: u32) {
        let mut v = Vec::new();
        if self.flags.fold {
            add_folded(&mut v, r, r);
        } else {
            v.push((r, r));
        }
        self.push(Node::Class(clean(v).into()));
    }

    fn run(&mut self) -> Result<(), Error> {
        let s = self.s;
        let mut i = 0;
        // Start of the previous token if it was a repetition operator.
        let mut last_repeat: Option<usize> = None;
        while i < s.len() {
            let mut repeat = None;
            match s[i] {
                b'(' => {
                    if s.get(i + 1) == Some(&b'?') {
                        i = self.perl_flags(i)?;
                    } else {
                        self.open(Some(self.ncap + 1), Vec::new())?;
                        i += 1;
                    }
                }
                b'|' => {
                    if let Some(f) = self.stack.last_mut() {
                        let n = cat(std::mem::take(&mut f.cur));
                        f.alts.push(n);
                    }
                    i += 1;
                }
                b')' => {
                    if self.stack.len() < 2 {
                        return err(ERR_UNEXPECTED_PAREN, s);
                    }
                    let f = self.stack.pop().ok_or(Error { code: ERR_UNEXPECTED_PAREN, expr: s.to_vec() })?;
                    self.flags = f.saved;
                    let cap = f.cap;
                    let mut n = finish(f);
                    if let Some(c) = cap {
                        n = Node::Cap(c, Box::new(n));
                    }
                    self.push(n);
                    i += 1;
                }
                b'^' => {
                    self.push(Node::Look(if self.flags.multi_line { Look::BeginLine } else { Look::BeginText }));
                    i += 1;
                }
                b'$' => {
                    self.push(Node::Look(if self.flags.multi_line { Look::EndLine } else { Look::EndText }));
                    i += 1;
                }
                b'.' => {
                    let v = if self.flags.dot_nl { vec![(0, MAX_RUNE)] } else { vec![(0, 9), (11, MAX_RUNE)] };
                    self.push(Node::Class(v.into()));
                    i += 1;
                }
                b'[' => i = self.class(i)?,
                b'*' | b'+' | b'?' => {
                    let (min, max) = match s[i] {
                        b'*' => (0, None),
                        b'+' => (1, None),
                        _ => (0, Some(1)),
                    };
                    repeat = Some(i);
                    i = self.repeat(i, i + 1, min, max, false, last_repeat)?;
                }
                b'{' => match parse_repeat(&s[i..]) {
                    None => {
                        self.literal(b'{' as u32);
                        i += 1;
                    }
                    Some((min, max, len)) => {
                        let end = i + len;
                        let bad = match (min, max) {
                            (None, _) => true,
                            (Some(m), Some(Some(x))) => m > 1000 || x > 1000 || m > x,
                            (Some(m), Some(None)) => m > 1000,
                            (Some(m), None) => m > 1000,
                        };
                        if bad {
                            return err(ERR_INVALID_REPEAT_SIZE, &s[i..end]);
                        }
                        let min = min.unwrap_or(0);
                        // max: Some(None) is {n,}, Some(Some(m)) {n,m}, None {n}.
                        let max = match max {
                            None => Some(min),
                            Some(m) => m,
                        };
                        repeat = Some(i);
                        i = self.repeat(i, end, min, max, true, last_repeat)?;
                    }
                },
                b'\\' => i = self.backslash(i)?,
                _ => {
                    let (r, w) = next_rune(&s[i..])?;
                    self.literal(r);
                    i += w;
                }
            }
            last_repeat = repeat;
        }
        Ok(())
    }

    fn open(&mut self, cap: Option<usize>, name: Vec<u8>) -> Result<(), Error> {
        if self.stack.len() > MAX_DEPTH + 1 {
            return err(ERR_NESTING_DEPTH, self.s);
        }
        if cap.is_some() {
            self.ncap += 1;
            self.names.push(name);
        }
        self.stack.push(Frame { alts: Vec::new(), cur: Vec::new(), cap, saved: self.flags });
        Ok(())
    }

    /// A repetition operator spanning s[start..end] (`?` for laziness not yet consumed).
    fn repeat(
        &mut self,
        start: usize,
        mut end: usize,
        min: u32,
        max: Option<u32>,
        counted: bool,
        last_repeat: Option<usize>,
    ) -> Result<usize, Error> {
        let s = self.s;
        let mut lazy = false;
        if s.get(end) == Some(&b'?') {
            end += 1;
            lazy = true;
        }
        if let Some(lr) = last_repeat {
            return err(ERR_INVALID_REPEAT_OP, &s[lr..end]);
        }
        let greedy = lazy == self.flags.ungreedy;
        let sub = match self.stack.last_mut().and_then(|f| f.cur.pop()) {
            Some(n) => n,
            None => return err(ERR_MISSING_REPEAT_ARGUMENT, &s[start..end]),
        };
        let n = Node::Rep { sub: Box::new(sub), min, max, greedy, counted };
        if counted && (min >= 2 || max.is_some_and(|m| m >= 2)) && !repeat_ok(&n, 1000) {
            return err(ERR_INVALID_REPEAT_SIZE, &s[start..end]);
        }
        self.push(n);
        Ok(end)
    }

    /// `(?` at s[i]: flags, a non-capturing group or a named group.
    fn perl_flags(&mut self, i: usize) -> Result<usize, Error> {
        let s = self.s;
        let t = &s[i..];
        let starts_p = t.len() > 4 && t[2] == b'P' && t[3] == b'<';
        let starts_name = t.len() > 3 && t[2] == b'<';
        if starts_p || starts_name {
            let name_start = if starts_p { 4 } else { 3 };
            let end = match t.iter().position(|&c| c == b'>') {
                Some(e) => e,
                None => {
                    check_utf8(t)?;
                    return err(ERR_INVALID_NAMED_CAPTURE, t);
                }
            };
            let name = &t[name_start..end];
            check_utf8(name)?;
            if name.is_empty() || !name.iter().all(|&c| c == b'_' || is_alnum(c as u32)) {
                return err(ERR_INVALID_NAMED_CAPTURE, &t[..end + 1]);
            }
            self.open(Some(self.ncap + 1), name.to_vec())?;
            return Ok(i + end + 1);
        }
        let mut flags = self.flags;
        let mut negated = false;
        let mut saw_flag = false;
        let mut j = 2;
        while j < t.len() {
            let (c, w) = next_rune(&t[j..])?;
            j += w;
            let on = !negated;
            match char::from_u32(c).unwrap_or('\0') {
                'i' => {
                    flags.fold = on;
                    saw_flag = true;
                }
                'm' => {
                    flags.multi_line = on;
                    saw_flag = true;
                }
                's' => {
                    flags.dot_nl = on;
                    saw_flag = true;
                }
                'U' => {
                    flags.ungreedy = on;
                    saw_flag = true;
                }
                '-' => {
                    if negated {
                        break;
                    }
                    negated = true;
                    saw_flag = false;
                }
                ':' | ')' => {
                    if negated && !saw_flag {
                        break;
                    }
                    if c == b':' as u32 {
                        self.open(None, Vec::new())?;
                    }
                    self.flags = flags;
                    return Ok(i + j);
                }
                _ => break,
            }
        }
        err(ERR_INVALID_PERL_OP, &t[..j])
    }

    fn backslash(&mut self, i: usize) -> Result<usize, Error> {
        let s = self.s;
        match s.get(i + 1) {
            Some(b'A') => {
                self.push(Node::Look(Look::BeginText));
                return Ok(i + 2);
            }
            Some(b'z') => {
                self.push(Node::Look(Look::EndText));
                return Ok(i + 2);
            }
            Some(b'b') => {
                self.push(Node::Look(Look::WordBoundary));
                return Ok(i + 2);
            }
            Some(b'B') => {
                self.push(Node::Look(Look::NotWordBoundary));
                return Ok(i + 2);
            }
            Some(b'C') => return err(ERR_INVALID_ESCAPE, b"\\C"),
            Some(b'Q') => {
                let rest = &s[i + 2..];
                let (lit, next) = match rest.windows(2).position(|w| w == b"\\E") {
                    Some(k) => (&rest[..k], i + 2 + k + 2),
                    None => (rest, s.len()),
                };
                let mut k = 0;
                while k < lit.len() {
                    let (r, w) = next_rune(&lit[k..])?;
                    self.literal(r);
                    k += w;
                }
                return Ok(next);
            }
            Some(b'p') | Some(b'P') => {
                let mut v = Vec::new();
                let end = self.unicode_class(i, &mut v)?;
                self.push(Node::Class(clean(v).into()));
                return Ok(end);
            }
            Some(&c) => {
                if let Some((class, neg)) = perl_class(c) {
                    let mut v = Vec::new();
                    add_class(&mut v, class, self.flags.fold, neg);
                    self.push(Node::Class(clean(v).into()));
                    return Ok(i + 2);
                }
            }
            None => {}
        }
        let (r, end) = parse_escape(s, i)?;
        self.literal(r);
        Ok(end)
    }

    /// \p{Name}, \pN, \P... at s[i]; appends the group to `out`.
    fn unicode_class(&self, i: usize, out: &mut Vec<(u32, u32)>) -> Result<usize, Error> {
        let s = self.s;
        let t = &s[i..];
        let mut neg = t[1] == b'P';
        let (c, w) = if t.len() > 2 { next_rune(&t[2..])? } else { (0xFFFD, 0) };
        let (seq_end, name) = if c != b'{' as u32 {
            (2 + w, &t[2..2 + w])
        } else {
            match t.iter().position(|&c| c == b'}') {
                Some(e) => {
                    let name = &t[3..e];
                    check_utf8(name)?;
                    (e + 1, name)
                }
                None => {
                    check_utf8(t)?;
                    return err(ERR_INVALID_CHAR_RANGE, t);
                }
            }
        };
        let mut name = name;
        if name.first() == Some(&b'^') {
            neg = !neg;
            name = &name[1..];
        }
        let (tab, foldable, tneg) = match unicode_table(name) {
            Some(x) => x,
            None => return err(ERR_INVALID_CHAR_RANGE, &t[..seq_end]),
        };
        if tneg {
            neg = !neg;
        }
        add_class(out, &clean(tab), self.flags.fold && foldable, neg);
        Ok(i + seq_end)
    }

    /// A bracketed class at s[i] == '['.
    fn class(&mut self, i: usize) -> Result<usize, Error> {
        let s = self.s;
        let whole = &s[i..];
        let mut j = i + 1;
        let mut neg = false;
        if s.get(j) == Some(&b'^') {
            neg = true;
            j += 1;
        }
        let mut v: Vec<(u32, u32)> = Vec::new();
        let mut first = true;
        while j >= s.len() || s[j] != b']' || first {
            first = false;
            if j + 2 < s.len() && s[j] == b'[' && s[j + 1] == b':' {
                if let Some(k) = s[j + 2..].windows(2).position(|w| w == b":]") {
                    let name_end = j + 2 + k + 2;
                    let full = &s[j..name_end];
                    let mut name = &s[j + 2..j + 2 + k];
                    let mut gneg = false;
                    if name.first() == Some(&b'^') {
                        gneg = true;
                        name = &name[1..];
                    }
                    match posix_class(name) {
                        Some(c) => add_class(&mut v, c, self.flags.fold, gneg),
                        None => return err(ERR_INVALID_CHAR_RANGE, full),
                    }
                    j = name_end;
                    continue;
                }
            }
            if j + 1 < s.len() && s[j] == b'\\' && (s[j + 1] == b'p' || s[j + 1] == b'P') {
                j = self.unicode_class(j, &mut v)?;
                continue;
            }
            if j + 1 < s.len() && s[j] == b'\\' {
                if let Some((c, cneg)) = perl_class(s[j + 1]) {
                    add_class(&mut v, c, self.flags.fold, cneg);
                    j += 2;
                    continue;
                }
            }
            let rng = j;
            let (lo, next) = class_char(s, j, whole)?;
            j = next;
            let mut hi = lo;
            if j + 1 < s.len() && s[j] == b'-' && s[j + 1] != b']' {
                let (h, next) = class_char(s, j + 1, whole)?;
                j = next;
                hi = h;
                if hi < lo {
                    return err(ERR_INVALID_CHAR_RANGE, &s[rng..j]);
                }
            }
            if self.flags.fold {
                add_folded(&mut v, lo, hi);
            } else {
                v.push((lo, hi));
            }
        }
        let mut v = clean(v);
        if neg {
            v = negate(&v);
        }
        self.push(Node::Class(v.into()));
        Ok(j + 1)
    }
}

fn check_utf8(s: &[u8]) -> Result<(), Error> {
    let mut k = 0;
    while k < s.len() {
        let (r, w) = decode_rune(&s[k..]);
        if r == 0xFFFD && w == 1 {
            return err(ERR_INVALID_UTF8, &s[k..]);
        }
        k += w;
    }
    Ok(())
}

/// One character of a class at s[j].
fn class_char(s: &[u8], j: usize, whole: &[u8]) -> Result<(u32, usize), Error> {
    if j >= s.len() {
        return err(ERR_MISSING_BRACKET, whole);
    }
    if s[j] == b'\\' {
        return parse_escape(s, j);
    }
    let (r, w) = next_rune(&s[j..])?;
    Ok((r, j + w))
}

fn unhex(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

/// An escape at s[i] == '\\' denoting one character.
fn parse_escape(s: &[u8], i: usize) -> Result<(u32, usize), Error> {
    let mut j = i + 1;
    if j >= s.len() {
        return err(ERR_TRAILING_BACKSLASH, b"");
    }
    let (c, w) = next_rune(&s[j..])?;
    j += w;
    let bad = |j: usize| err(ERR_INVALID_ESCAPE, &s[i..j]);
    let octal = |j: usize| j < s.len() && (b'0'..=b'7').contains(&s[j]);
    match char::from_u32(c).unwrap_or('\0') {
        '1'..='7' if !octal(j) => bad(j),
        '0'..='7' => {
            let mut r = c - b'0' as u32;
            for _ in 1..3 {
                if !octal(j) {
                    break;
                }
                r = r * 8 + (s[j] - b'0') as u32;
                j += 1;
            }
            Ok((r, j))
        }
        'x' => {
            if j >= s.len() {
                return bad(j);
            }
            let (c, w) = next_rune(&s[j..])?;
            j += w;
            if c == b'{' as u32 {
                let mut n = 0;
                let mut r: u32 = 0;
                loop {
                    if j >= s.len() {
                        return bad(j);
                    }
                    let (c, w) = next_rune(&s[j..])?;
                    j += w;
                    if c == b'}' as u32 {
                        break;
                    }
                    match unhex(c) {
                        Some(v) => r = r * 16 + v,
                        None => return bad(j),
                    }
                    if r > MAX_RUNE {
                        return bad(j);
                    }
                    n += 1;
                }
                if n == 0 {
                    return bad(j);
                }
                return Ok((r, j));
            }
            if j >= s.len() {
                return bad(j);
            }
            let (c2, w) = next_rune(&s[j..])?;
            j += w;
            match (unhex(c), unhex(c2)) {
                (Some(x), Some(y)) => Ok((x * 16 + y, j)),
                _ => bad(j),
            }
        }
        'a' => Ok((7, j)),
        'f' => Ok((12, j)),
        'n' => Ok((10, j)),
        'r' => Ok((13, j)),
        't' => Ok((9, j)),
        'v' => Ok((11, j)),
        _ if c < 0x80 && !is_alnum(c) => Ok((c, j)),
        _ => bad(j),
    }
}

/// `{n}`, `{n,}` or `{n,m}` at the start of s: (min, max, length), where
/// min None is a number too large, max None means `{n}`, Some(None) `{n,}`.
#[allow(clippy::type_complexity)]
fn parse_repeat(s: &[u8]) -> Option<(Option<u32>, Option<Option<u32>>, usize)> {
    let mut j = 1;
    let (mut min, n) = parse_int(&s[j..])?;
    j += n;
    let max;
    match s.get(j)? {
        b',' => {
            j += 1;
            if *s.get(j)? == b'}' {
                max = Some(None);
            } else {
                let (m, n) = parse_int(&s[j..])?;
                j += n;
                if m.is_none() {
                    min = None;
                }
                max = Some(Some(m.unwrap_or(0)));
            }
        }
        _ => max = None,
    }
    if *s.get(j)? != b'}' {
        return None;
    }
    Some((min, max, j + 1))
}

/// Digits at the start of s: the value (None if too large) and how many.
fn parse_int(s: &[u8]) -> Option<(Option<u32>, usize)> {
    let n = s.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || (n >= 2 && s[0] == b'0') {
        return None;
    }
    let mut v: u64 = 0;
    for &c in &s[..n] {
        if v >= 100_000_000 {
            return Some((None, n));
        }
        v = v * 10 + (c - b'0') as u64;
    }
    Some((u32::try_from(v).ok(), n))
}
