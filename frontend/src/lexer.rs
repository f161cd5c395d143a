//! The Go lexer: source text to tokens, with automatic semicolon insertion.
//!
//! Literal text is kept exactly as written (the checker decodes values),
//! except that carriage returns are dropped from raw strings as the spec
//! requires. Errors are worded as gc's scanner words them and collected in
//! `errors`; the parser drains them after every token so that they
//! interleave with syntax errors in source order, as gc reports them.

use std::borrow::Cow;

use crate::ast::{LitKind, Pos};
use crate::source::Diagnostic;
use crate::token::*;

#[derive(Clone, Debug)]
pub struct Token<'a> {
    pub tok: Tok,
    pub pos: Pos,
    /// Names and literals: their text. `Semi`: "semicolon", "newline" or
    /// "EOF" (what the semicolon stands for, used in messages).
    pub lit: Cow<'a, str>,
    /// Literal kind (for `Literal`).
    pub kind: LitKind,
    /// Literal has a lexical error (already reported).
    pub bad: bool,
    /// Operator of `Operator`, `AssignOp`, `IncOp` and `Star` tokens.
    pub op: Op,
    /// Binary precedence of `Operator` and `Star` tokens (0: unary only).
    pub prec: u8,
}

pub struct Lexer<'a> {
    src: &'a str,
    file: u32,
    /// Current character, -1 at end of input.
    ch: i32,
    /// Offset of `ch`.
    chpos: usize,
    /// Offset just after `ch`.
    rd: usize,
    /// Start offset of the token being scanned.
    start: usize,
    /// A newline (or EOF) now produces a semicolon.
    nlsemi: bool,
    pub errors: Vec<Diagnostic>,
}

const EOF: i32 = -1;

fn is_letter(c: i32) -> bool {
    (b'a' as i32..=b'z' as i32).contains(&(c | 0x20)) || c == b'_' as i32
}

fn is_decimal(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_hex(c: i32) -> bool {
    is_decimal(c) || (b'a' as i32..=b'f' as i32).contains(&(c | 0x20))
}

fn lower(c: i32) -> i32 {
    c | 0x20
}

fn as_char(c: i32) -> char {
    char::from_u32(c as u32).unwrap_or('\u{FFFD}')
}

/// Go's unicode.IsLetter, approximated with Rust's Alphabetic property
/// (which also admits letter numbers and some combining marks).
fn unicode_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// Go's unicode.IsDigit (category Nd), approximated: numeric characters
/// that are neither letter numbers (Alphabetic) nor common "No" numbers.
fn unicode_digit(c: char) -> bool {
    c.is_numeric() && !c.is_alphabetic() && !is_other_number(c)
}

/// A few common "No" (other number) characters that are not Nd digits.
fn is_other_number(c: char) -> bool {
    matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x2070..=0x209F | 0x2150..=0x218F | 0x2460..=0x24FF | 0x2776..=0x2793 | 0x3192..=0x3195 | 0x3220..=0x3229 | 0x3248..=0x325F | 0x3280..=0x3289 | 0x32B1..=0x32BF)
}

/// Go's strconv.IsPrint, approximated: no controls, no spaces other than
/// ' ', no common format characters.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

/// Go's `%#U`: `U+0040 '@'`, or just `U+0000` when not printable.
pub fn fmt_unicode(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if is_print(ch) => format!("U+{:04X} '{}'", c, ch),
        _ => format!("U+{:04X}", c),
    }
}

/// Go's `%q` for a rune: `'a'`, `'\n'`, `'\''`, `'\x00'`.
pub fn quote_rune(c: u32) -> String {
    let ch = match char::from_u32(c) {
        Some(ch) => ch,
        None => return "'\u{FFFD}'".to_string(),
    };
    let body = match ch {
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0c' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0b' => "\\v".to_string(),
        '\\' => "\\\\".to_string(),
        '\'' => "\\'".to_string(),
        c if is_print(c) => c.to_string(),
        c if (c as u32) < 0x80 => format!("\\x{:02x}", c as u32),
        c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    };
    format!("'{}'", body)
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Index of the first `_` in a number literal that does not separate two
/// digits (a base prefix counts as a digit).
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

impl<'a> Lexer<'a> {
    pub fn new(file: u32, src: &'a str) -> Self {
        let mut l = Lexer { src, file, ch: EOF, chpos: 0, rd: 0, start: 0, nlsemi: false, errors: Vec::new() };
        l.nextch();
        l
    }

    fn error_at(&mut self, pos: usize, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(self.file, pos as Pos, msg));
    }

    /// Error at the current character.
    fn error(&mut self, msg: impl Into<String>) {
        self.error_at(self.chpos, msg);
    }

    /// Advances to the next character, dropping (and reporting) NULs and
    /// byte order marks past the start of the file, as gc's reader does.
    fn nextch(&mut self) {
        let bytes = self.src.as_bytes();
        loop {
            self.chpos = self.rd;
            if self.rd >= bytes.len() {
                self.ch = EOF;
                return;
            }
            let b = bytes[self.rd];
            if b < 0x80 {
                self.rd += 1;
                if b == 0 {
                    self.error_at(self.chpos, "invalid NUL character");
                    continue;
                }
                self.ch = b as i32;
                return;
            }
            let c = self.src[self.rd..].chars().next().unwrap_or('\u{FFFD}');
            self.rd += c.len_utf8();
            if c == '\u{FEFF}' {
                if self.chpos > 0 {
                    self.error_at(self.chpos, "invalid BOM in the middle of the file");
                }
                continue;
            }
            self.ch = c as i32;
            return;
        }
    }

    fn text(&self) -> &'a str {
        &self.src[self.start..self.chpos]
    }

    fn tok(&self, tok: Tok) -> Token<'a> {
        Token {
            tok,
            pos: self.start as Pos,
            lit: Cow::Borrowed(""),
            kind: LitKind::Int,
            bad: false,
            op: Op::None,
            prec: 0,
        }
    }

    fn op_tok(&self, tok: Tok, op: Op, prec: u8) -> Token<'a> {
        let mut t = self.tok(tok);
        t.op = op;
        t.prec = prec;
        t
    }

    fn semi(&self, lit: &'static str) -> Token<'a> {
        let mut t = self.tok(Tok::Semi);
        t.lit = Cow::Borrowed(lit);
        t
    }

    /// `op` or `op=`: the character(s) of op have been consumed.
    fn assign_op(&mut self, op: Op, prec: u8) -> Token<'a> {
        if self.ch == b'=' as i32 {
            self.nextch();
            return self.op_tok(Tok::AssignOp, op, 0);
        }
        self.op_tok(Tok::Operator, op, prec)
    }

    /// Scans the next token.
    pub fn next_token(&mut self) -> Token<'a> {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            while self.ch == b' ' as i32
                || self.ch == b'\t' as i32
                || self.ch == b'\n' as i32 && !nlsemi
                || self.ch == b'\r' as i32
            {
                self.nextch();
            }
            self.start = self.chpos;

            if is_letter(self.ch) || self.ch >= 0x80 && self.at_ident_char(true) {
                self.nextch();
                return self.ident();
            }

            let c = self.ch;
            if c == EOF {
                if nlsemi {
                    return self.semi("EOF");
                }
                return self.tok(Tok::Eof);
            }
            let c = c as u8;
            if c.is_ascii_digit() {
                return self.number(false);
            }
            self.nextch();
            let t = match c {
                b'\n' => self.semi("newline"),
                b'"' => self.std_string(),
                b'`' => self.raw_string(),
                b'\'' => self.rune(),
                b'(' => self.tok(Tok::LParen),
                b'[' => self.tok(Tok::LBrack),
                b'{' => self.tok(Tok::LBrace),
                b',' => self.tok(Tok::Comma),
                b';' => self.semi("semicolon"),
                b')' => {
                    self.nlsemi = true;
                    self.tok(Tok::RParen)
                }
                b']' => {
                    self.nlsemi = true;
                    self.tok(Tok::RBrack)
                }
                b'}' => {
                    self.nlsemi = true;
                    self.tok(Tok::RBrace)
                }
                b':' => {
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        self.tok(Tok::Define)
                    } else {
                        self.tok(Tok::Colon)
                    }
                }
                b'.' => {
                    if is_decimal(self.ch) {
                        return self.number(true);
                    }
                    if self.ch == b'.' as i32 && self.src.as_bytes().get(self.rd) == Some(&b'.') {
                        self.nextch();
                        self.nextch();
                        self.tok(Tok::DotDotDot)
                    } else {
                        self.tok(Tok::Dot)
                    }
                }
                b'+' | b'-' => {
                    let op = if c == b'+' { Op::Add } else { Op::Sub };
                    if self.ch == c as i32 {
                        self.nextch();
                        self.nlsemi = true;
                        self.op_tok(Tok::IncOp, op, 0)
                    } else {
                        self.assign_op(op, PREC_ADD)
                    }
                }
                b'*' => {
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        self.op_tok(Tok::AssignOp, Op::Mul, 0)
                    } else {
                        self.op_tok(Tok::Star, Op::Mul, PREC_MUL)
                    }
                }
                b'/' => {
                    if self.ch == b'/' as i32 {
                        self.line_comment();
                        continue;
                    }
                    if self.ch == b'*' as i32 {
                        self.nextch();
                        let multiline = self.full_comment();
                        if multiline && nlsemi {
                            // A general comment spanning lines acts like a newline.
                            return self.semi("newline");
                        }
                        continue;
                    }
                    self.assign_op(Op::Div, PREC_MUL)
                }
                b'%' => self.assign_op(Op::Rem, PREC_MUL),
                b'&' => {
                    if self.ch == b'&' as i32 {
                        self.nextch();
                        self.op_tok(Tok::Operator, Op::AndAnd, PREC_ANDAND)
                    } else if self.ch == b'^' as i32 {
                        self.nextch();
                        self.assign_op(Op::AndNot, PREC_MUL)
                    } else {
                        self.assign_op(Op::And, PREC_MUL)
                    }
                }
                b'|' => {
                    if self.ch == b'|' as i32 {
                        self.nextch();
                        self.op_tok(Tok::Operator, Op::OrOr, PREC_OROR)
                    } else {
                        self.assign_op(Op::Or, PREC_ADD)
                    }
                }
                b'^' => self.assign_op(Op::Xor, PREC_ADD),
                b'<' => {
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        self.op_tok(Tok::Operator, Op::Leq, PREC_CMP)
                    } else if self.ch == b'<' as i32 {
                        self.nextch();
                        self.assign_op(Op::Shl, PREC_MUL)
                    } else if self.ch == b'-' as i32 {
                        self.nextch();
                        self.tok(Tok::Arrow)
                    } else {
                        self.op_tok(Tok::Operator, Op::Lss, PREC_CMP)
                    }
                }
                b'>' => {
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        self.op_tok(Tok::Operator, Op::Geq, PREC_CMP)
                    } else if self.ch == b'>' as i32 {
                        self.nextch();
                        self.assign_op(Op::Shr, PREC_MUL)
                    } else {
                        self.op_tok(Tok::Operator, Op::Gtr, PREC_CMP)
                    }
                }
                b'=' => {
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        self.op_tok(Tok::Operator, Op::Eql, PREC_CMP)
                    } else {
                        self.tok(Tok::Assign)
                    }
                }
                b'!' => {
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        self.op_tok(Tok::Operator, Op::Neq, PREC_CMP)
                    } else {
                        self.op_tok(Tok::Operator, Op::Not, 0)
                    }
                }
                b'~' => self.op_tok(Tok::Operator, Op::Tilde, 0),
                _ => {
                    let msg = format!("invalid character {}", fmt_unicode(c as u32));
                    self.error_at(self.start, msg);
                    continue;
                }
            };
            return t;
        }
    }

    /// Called at a non-ASCII character: is it part of an identifier?
    /// Reports digits at the start and non-letters, but still accepts them
    /// (as gc does) so that one bad character does not derail the parse.
    fn at_ident_char(&mut self, first: bool) -> bool {
        let c = self.ch;
        if is_letter(c) {
            return true;
        }
        if is_decimal(c) {
            if first {
                let msg = format!("identifier cannot begin with digit {}", fmt_unicode(c as u32));
                self.error(msg);
            }
            return true;
        }
        if c < 0x80 {
            return false;
        }
        let ch = as_char(c);
        if unicode_letter(ch) {
            return true;
        }
        if unicode_digit(ch) {
            if first {
                let msg = format!("identifier cannot begin with digit {}", fmt_unicode(c as u32));
                self.error(msg);
            }
            return true;
        }
        let msg = format!("invalid character {} in identifier", fmt_unicode(c as u32));
        self.error(msg);
        true
    }

    fn ident(&mut self) -> Token<'a> {
        while is_letter(self.ch) || is_decimal(self.ch) || self.ch >= 0x80 && self.at_ident_char(false) {
            self.nextch();
        }
        let lit = self.text();
        if let Some(kw) = Tok::keyword(lit) {
            self.nlsemi = matches!(kw, Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return);
            return self.tok(kw);
        }
        self.nlsemi = true;
        let mut t = self.tok(Tok::Name);
        t.lit = Cow::Borrowed(lit);
        t
    }

    fn literal(&mut self, kind: LitKind, ok: bool) -> Token<'a> {
        self.nlsemi = true;
        let mut t = self.tok(Tok::Literal);
        t.lit = Cow::Borrowed(self.text());
        t.kind = kind;
        t.bad = !ok;
        t
    }

    /// `{ digit | '_' }`; returns bit 0 set if a digit was seen, bit 1 if a
    /// separator was. For bases <= 10 all decimal digits are accepted and
    /// the offset of the first one too large for the base is recorded.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == b'_' as i32 {
                let mut ds = 1;
                if self.ch == b'_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.chpos - self.start);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == b'_' as i32 {
                digsep |= if self.ch == b'_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, mut seen_point: bool) -> Token<'a> {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;

        if !seen_point {
            if self.ch == b'0' as i32 {
                self.nextch();
                match lower(self.ch) as u8 {
                    b'x' => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1; // the leading 0
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == b'.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.error(format!("invalid radix point in {} literal", base_name(base)));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.error(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = lower(self.ch);
        if e == b'e' as i32 || e == b'p' as i32 {
            if ok {
                if e == b'e' as i32 && prefix != 0 && prefix != b'0' {
                    self.error(format!("{} exponent requires decimal mantissa", quote_rune(self.ch as u32)));
                    ok = false;
                } else if e == b'p' as i32 && prefix != b'x' {
                    self.error(format!("{} exponent requires hexadecimal mantissa", quote_rune(self.ch as u32)));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch == b'+' as i32 || self.ch == b'-' as i32 {
                self.nextch();
            }
            let mut none = None;
            let ds = self.digits(10, &mut none);
            digsep = ds | (digsep & 2);
            if ds & 1 == 0 && ok {
                self.error("exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.error("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.ch == b'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }

        let lit = self.text().as_bytes();
        if kind == LitKind::Int && ok {
            if let Some(i) = invalid {
                let msg = format!("invalid digit {} in {} literal", quote_rune(lit[i] as u32), base_name(base));
                self.error_at(self.start + i, msg);
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(lit) {
                self.error_at(self.start + i, "'_' must separate successive digits");
                ok = false;
            }
        }
        self.literal(kind, ok)
    }

    fn std_string(&mut self) -> Token<'a> {
        let mut ok = true;
        loop {
            if self.ch == b'"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                if !self.escape(b'"') {
                    ok = false;
                }
                continue;
            }
            if self.ch == b'\n' as i32 {
                self.error("newline in string");
                ok = false;
                break;
            }
            if self.ch == EOF {
                self.error_at(self.start, "string not terminated");
                ok = false;
                break;
            }
            self.nextch();
        }
        self.literal(LitKind::String, ok)
    }

    fn raw_string(&mut self) -> Token<'a> {
        let mut ok = true;
        let mut has_cr = false;
        loop {
            if self.ch == b'`' as i32 {
                self.nextch();
                break;
            }
            if self.ch == EOF {
                self.error_at(self.start, "string not terminated");
                ok = false;
                break;
            }
            if self.ch == b'\r' as i32 {
                has_cr = true;
            }
            self.nextch();
        }
        let mut t = self.literal(LitKind::String, ok);
        if has_cr {
            // Carriage returns are discarded from raw string values.
            t.lit = Cow::Owned(t.lit.replace('\r', ""));
        }
        t
    }

    fn rune(&mut self) -> Token<'a> {
        let mut ok = true;
        let mut n = 0;
        loop {
            if self.ch == b'\'' as i32 {
                if ok {
                    if n == 0 {
                        self.error("empty rune literal or unescaped '");
                        ok = false;
                    } else if n != 1 {
                        self.error_at(self.start, "more than one character in rune literal");
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                if !self.escape(b'\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == b'\n' as i32 {
                if ok {
                    self.error("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if self.ch == EOF {
                if ok {
                    self.error_at(self.start, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.literal(LitKind::Char, ok)
    }

    /// Checks one escape sequence after its backslash; false if invalid.
    fn escape(&mut self, quote: u8) -> bool {
        let (n, base, max): (u32, u32, u32);
        let c = self.ch;
        if c == quote as i32 || matches!(c as u8, b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\') && c < 0x80 {
            self.nextch();
            return true;
        }
        match c {
            0x30..=0x37 => {
                (n, base, max) = (3, 8, 255);
            }
            0x78 => {
                self.nextch();
                (n, base, max) = (2, 16, 255);
            }
            0x75 => {
                self.nextch();
                (n, base, max) = (4, 16, 0x10FFFF);
            }
            0x55 => {
                self.nextch();
                (n, base, max) = (8, 16, 0x10FFFF);
            }
            _ => {
                if c == EOF {
                    return true; // the caller reports the missing terminator
                }
                self.error("unknown escape");
                return false;
            }
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch == EOF {
                return true;
            }
            let d = if is_decimal(self.ch) {
                (self.ch - b'0' as i32) as u32
            } else if (b'a' as i32..=b'f' as i32).contains(&lower(self.ch)) {
                (lower(self.ch) - b'a' as i32) as u32 + 10
            } else {
                base
            };
            if d >= base {
                let msg = format!("invalid character {} in {} escape", quote_rune(self.ch as u32), base_name(base));
                self.error(msg);
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.error(format!("octal escape value {} > 255", x));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(format!("escape is invalid Unicode code point {}", fmt_unicode(x)));
            return false;
        }
        true
    }

    fn line_comment(&mut self) {
        while self.ch != EOF && self.ch != b'\n' as i32 {
            self.nextch();
        }
    }

    /// Skips a general comment (after `/*`); reports whether it spans lines.
    fn full_comment(&mut self) -> bool {
        let mut multiline = false;
        loop {
            if self.ch == b'*' as i32 {
                self.nextch();
                if self.ch == b'/' as i32 {
                    self.nextch();
                    return multiline;
                }
                continue;
            }
            if self.ch == EOF {
                self.error_at(self.start, "comment not terminated");
                return multiline;
            }
            if self.ch == b'\n' as i32 {
                multiline = true;
            }
            self.nextch();
        }
    }
}

/// Decodes the value of a string literal as written (interpreted or raw).
/// Returns None when the literal is malformed.
pub fn unquote_string(lit: &str) -> Option<String> {
    let b = lit.as_bytes();
    if b.len() < 2 {
        return None;
    }
    if b[0] == b'`' {
        if b[b.len() - 1] != b'`' {
            return None;
        }
        return Some(lit[1..lit.len() - 1].replace('\r', ""));
    }
    if b[0] != b'"' || b[b.len() - 1] != b'"' {
        return None;
    }
    let body = &lit[1..lit.len() - 1];
    let mut out: Vec<u8> = Vec::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let (_, e) = chars.next()?;
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '"' => Some(b'"'),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            continue;
        }
        let (n, base) = match e {
            '0'..='7' => (3, 8),
            'x' => (2, 16),
            'u' => (4, 16),
            'U' => (8, 16),
            _ => return None,
        };
        let mut x: u32 = 0;
        let mut digits = if base == 8 { e.to_digit(8)? } else { 0 };
        let mut count = if base == 8 { 1 } else { 0 };
        while count < n {
            let (_, d) = chars.next()?;
            digits = digits * base + d.to_digit(base)?;
            count += 1;
        }
        x += digits;
        match e {
            '0'..='7' | 'x' => {
                if x > 255 {
                    return None;
                }
                out.push(x as u8);
            }
            _ => {
                let c = char::from_u32(x)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    // Byte escapes may form invalid UTF-8; keep the bytes as lossless as
    // a Rust String allows.
    Some(match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}
