//! Go's fmt formatting over runtime type descriptors: the verbs, flags,
//! widths and precisions of package fmt, Stringer/error methods, and the
//! natives behind fmt.Print*, Sprint*, Printf and Sprintf.

use crate::ctx::Ctx;
use crate::iface::iface_type;
use crate::layout::{iface_value_ptr, load_word};
use crate::native::Args;
use crate::strings::bytes_of;
use crate::types::{Kind, TypeDesc};

/// Flags and sizes parsed from a verb like `%-08.3f`.
#[derive(Clone, Copy, Default, Debug)]
pub struct Spec {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub zero: bool,
    pub space: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
    /// `%+v`
    pub plus_v: bool,
    /// `%#v`
    pub sharp_v: bool,
}

/// A value to format: its type and the address of its memory form.
#[derive(Clone, Copy)]
pub struct Val<'a> {
    pub t: &'a TypeDesc,
    pub p: *const u8,
}

pub struct Printer<'c> {
    pub ctx: &'c mut Ctx,
    pub buf: Vec<u8>,
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
    fn int(&self) -> i64 {
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
        self.word(0, mt) as i64
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

impl<'c> Printer<'c> {
    pub fn new(ctx: &'c mut Ctx) -> Self {
        Printer { ctx, buf: Vec::new() }
    }

    fn put(&mut self, s: &[u8]) {
        self.buf.extend_from_slice(s);
    }

    fn puts(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// Pads `s` to the width with spaces (or zeros where allowed).
    fn pad(&mut self, s: &[u8], spec: &Spec) {
        let w = spec.width.unwrap_or(0);
        let n = std::str::from_utf8(s).map(|x| x.chars().count()).unwrap_or(s.len());
        if n >= w {
            self.put(s);
            return;
        }
        let fill = w - n;
        if spec.minus {
            self.put(s);
            self.buf.extend(std::iter::repeat_n(b' ', fill));
        } else {
            self.buf.extend(std::iter::repeat_n(b' ', fill));
            self.put(s);
        }
    }

    /// Pads a number: zero padding goes after the sign.
    fn pad_number(&mut self, s: &str, spec: &Spec) {
        let w = spec.width.unwrap_or(0);
        if spec.zero && !spec.minus && s.len() < w {
            let (sign, digits) = match s.as_bytes().first() {
                Some(b'-' | b'+' | b' ') => s.split_at(1),
                _ => ("", s),
            };
            let mut out = String::from(sign);
            out.extend(std::iter::repeat_n('0', w - s.len()));
            out.push_str(digits);
            self.put(out.as_bytes());
        } else {
            self.pad(s.as_bytes(), spec);
        }
    }

    // ---- methods ----

    /// If the value's type has a suitable method (Error, or String for
    /// Stringers) and the verb accepts strings, formats its result.
    fn handle_methods(&mut self, v: Val, verb: char, spec: &Spec, data: u64) -> bool {
        if spec.sharp_v {
            return false;
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        for name in ["Error", "String"] {
            let Some(m) = v.t.methods.iter().find(|m| m.name == name) else { continue };
            let sig = td(m.sig);
            if !sig.params.is_empty() || sig.results.len() != 1 || td(sig.results[0]).kind != Kind::String {
                continue;
            }
            // The receiver is the interface data word for this value.
            let mut args = [data, 0];
            let depth = self.ctx.panics.len();
            self.ctx.call(m.func, &mut args);
            if self.ctx.panicking != 0 && self.ctx.exit_code.is_none() {
                // fmt recovers panics in String/Error methods.
                let text = if self.ctx.panics.len() > depth {
                    let s = crate::panic::describe(self.ctx, self.ctx.panics.len() - 1);
                    self.ctx.panics.truncate(depth);
                    s
                } else {
                    String::new()
                };
                self.ctx.panicking = 0;
                if data == 0 && v.t.kind == Kind::Pointer {
                    self.puts("<nil>");
                } else {
                    self.puts(&format!("%!{verb}(PANIC={name} method: {text})"));
                }
                return true;
            }
            if self.ctx.panicking != 0 {
                return true;
            }
            let s = bytes_of(args[0], args[1]).to_vec();
            self.fmt_string(&s, verb, spec);
            return true;
        }
        false
    }

    // ---- values ----

    /// Formats an `any` (type word, data word).
    pub fn print_any(&mut self, t: u64, d: u64, verb: char, spec: &Spec, depth: usize) {
        if t == 0 {
            match verb {
                'T' | 'v' => self.pad(b"<nil>", spec),
                _ => self.bad_verb_nil(verb),
            }
            return;
        }
        let t = td(t as *const TypeDesc);
        if verb == 'T' {
            let name = t.name.clone();
            self.pad(name.as_bytes(), spec);
            return;
        }
        if verb == 'p' {
            self.fmt_pointer_any(t, d, verb, spec);
            return;
        }
        let mut tmp = [0u64; 2];
        let p = iface_value_ptr(t, d, &mut tmp);
        let v = Val { t, p };
        if self.handle_methods(v, verb, spec, d) {
            return;
        }
        self.print_value(v, verb, spec, depth);
    }

    fn bad_verb_nil(&mut self, verb: char) {
        self.puts(&format!("%!{verb}(<nil>)"));
    }

    fn bad_verb(&mut self, v: Val, verb: char) {
        self.puts(&format!("%!{verb}("));
        let name = v.t.name.clone();
        self.puts(&name);
        self.puts("=");
        self.print_value(v, 'v', &Spec::default(), 0);
        self.puts(")");
    }

    /// Formats a value held in memory (fields, elements).
    pub fn print_value(&mut self, v: Val, verb: char, spec: &Spec, depth: usize) {
        if depth > 100 {
            self.puts("...");
            return;
        }
        match v.t.kind {
            Kind::Bool => match verb {
                'v' | 't' => {
                    let s: &[u8] = if v.int() != 0 { b"true" } else { b"false" };
                    self.pad(s, spec);
                }
                _ => self.bad_verb(v, verb),
            },
            k if k.is_integer() => self.fmt_integer(v, verb, spec),
            Kind::Float32 | Kind::Float64 => {
                let size = if v.t.kind == Kind::Float32 { 32 } else { 64 };
                match verb {
                    'v' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'x' | 'X' | 'b' => {
                        let s = fmt_float(v.float(), verb, spec, size);
                        if v.float().is_finite() {
                            self.pad_number(&s, spec);
                        } else {
                            // Not numbers: never zero-padded.
                            self.pad(s.as_bytes(), spec);
                        }
                    }
                    _ => self.bad_verb(v, verb),
                }
            }
            Kind::Complex64 | Kind::Complex128 => {
                let size = if v.t.kind == Kind::Complex64 { 32 } else { 64 };
                match verb {
                    'v' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                        let mut s = String::from("(");
                        let inner = Spec { width: None, ..*spec };
                        s.push_str(&fmt_float(v.float(), verb, &inner, size));
                        let im_spec = Spec { plus: true, width: None, ..*spec };
                        s.push_str(&fmt_float(v.imag(), verb, &im_spec, size));
                        s.push_str("i)");
                        self.pad(s.as_bytes(), spec);
                    }
                    _ => self.bad_verb(v, verb),
                }
            }
            Kind::String => {
                let s = v.str().to_vec();
                self.fmt_string(&s, verb, spec);
            }
            Kind::Pointer => {
                let addr = v.u64();
                // At the top level, a pointer to a struct, array, slice or
                // map prints as &{...}.
                if depth == 0 && addr != 0 && matches!(verb, 'v') {
                    let e = v.t.elem();
                    if matches!(e.kind, Kind::Struct | Kind::Array | Kind::Slice | Kind::Map) {
                        self.puts("&");
                        self.print_value(Val { t: e, p: addr as *const u8 }, verb, spec, depth + 1);
                        return;
                    }
                }
                self.fmt_pointer(addr, verb, spec, v);
            }
            Kind::UnsafePointer | Kind::Chan | Kind::Func => self.fmt_pointer(v.u64(), verb, spec, v),
            Kind::Slice | Kind::Array => self.fmt_list(v, verb, spec, depth),
            Kind::Map => self.fmt_map(v, verb, spec, depth),
            Kind::Struct => self.fmt_struct(v, verb, spec, depth),
            Kind::Interface => {
                let w0 = v.u64();
                let d = v.word(8, ir::MemType::I64);
                // SAFETY: an interface value's first word matches its type.
                let dyn_t = unsafe { iface_type(v.t, w0) };
                if dyn_t == 0 {
                    if spec.sharp_v {
                        let name = v.t.name.clone();
                        self.puts(&format!("{name}(nil)"));
                    } else {
                        self.pad(b"<nil>", spec);
                    }
                    return;
                }
                self.print_any(dyn_t, d, verb, spec, depth + 1);
            }
            _ => self.puts("?"),
        }
    }

    /// Formats a nested value, giving its methods a chance first.
    fn print_nested(&mut self, v: Val, verb: char, spec: &Spec, depth: usize) {
        if !v.t.methods.is_empty() && !spec.sharp_v && matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            // The method receives the value as an interface would hold it.
            let words = load_flat_words(self.ctx, v);
            let data = crate::layout::box_value(self.ctx, v.t, &words);
            if self.handle_methods(v, verb, spec, data) {
                return;
            }
        }
        self.print_value(v, verb, spec, depth);
    }

    fn fmt_integer(&mut self, v: Val, verb: char, spec: &Spec) {
        let signed = v.t.kind.is_signed();
        let raw = v.int();
        let (neg, mag): (bool, u64) =
            if signed && raw < 0 { (true, (raw as i128).unsigned_abs() as u64) } else { (false, raw as u64) };
        let digits = match verb {
            'v' | 'd' => mag.to_string(),
            'b' => format!("{mag:b}"),
            'o' | 'O' => format!("{mag:o}"),
            'x' => format!("{mag:x}"),
            'X' => format!("{mag:X}"),
            'c' => {
                let c = char::from_u32(raw as u32).unwrap_or('\u{FFFD}');
                self.pad(c.to_string().as_bytes(), spec);
                return;
            }
            'q' => {
                let c = char::from_u32(raw as u32).unwrap_or('\u{FFFD}');
                let q = crate::fmt::quote_rune(c);
                self.pad(q.as_bytes(), spec);
                return;
            }
            'U' => {
                let mut s = format!("U+{:04X}", raw as u64);
                if spec.sharp {
                    if let Some(c) = char::from_u32(raw as u32) {
                        s.push_str(&format!(" '{c}'"));
                    }
                }
                self.pad(s.as_bytes(), spec);
                return;
            }
            _ => {
                self.bad_verb(v, verb);
                return;
            }
        };
        let mut digits = digits;
        if let Some(p) = spec.prec {
            if digits.len() < p {
                digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
            }
            if p == 0 && mag == 0 {
                digits.clear();
            }
        }
        let prefix = if spec.sharp {
            match verb {
                'x' => "0x",
                'X' => "0X",
                'o' if !digits.starts_with('0') => "0",
                'b' => "0b",
                _ => "",
            }
        } else if verb == 'O' {
            "0o"
        } else {
            ""
        };
        let sign = if neg {
            "-"
        } else if spec.plus {
            "+"
        } else if spec.space {
            " "
        } else {
            ""
        };
        let s = format!("{sign}{prefix}{digits}");
        let zero_ok = spec.prec.is_none();
        self.pad_number(&s, &Spec { zero: spec.zero && zero_ok, ..*spec });
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, spec: &Spec) {
        let s = match spec.prec {
            Some(p) if matches!(verb, 's' | 'v' | 'q') => {
                let text = String::from_utf8_lossy(s);
                let cut: String = text.chars().take(p).collect();
                if cut.len() == text.len() {
                    s.to_vec()
                } else {
                    cut.into_bytes()
                }
            }
            _ => s.to_vec(),
        };
        match verb {
            'v' | 's' => {
                if spec.sharp_v {
                    let q = quote(&s, false);
                    self.pad(q.as_bytes(), spec);
                } else {
                    self.pad(&s, spec);
                }
            }
            'q' => {
                let q = if spec.sharp && !s.contains(&b'`') && std::str::from_utf8(&s).is_ok() {
                    format!("`{}`", String::from_utf8_lossy(&s))
                } else {
                    quote(&s, spec.plus)
                };
                self.pad(q.as_bytes(), spec);
            }
            'x' | 'X' => {
                let mut out = String::new();
                for (i, b) in s.iter().enumerate() {
                    if spec.space && i > 0 {
                        out.push(' ');
                    }
                    if spec.sharp && (spec.space || i == 0) {
                        out.push_str(if verb == 'x' { "0x" } else { "0X" });
                    }
                    if verb == 'x' {
                        out.push_str(&format!("{b:02x}"));
                    } else {
                        out.push_str(&format!("{b:02X}"));
                    }
                }
                self.pad(out.as_bytes(), spec);
            }
            _ => {
                let q = quote(&s, false);
                self.puts(&format!("%!{verb}(string={})", &q[1..q.len() - 1]));
            }
        }
    }

    fn fmt_pointer(&mut self, addr: u64, verb: char, spec: &Spec, v: Val) {
        match verb {
            'v' | 'p' => {
                if addr == 0 && verb == 'v' {
                    if spec.sharp_v {
                        let name = v.t.name.clone();
                        self.puts(&format!("({name})(nil)"));
                    } else {
                        self.pad(b"<nil>", spec);
                    }
                } else if spec.sharp_v {
                    let name = v.t.name.clone();
                    self.puts(&format!("({name})(0x{addr:x})"));
                } else {
                    self.pad(format!("0x{addr:x}").as_bytes(), spec);
                }
            }
            'x' | 'X' | 'd' | 'o' | 'b' => {
                let fake = TypeDesc::new(Kind::Uintptr, 8, 8, "uintptr");
                let tmp = addr;
                let fv = Val { t: &fake, p: &tmp as *const u64 as *const u8 };
                let s = Spec { sharp: !spec.sharp, ..*spec };
                self.fmt_integer(fv, verb, if verb == 'x' || verb == 'X' { &s } else { spec });
            }
            _ => self.bad_verb(v, verb),
        }
    }

    fn fmt_pointer_any(&mut self, t: &TypeDesc, d: u64, verb: char, spec: &Spec) {
        match t.kind {
            Kind::Pointer | Kind::Chan | Kind::Func | Kind::UnsafePointer | Kind::Map => {
                self.pad(format!("0x{d:x}").as_bytes(), spec)
            }
            Kind::Slice => {
                // SAFETY: a boxed slice header.
                let p = unsafe { *(d as *const u64) };
                self.pad(format!("0x{p:x}").as_bytes(), spec)
            }
            _ => {
                let mut tmp = [0u64; 2];
                let p = iface_value_ptr(t, d, &mut tmp);
                self.bad_verb(Val { t, p }, verb);
            }
        }
    }

    fn fmt_list(&mut self, v: Val, verb: char, spec: &Spec, depth: usize) {
        let e = v.t.elem();
        let (base, len) = if v.t.kind == Kind::Slice {
            (v.u64() as *const u8, v.word(8, ir::MemType::I64) as usize)
        } else {
            (v.p, v.t.len as usize)
        };
        // []byte with %s, %q, %x prints as a string.
        if e.kind == Kind::Uint8 && matches!(verb, 's' | 'q' | 'x' | 'X') {
            let s = bytes_of(base as u64, len as u64).to_vec();
            self.fmt_string(&s, verb, spec);
            return;
        }
        if spec.sharp_v {
            let name = v.t.name.clone();
            if v.t.kind == Kind::Slice && base.is_null() {
                self.puts(&format!("{name}(nil)"));
                return;
            }
            self.puts(&name);
            self.puts("{");
            for i in 0..len {
                if i > 0 {
                    self.puts(", ");
                }
                // SAFETY: i < len elements of e.size bytes.
                let p = unsafe { base.add(i * e.size as usize) };
                self.print_nested(Val { t: e, p }, verb, spec, depth + 1);
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
            self.print_nested(Val { t: e, p }, verb, spec, depth + 1);
        }
        self.puts("]");
    }

    fn fmt_map(&mut self, v: Val, verb: char, spec: &Spec, depth: usize) {
        let m = v.u64();
        if spec.sharp_v {
            let name = v.t.name.clone();
            if m == 0 {
                self.puts(&format!("{name}(nil)"));
                return;
            }
            self.puts(&name);
            self.puts("{");
        } else {
            self.puts("map[");
        }
        let entries = crate::maps::sorted_entries(self.ctx, v.t, m);
        let (kt, vt) = (v.t.key(), v.t.elem());
        for (i, (k, val)) in entries.iter().enumerate() {
            if i > 0 {
                self.puts(if spec.sharp_v { ", " } else { " " });
            }
            self.print_nested(Val { t: kt, p: *k }, verb, spec, depth + 1);
            self.puts(":");
            self.print_nested(Val { t: vt, p: *val }, verb, spec, depth + 1);
        }
        self.puts(if spec.sharp_v { "}" } else { "]" });
    }

    fn fmt_struct(&mut self, v: Val, verb: char, spec: &Spec, depth: usize) {
        if spec.sharp_v {
            let name = v.t.name.clone();
            self.puts(&name);
        }
        self.puts("{");
        let fields = v.t.fields.clone();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.puts(if spec.sharp_v { ", " } else { " " });
            }
            if spec.plus_v || spec.sharp_v {
                self.puts(&f.name);
                self.puts(":");
            }
            // SAFETY: the field lies within the struct.
            let p = unsafe { v.p.add(f.offset as usize) };
            self.print_nested(Val { t: td(f.typ), p }, verb, spec, depth + 1);
        }
        self.puts("}");
    }

    // ---- entry points ----

    /// Print/Sprint: spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[(u64, u64)]) {
        let mut prev_string = false;
        for (i, &(t, d)) in args.iter().enumerate() {
            let is_string = t != 0 && td(t as *const TypeDesc).kind == Kind::String;
            if i > 0 && !is_string && !prev_string {
                self.puts(" ");
            }
            self.print_any(t, d, 'v', &Spec::default(), 0);
            prev_string = is_string;
        }
    }

    /// Println/Sprintln: always spaces, then a newline.
    pub fn do_println(&mut self, args: &[(u64, u64)]) {
        for (i, &(t, d)) in args.iter().enumerate() {
            if i > 0 {
                self.puts(" ");
            }
            self.print_any(t, d, 'v', &Spec::default(), 0);
        }
        self.puts("\n");
    }

    pub fn do_printf(&mut self, format: &[u8], args: &[(u64, u64)]) {
        let mut argn = 0;
        let mut i = 0;
        let n = format.len();
        while i < n {
            let c = format[i];
            if c != b'%' {
                let start = i;
                while i < n && format[i] != b'%' {
                    i += 1;
                }
                self.put(&format[start..i]);
                continue;
            }
            i += 1;
            let mut spec = Spec::default();
            // Flags.
            while i < n {
                match format[i] {
                    b'-' => {
                        spec.minus = true;
                        spec.zero = false;
                    }
                    b'+' => spec.plus = true,
                    b'#' => spec.sharp = true,
                    b'0' => spec.zero = !spec.minus,
                    b' ' => spec.space = true,
                    _ => break,
                }
                i += 1;
            }
            // Width.
            if i < n && format[i] == b'*' {
                i += 1;
                match args.get(argn).and_then(|&(t, d)| int_arg(t, d)) {
                    Some(w) => {
                        if w < 0 {
                            spec.minus = true;
                            spec.zero = false;
                        }
                        spec.width = Some(w.unsigned_abs() as usize);
                    }
                    None => self.puts("%!(BADWIDTH)"),
                }
                argn += 1;
            } else {
                let start = i;
                while i < n && format[i].is_ascii_digit() {
                    i += 1;
                }
                if i > start {
                    spec.width = std::str::from_utf8(&format[start..i]).ok().and_then(|s| s.parse().ok());
                }
            }
            // Precision.
            if i < n && format[i] == b'.' {
                i += 1;
                if i < n && format[i] == b'*' {
                    i += 1;
                    match args.get(argn).and_then(|&(t, d)| int_arg(t, d)) {
                        Some(p) if p >= 0 => spec.prec = Some(p as usize),
                        Some(_) => spec.prec = None,
                        None => self.puts("%!(BADPREC)"),
                    }
                    argn += 1;
                } else {
                    let start = i;
                    while i < n && format[i].is_ascii_digit() {
                        i += 1;
                    }
                    spec.prec =
                        Some(std::str::from_utf8(&format[start..i]).ok().and_then(|s| s.parse().ok()).unwrap_or(0));
                }
            }
            if i >= n {
                self.puts("%!(NOVERB)");
                break;
            }
            let (verb, w) = crate::strings::decode_rune(&format[i..]);
            i += w.max(1);
            let verb = char::from_u32(verb).unwrap_or('\u{FFFD}');
            if verb == '%' {
                self.puts("%");
                continue;
            }
            if argn >= args.len() {
                self.puts(&format!("%!{verb}(MISSING)"));
                continue;
            }
            if verb == 'v' {
                if spec.plus {
                    spec.plus_v = true;
                    spec.plus = false;
                }
                if spec.sharp {
                    spec.sharp_v = true;
                    spec.sharp = false;
                }
            }
            if verb == 'w' {
                let (t, d) = args[argn];
                argn += 1;
                self.print_any(t, d, 'v', &spec, 0);
                continue;
            }
            let (t, d) = args[argn];
            argn += 1;
            self.print_any(t, d, verb, &spec, 0);
        }
        if argn < args.len() {
            self.puts("%!(EXTRA ");
            for (k, &(t, d)) in args[argn..].iter().enumerate() {
                if k > 0 {
                    self.puts(", ");
                }
                if t == 0 {
                    self.puts("<nil>");
                } else {
                    let name = td(t as *const TypeDesc).name.clone();
                    self.puts(&name);
                    self.puts("=");
                    self.print_any(t, d, 'v', &Spec::default(), 0);
                }
            }
            self.puts(")");
        }
    }
}

/// The flat words of a value in memory (for boxing nested values).
fn load_flat_words(ctx: &mut Ctx, v: Val) -> Vec<u64> {
    let mut out = vec![0u64; v.t.words().max(1)];
    // SAFETY: v.p points at a value of type v.t.
    unsafe { crate::layout::load_flat(ctx, v.t, v.p, &mut out) };
    out
}

fn int_arg(t: u64, d: u64) -> Option<i64> {
    if t == 0 {
        return None;
    }
    let t = td(t as *const TypeDesc);
    if t.kind.is_integer() {
        Some(d as i64)
    } else {
        None
    }
}

/// Go's strconv.Quote (with `ascii` only escaping non-ASCII too).
pub fn quote(s: &[u8], ascii: bool) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (r, w) = crate::strings::decode_rune(&s[i..]);
        if r == 0xFFFD && w == 1 && s[i] != 0xEF {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        }
        let c = char::from_u32(r).unwrap_or('\u{FFFD}');
        out.push_str(&escape_char(c, '"', ascii));
        i += w;
    }
    out.push('"');
    out
}

pub fn quote_rune(c: char) -> String {
    format!("'{}'", escape_char(c, '\'', false))
}

fn escape_char(c: char, q: char, ascii: bool) -> String {
    match c {
        '\x07' => "\\a".into(),
        '\x08' => "\\b".into(),
        '\x0c' => "\\f".into(),
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        '\x0b' => "\\v".into(),
        '\\' => "\\\\".into(),
        c if c == q => format!("\\{c}"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
        c if ascii && (c as u32) >= 0x80 => {
            if (c as u32) < 0x10000 {
                format!("\\u{:04x}", c as u32)
            } else {
                format!("\\U{:08x}", c as u32)
            }
        }
        c if !is_printable(c) => {
            if (c as u32) < 0x10000 {
                format!("\\u{:04x}", c as u32)
            } else {
                format!("\\U{:08x}", c as u32)
            }
        }
        c => c.to_string(),
    }
}

/// An approximation of unicode.IsPrint for quoting.
fn is_printable(c: char) -> bool {
    !(c.is_control() || matches!(c as u32, 0x00AD | 0x2028 | 0x2029 | 0xFEFF | 0xFFFD) && c as u32 != 0xFFFD)
}

/// Formats a float as Go's strconv.FormatFloat / fmt do.
pub fn fmt_float(f: f64, verb: char, spec: &Spec, size: u32) -> String {
    let sign = if f.is_sign_negative() && !f.is_nan() {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    if f.is_nan() {
        return if spec.plus {
            "+NaN".into()
        } else if spec.space {
            " NaN".into()
        } else {
            "NaN".into()
        };
    }
    if f.is_infinite() {
        // Infinities always carry a sign (a space under the space flag).
        return format!("{}Inf", if sign.is_empty() { "+" } else { sign });
    }
    let a = f.abs();
    let body = match verb {
        'v' => format_g(a, spec.prec, size, spec.sharp, 'e'),
        'g' | 'G' => format_g(a, spec.prec, size, spec.sharp, if verb == 'G' { 'E' } else { 'e' }),
        'e' | 'E' => format_e(a, spec.prec.unwrap_or(6), verb),
        'f' | 'F' => format!("{:.*}", spec.prec.unwrap_or(6), a),
        'b' => format!("{}p{}", (a as u64), 0),
        _ => format!("{a}"),
    };
    format!("{sign}{body}")
}

/// Shortest decimal digits and exponent (d.ddd x 10^exp) of a float.
fn shortest_digits(a: f64, size: u32) -> (String, i32) {
    let s = if size == 32 { format!("{:e}", a as f32) } else { format!("{a:e}") };
    let (mant, exp) = s.split_once('e').unwrap();
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Digits rounded to `n` significant digits.
fn rounded_digits(a: f64, n: usize) -> (String, i32) {
    let s = format!("{:.*e}", n.saturating_sub(1), a);
    let (mant, exp) = s.split_once('e').unwrap();
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

fn exp_str(e: i32, echar: char) -> String {
    let sign = if e < 0 { '-' } else { '+' };
    format!("{echar}{sign}{:02}", e.abs())
}

fn format_e(a: f64, prec: usize, verb: char) -> String {
    let s = format!("{:.*e}", prec, a);
    let (mant, exp) = s.split_once('e').unwrap();
    let echar = if verb == 'E' { 'E' } else { 'e' };
    format!("{mant}{}", exp_str(exp.parse().unwrap_or(0), echar))
}

/// %g: shortest (prec None) or with `prec` significant digits.
fn format_g(a: f64, prec: Option<usize>, size: u32, sharp: bool, echar: char) -> String {
    if a == 0.0 {
        return match prec {
            Some(p) if sharp && p > 1 => format!("0.{}", "0".repeat(p - 1)),
            _ => "0".into(),
        };
    }
    let (digits, exp) = match prec {
        None => shortest_digits(a, size),
        Some(p) => {
            let p = p.max(1);
            let (d, e) = rounded_digits(a, p);
            // %g drops trailing zeros unless '#'.
            let d = if sharp { d } else { d.trim_end_matches('0').to_string() };
            (if d.is_empty() { "0".to_string() } else { d }, e)
        }
    };
    // Exponent form if exp < -4 || exp >= eprec; the shortest form decides
    // with precision 6, as strconv does.
    let eprec = match prec {
        None => 6,
        Some(p) => {
            let p = p.max(1) as i32;
            if p > digits.len() as i32 && digits.len() as i32 > exp {
                digits.len() as i32
            } else {
                p
            }
        }
    };
    let nd = digits.len() as i32;
    if exp < -4 || exp >= eprec {
        let mut m = digits[..1].to_string();
        if nd > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        return format!("{m}{}", exp_str(exp, echar));
    }
    // Fixed notation.
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else if exp + 1 >= nd {
        format!("{}{}", digits, "0".repeat((exp + 1 - nd) as usize))
    } else {
        let (ip, fp) = digits.split_at((exp + 1) as usize);
        format!("{ip}.{fp}")
    }
}

// ---- natives: fmt.Print* over `a ...any` ----

/// Reads a `[]any` slice (ptr, len) into (type, data) pairs.
pub fn any_slice(p: u64, len: u64) -> Vec<(u64, u64)> {
    (0..len as usize)
        .map(|i| {
            // SAFETY: a []any holds len pairs of words.
            unsafe {
                let e = (p as *const u64).add(2 * i);
                (*e, *e.add(1))
            }
        })
        .collect()
}

fn ret_n(a: Args, n: usize) {
    a.set(0, n as u64);
    a.set(1, 0);
    a.set(2, 0);
}

/// fmt.Println(a ...any) (n int, err error)
pub extern "C" fn println(ctx: &mut Ctx, a: Args) {
    let args = any_slice(a.get(0), a.get(1));
    let mut p = Printer::new(ctx);
    p.do_println(&args);
    let buf = std::mem::take(&mut p.buf);
    ctx.shared().out.write(&buf);
    ret_n(a, buf.len());
}

/// fmt.Print(a ...any) (n int, err error)
pub extern "C" fn print(ctx: &mut Ctx, a: Args) {
    let args = any_slice(a.get(0), a.get(1));
    let mut p = Printer::new(ctx);
    p.do_print(&args);
    let buf = std::mem::take(&mut p.buf);
    ctx.shared().out.write(&buf);
    ret_n(a, buf.len());
}

/// fmt.Printf(format string, a ...any) (n int, err error)
pub extern "C" fn printf(ctx: &mut Ctx, a: Args) {
    let format = a.str(0).to_vec();
    let args = any_slice(a.get(2), a.get(3));
    let mut p = Printer::new(ctx);
    p.do_printf(&format, &args);
    let buf = std::mem::take(&mut p.buf);
    ctx.shared().out.write(&buf);
    ret_n(a, buf.len());
}

fn ret_string(ctx: &mut Ctx, a: Args, buf: &[u8]) {
    let (p, l) = crate::strings::new_string(ctx, buf);
    a.set(0, p);
    a.set(1, l);
}

/// fmt.Sprintf(format string, a ...any) string
pub extern "C" fn sprintf(ctx: &mut Ctx, a: Args) {
    let format = a.str(0).to_vec();
    let args = any_slice(a.get(2), a.get(3));
    let mut p = Printer::new(ctx);
    p.do_printf(&format, &args);
    let buf = std::mem::take(&mut p.buf);
    ret_string(ctx, a, &buf);
}

/// fmt.Sprint(a ...any) string
pub extern "C" fn sprint(ctx: &mut Ctx, a: Args) {
    let args = any_slice(a.get(0), a.get(1));
    let mut p = Printer::new(ctx);
    p.do_print(&args);
    let buf = std::mem::take(&mut p.buf);
    ret_string(ctx, a, &buf);
}

/// fmt.Sprintln(a ...any) string
pub extern "C" fn sprintln(ctx: &mut Ctx, a: Args) {
    let args = any_slice(a.get(0), a.get(1));
    let mut p = Printer::new(ctx);
    p.do_println(&args);
    let buf = std::mem::take(&mut p.buf);
    ret_string(ctx, a, &buf);
}

/// os.(*File).write(fd int, p string) for Fprint* to Stdout/Stderr.
pub extern "C" fn write_fd(ctx: &mut Ctx, a: Args) {
    let fd = a.get(0);
    let s = a.str(1).to_vec();
    if fd == 2 {
        ctx.shared().out.write_err(&s);
    } else {
        ctx.shared().out.write(&s);
    }
    a.set(0, s.len() as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(f: f64) -> String {
        fmt_float(f, 'v', &Spec::default(), 64)
    }

    #[test]
    fn floats_like_go() {
        assert_eq!(v(2.75), "2.75");
        assert_eq!(v(1.0), "1");
        assert_eq!(v(1e21), "1e+21");
        assert_eq!(v(1e20), "1e+20");
        assert_eq!(v(1e6), "1e+06");
        assert_eq!(v(100000.0), "100000");
        assert_eq!(v(123456789.0), "1.23456789e+08");
        assert_eq!(v(0.0001), "0.0001");
        assert_eq!(v(0.00001), "1e-05");
        assert_eq!(v(-2.5), "-2.5");
        assert_eq!(fmt_float(1.41459, 'f', &Spec { prec: Some(3), ..Default::default() }, 64), "1.415");
        assert_eq!(fmt_float(1234.5678, 'e', &Spec::default(), 64), "1.234568e+03");
        assert_eq!(fmt_float(0.000012345, 'g', &Spec::default(), 64), "1.2345e-05");
        assert_eq!(fmt_float(100000.0, 'g', &Spec { prec: Some(3), ..Default::default() }, 64), "1e+05");
    }
}
