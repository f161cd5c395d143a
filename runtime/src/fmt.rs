//! Go's fmt formatting over runtime type descriptors: the verbs, flags,
//! widths, precisions and argument indexes of package fmt; the Formatter,
//! GoStringer, error and Stringer methods; and the natives behind fmt's
//! Print, Sprint, Fprint, Append and Errorf families.
//!
//! The structure follows fmt's documented behaviour: a printer walks the
//! format, parses flags into a `Fmt`, and formats each operand by its
//! dynamic type (`print_arg`), nested values by their static type
//! (`print_value`); methods are honoured for operands and for nested values
//! reached through exported fields.

use crate::ctx::Ctx;
use crate::iface::iface_type;
use crate::layout::{iface_value_ptr, load_word};
use crate::native::{Args, NativeFn};
use crate::strings::{bytes_of, decode_rune};
use crate::types::{Kind, TypeDesc};

pub const NATIVES: &[(&str, NativeFn)] =
    &[("fmt.printOut", print_out), ("fmt.sprint", sprint), ("fmt.bprint", bprint), ("fmt.errorf", errorf)];

/// The flags, width and precision of one verb.
#[derive(Clone, Copy, Default, Debug)]
pub struct Fmt {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub zero: bool,
    pub space: bool,
    /// `%+v`
    pub plus_v: bool,
    /// `%#v`
    pub sharp_v: bool,
    pub wid: Option<usize>,
    pub prec: Option<usize>,
}

/// A value to format: its type, the address of its memory form, and
/// whether it was reached through an unexported field (then its methods
/// are not called, as reflect cannot make an interface of it).
#[derive(Clone, Copy)]
pub struct Val<'a> {
    pub t: &'a TypeDesc,
    pub p: *const u8,
    pub ro: bool,
}

fn td<'a>(p: *const TypeDesc) -> &'a TypeDesc {
    // SAFETY: descriptors are immortal for the program's lifetime.
    unsafe { &*p }
}

impl Val<'_> {
    fn word(&self, off: usize, mt: ir::MemType) -> u64 {
        // SAFETY: p points at a value of type t; callers read within it.
        unsafe { load_word(self.p.add(off), mt) }
    }
    fn u64(&self) -> u64 {
        self.word(0, ir::MemType::I64)
    }
    /// An integer value as 64 bits (sign- or zero-extended by kind).
    fn int_bits(&self) -> u64 {
        use ir::MemType::*;
        let mt = match self.t.kind {
            Kind::Int8 => I8,
            Kind::Int16 => I16,
            Kind::Int32 => I32,
            Kind::Uint8 | Kind::Bool => U8,
            Kind::Uint16 => U16,
            Kind::Uint32 => U32,
            _ => I64,
        };
        self.word(0, mt)
    }
    fn float(&self) -> f64 {
        if self.t.kind == Kind::Float32 || self.t.kind == Kind::Complex64 {
            f64::from_bits(self.word(0, ir::MemType::F32))
        } else {
            f64::from_bits(self.word(0, ir::MemType::F64))
        }
    }
    fn imag(&self) -> f64 {
        if self.t.kind == Kind::Complex64 {
            f64::from_bits(self.word(4, ir::MemType::F32))
        } else {
            f64::from_bits(self.word(8, ir::MemType::F64))
        }
    }
    fn str(&self) -> &[u8] {
        bytes_of(self.u64(), self.word(8, ir::MemType::I64))
    }
}

/// Number of runes in `s`, counting each invalid byte as one.
pub fn rune_count(s: &[u8]) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        let (_, w) = decode_rune(&s[i..]);
        i += w.max(1);
        n += 1;
    }
    n
}

/// The first `n` runes of `s`.
fn truncate_runes(s: &[u8], n: usize) -> &[u8] {
    let mut i = 0;
    let mut k = 0;
    while i < s.len() && k < n {
        let (_, w) = decode_rune(&s[i..]);
        i += w.max(1);
        k += 1;
    }
    &s[..i]
}

/// The itab of `fmt.State` for `*fmt.state`, and the `fmt.state` type:
/// what a Formatter's Format method receives.
#[derive(Clone, Copy)]
struct StateProto {
    itab: u64,
}

pub struct Printer<'c> {
    pub ctx: &'c mut Ctx,
    pub buf: Vec<u8>,
    f: Fmt,
    /// Printing a bad verb's operand: methods are not called.
    erroring: bool,
    /// Errorf: %w is allowed; the operand indexes it used.
    wrap_errs: bool,
    wrapped: Vec<usize>,
    reordered: bool,
    good_arg_num: bool,
    state: StateProto,
}

/// What a bad verb reports: an operand (any), a value, or nil.
#[derive(Clone, Copy)]
enum Cur<'a> {
    Nil,
    Val(Val<'a>),
}

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

impl<'c> Printer<'c> {
    pub fn new(ctx: &'c mut Ctx) -> Self {
        Printer {
            ctx,
            buf: Vec::with_capacity(64),
            f: Fmt::default(),
            erroring: false,
            wrap_errs: false,
            wrapped: Vec::new(),
            reordered: false,
            good_arg_num: true,
            state: StateProto { itab: 0 },
        }
    }

    fn put(&mut self, s: &[u8]) {
        self.buf.extend_from_slice(s);
    }

    fn puts(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    // ---- padding (fmt's format.go behaviour) ----

    fn write_padding(&mut self, n: usize) {
        let c = if self.f.zero { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(c, n));
    }

    /// Writes `s` padded to the width (zeros if the zero flag is set).
    fn pad(&mut self, s: &[u8]) {
        let w = match self.f.wid {
            Some(w) if w > 0 => w,
            _ => return self.put(s),
        };
        let n = rune_count(s);
        if n >= w {
            return self.put(s);
        }
        if self.f.minus {
            self.put(s);
            self.write_padding(w - n);
        } else {
            self.write_padding(w - n);
            self.put(s);
        }
    }

    /// Pads with spaces whatever the zero flag says.
    fn pad_spaces(&mut self, s: &[u8]) {
        let z = self.f.zero;
        self.f.zero = false;
        self.pad(s);
        self.f.zero = z;
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = match self.f.prec {
            Some(p) => truncate_runes(s, p),
            None => s,
        };
        self.pad(s);
    }

    fn fmt_boolean(&mut self, b: bool) {
        self.pad(if b { b"true" } else { b"false" });
    }

    /// fmt's integer formatting in a base, with precision, zero padding,
    /// sign and prefix flags.
    fn fmt_int(&mut self, u: u64, base: u32, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).wrapping_neg() as u64 } else { u };
        let mut prec = 0usize;
        if let Some(p) = self.f.prec {
            prec = p;
            if p == 0 && u == 0 {
                let z = self.f.zero;
                self.f.zero = false;
                let w = self.f.wid.unwrap_or(0);
                self.write_padding(w);
                self.f.zero = z;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid.is_some() {
            prec = self.f.wid.unwrap_or(0);
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        // Digits right to left into a stack buffer (64 binary digits, then
        // prefix and sign; longer precisions are rare).
        let mut small = [0u8; 80];
        let mut big: Vec<u8>;
        let out: &mut [u8] = if prec + 4 <= small.len() {
            &mut small
        } else {
            big = vec![0u8; prec + 8];
            &mut big
        };
        let mut i = out.len();
        if u == 0 {
            i -= 1;
            out[i] = b'0';
        }
        let b = base as u64;
        while u > 0 {
            i -= 1;
            out[i] = digits[(u % b) as usize];
            u /= b;
        }
        while out.len() - i < prec {
            i -= 1;
            out[i] = b'0';
        }
        if self.f.sharp {
            match base {
                2 => {
                    i -= 2;
                    out[i] = b'0';
                    out[i + 1] = b'b';
                }
                8 if out[i] != b'0' => {
                    i -= 1;
                    out[i] = b'0';
                }
                16 => {
                    i -= 2;
                    out[i] = b'0';
                    out[i + 1] = digits[16];
                }
                _ => {}
            }
        }
        if verb == 'O' {
            i -= 2;
            out[i] = b'0';
            out[i + 1] = b'o';
        }
        if negative {
            i -= 1;
            out[i] = b'-';
        } else if self.f.plus {
            i -= 1;
            out[i] = b'+';
        } else if self.f.space {
            i -= 1;
            out[i] = b' ';
        }
        let z = self.f.zero;
        self.f.zero = false;
        let w = self.f.wid.unwrap_or(0);
        if w == 0 {
            self.buf.extend_from_slice(&out[i..]);
        } else {
            self.pad(&out[i..]);
        }
        self.f.zero = z;
    }

    /// A hexadecimal number with or without the 0x prefix, as %v prints
    /// unsigned integers and pointers under %#v.
    fn fmt_0x64(&mut self, u: u64, leading0x: bool) {
        let s = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_int(u, 16, false, 'v', LDIGITS);
        self.f.sharp = s;
    }

    fn fmt_unicode(&mut self, u: u64) {
        let mut digits = format!("{u:X}");
        let prec = self.f.prec.unwrap_or(4).max(4);
        if digits.len() < prec {
            digits = format!("{}{digits}", "0".repeat(prec - digits.len()));
        }
        let mut s = format!("U+{digits}");
        if self.f.sharp && u <= 0x10FFFF {
            if let Some(c) = char::from_u32(u as u32).filter(|&c| is_print(c)) {
                s.push_str(" '");
                s.push(c);
                s.push('\'');
            }
        }
        self.pad_spaces(s.as_bytes());
    }

    fn fmt_c(&mut self, u: u64) {
        let c = if u > 0x10FFFF { '\u{FFFD}' } else { char::from_u32(u as u32).unwrap_or('\u{FFFD}') };
        let mut b = [0u8; 4];
        let s = c.encode_utf8(&mut b);
        self.pad(s.as_bytes());
    }

    fn fmt_qc(&mut self, u: u64) {
        let c = if u > 0x10FFFF { '\u{FFFD}' } else { char::from_u32(u as u32).unwrap_or('\u{FFFD}') };
        let q = quote_rune_with(c, self.f.plus);
        self.pad(q.as_bytes());
    }

    /// %x / %X of a string or byte slice.
    fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len();
        if let Some(p) = self.f.prec {
            length = length.min(p);
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if let Some(w) = self.f.wid {
                self.write_padding(w);
            }
            return;
        }
        let w = self.f.wid.unwrap_or(0);
        if w > width && !self.f.minus {
            self.write_padding(w - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 15) as usize]);
        }
        if w > width && self.f.minus {
            self.write_padding(w - width);
        }
    }

    fn fmt_q(&mut self, s: &[u8]) {
        let s = match self.f.prec {
            Some(p) => truncate_runes(s, p),
            None => s,
        };
        if self.f.sharp && can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            return self.pad(&q);
        }
        let q = quote(s, self.f.plus);
        self.pad(q.as_bytes());
    }

    /// fmt's float formatting: `verb` is a strconv format, `prec` -1 for
    /// the shortest representation unless a precision was given.
    fn fmt_float(&mut self, v: f64, size: u32, verb: char, prec: i32) {
        let prec = match self.f.prec {
            Some(p) => p as i32,
            None => prec,
        };
        let body = format_float(v, verb, prec, size);
        // num: sign first, always.
        let mut num: Vec<u8> = Vec::with_capacity(body.len() + 8);
        if body.starts_with('-') || body.starts_with('+') {
            num.extend_from_slice(body.as_bytes());
        } else {
            num.push(b'+');
            num.extend_from_slice(body.as_bytes());
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num.get(1) == Some(&b'I') || num.get(1) == Some(&b'N') {
            let z = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = z;
            return;
        }
        if self.f.sharp && verb != 'b' {
            let mut digits: i32 = match verb {
                'v' | 'g' | 'G' | 'x' | 'X' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail: Vec<u8> = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            let w = self.f.wid.unwrap_or(0);
            if self.f.zero && !self.f.minus && self.f.wid.is_some() && w > num.len() {
                self.buf.push(num[0]);
                self.write_padding(w - num.len());
                self.put(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // ---- operands ----

    fn bad_verb(&mut self, verb: char, cur: Cur) {
        self.erroring = true;
        self.puts("%!");
        self.push_char(verb);
        self.puts("(");
        match cur {
            Cur::Val(v) => {
                let name = v.t.name.clone();
                self.puts(&name);
                self.puts("=");
                self.print_value(v, 'v', 0);
            }
            Cur::Nil => self.puts("<nil>"),
        }
        self.puts(")");
        self.erroring = false;
    }

    fn push_char(&mut self, c: char) {
        let mut b = [0u8; 4];
        let s = c.encode_utf8(&mut b);
        self.buf.extend_from_slice(s.as_bytes());
    }

    fn fmt_bool(&mut self, v: bool, verb: char, cur: Cur) {
        match verb {
            't' | 'v' => self.fmt_boolean(v),
            _ => self.bad_verb(verb, cur),
        }
    }

    fn fmt_integer(&mut self, u: u64, signed: bool, verb: char, cur: Cur) {
        match verb {
            'v' => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(u, true)
                } else {
                    self.fmt_int(u, 10, signed, verb, LDIGITS)
                }
            }
            'd' => self.fmt_int(u, 10, signed, verb, LDIGITS),
            'b' => self.fmt_int(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_int(u, 8, signed, verb, LDIGITS),
            'x' => self.fmt_int(u, 16, signed, verb, LDIGITS),
            'X' => self.fmt_int(u, 16, signed, verb, UDIGITS),
            'c' => self.fmt_c(u),
            'q' => self.fmt_qc(u),
            'U' => self.fmt_unicode(u),
            _ => self.bad_verb(verb, cur),
        }
    }

    fn fmt_float_verb(&mut self, v: f64, size: u32, verb: char, cur: Cur) {
        match verb {
            'v' => self.fmt_float(v, size, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float(v, size, verb, -1),
            'f' | 'e' | 'E' => self.fmt_float(v, size, verb, 6),
            'F' => self.fmt_float(v, size, 'f', 6),
            _ => self.bad_verb(verb, cur),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: char, cur: Cur) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let plus = self.f.plus;
                self.buf.push(b'(');
                self.fmt_float_verb(re, size / 2, verb, cur);
                self.f.plus = true;
                self.fmt_float_verb(im, size / 2, verb, cur);
                self.puts("i)");
                self.f.plus = plus;
            }
            _ => self.bad_verb(verb, cur),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, cur: Cur) {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(s)
                } else {
                    self.fmt_s(s)
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sbx(s, LDIGITS),
            'X' => self.fmt_sbx(s, UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, cur),
        }
    }

    /// A byte slice or array under a verb; `nil` for nil slices.
    fn fmt_bytes(&mut self, b: &[u8], nil: bool, verb: char, type_name: &str, v: Val, depth: usize) {
        match verb {
            'v' | 'd' => {
                if self.f.sharp_v {
                    self.puts(type_name);
                    if nil {
                        self.puts("(nil)");
                        return;
                    }
                    self.puts("{");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.puts(", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.puts("}");
                } else {
                    self.puts("[");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.puts(" ");
                        }
                        self.fmt_int(c as u64, 10, false, verb, LDIGITS);
                    }
                    self.puts("]");
                }
            }
            's' => self.fmt_s(b),
            'x' => self.fmt_sbx(b, LDIGITS),
            'X' => self.fmt_sbx(b, UDIGITS),
            'q' => self.fmt_q(b),
            _ => self.print_list(v, verb, depth),
        }
    }

    /// Pointer-like values under %p, %v and the integer verbs.
    fn fmt_pointer(&mut self, v: Val, verb: char) {
        let u = match v.t.kind {
            Kind::Pointer | Kind::Chan | Kind::Func | Kind::Map | Kind::Slice | Kind::UnsafePointer => v.u64(),
            _ => return self.bad_verb(verb, Cur::Val(v)),
        };
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.puts("(");
                    let name = v.t.name.clone();
                    self.puts(&name);
                    self.puts(")(");
                    if u == 0 {
                        self.puts("nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.puts(")");
                } else if u == 0 {
                    self.pad(b"<nil>");
                } else {
                    let s = !self.f.sharp;
                    self.fmt_0x64(u, s);
                }
            }
            'p' => {
                let s = !self.f.sharp;
                self.fmt_0x64(u, s);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb, Cur::Val(v)),
            _ => self.bad_verb(verb, Cur::Val(v)),
        }
    }

    // ---- methods ----

    /// Calls a method of the value whose interface data word is `data`
    /// with `args` (receiver first), recovering panics as fmt does.
    /// Returns false if it panicked (the report is already printed).
    fn call_method(
        &mut self,
        v: Val,
        data: u64,
        func: *const crate::types::FuncInfo,
        args: &mut [u64],
        what: &str,
        verb: char,
    ) -> bool {
        let depth = self.ctx.panics.len();
        args[0] = data;
        self.ctx.call(func, args);
        if self.ctx.panicking == 0 {
            return true;
        }
        if self.ctx.exit_code.is_some() {
            return false;
        }
        // fmt recovers panics in the methods it calls.
        let pv = if self.ctx.panics.len() > depth {
            let p = self.ctx.panics.last().map(|p| (p.value, p.fallback.clone()));
            self.ctx.panics.truncate(depth);
            p
        } else {
            None
        };
        self.ctx.panicking = 0;
        if v.t.kind == Kind::Pointer && data == 0 {
            self.puts("<nil>");
            return false;
        }
        let saved = self.f;
        self.f = Fmt::default();
        self.puts("%!");
        self.push_char(verb);
        self.puts("(PANIC=");
        self.puts(what);
        self.puts(" method: ");
        match pv {
            Some((_, Some(s))) => self.puts(&s),
            Some(([t, d], None)) => self.print_arg(t, d, 'v'),
            None => {}
        }
        self.puts(")");
        self.f = saved;
        false
    }

    /// Handles Formatter, GoStringer, error and Stringer operands; true
    /// when the value was printed. `data` gives the interface data word.
    fn handle_methods(&mut self, v: Val, verb: char, data: &mut dyn FnMut(&mut Ctx) -> u64) -> bool {
        if self.erroring {
            return false;
        }
        if self.ctx.panicking != 0 {
            return true;
        }
        let mut verb = verb;
        if verb == 'w' {
            let is_err = self.find_string_method(v.t, "Error").is_some();
            if !is_err || !self.wrap_errs {
                self.bad_verb(verb, Cur::Val(v));
                return true;
            }
            verb = 'v';
        }
        if v.t.methods.is_empty() {
            return false;
        }
        if let Some(m) = self.find_format_method(v.t) {
            let d = data(self.ctx);
            let st = self.new_state();
            if st == 0 {
                return false;
            }
            let mut args = [d, self.state.itab, st, verb as u64];
            if self.call_method(v, d, m, &mut args, "Format", verb) {
                // SAFETY: st is a live fmt.state object (buf slice first).
                let (p, l) = unsafe { (*(st as *const u64), *(st as *const u64).add(1)) };
                let out = bytes_of(p, l).to_vec();
                self.put(&out);
            }
            return true;
        }
        if self.f.sharp_v {
            if let Some(m) = self.find_string_method(v.t, "GoString") {
                let d = data(self.ctx);
                let mut args = [d, 0];
                if self.call_method(v, d, m, &mut args, "GoString", verb) {
                    let s = bytes_of(args[0], args[1]).to_vec();
                    self.fmt_s(&s);
                }
                return true;
            }
            return false;
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        for name in ["Error", "String"] {
            if let Some(m) = self.find_string_method(v.t, name) {
                let d = data(self.ctx);
                let mut args = [d, 0];
                if self.call_method(v, d, m, &mut args, name, verb) {
                    let s = bytes_of(args[0], args[1]).to_vec();
                    self.fmt_string(&s, verb, Cur::Nil);
                }
                return true;
            }
        }
        false
    }

    fn find_string_method(&self, t: &TypeDesc, name: &str) -> Option<*const crate::types::FuncInfo> {
        let m = t.methods.iter().find(|m| m.name == name)?;
        let sig = td(m.sig);
        (sig.params.is_empty() && sig.results.len() == 1 && td(sig.results[0]).kind == Kind::String && !sig.variadic)
            .then_some(m.func)
    }

    fn find_format_method(&self, t: &TypeDesc) -> Option<*const crate::types::FuncInfo> {
        if self.state.itab == 0 {
            return None;
        }
        let m = t.methods.iter().find(|m| m.name == "Format")?;
        let sig = td(m.sig);
        // SAFETY: a non-zero state itab is `[type, iface, ...]`.
        let state_iface = unsafe { *(self.state.itab as *const u64).add(1) } as *const TypeDesc;
        (sig.params.len() == 2
            && sig.params[0] == state_iface
            && td(sig.params[1]).kind == Kind::Int32
            && sig.results.is_empty()
            && !sig.variadic)
            .then_some(m.func)
    }

    /// A fresh `fmt.state` with the current flags, for a Format call.
    fn new_state(&mut self) -> u64 {
        // SAFETY: the state itab's first word is the `*fmt.state` type.
        let pt = td(unsafe { *(self.state.itab as *const u64) } as *const TypeDesc);
        if pt.kind != Kind::Pointer {
            return 0;
        }
        let st = pt.elem();
        if st.size < 48 {
            return 0;
        }
        let p = self.ctx.alloc(st.size as usize, st.noscan) as *mut u64;
        let f = &self.f;
        let mut flags = 0u64;
        for (i, b) in
            [f.wid.is_some(), f.prec.is_some(), f.minus, f.plus || f.plus_v, f.sharp || f.sharp_v, f.space, f.zero]
                .iter()
                .enumerate()
        {
            if *b {
                flags |= 1 << i;
            }
        }
        // SAFETY: p is a fresh fmt.state: buf (3 words), wid, prec, flags.
        unsafe {
            *p.add(3) = f.wid.unwrap_or(0) as u64;
            *p.add(4) = f.prec.unwrap_or(0) as u64;
            *p.add(5) = flags;
        }
        p as u64
    }

    // ---- values ----

    /// Formats an operand given as an `any` (type word, data word).
    pub fn print_arg(&mut self, t: u64, d: u64, verb: char) {
        if t == 0 {
            match verb {
                'T' | 'v' => self.pad(b"<nil>"),
                _ => self.bad_verb(verb, Cur::Nil),
            }
            return;
        }
        let t = td(t as *const TypeDesc);
        if verb == 'T' {
            let name = t.name.clone();
            self.fmt_s(name.as_bytes());
            return;
        }
        let mut tmp = [0u64; 2];
        let p = iface_value_ptr(t, d, &mut tmp);
        let v = Val { t, p, ro: false };
        if verb == 'p' {
            self.fmt_pointer(v, 'p');
            return;
        }
        // The operand type []byte (not a named type, nor named elements).
        if t.kind == Kind::Slice && !t.named && t.elem().kind == Kind::Uint8 && !t.elem().named {
            let (bp, bl) = (v.u64(), v.word(8, ir::MemType::I64));
            let b = bytes_of(bp, bl).to_vec();
            self.fmt_bytes(&b, bp == 0, verb, "[]byte", v, 0);
            return;
        }
        if self.handle_methods(v, verb, &mut |_| d) {
            return;
        }
        self.print_value(v, verb, 0);
    }

    /// Formats a value held in memory by its type (nested values get their
    /// methods called here; operands had theirs in `print_arg`).
    pub fn print_value(&mut self, v: Val, verb: char, depth: usize) {
        if depth > 0 && !v.ro && !v.t.methods.is_empty() {
            let mut data = |ctx: &mut Ctx| {
                let words = load_flat_words(ctx, v);
                crate::layout::box_value(ctx, v.t, &words)
            };
            if self.handle_methods(v, verb, &mut data) {
                return;
            }
        }
        if depth > 200 || self.ctx.panicking != 0 {
            return;
        }
        let cur = Cur::Val(v);
        match v.t.kind {
            Kind::Bool => self.fmt_bool(v.int_bits() != 0, verb, cur),
            k if k.is_integer() => self.fmt_integer(v.int_bits(), k.is_signed(), verb, cur),
            Kind::Float32 => self.fmt_float_verb(v.float(), 32, verb, cur),
            Kind::Float64 => self.fmt_float_verb(v.float(), 64, verb, cur),
            Kind::Complex64 => self.fmt_complex(v.float(), v.imag(), 64, verb, cur),
            Kind::Complex128 => self.fmt_complex(v.float(), v.imag(), 128, verb, cur),
            Kind::String => {
                let s = v.str().to_vec();
                self.fmt_string(&s, verb, cur);
            }
            Kind::Map => self.print_map(v, verb, depth),
            Kind::Struct => self.print_struct(v, verb, depth),
            Kind::Interface => {
                let w0 = v.u64();
                let d = v.word(8, ir::MemType::I64);
                // SAFETY: an interface value's first word matches its type.
                let dyn_t = unsafe { iface_type(v.t, w0) };
                if dyn_t == 0 {
                    if self.f.sharp_v {
                        let name = v.t.name.clone();
                        self.puts(&name);
                        self.puts("(nil)");
                    } else {
                        self.puts("<nil>");
                    }
                    return;
                }
                let dt = td(dyn_t as *const TypeDesc);
                let mut tmp = [0u64; 2];
                let p = iface_value_ptr(dt, d, &mut tmp);
                self.print_value(Val { t: dt, p, ro: v.ro }, verb, depth + 1);
            }
            Kind::Array | Kind::Slice => {
                if matches!(verb, 's' | 'q' | 'x' | 'X') && v.t.elem().kind == Kind::Uint8 {
                    let (b, nil) = if v.t.kind == Kind::Slice {
                        let p = v.u64();
                        (bytes_of(p, v.word(8, ir::MemType::I64)).to_vec(), p == 0)
                    } else {
                        (bytes_of(v.p as u64, v.t.len).to_vec(), false)
                    };
                    let name = v.t.name.clone();
                    self.fmt_bytes(&b, nil, verb, &name, v, depth);
                    return;
                }
                self.print_list(v, verb, depth);
            }
            Kind::Pointer => {
                let addr = v.u64();
                if depth == 0 && addr != 0 {
                    let e = v.t.elem();
                    if matches!(e.kind, Kind::Struct | Kind::Array | Kind::Slice | Kind::Map) {
                        self.puts("&");
                        self.print_value(Val { t: e, p: addr as *const u8, ro: v.ro }, verb, depth + 1);
                        return;
                    }
                }
                self.fmt_pointer(v, verb);
            }
            Kind::UnsafePointer | Kind::Chan | Kind::Func => self.fmt_pointer(v, verb),
            _ => self.puts("?"),
        }
    }

    fn print_list(&mut self, v: Val, verb: char, depth: usize) {
        let e = v.t.elem();
        let (base, len) = if v.t.kind == Kind::Slice {
            (v.u64() as *const u8, v.word(8, ir::MemType::I64) as usize)
        } else {
            (v.p, v.t.len as usize)
        };
        if self.f.sharp_v {
            let name = v.t.name.clone();
            self.puts(&name);
            if v.t.kind == Kind::Slice && base.is_null() {
                self.puts("(nil)");
                return;
            }
            self.puts("{");
            for i in 0..len {
                if i > 0 {
                    self.puts(", ");
                }
                // SAFETY: i < len elements of e.size bytes.
                let p = unsafe { base.add(i * e.size as usize) };
                self.print_value(Val { t: e, p, ro: v.ro }, verb, depth + 1);
            }
            self.puts("}");
            return;
        }
        self.puts("[");
        for i in 0..len {
            if i > 0 {
                self.puts(" ");
            }
            // SAFETY: i < len elements of e.size bytes.
            let p = unsafe { base.add(i * e.size as usize) };
            self.print_value(Val { t: e, p, ro: v.ro }, verb, depth + 1);
        }
        self.puts("]");
    }

    fn print_map(&mut self, v: Val, verb: char, depth: usize) {
        let m = v.u64();
        if self.f.sharp_v {
            let name = v.t.name.clone();
            self.puts(&name);
            if m == 0 {
                self.puts("(nil)");
                return;
            }
            self.puts("{");
        } else {
            self.puts("map[");
        }
        let entries = crate::maps::sorted_entries(self.ctx, v.t, m);
        let (kt, vt) = (v.t.key(), v.t.elem());
        for (i, (k, val)) in entries.iter().enumerate() {
            if i > 0 {
                self.puts(if self.f.sharp_v { ", " } else { " " });
            }
            self.print_value(Val { t: kt, p: *k, ro: v.ro }, verb, depth + 1);
            self.puts(":");
            self.print_value(Val { t: vt, p: *val, ro: v.ro }, verb, depth + 1);
        }
        self.puts(if self.f.sharp_v { "}" } else { "]" });
    }

    fn print_struct(&mut self, v: Val, verb: char, depth: usize) {
        if self.f.sharp_v {
            let name = v.t.name.clone();
            self.puts(&name);
        }
        self.puts("{");
        for i in 0..v.t.fields.len() {
            let f = &v.t.fields[i];
            let (name, typ, off, exported) = (f.name.clone(), f.typ, f.offset as usize, f.exported);
            if i > 0 {
                self.puts(if self.f.sharp_v { ", " } else { " " });
            }
            if (self.f.plus_v || self.f.sharp_v) && !name.is_empty() {
                self.puts(&name);
                self.puts(":");
            }
            // SAFETY: the field lies within the struct.
            let p = unsafe { v.p.add(off) };
            self.print_value(Val { t: td(typ), p, ro: v.ro || !exported }, verb, depth + 1);
        }
        self.puts("}");
    }

    // ---- entry points ----

    /// Print/Sprint: spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[[u64; 2]]) {
        let mut prev_string = false;
        for (i, &[t, d]) in args.iter().enumerate() {
            let is_string = t != 0 && td(t as *const TypeDesc).kind == Kind::String;
            if i > 0 && !is_string && !prev_string {
                self.puts(" ");
            }
            self.f = Fmt::default();
            self.print_arg(t, d, 'v');
            prev_string = is_string;
        }
    }

    /// Println/Sprintln: always spaces, then a newline.
    pub fn do_println(&mut self, args: &[[u64; 2]]) {
        for (i, &[t, d]) in args.iter().enumerate() {
            if i > 0 {
                self.puts(" ");
            }
            self.f = Fmt::default();
            self.print_arg(t, d, 'v');
        }
        self.puts("\n");
    }

    /// An explicit argument index `[n]` at `i`: (new arg number, new i,
    /// whether an index was found).
    fn arg_number(&mut self, argn: usize, format: &[u8], i: usize, nargs: usize) -> (usize, usize, bool) {
        if i >= format.len() || format[i] != b'[' {
            return (argn, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index >= 0 && (index as usize) < nargs {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (argn, i + wid, ok)
    }

    pub fn do_printf(&mut self, format: &[u8], args: &[[u64; 2]]) {
        let end = format.len();
        let mut argn = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'outer: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.put(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.f = Fmt::default();
            // Flags, and the fast path for a simple verb.
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && argn < args.len() {
                            let verb = c as char;
                            self.print_verb(verb, argn, args);
                            argn += 1;
                            i += 1;
                            continue 'outer;
                        }
                        break;
                    }
                }
                i += 1;
            }
            // Argument index, width.
            (argn, i, after_index) = self.arg_number(argn, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = int_from_arg(args, argn);
                argn = n;
                if !ok {
                    self.puts("%!(BADWIDTH)");
                    self.f.wid = None;
                } else if w < 0 {
                    self.f.wid = Some(w.unsigned_abs() as usize);
                    self.f.minus = true;
                    self.f.zero = false;
                } else {
                    self.f.wid = Some(w as usize);
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parse_num(format, i, end);
                i = ni;
                self.f.wid = ok.then_some(w);
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (argn, i, after_index) = self.arg_number(argn, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = int_from_arg(args, argn);
                    argn = n;
                    if p < 0 || !ok {
                        self.f.prec = None;
                        self.puts("%!(BADPREC)");
                    } else {
                        self.f.prec = Some(p as usize);
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parse_num(format, i, end);
                    i = ni;
                    self.f.prec = Some(if ok { p } else { 0 });
                }
            }
            if !after_index {
                (argn, i, _) = self.arg_number(argn, format, i, args.len());
            }
            if i >= end {
                self.puts("%!(NOVERB)");
                break;
            }
            let (r, w) = if format[i] < 0x80 { (format[i] as u32, 1) } else { decode_rune(&format[i..]) };
            i += w.max(1);
            let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
            if verb == '%' {
                self.puts("%");
            } else if !self.good_arg_num {
                self.puts("%!");
                self.push_char(verb);
                self.puts("(BADINDEX)");
            } else if argn >= args.len() {
                self.puts("%!");
                self.push_char(verb);
                self.puts("(MISSING)");
            } else {
                self.print_verb(verb, argn, args);
                argn += 1;
            }
        }
        if !self.reordered && argn < args.len() {
            self.f = Fmt::default();
            self.puts("%!(EXTRA ");
            for (k, &[t, d]) in args[argn..].iter().enumerate() {
                if k > 0 {
                    self.puts(", ");
                }
                if t == 0 {
                    self.puts("<nil>");
                } else {
                    let name = td(t as *const TypeDesc).name.clone();
                    self.puts(&name);
                    self.puts("=");
                    self.print_arg(t, d, 'v');
                }
            }
            self.puts(")");
        }
    }

    fn print_verb(&mut self, verb: char, argn: usize, args: &[[u64; 2]]) {
        if verb == 'w' {
            self.wrapped.push(argn);
        }
        if verb == 'v' || verb == 'w' {
            self.f.sharp_v = self.f.sharp;
            self.f.sharp = false;
            self.f.plus_v = self.f.plus;
            self.f.plus = false;
        }
        let [t, d] = args[argn];
        self.print_arg(t, d, verb);
    }
}

/// `[n]` at the start of `format`: (index, bytes consumed, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (w, ok, ni) = parse_num(format, 1, i);
            if !ok || ni != i {
                return (0, i + 1, false);
            }
            return (w as i64 - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Decimal digits in format[start..end]: (value, any digits, next index).
fn parse_num(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0usize;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as usize;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// An integer operand for `*`: (value, ok, next arg number).
fn int_from_arg(args: &[[u64; 2]], argn: usize) -> (i64, bool, usize) {
    if argn >= args.len() {
        return (0, false, argn);
    }
    let [t, d] = args[argn];
    let mut r = (0i64, false);
    if t != 0 {
        let t = td(t as *const TypeDesc);
        if t.kind.is_integer() {
            let mut tmp = [0u64; 2];
            let p = iface_value_ptr(t, d, &mut tmp);
            let v = Val { t, p, ro: false }.int_bits();
            if t.kind.is_signed() || (v as i64) >= 0 {
                r = (v as i64, true);
            }
        }
    }
    if r.0 > 1_000_000 || r.0 < -1_000_000 {
        r = (0, false);
    }
    (r.0, r.1, argn + 1)
}

/// The flat words of a value in memory (for boxing nested values).
fn load_flat_words(ctx: &mut Ctx, v: Val) -> Vec<u64> {
    let mut out = vec![0u64; v.t.words().max(1)];
    // SAFETY: v.p points at a value of type v.t.
    unsafe { crate::layout::load_flat(ctx, v.t, v.p, &mut out) };
    out
}

// ---- quoting (strconv's rules) ----

/// Go's strconv.Quote, or QuoteToASCII when `ascii`.
pub fn quote(s: &[u8], ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if r == 0xFFFD && w == 1 {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        }
        let c = char::from_u32(r).unwrap_or('\u{FFFD}');
        escape_char(&mut out, c, '"', ascii);
        i += w;
    }
    out.push('"');
    out
}

pub fn quote_rune(c: char) -> String {
    quote_rune_with(c, false)
}

fn quote_rune_with(c: char, ascii: bool) -> String {
    let mut s = String::from("'");
    escape_char(&mut s, c, '\'', ascii);
    s.push('\'');
    s
}

fn escape_char(out: &mut String, c: char, q: char, ascii: bool) {
    if c == q || c == '\\' {
        out.push('\\');
        out.push(c);
        return;
    }
    if ascii {
        if (c as u32) < 0x80 && is_print(c) {
            out.push(c);
            return;
        }
    } else if is_print(c) {
        out.push(c);
        return;
    }
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// strconv.CanBackquote.
fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w.max(1);
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == 0xFFFD {
            return false;
        }
        if (r < 0x20 && r != 9) || r == b'`' as u32 || r == 0x7f {
            return false;
        }
    }
    true
}

/// strconv.IsPrint (the Unicode tables' L, M, N, P, S and the ASCII
/// space): unassigned code points, other spaces, controls, format
/// characters, surrogates and private use are escaped by %q.
pub fn is_print(c: char) -> bool {
    crate::unicodelib::is_print_rune(c as i64)
}

// ---- floats (strconv.FormatFloat's formats) ----

/// Decimal digits of |f| (no leading zeros, no trailing zeros) and the
/// decimal point position: value = 0.d1d2d3... x 10^dp.
struct Decimal {
    d: Vec<u8>,
    dp: i32,
}

fn parse_sci(s: &str) -> Decimal {
    // s is like "1.2345e-7" or "0e0"
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut dp = exp + 1;
    // Strip leading zeros (only for zero itself) and trailing zeros.
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Decimal { d, dp }
}

/// Shortest digits that read back as the same float32/float64; among
/// several of that length, the nearest (ties to even), as Go picks.
fn shortest(a: f64, size: u32) -> Decimal {
    if a == 0.0 {
        return Decimal { d: vec![], dp: 0 };
    }
    let (d, dp) = crate::strconvlib::shortest_digits(a, size == 32);
    Decimal { d, dp: dp as i32 }
}

/// Correctly rounded to `n` significant digits (n >= 1).
fn round_sig(a: f64, n: usize) -> Decimal {
    if a == 0.0 {
        return Decimal { d: vec![], dp: 0 };
    }
    parse_sci(&format!("{:.*e}", n - 1, a))
}

fn exp_part(out: &mut String, e: i32, c: char) {
    out.push(c);
    out.push(if e < 0 { '-' } else { '+' });
    let e = e.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
}

/// %e with `prec` digits after the point from decimal digits.
fn fmt_e(out: &mut String, d: &Decimal, prec: usize, c: char) {
    out.push(if d.d.is_empty() { '0' } else { d.d[0] as char });
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(d.d.get(i).map(|&b| b as char).unwrap_or('0'));
        }
    }
    let e = if d.d.is_empty() { 0 } else { d.dp - 1 };
    exp_part(out, e, c);
}

/// %f with `prec` digits after the point from decimal digits.
fn fmt_f(out: &mut String, d: &Decimal, prec: usize) {
    if d.dp > 0 {
        for i in 0..d.dp as usize {
            out.push(d.d.get(i).map(|&b| b as char).unwrap_or('0'));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec as i32 {
            let j = d.dp + i - 1;
            let ch = if j >= 0 { d.d.get(j as usize).map(|&b| b as char).unwrap_or('0') } else { '0' };
            out.push(ch);
        }
    }
}

/// strconv.FormatFloat(f, verb, prec, size) for verbs b e E f g G x X.
pub fn format_float(f: f64, verb: char, prec: i32, size: u32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-Inf".into() } else { "+Inf".into() };
    }
    let mut out = String::new();
    if f.is_sign_negative() {
        out.push('-');
    }
    let a = f.abs();
    match verb {
        'b' => {
            let (mant, exp) = if size == 32 {
                let bits = (a as f32).to_bits();
                let e = ((bits >> 23) & 0xFF) as i32;
                let m = (bits & 0x7F_FFFF) as u64;
                if e == 0 {
                    (m, -149)
                } else {
                    (m | 1 << 23, e - 150)
                }
            } else {
                let bits = a.to_bits();
                let e = ((bits >> 52) & 0x7FF) as i32;
                let m = bits & ((1 << 52) - 1);
                if e == 0 {
                    (m, -1074)
                } else {
                    (m | 1 << 52, e - 1075)
                }
            };
            out.push_str(&mant.to_string());
            out.push('p');
            if exp >= 0 {
                out.push('+');
            }
            out.push_str(&exp.to_string());
        }
        'x' | 'X' => fmt_hex_float(&mut out, a, prec, verb == 'X'),
        'e' | 'E' => {
            let d = if prec < 0 { shortest(a, size) } else { round_sig(a, prec as usize + 1) };
            let p = if prec < 0 { d.d.len().saturating_sub(1) } else { prec as usize };
            fmt_e(&mut out, &d, p, verb);
        }
        'f' | 'F' => {
            if prec < 0 {
                let d = shortest(a, size);
                let p = (d.d.len() as i32 - d.dp).max(0) as usize;
                fmt_f(&mut out, &d, p);
            } else {
                out.push_str(&format!("{:.*}", prec as usize, a));
            }
        }
        _ => {
            // 'g' / 'G'
            let shortest_mode = prec < 0;
            let (d, mut prec) = if shortest_mode {
                let d = shortest(a, size);
                let n = d.d.len() as i32;
                (d, n)
            } else {
                let p = if prec == 0 { 1 } else { prec };
                (round_sig(a, p as usize), p)
            };
            let nd = d.d.len() as i32;
            let mut eprec = prec;
            if eprec > nd && nd >= d.dp {
                eprec = nd;
            }
            if shortest_mode {
                eprec = 6;
            }
            let exp = d.dp - 1;
            let echar = if verb == 'G' { 'E' } else { 'e' };
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(&mut out, &d, (prec - 1).max(0) as usize, echar);
            } else {
                if prec > d.dp {
                    prec = nd;
                }
                fmt_f(&mut out, &d, (prec - d.dp).max(0) as usize);
            }
        }
    }
    out
}

/// %x of a float: 0x1.hhhp±dd, rounded to `prec` hex digits if prec >= 0.
fn fmt_hex_float(out: &mut String, a: f64, prec: i32, upper: bool) {
    let bits = a.to_bits();
    let e = ((bits >> 52) & 0x7FF) as i32;
    let m = bits & ((1 << 52) - 1);
    let (mut mant, mut exp) = if e == 0 { (m, -1074) } else { (m | 1 << 52, e - 1075) };
    let digits: &[u8] = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    out.push_str(if upper { "0X" } else { "0x" });
    if mant == 0 {
        out.push('0');
        if prec > 0 {
            out.push('.');
            out.push_str(&"0".repeat(prec as usize));
        }
        out.push_str(if upper { "P+00" } else { "p+00" });
        return;
    }
    // Normalize: leading 1 at bit 60; value = mant/2^60 * 2^exp.
    while mant < (1 << 60) {
        mant <<= 1;
        exp -= 1;
    }
    exp += 60;
    if (0..15).contains(&prec) {
        let shift = 60 - 4 * prec as u32;
        let extra = mant & ((1u64 << shift) - 1);
        mant >>= shift;
        let half = 1u64 << (shift - 1);
        if extra > half || (extra == half && mant & 1 == 1) {
            mant += 1;
        }
        mant <<= shift;
        if mant >= (1 << 61) {
            mant >>= 1;
            exp += 1;
        }
    }
    out.push('1');
    let frac = mant & ((1 << 60) - 1);
    let mut hex: Vec<u8> = (0..15).map(|i| digits[((frac >> (56 - 4 * i)) & 15) as usize]).collect();
    if prec < 0 {
        while hex.last() == Some(&b'0') {
            hex.pop();
        }
    } else {
        hex.resize(prec as usize, b'0');
    }
    if !hex.is_empty() {
        out.push('.');
        out.push_str(std::str::from_utf8(&hex).unwrap_or(""));
    }
    exp_part(out, exp, if upper { 'P' } else { 'p' });
}

// ---- natives ----

/// Reads a `[]any` slice (ptr, len) into (type, data) pairs.
pub fn any_slice<'a>(p: u64, len: u64) -> &'a [[u64; 2]] {
    if len == 0 || p == 0 {
        return &[];
    }
    // SAFETY: a []any holds len (type, data) pairs; the slice is reachable
    // from the caller's frame while the native runs, and the heap does not
    // move objects.
    unsafe { std::slice::from_raw_parts(p as *const [u64; 2], len as usize) }
}

/// Formats by `kind` (0 Print, 1 Println, 2 Printf) with arguments at
/// words 0.. of `a`: kind, format (2), args (3), state (2).
fn format_args(ctx: &mut Ctx, a: Args, base: usize, wrap: bool) -> (Vec<u8>, Vec<usize>, bool) {
    let kind = a.get(base);
    let format = a.str(base + 1);
    let args = any_slice(a.get(base + 3), a.get(base + 4));
    let state = a.get(base + 6);
    let mut p = Printer::new(ctx);
    p.state = StateProto { itab: state };
    p.wrap_errs = wrap;
    match kind {
        0 => p.do_print(args),
        1 => p.do_println(args),
        _ => p.do_printf(format, args),
    }
    (std::mem::take(&mut p.buf), std::mem::take(&mut p.wrapped), p.reordered)
}

/// fmt.printOut(kind int, format string, a []any, st State) int: formats
/// to standard output.
pub extern "C" fn print_out(ctx: &mut Ctx, a: Args) {
    let (buf, _, _) = format_args(ctx, a, 0, false);
    if ctx.exit_code.is_none() {
        ctx.shared().out.write(&buf);
    }
    a.set(0, buf.len() as u64);
}

/// fmt.sprint(kind int, format string, a []any, st State) string
pub extern "C" fn sprint(ctx: &mut Ctx, a: Args) {
    let (buf, _, _) = format_args(ctx, a, 0, false);
    let (p, l) = crate::strings::new_string(ctx, &buf);
    a.set(0, p);
    a.set(1, l);
}

/// fmt.bprint(kind int, format string, a []any, st State) []byte
pub extern "C" fn bprint(ctx: &mut Ctx, a: Args) {
    let (buf, _, _) = format_args(ctx, a, 0, false);
    let cap = crate::slices::round_cap(buf.len(), 1);
    let p = ctx.alloc(cap, true);
    // SAFETY: p holds cap >= buf.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(buf.as_ptr(), p, buf.len()) };
    a.set(0, p as u64);
    a.set(1, buf.len() as u64);
    a.set(2, cap as u64);
}

/// fmt.errorf(kind int, format string, a []any, st State) (string, []int):
/// the message, and the operand indexes of %w verbs (sorted, distinct).
pub extern "C" fn errorf(ctx: &mut Ctx, a: Args) {
    let (buf, mut wrapped, reordered) = format_args(ctx, a, 0, true);
    if reordered {
        wrapped.sort_unstable();
    }
    wrapped.dedup();
    let (sp, sl) = crate::strings::new_string(ctx, &buf);
    a.set(0, sp);
    a.set(1, sl);
    let n = wrapped.len();
    let p = if n == 0 { 0 } else { ctx.alloc(8 * n, true) as u64 };
    for (i, &w) in wrapped.iter().enumerate() {
        // SAFETY: p has room for n ints.
        unsafe { *(p as *mut u64).add(i) = w as u64 };
    }
    a.set(2, p);
    a.set(3, n as u64);
    a.set(4, n as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(f: f64) -> String {
        format_float(f, 'g', -1, 64)
    }

    #[test]
    fn floats_like_go() {
        assert_eq!(g(2.75), "2.75");
        assert_eq!(g(1.0), "1");
        assert_eq!(g(1e21), "1e+21");
        assert_eq!(g(1e20), "1e+20");
        assert_eq!(g(1e6), "1e+06");
        assert_eq!(g(100000.0), "100000");
        assert_eq!(g(123456789.0), "1.23456789e+08");
        assert_eq!(g(0.0001), "0.0001");
        assert_eq!(g(0.00001), "1e-05");
        assert_eq!(g(-2.5), "-2.5");
        assert_eq!(g(0.0), "0");
        assert_eq!(g(-0.0), "-0");
        assert_eq!(format_float(1.41459, 'f', 3, 64), "1.415");
        assert_eq!(format_float(1234.5678, 'e', 6, 64), "1.234568e+03");
        assert_eq!(format_float(0.000012345, 'g', -1, 64), "1.2345e-05");
        assert_eq!(format_float(100000.0, 'g', 3, 64), "1e+05");
        assert_eq!(format_float(1234567.0, 'g', 3, 64), "1.23e+06");
        assert_eq!(format_float(1.0, 'g', 3, 64), "1");
        assert_eq!(format_float(0.0, 'e', 6, 64), "0.000000e+00");
        assert_eq!(format_float(2.5, 'f', 0, 64), "2");
        assert_eq!(format_float(0.1, 'g', -1, 32), "0.1");
        assert_eq!(format_float(16777216.0, 'g', -1, 32), "1.6777216e+07");
        assert_eq!(format_float(1.0 / 3.0, 'g', 10, 64), "0.3333333333");
        assert_eq!(format_float(123.0, 'f', -1, 64), "123");
        assert_eq!(format_float(0.00125, 'f', -1, 64), "0.00125");
        assert_eq!(format_float(1e-7, 'e', -1, 64), "1e-07");
    }

    #[test]
    fn hex_and_binary_floats() {
        assert_eq!(format_float(3.5, 'x', -1, 64), "0x1.cp+01");
        assert_eq!(format_float(1.0, 'X', -1, 64), "0X1P+00");
        assert_eq!(format_float(3.3, 'x', 2, 64), "0x1.a6p+01");
        assert_eq!(format_float(1.0, 'x', 4, 64), "0x1.0000p+00");
        assert_eq!(format_float(0.0, 'x', -1, 64), "0x0p+00");
        assert_eq!(format_float(0.1f32 as f64, 'x', -1, 32), "0x1.99999ap-04");
        assert_eq!(format_float(5e-324, 'x', -1, 64), "0x1p-1074");
        assert_eq!(format_float(1.0, 'b', -1, 64), "4503599627370496p-52");
        assert_eq!(format_float(1.0, 'b', -1, 32), "8388608p-23");
        assert_eq!(format_float(0.0, 'b', -1, 64), "0p-1074");
        assert_eq!(format_float(-1.5, 'x', 0, 64), "-0x1p+01");
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("héllo\n".as_bytes(), false), "\"héllo\\n\"");
        assert_eq!(quote("héllo".as_bytes(), true), "\"h\\u00e9llo\"");
        assert_eq!(quote(&[0xff, b'a'], false), "\"\\xffa\"");
        assert_eq!(quote("\u{a0}\u{feff}\u{1F600}".as_bytes(), false), "\"\\u00a0\\ufeff\u{1F600}\"");
        assert_eq!(quote("\u{1F600}".as_bytes(), true), "\"\\U0001f600\"");
        assert_eq!(quote_rune('\''), "'\\''");
        assert_eq!(quote_rune('"'), "'\"'");
        assert!(can_backquote(b"a\tb"));
        assert!(!can_backquote(b"a`b"));
        assert!(!can_backquote(b"a\nb"));
        assert!(!can_backquote(&[0xff]));
    }

    #[test]
    fn argument_indexes() {
        assert_eq!(parse_arg_number(b"[2]d"), (1, 3, true));
        assert_eq!(parse_arg_number(b"[x]d"), (0, 3, false));
        assert_eq!(parse_arg_number(b"[1"), (0, 1, false));
        assert_eq!(parse_num(b"12x", 0, 3), (12, true, 2));
        assert_eq!(rune_count("héllo".as_bytes()), 5);
        assert_eq!(truncate_runes("héllo".as_bytes(), 2), "hé".as_bytes());
    }
}

/// The shortest-%g options the `print` builtins use (kept for print.rs).
#[derive(Clone, Copy, Default, Debug)]
pub struct Spec {
    _shortest: (),
}

/// Shortest formatting of a float under `verb` ('v' or 'g'), for print.rs.
pub fn fmt_float(f: f64, verb: char, _spec: &Spec, size: u32) -> String {
    format_float(f, if verb == 'v' { 'g' } else { verb }, -1, size)
}
