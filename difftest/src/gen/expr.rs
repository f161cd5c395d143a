//! Expressions, by type.

use super::types::*;
use super::{Gen, Place};

/// A generated expression.
#[derive(Clone, Debug)]
pub struct E {
    pub s: String,
    /// A Go constant expression.
    pub cst: bool,
    /// An untyped constant (a bare literal).
    pub untyped: bool,
}

impl E {
    pub fn v(s: impl Into<String>) -> E {
        E { s: s.into(), cst: false, untyped: false }
    }
    fn c(s: impl Into<String>, untyped: bool) -> E {
        E { s: s.into(), cst: true, untyped }
    }
}

#[derive(Copy, Clone, Debug, Default)]
pub struct Mode {
    /// Must not be a constant.
    pub nonconst: bool,
    /// Slices may alias existing ones (the value is consumed at once).
    pub transient: bool,
}

const WORDS: &[&str] = &[
    "a",
    "b",
    "ab",
    "abc",
    "xyz",
    "hello",
    "Go",
    "mvm",
    " sp ",
    "ü",
    "é",
    "世界",
    "日本語",
    "a\\tb",
    "x\\ny",
    "\\x80z",
    "0",
    "123",
    "-7",
    "AbC",
    "zz",
    "héllo",
    "q\\\"q",
    "\\u00e9t\\u00e9",
    "😀",
];

impl Gen {
    pub fn expr(&mut self, t: &Ty, d: u32) -> E {
        self.gen(t, d, Mode::default())
    }
    pub fn nexpr(&mut self, t: &Ty, d: u32) -> E {
        self.gen(t, d, Mode { nonconst: true, transient: false })
    }
    pub fn texpr(&mut self, t: &Ty, d: u32) -> E {
        self.gen(t, d, Mode { nonconst: false, transient: true })
    }
    /// The expression, converted to its type if it is an untyped constant.
    pub fn typed(&mut self, t: &Ty, e: E) -> String {
        if e.untyped {
            format!("{}({})", self.t.go(t), e.s)
        } else {
            e.s
        }
    }

    pub fn gen(&mut self, t: &Ty, d: u32, m: Mode) -> E {
        if let Some(k) = self.t.int_kind(t) {
            return self.int_expr(t, k, d, m);
        }
        match t {
            Ty::F32 | Ty::F64 => self.float_expr(t, d, m),
            Ty::Bool => self.bool_expr(d, m),
            Ty::Str => self.str_expr(d, m),
            Ty::Slice(e) => self.slice_expr(t, e, d, m),
            Ty::Arr(e, n) => self.arr_expr(t, e, *n, d),
            Ty::Map(k, v) => self.map_expr(t, k, v, d),
            Ty::Named(_) => self.struct_expr(t, d),
            Ty::Ptr(inner) => self.ptr_expr(t, inner, d),
            Ty::Iface(i) => self.iface_expr(t, *i, d),
            Ty::Func(ps, r) => self.func_expr(t, ps, r, d),
            Ty::Int(_) => unreachable!(),
        }
    }

    /// A readable place of type `t` as an expression.
    fn place_of(&mut self, t: &Ty) -> Option<E> {
        let p = self.pick_place(|p| &p.ty == t)?;
        Some(E::v(p.text))
    }

    fn has_place_of(&self, t: &Ty) -> bool {
        self.has_place(|p| &p.ty == t)
    }

    /// Picks among the enabled alternatives by weight.
    pub fn choose(&mut self, alts: &[(u32, bool)]) -> usize {
        let w: Vec<u32> = alts.iter().map(|&(w, on)| if on { w } else { 0 }).collect();
        if w.iter().all(|&x| x == 0) {
            return usize::MAX;
        }
        self.rng.weighted(&w)
    }

    // ----- calls

    /// A call of a user function (or method) returning `t`, if one fits.
    fn call_of(&mut self, t: &Ty, d: u32) -> Option<E> {
        if self.fresh_only && self.t.refish(t) {
            return None;
        }
        let fr = self.fr().clone();
        let mut cands = Vec::new();
        for (i, f) in self.t.funcs.iter().enumerate().take(fr.callable) {
            if !f.effectful
                && f.rets.len() == 1
                && &f.rets[0] == t
                && (!f.global_fx || fr.global_fx)
                && f.cost <= fr.budget
            {
                cands.push(i);
            }
        }
        let self_call = fr.rec.filter(|&r| {
            self.t.funcs[r].rets.len() == 1 && &self.t.funcs[r].rets[0] == t && fr.loops.is_empty() && !self.rec_used()
        });
        if cands.is_empty() && self_call.is_none() {
            return None;
        }
        let i = match self_call {
            Some(r) if cands.is_empty() || self.rng.one_in(2) => {
                self.frame().depth_param = None; // one self-call per body
                let args = self.args_for(&self.t.funcs[r].params.clone()[1..], d);
                let sep = if args.is_empty() { "" } else { ", " };
                return Some(E::v(format!("f{r}(p0-1{sep}{args})")));
            }
            _ => cands[self.rng.below(cands.len())],
        };
        let f = self.t.funcs[i].clone();
        self.frame().budget -= f.cost;
        if f.recursive {
            let depth = self.rng.range(0, 6);
            let args = self.args_for(&f.params[1..], d);
            let sep = if args.is_empty() { "" } else { ", " };
            return Some(E::v(format!("{}({depth}{sep}{args})", f.name)));
        }
        let args = self.args_for(&f.params, d);
        Some(E::v(format!("{}({args})", f.name)))
    }

    fn rec_used(&self) -> bool {
        self.fr().depth_param.is_none()
    }

    pub fn args_for(&mut self, ps: &[Ty], d: u32) -> String {
        let mut a = Vec::new();
        for p in ps {
            let e = self.texpr(p, d.saturating_sub(1));
            a.push(e.s);
        }
        a.join(", ")
    }

    /// A method call returning `t` on an interface or concrete value.
    fn method_call_of(&mut self, t: &Ty, d: u32) -> Option<E> {
        if self.in_method() {
            return None;
        }
        let mut cands: Vec<(Place, String, Vec<Ty>)> = Vec::new();
        for p in self.places() {
            let ii = match &p.ty {
                Ty::Iface(i) => Some(*i),
                Ty::Named(n) => self.t.named[*n].iface.filter(|_| !self.t.named[*n].ptr_recv || p.addressable),
                Ty::Ptr(inner) => match **inner {
                    Ty::Named(n) if self.t.named[n].ptr_recv => self.t.named[n].iface,
                    _ => None,
                },
                _ => None,
            };
            if let Some(ii) = ii {
                for m in &self.t.ifaces[ii].methods {
                    if &m.ret == t && !m.effectful {
                        cands.push((p.clone(), m.name.clone(), m.params.clone()));
                    }
                }
            }
            if t == &Ty::Str {
                if let Ty::Named(n) = &p.ty {
                    if self.t.named[*n].stringer {
                        cands.push((p.clone(), "String".into(), vec![]));
                    }
                }
            }
        }
        if cands.is_empty() || self.fr().budget < 60.0 {
            return None;
        }
        let (p, m, ps) = cands[self.rng.below(cands.len())].clone();
        self.mark_used(p.var);
        self.frame().budget -= 60.0;
        let args = self.args_for(&ps, d);
        Some(E::v(format!("{}.{m}({args})", p.text)))
    }

    /// Method bodies call no methods (no unbounded recursion).
    fn in_method(&self) -> bool {
        self.scopes.iter().any(|(f, sc)| *f >= 1 && sc.vars.iter().any(|v| v.name == "r"))
    }

    /// A pure func-typed place returning `t`: `c(args)`.
    fn closure_call_of(&mut self, t: &Ty, d: u32) -> Option<E> {
        let p = self.pick_place(|p| matches!(&p.ty, Ty::Func(_, r) if **r == *t) && !p.text.contains('.'))?;
        let (si, vi) = p.var;
        if self.scopes[si].1.vars[vi].fx_closure {
            return None;
        }
        let Ty::Func(ps, _) = p.ty else { unreachable!() };
        self.frame().budget -= 25.0;
        let args = self.args_for(&ps, d);
        Some(E::v(format!("{}({args})", p.text)))
    }

    /// `func() T { if c { return a }; return b }()`
    fn iife(&mut self, t: &Ty, d: u32) -> E {
        let c = self.bool_expr(d - 1, Mode::default());
        let a = self.expr(t, d - 1);
        let a = self.typed(t, a);
        let b = self.expr(t, d - 1);
        let b = self.typed(t, b);
        let tg = self.t.go(t);
        let (c, a, b) = (Gen::indent_tail(&c.s, 1), Gen::indent_tail(&a, 2), Gen::indent_tail(&b, 1));
        E::v(format!("func() {tg} {{\n\tif {c} {{\n\t\treturn {a}\n\t}}\n\treturn {b}\n}}()"))
    }

    // ----- integers

    pub fn int_lit(&mut self, k: IntK) -> i128 {
        let (lo, hi) = (k.min(), k.max());
        let v: i128 = match self.rng.weighted(&[8, 4, 3, 2, 3]) {
            0 => self.rng.range(-9, 20) as i128,
            1 => *self.rng.pick(&[lo, hi, lo + 1, hi - 1, 0, 1, -1, hi / 2, lo / 2]),
            2 => {
                let b = self.rng.below(k.bits() as usize) as u32;
                (1i128 << b) + self.rng.range(-1, 1) as i128
            }
            3 => lo + (self.rng.next_u64() as i128 % (hi - lo + 1)),
            _ => self.rng.range(-1000, 1000) as i128,
        };
        v.clamp(lo, hi)
    }

    fn int_lit_text(&mut self, v: i128) -> String {
        if v < 0 {
            format!("({v})")
        } else if v > 9 && self.rng.one_in(5) {
            format!("{v:#x}")
        } else {
            v.to_string()
        }
    }

    /// An integer literal of type `t`, typed or untyped.
    pub fn int_lit_e(&mut self, t: &Ty, k: IntK, untyped_ok: bool) -> E {
        let v = self.int_lit(k);
        let s = self.int_lit_text(v);
        if untyped_ok && self.rng.one_in(2) {
            E::c(s, true)
        } else {
            E::c(format!("{}({s})", self.t.go(t)), false)
        }
    }

    /// A non-constant expression of some integer type (any kind).
    pub fn some_int(&mut self, d: u32, unsigned: bool) -> (Ty, E) {
        let k = if unsigned { *self.rng.pick(&UNSIGNED_KINDS) } else { *self.rng.pick(&INT_KINDS) };
        let t = Ty::Int(k);
        let e = self.nexpr(&t, d);
        (t, e)
    }

    /// A fallback non-constant value: `id(T(lit))`.
    fn opaque(&mut self, t: &Ty) -> E {
        let e = self.gen(t, 0, Mode { nonconst: false, transient: false });
        let s = self.typed(t, e);
        E::v(format!("id({s})"))
    }

    fn int_expr(&mut self, t: &Ty, k: IntK, d: u32, m: Mode) -> E {
        let is_int = *t == Ty::Int(IntK::Int);
        let is_byte = *t == Ty::Int(IntK::U8);
        let has_p = self.has_place_of(t);
        let deep = d > 0;
        let alts = [
            (6, has_p),               // 0 place
            (4, !m.nonconst),         // 1 literal
            (10, deep),               // 2 arith
            (3, deep),                // 3 div/mod
            (3, deep),                // 4 shift
            (2, deep),                // 5 unary
            (4, deep),                // 6 conversion
            (4, deep),                // 7 index
            (3, deep),                // 8 call
            (2, deep),                // 9 method
            (2, deep),                // 10 min/max
            (2, deep),                // 11 generics
            (3, deep && is_int),      // 12 len
            (3, deep && is_byte),     // 13 string byte
            (1, deep && d > 1),       // 14 iife
            (2, deep),                // 15 map lookup
            (1, deep),                // 16 hash
            (2, deep && is_int),      // 17 strings funcs
            (1, deep),                // 18 closure call
            (1, deep && !m.nonconst), // 19 typed const expr with len(array)
        ];
        let r = loop {
            let c = self.choose(&alts);
            if let Some(e) = self.int_alt(c, t, k, d, m) {
                break e;
            }
        };
        if m.nonconst && r.cst {
            return self.opaque(t);
        }
        r
    }

    fn int_alt(&mut self, c: usize, t: &Ty, k: IntK, d: u32, _m: Mode) -> Option<E> {
        let tg = self.t.go(t);
        Some(match c {
            usize::MAX => self.opaque(t),
            0 => self.place_of(t)?,
            1 => self.int_lit_e(t, k, true),
            2 => {
                let op = *self.rng.pick(&["+", "-", "*", "&", "|", "^", "&^", "+", "-", "*"]);
                let a = self.gen(t, d - 1, Mode::default());
                let b = if a.cst { self.nexpr(t, d - 1) } else { self.expr(t, d - 1) };
                E::v(format!("({} {op} {})", a.s, b.s))
            }
            3 => {
                let op = if self.rng.one_in(2) { "/" } else { "%" };
                let a = self.nexpr(t, d - 1);
                if self.rng.one_in(3) {
                    let mut v = self.int_lit(k);
                    if v == 0 {
                        v = 7;
                    }
                    if self.rng.one_in(3) && k.signed() {
                        v = -1;
                    }
                    let s = self.int_lit_text(v);
                    E::v(format!("({} {op} {s})", a.s))
                } else {
                    let b = self.expr(t, d - 1);
                    E::v(format!("({} {op} ({} | 1))", a.s, b.s))
                }
            }
            4 => {
                let op = if self.rng.one_in(2) { "<<" } else { ">>" };
                let a = self.nexpr(t, d - 1);
                let ck = *self.rng.pick(&UNSIGNED_KINDS);
                let cnt = if self.rng.one_in(3) {
                    E::v(self.rng.range(0, k.bits() as i64 + 3).to_string())
                } else {
                    let e = self.expr(&Ty::Int(ck), d - 1);
                    let e = self.typed(&Ty::Int(ck), e);
                    match self.rng.below(3) {
                        0 => E::v(format!("({e} & {})", k.bits() - 1)),
                        1 => E::v(format!("({e} % {})", k.bits() + 5)),
                        _ => E::v(e),
                    }
                };
                E::v(format!("({} {op} {})", a.s, cnt.s))
            }
            5 => {
                let op = *self.rng.pick(&["-", "^", "+"]);
                let a = self.nexpr(t, d - 1);
                E::v(format!("({op}{})", a.s))
            }
            6 => match self.rng.below(5) {
                0 | 1 => {
                    let (_, e) = self.some_int(d - 1, false);
                    E::v(format!("{tg}({})", e.s))
                }
                2 => {
                    let ft = if self.rng.one_in(2) { Ty::F64 } else { Ty::F32 };
                    let e = self.nexpr(&ft, d - 1);
                    let f = if ft == Ty::F32 { format!("float64({})", e.s) } else { e.s };
                    if k.signed() || self.rng.one_in(2) {
                        E::v(format!("{tg}(f2i({f}))"))
                    } else {
                        E::v(format!("{tg}(f2u({f}))"))
                    }
                }
                3 => {
                    let e = self.nexpr(&Ty::Bool, d - 1);
                    E::v(format!("{tg}(hb({}))", e.s))
                }
                _ => {
                    // Named <-> underlying.
                    let other = if matches!(t, Ty::Named(_)) { Ty::Int(k) } else { self.named_int_of(k)? };
                    let e = self.nexpr(&other, d - 1);
                    E::v(format!("{tg}({})", e.s))
                }
            },
            7 => self.index_read(t, d)?,
            8 => self.call_of(t, d)?,
            9 => self.method_call_of(t, d)?,
            10 => {
                let f = if self.rng.one_in(2) { "min" } else { "max" };
                let n = 2 + self.rng.below(2);
                let mut xs = Vec::new();
                let mut all_const = true;
                for i in 0..n {
                    let e = if i == n - 1 && all_const { self.nexpr(t, d - 1) } else { self.expr(t, d - 1) };
                    all_const &= e.cst;
                    xs.push(e.s);
                }
                E::v(format!("{f}({})", xs.join(", ")))
            }
            11 => match self.rng.below(4) {
                0 => {
                    let a = self.nexpr(t, d - 1);
                    let b = self.expr(t, d - 1);
                    let b = self.typed(t, b);
                    E::v(format!("gMax({}, {b})", a.s))
                }
                1 => {
                    let a = self.nexpr(t, d - 1);
                    let b = self.expr(t, d - 1);
                    let c = self.expr(t, d - 1);
                    E::v(format!("gMin({}, {}, {})", a.s, b.s, c.s))
                }
                2 => {
                    let s = self.texpr(&Ty::slice(t.clone()), d - 1);
                    E::v(format!("gSum({})", s.s))
                }
                _ => {
                    let et = self.basic_ty();
                    let s = self.texpr(&Ty::slice(et.clone()), d - 1);
                    let etg = self.t.go(&et);
                    let init = self.expr(t, d - 1);
                    let init = self.typed(t, init);
                    let body = self.nexpr(t, d - 1);
                    let xn = self.fresh("x");
                    let an = self.fresh("acc");
                    let h = self.hash_of(&et, &xn).unwrap();
                    let body = Gen::indent_tail(&body.s, 1);
                    E::v(format!(
                        "gReduce({}, {init}, func({an} {tg}, {xn} {etg}) {tg} {{\n\treturn {an}*3 + {body} + {tg}({h}%7)\n}})",
                        s.s
                    ))
                }
            },
            12 => {
                let cands: Vec<Place> = self
                    .places()
                    .into_iter()
                    .filter(|p| matches!(p.ty, Ty::Slice(_) | Ty::Str | Ty::Map(..) | Ty::Arr(..)))
                    .collect();
                if cands.is_empty() || self.rng.one_in(3) {
                    let et = self.basic_ty();
                    let s = self.texpr(&Ty::slice(et), d - 1);
                    E::v(format!("len({})", s.s))
                } else {
                    let p = cands[self.rng.below(cands.len())].clone();
                    self.mark_used(p.var);
                    let cst = matches!(p.ty, Ty::Arr(..));
                    E { s: format!("len({})", p.text), cst, untyped: false }
                }
            }
            13 => {
                let s = self.str_place_or_lit(d)?;
                let i = self.index_expr(&format!("len({s})"), None, d - 1);
                E::v(format!("{s}[{i}]"))
            }
            14 => self.iife(t, d),
            15 => {
                let p = self.pick_place(|p| matches!(&p.ty, Ty::Map(_, v) if **v == *t))?;
                let Ty::Map(kt, _) = &p.ty else { unreachable!() };
                let key = self.expr(&kt.clone(), d - 1);
                E::v(format!("{}[{}]", p.text, key.s))
            }
            16 => {
                let ht = self.any_ty(1);
                let e = self.nexpr(&ht, d - 1);
                let h = self.hash_of(&ht, &e.s)?;
                E::v(format!("{tg}({h} >> {})", self.rng.below(40)))
            }
            17 => {
                let a = self.str_expr(d - 1, Mode::default());
                let b = self.str_expr(d - 1, Mode::default());
                let f = *self.rng.pick(&["strings.Index", "strings.Count", "strings.LastIndex", "strings.Compare"]);
                E::v(format!("{f}({}, {})", a.s, b.s))
            }
            18 => self.closure_call_of(t, d)?,
            19 => {
                let p = self.pick_place(|p| matches!(p.ty, Ty::Arr(..)))?;
                E { s: format!("{tg}(len({}))", p.text), cst: true, untyped: false }
            }
            _ => return None,
        })
    }

    fn named_int_of(&self, k: IntK) -> Option<Ty> {
        (0..self.t.named.len()).find(|&i| matches!(self.t.named[i].under, Under::Int(kk) if kk == k)).map(Ty::Named)
    }

    /// An index in range for a sequence whose length is `len_text`
    /// (a constant `n` for arrays).
    pub fn index_expr(&mut self, len_text: &str, const_len: Option<usize>, d: u32) -> String {
        if let Some(n) = const_len {
            if self.rng.one_in(3) {
                return self.rng.below(n).to_string();
            }
            let k = *self.rng.pick(&UNSIGNED_KINDS);
            let e = self.nexpr(&Ty::Int(k), d);
            return format!("{}%{n}", e.s);
        }
        let (_, e) = self.some_int(d, false);
        format!("uint({})%uint({len_text})", e.s)
    }

    /// `x[i]` for an array, slice or string place holding `t`s.
    fn index_read(&mut self, t: &Ty, d: u32) -> Option<E> {
        let p = self.pick_place(|p| matches!(&p.ty, Ty::Arr(e, _) | Ty::Slice(e) if **e == *t))?;
        let cl = if let Ty::Arr(_, n) = p.ty { Some(n) } else { None };
        let i = self.index_expr(&format!("len({})", p.text), cl, d - 1);
        Some(E::v(format!("{}[{i}]", p.text)))
    }

    fn str_place_or_lit(&mut self, d: u32) -> Option<String> {
        if let Some(p) = self.pick_place(|p| p.ty == Ty::Str) {
            return Some(p.text);
        }
        let _ = d;
        Some(self.str_lit())
    }

    pub fn str_lit(&mut self) -> String {
        let n = 1 + self.rng.below(2);
        let mut s = String::new();
        for _ in 0..n {
            let w: &str = WORDS[self.rng.below(WORDS.len())];
            s.push_str(w);
        }
        format!("\"{s}\"")
    }

    // ----- floats

    fn float_lit(&mut self, t: &Ty, nonzero: bool) -> E {
        let v: f64 = match self.rng.weighted(&[6, 4, 3, 2]) {
            0 => *self.rng.pick(&[0.5, 1.0, 1.5, 2.25, 3.0, 0.1, 0.2, 0.3, 10.0, 100.0, 0.001, 7.0]),
            1 => ((self.rng.f64() - 0.5) * 2000.0 * 1000.0).round() / 1000.0,
            2 => *self.rng.pick(&[1e10, 1e-10, 123456.789, 3.25159, 2.918281828, 1e15, 1e20, 1e-5, 65536.0]),
            _ => {
                if *t == Ty::F64 {
                    *self.rng.pick(&[1e300, 1e-300, 4.9e-324, 1.7976931348623157e308, 9007199254740993.0, 0.0])
                } else {
                    *self.rng.pick(&[3.4e38, 1e-38, 1.4e-45, 16777217.0, 0.0, 1e30])
                }
            }
        };
        let v = if self.rng.one_in(3) { -v } else { v };
        let v = if nonzero && v == 0.0 { 0.75 } else { v };
        let s = if v < 0.0 || (v == 0.0 && v.is_sign_negative()) { format!("({v:?})") } else { format!("{v:?}") };
        if self.rng.one_in(2) {
            E::c(s, true)
        } else {
            E::c(format!("{}({s})", self.t.go(t)), false)
        }
    }

    fn float_expr(&mut self, t: &Ty, d: u32, m: Mode) -> E {
        let tg = self.t.go(t);
        let deep = d > 0;
        let has_p = self.has_place_of(t);
        let alts = [
            (6, has_p),
            (4, !m.nonconst),
            (10, deep),
            (2, deep),
            (4, deep),
            (4, deep),
            (3, deep),
            (3, deep),
            (2, deep),
            (2, deep),
            (1, deep && d > 1),
            (2, deep),
            (1, deep),
        ];
        let r = loop {
            let c = self.choose(&alts);
            let r: Option<E> = match c {
                usize::MAX => Some(self.opaque(t)),
                0 => self.place_of(t),
                1 => Some(self.float_lit(t, false)),
                2 => {
                    let op = *self.rng.pick(&["+", "-", "*", "/"]);
                    let a = self.gen(t, d - 1, Mode::default());
                    let b = if op == "/" {
                        if a.cst || self.rng.one_in(2) {
                            self.nexpr(t, d - 1)
                        } else {
                            self.float_lit(t, true)
                        }
                    } else if a.cst {
                        self.nexpr(t, d - 1)
                    } else {
                        self.expr(t, d - 1)
                    };
                    Some(E::v(format!("({} {op} {})", a.s, b.s)))
                }
                3 => {
                    let a = self.nexpr(t, d - 1);
                    Some(E::v(format!("(-{})", a.s)))
                }
                4 => {
                    let (_, e) = self.some_int(d - 1, false);
                    if self.rng.one_in(4) {
                        let o = if *t == Ty::F64 { Ty::F32 } else { Ty::F64 };
                        let e = self.nexpr(&o, d - 1);
                        Some(E::v(format!("{tg}({})", e.s)))
                    } else {
                        Some(E::v(format!("{tg}({})", e.s)))
                    }
                }
                5 => {
                    let f = *self.rng.pick(&["Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Sqrt", "Round"]);
                    let a = self.nexpr(t, d - 1);
                    if *t == Ty::F64 {
                        Some(E::v(format!("math.{f}({})", a.s)))
                    } else {
                        Some(E::v(format!("float32(math.{f}(float64({})))", a.s)))
                    }
                }
                6 => {
                    let f = *self.rng.pick(&["math.Max", "math.Min", "min", "max", "gMax"]);
                    let a = self.nexpr(t, d - 1);
                    let b = self.expr(t, d - 1);
                    if f.starts_with("math") {
                        if *t == Ty::F64 {
                            Some(E::v(format!("{f}({}, {})", a.s, b.s)))
                        } else {
                            Some(E::v(format!("float32({f}(float64({}), float64({})))", a.s, self.typed(t, b))))
                        }
                    } else {
                        let b = self.typed(t, b);
                        Some(E::v(format!("{f}({}, {b})", a.s)))
                    }
                }
                7 => self.index_read(t, d),
                8 => self.call_of(t, d),
                9 => self.method_call_of(t, d),
                10 => Some(self.iife(t, d)),
                11 => {
                    let s = self.texpr(&Ty::slice(t.clone()), d - 1);
                    Some(E::v(format!("gSum({})", s.s)))
                }
                12 => {
                    let p = self.pick_place(|p| matches!(&p.ty, Ty::Map(_, v) if **v == *t));
                    p.map(|p| {
                        let Ty::Map(kt, _) = &p.ty else { unreachable!() };
                        let key = self.expr(&kt.clone(), d - 1);
                        E::v(format!("{}[{}]", p.text, key.s))
                    })
                }
                _ => None,
            };
            if let Some(r) = r {
                break r;
            }
        };
        if m.nonconst && r.cst {
            return self.opaque(t);
        }
        r
    }

    // ----- bools

    fn bool_expr(&mut self, d: u32, m: Mode) -> E {
        let deep = d > 0;
        let has_p = self.has_place_of(&Ty::Bool);
        let alts = [
            (5, has_p),
            (2, !m.nonconst),
            (10, deep),
            (3, deep),
            (2, deep),
            (3, deep),
            (2, deep),
            (2, deep),
            (2, deep),
            (2, deep),
            (1, deep),
        ];
        let r = loop {
            let c = self.choose(&alts);
            let r: Option<E> = match c {
                usize::MAX => Some(self.opaque(&Ty::Bool)),
                0 => self.place_of(&Ty::Bool),
                1 => Some(E::c(if self.rng.one_in(2) { "true" } else { "false" }, true)),
                2 => {
                    let t = match self.rng.below(6) {
                        0 => Ty::F64,
                        1 => Ty::Str,
                        2 => Ty::F32,
                        _ => Ty::Int(*self.rng.pick(&INT_KINDS)),
                    };
                    let op = *self.rng.pick(&["<", "<=", ">", ">=", "==", "!="]);
                    let a = self.gen(&t, d - 1, Mode::default());
                    let b = if a.cst { self.nexpr(&t, d - 1) } else { self.expr(&t, d - 1) };
                    Some(E::v(format!("({} {op} {})", a.s, b.s)))
                }
                3 => {
                    let op = if self.rng.one_in(2) { "&&" } else { "||" };
                    let a = self.bool_expr(d - 1, Mode::default());
                    let b = self.bool_expr(d - 1, Mode { nonconst: a.cst, transient: false });
                    Some(E::v(format!("({} {op} {})", a.s, b.s)))
                }
                4 => {
                    let a = self.nexpr(&Ty::Bool, d - 1);
                    Some(E::v(format!("!{}", a.s)))
                }
                5 => {
                    // Equality of composite comparable values.
                    let tb = self.t.clone();
                    let p = self.pick_place(|p| {
                        matches!(p.ty, Ty::Arr(..) | Ty::Named(_) | Ty::Ptr(_)) && tb.comparable(&p.ty)
                    });
                    p.map(|p| {
                        let other = if matches!(p.ty, Ty::Ptr(_)) {
                            "nil".to_string()
                        } else {
                            let t = p.ty.clone();
                            self.expr(&t, d - 1).s
                        };
                        let op = if self.rng.one_in(2) { "==" } else { "!=" };
                        E::v(format!("({} {op} {other})", p.text))
                    })
                }
                6 => {
                    let f = *self.rng.pick(&[
                        "strings.HasPrefix",
                        "strings.Contains",
                        "strings.HasSuffix",
                        "strings.EqualFold",
                    ]);
                    let a = self.str_expr(d - 1, Mode::default());
                    let b = self.str_expr(d - 1, Mode::default());
                    Some(E::v(format!("{f}({}, {})", a.s, b.s)))
                }
                7 => {
                    let et = Ty::Int(*self.rng.pick(&INT_KINDS));
                    let s = self.texpr(&Ty::slice(et.clone()), d - 1);
                    let v = self.expr(&et, d - 1);
                    Some(E::v(format!("slices.Contains({}, {})", s.s, v.s)))
                }
                8 => self.call_of(&Ty::Bool, d),
                9 => self.method_call_of(&Ty::Bool, d),
                10 => self.index_read(&Ty::Bool, d),
                _ => None,
            };
            if let Some(r) = r {
                break r;
            }
        };
        if m.nonconst && r.cst {
            return self.opaque(&Ty::Bool);
        }
        r
    }

    // ----- strings

    fn str_expr(&mut self, d: u32, m: Mode) -> E {
        let deep = d > 0;
        let has_p = self.has_place_of(&Ty::Str);
        let alts = [
            (6, has_p),
            (4, !m.nonconst),
            (8, deep),
            (4, deep && has_p),
            (3, deep),
            (4, deep),
            (3, deep),
            (3, deep),
            (3, deep),
            (2, deep),
            (2, deep),
            (2, deep),
            (2, deep),
            (1, deep),
        ];
        let r = loop {
            let c = self.choose(&alts);
            let r: Option<E> = match c {
                usize::MAX => Some(self.opaque(&Ty::Str)),
                0 => self.place_of(&Ty::Str),
                1 => Some(E::c(self.str_lit(), true)),
                2 => {
                    let a = self.str_expr(d - 1, Mode::default());
                    let b = if a.cst {
                        self.str_expr(d - 1, Mode { nonconst: true, transient: false })
                    } else {
                        self.str_expr(d - 1, Mode::default())
                    };
                    Some(E::v(format!("({} + {})", a.s, b.s)))
                }
                3 => {
                    let p = self.pick_place(|p| p.ty == Ty::Str).unwrap();
                    let i = self.index_expr(&format!("len({})", p.text), None, d - 1);
                    if self.rng.one_in(2) {
                        Some(E::v(format!("{}[{i}:]", p.text)))
                    } else {
                        Some(E::v(format!("{}[:1+{i}]", p.text)))
                    }
                }
                4 => {
                    let s = self.str_expr(d - 1, Mode::default());
                    let (_, a) = self.some_int(d - 1, true);
                    let (_, b) = self.some_int(d - 1, true);
                    Some(E::v(format!("subs({}, uint({}), uint({}))", s.s, a.s, b.s)))
                }
                5 => {
                    let s = self.str_expr(d - 1, Mode::default());
                    Some(match self.rng.below(7) {
                        0 => E::v(format!("strings.ToUpper({})", s.s)),
                        1 => E::v(format!("strings.ToLower({})", s.s)),
                        2 => E::v(format!("strings.Repeat({}, {})", s.s, 1 + self.rng.below(3))),
                        3 => {
                            let a = self.str_lit();
                            let b = self.str_lit();
                            E::v(format!("(\"<\" + strings.ReplaceAll({}, {a}, {b}) + \">\")", s.s))
                        }
                        4 => E::v(format!("(\"[\" + strings.TrimSpace({}) + \"]\")", s.s)),
                        5 => E::v(format!("strconv.Quote({})", s.s)),
                        _ => E::v(format!("(\"{{\" + strings.Join(strings.Fields({}), \"_\") + \"}}\")", s.s)),
                    })
                }
                6 => {
                    let (t, e) = self.some_int(d - 1, false);
                    let _ = t;
                    Some(match self.rng.below(4) {
                        0 => E::v(format!("strconv.Itoa(int({}))", e.s)),
                        1 => E::v(format!("strconv.FormatInt(int64({}), {})", e.s, self.rng.pick(&[2, 8, 16, 36]))),
                        2 => E::v(format!("string(rune({}))", e.s)),
                        _ => E::v(format!("fmt.Sprint({})", e.s)),
                    })
                }
                7 => {
                    let t = self.print_ty();
                    let e = self.texpr(&t, d - 1);
                    let e = self.typed(&t, e);
                    let verb = self.verb_for(&t);
                    Some(E::v(format!("fmt.Sprintf(\"<{verb}>\", {e})")))
                }
                8 => {
                    let bt = if self.rng.one_in(2) { Ty::Int(IntK::U8) } else { Ty::Int(IntK::I32) };
                    let e = self.texpr(&Ty::slice(bt), d - 1);
                    Some(E::v(format!("string({})", e.s)))
                }
                9 => self.call_of(&Ty::Str, d),
                10 => self.method_call_of(&Ty::Str, d),
                11 => self.index_read(&Ty::Str, d),
                12 => {
                    let e = self.texpr(&Ty::slice(Ty::Str), d - 1);
                    let sep = self.str_lit();
                    Some(E::v(format!("strings.Join({}, {sep})", e.s)))
                }
                13 => {
                    let p = self.pick_place(|p| matches!(&p.ty, Ty::Map(_, v) if **v == Ty::Str));
                    p.map(|p| {
                        let Ty::Map(kt, _) = &p.ty else { unreachable!() };
                        let key = self.expr(&kt.clone(), d - 1);
                        E::v(format!("({}[{}] + \"!\")", p.text, key.s))
                    })
                }
                _ => None,
            };
            if let Some(r) = r {
                break r;
            }
        };
        if m.nonconst && r.cst {
            return self.opaque(&Ty::Str);
        }
        r
    }

    /// A type whose values fmt prints the same everywhere.
    pub fn print_ty(&mut self) -> Ty {
        for _ in 0..4 {
            let t = self.any_ty(1);
            if self.t.printable(&t) {
                return t;
            }
        }
        self.basic_ty()
    }

    /// A fmt verb (with flags) fitting type `t`.
    pub fn verb_for(&mut self, t: &Ty) -> String {
        if self.t.exact_floats && self.t.has_float(t) {
            return if t.is_float() {
                self.rng.pick(&["%.6g", "%.3f", "%e", "%8.2f", "%.2e", "%+.4g", "%10.3v", "%.10g", "%.1f"]).to_string()
            } else {
                self.rng.pick(&["%.7v", "%+.7v", "%.4v"]).to_string()
            };
        }
        if self.t.int_kind(t).is_some() && !matches!(t, Ty::Named(_)) {
            return self
                .rng
                .pick(&["%d", "%v", "%x", "%X", "%o", "%b", "%5d", "%-4d|", "%+d", "%08d", "%#x", "%3v", "%O"])
                .to_string();
        }
        match t {
            Ty::F64 | Ty::F32 => {
                self.rng.pick(&["%v", "%.6g", "%g", "%.3f", "%e", "%8.2f", "%.2e", "%G", "%+.4g", "%10.3v"]).to_string()
            }
            Ty::Str => self.rng.pick(&["%s", "%q", "%v", "%x", "%10s", "%-6s|", "%.3s", "% x", "%+q"]).to_string(),
            Ty::Bool => self.rng.pick(&["%v", "%t", "%6t"]).to_string(),
            Ty::Named(i) if self.t.named[*i].stringer => self.rng.pick(&["%v", "%s", "%+v"]).to_string(),
            Ty::Named(_) => self.rng.pick(&["%v", "%+v", "%v"]).to_string(),
            Ty::Slice(e) | Ty::Arr(e, _) if self.t.int_kind(e).is_some() && !matches!(**e, Ty::Named(_)) => {
                self.rng.pick(&["%v", "%d", "%x", "%3d"]).to_string()
            }
            _ => "%v".to_string(),
        }
    }

    // ----- composite values

    fn slice_expr(&mut self, t: &Ty, e: &Ty, d: u32, m: Mode) -> E {
        let tg = self.t.go(t);
        let eg = self.t.go(e);
        let deep = d > 0;
        let has_p = m.transient && self.has_place_of(t);
        let zero_ok = !self.t.zero_unsafe(e);
        let is_u8 = *e == Ty::Int(IntK::U8);
        let is_i32 = *e == Ty::Int(IntK::I32);
        let has_arr = m.transient && self.has_place(|p| matches!(&p.ty, Ty::Arr(x, _) if **x == *e) && p.addressable);
        let alts = [
            (6, true),           // 0 literal
            (3, zero_ok),        // 1 make
            (3, deep),           // 2 clone/append copy
            (6, has_p),          // 3 place
            (4, has_p && deep),  // 4 subslice
            (2, has_p && deep),  // 5 sub/sub3
            (2, deep),           // 6 gMap
            (1, deep),           // 7 gRev
            (3, deep && is_u8),  // 8 []byte(s)
            (2, deep && is_i32), // 9 []rune(s)
            (3, deep),           // 10 call
            (2, has_arr),        // 11 arr[:]
        ];
        loop {
            let c = self.choose(&alts);
            let r: Option<E> = match c {
                0 | usize::MAX => {
                    let n = 1 + self.rng.below(4);
                    let xs: Vec<String> = (0..n).map(|_| self.store_expr(e, d.saturating_sub(1)).s).collect();
                    Some(E::v(format!("{tg}{{{}}}", xs.join(", "))))
                }
                1 => {
                    let n = 1 + self.rng.below(5);
                    if self.rng.one_in(2) {
                        Some(E::v(format!("make({tg}, {n})")))
                    } else {
                        Some(E::v(format!("make({tg}, {n}, {})", n + self.rng.below(4))))
                    }
                }
                2 => {
                    let s = self.texpr(t, d - 1);
                    Some(match self.rng.below(4) {
                        0 => E::v(format!("slices.Clone({})", s.s)),
                        1 => E::v(format!("append({tg}(nil), {}...)", s.s)),
                        2 => {
                            let x = self.expr(e, d - 1);
                            E::v(format!("append(slices.Clone({}), {})", s.s, x.s))
                        }
                        _ => E::v(format!("append({tg}{{}}, {}...)", s.s)),
                    })
                }
                3 => self.place_of(t),
                4 => {
                    let p = self.pick_place(|p| &p.ty == t).unwrap();
                    let i = self.index_expr(&format!("len({})", p.text), None, d - 1);
                    Some(match self.rng.below(3) {
                        0 => E::v(format!("{}[{i}:]", p.text)),
                        1 => E::v(format!("{}[:1+{i}]", p.text)),
                        _ => E::v(format!("{}[:1+{i}:1+{i}]", p.text)),
                    })
                }
                5 => {
                    let s = self.texpr(t, d - 1);
                    let (_, a) = self.some_int(d - 1, true);
                    let (_, b) = self.some_int(d - 1, true);
                    if self.rng.one_in(2) {
                        Some(E::v(format!("sub({}, uint({}), uint({}))", s.s, a.s, b.s)))
                    } else {
                        let (_, c) = self.some_int(d - 1, true);
                        Some(E::v(format!("sub3({}, uint({}), uint({}), uint({}))", s.s, a.s, b.s, c.s)))
                    }
                }
                6 => {
                    let st = self.basic_ty();
                    let s = self.texpr(&Ty::slice(st.clone()), d - 1);
                    let sg = self.t.go(&st);
                    let xn = self.fresh("x");
                    let body = self.closure_expr_body(&[(xn.clone(), st)], e, d - 1);
                    Some(E::v(format!("gMap({}, func({xn} {sg}) {eg} {body})", s.s)))
                }
                7 => {
                    let s = self.texpr(t, d - 1);
                    Some(E::v(format!("gRev({})", s.s)))
                }
                8 => {
                    let s = self.str_expr(d - 1, Mode::default());
                    Some(E::v(format!("[]byte({})", s.s)))
                }
                9 => {
                    let s = self.str_expr(d - 1, Mode::default());
                    Some(E::v(format!("[]rune({})", s.s)))
                }
                10 => self.call_of(t, d),
                11 => {
                    let p = self.pick_place(|p| matches!(&p.ty, Ty::Arr(x, _) if **x == *e) && p.addressable).unwrap();
                    Some(E::v(format!("{}[:]", p.text)))
                }
                _ => None,
            };
            if let Some(r) = r {
                return r;
            }
        }
    }

    /// `{ return <expr> }` for a func literal with parameters `ps`: the
    /// parameters are in scope (a new pure frame).
    pub fn closure_expr_body(&mut self, ps: &[(String, Ty)], ret: &Ty, d: u32) -> String {
        let gfx = self.fr().global_fx;
        let gor = self.fr().goroutines;
        let mut fr = self.new_frame(vec![ret.clone()], false, gfx, self.fr().callable);
        fr.budget = 20.0;
        fr.goroutines = gor;
        self.frame().budget -= 100.0;
        self.frames.push(fr);
        self.push_scope();
        for (n, t) in ps {
            self.declare_param(n, t.clone(), false);
        }
        let e = self.expr(ret, d);
        let e = self.typed(ret, e);
        self.scopes.pop();
        self.frames.pop();
        format!("{{\n\treturn {}\n}}", Gen::indent_tail(&e, 1))
    }

    fn arr_expr(&mut self, t: &Ty, e: &Ty, n: usize, d: u32) -> E {
        let tg = self.t.go(t);
        loop {
            match self.rng.weighted(&[5, 5, 2]) {
                0 => {
                    let xs: Vec<String> = (0..n).map(|_| self.store_expr(e, d.saturating_sub(1)).s).collect();
                    if self.rng.one_in(3) {
                        let eg = self.t.go(e);
                        return E::v(format!("[...]{eg}{{{}}}", xs.join(", ")));
                    }
                    return E::v(format!("{tg}{{{}}}", xs.join(", ")));
                }
                1 => {
                    if let Some(p) = self.place_of(t) {
                        return p;
                    }
                }
                _ if d > 0 => {
                    if let Some(c) = self.call_of(t, d) {
                        return c;
                    }
                }
                _ => {}
            }
        }
    }

    fn map_expr(&mut self, t: &Ty, k: &Ty, v: &Ty, d: u32) -> E {
        let tg = self.t.go(t);
        loop {
            match self.rng.weighted(&[5, 1, 4, 2, 1]) {
                0 => {
                    let n = self.rng.below(5);
                    let mut keys: Vec<String> = Vec::new();
                    for _ in 0..n {
                        let key = match self.t.int_kind(k) {
                            Some(kk) => self.int_lit(kk).to_string(),
                            None => self.str_lit(),
                        };
                        if !keys.contains(&key) {
                            keys.push(key);
                        }
                    }
                    let mut ents = Vec::new();
                    for key in keys {
                        let key = if key.starts_with('-') { format!("({key})") } else { key };
                        let val = self.store_expr(v, d.saturating_sub(1));
                        ents.push(format!("{key}: {}", val.s));
                    }
                    return E::v(format!("{tg}{{{}}}", ents.join(", ")));
                }
                1 => return E::v(format!("make({tg})")),
                2 => {
                    if let Some(p) = self.place_of(t) {
                        return p;
                    }
                }
                3 if d > 0 => {
                    if let Some(c) = self.call_of(t, d) {
                        return c;
                    }
                }
                4 if d > 0 => {
                    let m = self.texpr(t, d - 1);
                    return E::v(format!("maps.Clone({})", m.s));
                }
                _ => {}
            }
        }
    }

    pub fn struct_lit(&mut self, n: usize, d: u32) -> String {
        let def = self.t.named[n].clone();
        match &def.under {
            Under::Int(k) => {
                let e = self.int_lit_e(&Ty::Named(n), *k, true);
                self.typed(&Ty::Named(n), e)
            }
            Under::Struct(fs) => {
                let keyed = self.rng.one_in(2);
                let mut parts = Vec::new();
                for (f, ft) in fs {
                    let e = self.store_expr(ft, d.saturating_sub(1));
                    if keyed {
                        parts.push(format!("{f}: {}", e.s));
                    } else {
                        parts.push(e.s);
                    }
                }
                format!("{}{{{}}}", def.name, parts.join(", "))
            }
        }
    }

    fn struct_expr(&mut self, t: &Ty, d: u32) -> E {
        let Ty::Named(n) = t else { unreachable!() };
        let n = *n;
        loop {
            match self.rng.weighted(&[5, 5, 2, 2]) {
                0 => return E::v(self.struct_lit(n, d)),
                1 => {
                    if let Some(p) = self.place_of(t) {
                        return p;
                    }
                }
                2 if d > 0 => {
                    if let Some(c) = self.call_of(t, d) {
                        return c;
                    }
                }
                3 => {
                    let pt = Ty::ptr(t.clone());
                    if let Some(p) = self.place_of(&pt) {
                        return E::v(format!("(*{})", p.s));
                    }
                }
                _ => {}
            }
        }
    }

    fn ptr_expr(&mut self, t: &Ty, inner: &Ty, d: u32) -> E {
        loop {
            match self.rng.weighted(&[4, 4, 4, 1, 2]) {
                0 => {
                    let Ty::Named(n) = inner else { unreachable!() };
                    let l = self.struct_lit(*n, d);
                    return E::v(format!("&{l}"));
                }
                1 => {
                    // Pointers to variables alias them: only to writable
                    // locals, so writes through them are allowed.
                    if let Some(p) = self.pick_place(|p| &p.ty == inner && p.addressable && p.write && p.elem_write) {
                        return E::v(format!("&{}", p.text));
                    }
                }
                2 => {
                    if let Some(p) = self.place_of(t) {
                        return p;
                    }
                }
                3 if !self.t.zero_unsafe(inner) => return E::v(format!("new({})", self.t.go(inner))),
                4 if d > 0 => {
                    if let Some(c) = self.call_of(t, d) {
                        return c;
                    }
                }
                _ => {}
            }
        }
    }

    /// A value of implementation `n` as its interface holds it.
    pub fn impl_value(&mut self, n: usize, d: u32) -> String {
        let l = self.struct_lit(n, d);
        if self.t.named[n].ptr_recv {
            format!("&{l}")
        } else {
            l
        }
    }

    fn iface_expr(&mut self, t: &Ty, i: usize, d: u32) -> E {
        let name = self.t.ifaces[i].name.clone();
        loop {
            match self.rng.weighted(&[5, 5, 2, 2]) {
                0 => {
                    let impls = self.t.ifaces[i].impls.clone();
                    let n = *self.rng.pick(&impls);
                    let v = self.impl_value(n, d);
                    return E::v(format!("{name}({v})"));
                }
                1 => {
                    if let Some(p) = self.place_of(t) {
                        return p;
                    }
                }
                2 if d > 0 => {
                    if let Some(c) = self.call_of(t, d) {
                        return c;
                    }
                }
                3 if d > 0 => {
                    if let Some(e) = self.index_read(t, d) {
                        return e;
                    }
                }
                _ => {}
            }
        }
    }

    fn func_expr(&mut self, t: &Ty, ps: &[Ty], r: &Ty, d: u32) -> E {
        if self.rng.one_in(2) {
            if let Some(p) = self.pick_place(|p| &p.ty == t && !p.text.contains('.')) {
                let (si, vi) = p.var;
                if !self.scopes[si].1.vars[vi].fx_closure {
                    return E::v(p.text);
                }
            }
        }
        let names: Vec<(String, Ty)> =
            ps.iter().enumerate().map(|(i, t)| (self.fresh(&format!("q{i}_")), t.clone())).collect();
        let sig: Vec<String> = names.iter().map(|(n, t)| format!("{n} {}", self.t.go(t))).collect();
        let body = self.closure_expr_body(&names, r, d.saturating_sub(1));
        E::v(format!("func({}) {} {body}", sig.join(", "), self.t.go(r)))
    }
}
