//! The program generator: seeded, deterministic, producing well-typed
//! Go programs that terminate quickly and print the same thing under
//! every correct implementation.
//!
//! The generator never computes what a program prints; it only keeps a
//! few invariants that make the output well defined:
//!
//! * strings and slices that expressions produce are never empty, so
//!   `s[uint(i)%uint(len(s))]` is always in range;
//! * pointers are never nil, interfaces never nil (outside panic probes);
//! * only "owner" slice variables (holding a fresh backing array that no
//!   other variable shares) are appended to, so no output depends on
//!   append's capacity growth;
//! * calls inside expressions never change a variable the expression
//!   could read (functions that write through their parameters, and
//!   closures that write captured variables, are called only as
//!   statements), so Go's unspecified operand order cannot show;
//! * goroutines run only functions that neither print nor touch the
//!   checksum, and their results are collected in a fixed order;
//! * maps are ranged over with order-independent bodies, or through
//!   sorted keys;
//! * every panic outside the deliberate final one happens inside a
//!   probe that recovers it.

pub(crate) mod expr;
pub mod prelude;
mod stmt;
pub mod types;

use crate::rng::Rng;
use std::collections::BTreeMap;
use types::*;

/// Knobs of the generator.
#[derive(Clone, Debug)]
pub struct Options {
    /// Top-level functions besides main.
    pub max_funcs: usize,
    /// Cost budget of main (roughly: statements executed).
    pub main_budget: f64,
    /// Cost budget of one function call.
    pub func_budget: f64,
    /// Statements per block, at most.
    pub block_len: usize,
    /// Steer around mvm bugs already reported (see the README), so that
    /// runs find new ones: no negative slice bounds in panic probes.
    pub avoid_known: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_funcs: 7, main_budget: 30000.0, func_budget: 600.0, block_len: 6, avoid_known: true }
    }
}

/// Generates the program of `seed`.
pub fn generate(seed: u64, opts: &Options) -> String {
    let mut g = Gen::new(seed, opts.clone());
    g.program()
}

#[derive(Clone, Debug)]
pub(crate) struct Var {
    pub name: String,
    pub ty: Ty,
    /// The function or closure frame that declared it.
    pub frame: usize,
    /// May be reassigned.
    pub assign: bool,
    /// A slice variable whose backing array nobody else holds: may be
    /// appended to.
    pub owner: bool,
    /// Elements, fields or entries may be written through it.
    pub elem_write: bool,
    pub used: bool,
    /// A func value that writes captured variables (call as statement).
    pub fx_closure: bool,
    /// Being ranged over: no appends, no map writes.
    pub frozen: bool,
    /// Index in the current line buffer where the variable's scope of
    /// use starts (None: never needs a use, like parameters).
    pub decl_line: Option<usize>,
}

impl Var {
    /// A variable of `frame` that is only read: every permission and
    /// state flag off, no pending use.
    pub fn new(name: String, ty: Ty, frame: usize) -> Var {
        Var {
            name,
            ty,
            frame,
            assign: false,
            owner: false,
            elem_write: false,
            used: false,
            fx_closure: false,
            frozen: false,
            decl_line: None,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Loop {
    pub label: String,
    pub label_used: bool,
    /// `continue` allowed (false for switch and select).
    pub is_loop: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct Frame {
    pub rets: Vec<Ty>,
    /// May write through reference parameters and call effectful funcs.
    pub effectful: bool,
    /// May print and mix into the checksum.
    pub global_fx: bool,
    /// May write variables captured from enclosing frames.
    pub captured_writes: bool,
    pub loops: Vec<Loop>,
    pub budget: f64,
    /// User functions below this index may be called.
    pub callable: usize,
    /// The function being generated, when it may call itself.
    pub rec: Option<usize>,
    /// Name of the depth parameter of a recursive function.
    pub depth_param: Option<String>,
    /// Top level of a function (defer allowed, not in a loop).
    pub is_main: bool,
    pub defers: usize,
    pub goroutines: bool,
}

pub(crate) struct Scope {
    pub vars: Vec<Var>,
}

/// A readable (and maybe writable) location or value: a variable, a
/// field path, a dereferenced pointer.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    pub text: String,
    pub ty: Ty,
    /// Assignable in the current frame.
    pub write: bool,
    /// Elements/entries/pointee may be written through it.
    pub elem_write: bool,
    /// A whole owner slice variable (may be appended to).
    pub owner: bool,
    /// A variable, or a field of an addressable variable: `&p` works.
    pub addressable: bool,
    pub var: (usize, usize),
    /// Writing it changes only locals (no parameter referent, no captured
    /// variable).
    pub frozen: bool,
}

pub(crate) struct Gen {
    pub rng: Rng,
    pub opts: Options,
    pub t: Tables,
    pub lines: Vec<String>,
    pub ind: usize,
    pub scopes: Vec<(usize, Scope)>,
    pub frames: Vec<Frame>,
    pub uniq: usize,
    /// Hash helpers generated so far, by type.
    pub hashers: BTreeMap<Ty, String>,
    pub helper_text: Vec<String>,
    /// Globals: (name, type), read-only after initialization.
    pub globals: Vec<(String, Ty)>,
    pub probe_count: usize,
    /// Reads of places that may not be written through, holding shared
    /// memory (a declaration initialized from one is read-only).
    pub borrow_reads: usize,
    /// Exclude such places (for values stored where they may be
    /// written through).
    pub fresh_only: bool,
}

impl Gen {
    pub fn new(seed: u64, opts: Options) -> Gen {
        let t = Tables { exact_floats: opts.avoid_known, ..Tables::default() };
        Gen {
            rng: Rng::new(seed),
            opts,
            t,
            lines: Vec::new(),
            ind: 0,
            scopes: Vec::new(),
            frames: Vec::new(),
            uniq: 0,
            hashers: BTreeMap::new(),
            helper_text: Vec::new(),
            globals: Vec::new(),
            probe_count: 0,
            borrow_reads: 0,
            fresh_only: false,
        }
    }

    // ----- emission

    pub fn emit(&mut self, s: impl AsRef<str>) {
        let s = s.as_ref();
        for l in s.lines() {
            self.lines.push(format!("{}{}", "\t".repeat(self.ind), l));
        }
    }

    /// Indents every line but the first by `n` tabs (for multi-line
    /// expressions placed inside templates).
    pub fn indent_tail(s: &str, n: usize) -> String {
        let mut out = String::new();
        for (i, l) in s.lines().enumerate() {
            if i > 0 {
                out.push('\n');
                out.push_str(&"\t".repeat(n));
            }
            out.push_str(l);
        }
        out
    }

    pub fn fresh(&mut self, prefix: &str) -> String {
        self.uniq += 1;
        format!("{prefix}{}", self.uniq)
    }

    // ----- frames and scopes

    pub fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().unwrap()
    }

    pub fn fr(&self) -> &Frame {
        self.frames.last().unwrap()
    }

    pub fn cur_frame(&self) -> usize {
        self.frames.len() - 1
    }

    pub fn push_scope(&mut self) {
        let f = self.cur_frame();
        self.scopes.push((f, Scope { vars: Vec::new() }));
    }

    /// Closes a scope, using every variable that was never read.
    pub fn pop_scope(&mut self) {
        let (_, sc) = self.scopes.pop().unwrap();
        for v in sc.vars {
            // A read that was generated but then thrown away does not count.
            let used = match v.decl_line {
                Some(l) => self.read_since(&v.name, l),
                None => v.used,
            };
            if !used {
                let h = if self.fr().global_fx && !self.in_goroutine() { self.hash_of(&v.ty, &v.name) } else { None };
                match h {
                    Some(h) => self.emit(format!("mix({h})")),
                    None => self.emit(format!("_ = {}", v.name)),
                }
            }
        }
    }

    fn in_goroutine(&self) -> bool {
        self.fr().goroutines
    }

    pub fn declare(&mut self, name: &str, ty: Ty, owner: bool) {
        let frame = self.cur_frame();
        let v = Var {
            assign: true,
            owner,
            elem_write: true,
            decl_line: Some(self.lines.len()),
            ..Var::new(name.to_string(), ty, frame)
        };
        self.scopes.last_mut().unwrap().1.vars.push(v);
    }

    pub fn declare_var(&mut self, mut v: Var) {
        if !v.used {
            v.decl_line = Some(self.lines.len());
        }
        self.scopes.last_mut().unwrap().1.vars.push(v);
    }

    /// Is `name` mentioned in the current buffer from line `from` on?
    pub fn mentioned_since(&self, name: &str, from: usize) -> bool {
        self.lines.iter().skip(from).any(|l| prelude::mentions(l, name))
    }

    /// Is `name` read (mentioned other than as the whole target of a
    /// plain assignment) from line `from` on? That is gc's notion of use.
    pub fn read_since(&self, name: &str, from: usize) -> bool {
        self.lines.iter().skip(from).any(|l| read_mention(l, name))
    }

    /// At the end of a loop body: keeps the loop variable `name` in scope
    /// if the body mentions it (returns true), else forgets it.
    pub fn keep_if_mentioned(&mut self, name: &str) -> bool {
        let m = self.mentioned_since(name, 0);
        if !m {
            self.scopes.last_mut().unwrap().1.vars.retain(|v| v.name != name);
        }
        m
    }

    pub fn last_var(&mut self) -> &mut Var {
        self.scopes.last_mut().unwrap().1.vars.last_mut().unwrap()
    }

    pub fn var(&mut self, at: (usize, usize)) -> &mut Var {
        &mut self.scopes[at.0].1.vars[at.1]
    }

    pub fn mark_used(&mut self, at: (usize, usize)) {
        self.var(at).used = true;
        if std::env::var("DT_TRACE").ok().as_deref() == Some(self.var(at).name.as_str()) {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
    }

    /// Every place visible from the current frame.
    pub fn places(&self) -> Vec<Place> {
        let cur = self.cur_frame();
        let mut out = Vec::new();
        for (si, (_, sc)) in self.scopes.iter().enumerate() {
            for (vi, v) in sc.vars.iter().enumerate() {
                // Writing a captured variable needs every frame between
                // its own and the current one to allow it.
                let fw = (v.frame + 1..=cur).all(|f| self.frames[f].captured_writes);
                let write = v.assign && fw && !v.frozen;
                let ew = v.elem_write && fw && !v.frozen;
                let p = Place {
                    text: v.name.clone(),
                    ty: v.ty.clone(),
                    write,
                    elem_write: ew,
                    owner: v.owner && write,
                    addressable: true,
                    var: (si, vi),
                    frozen: v.frozen,
                };
                self.sub_places(&p, 2, &mut out);
                out.push(p);
            }
        }
        out
    }

    fn sub_places(&self, p: &Place, depth: u32, out: &mut Vec<Place>) {
        if depth == 0 {
            return;
        }
        match &p.ty {
            Ty::Named(_) => {
                if let Some(fs) = self.t.fields(&p.ty) {
                    for (f, ft) in fs {
                        let q = Place {
                            text: format!("{}.{f}", p.text),
                            ty: ft.clone(),
                            write: p.write,
                            elem_write: p.elem_write && p.write,
                            owner: false,
                            addressable: p.addressable,
                            var: p.var,
                            frozen: p.frozen,
                        };
                        self.sub_places(&q, depth - 1, out);
                        out.push(q);
                    }
                }
            }
            Ty::Ptr(inner) => {
                if let Some(fs) = self.t.fields(inner) {
                    for (f, ft) in fs {
                        let q = Place {
                            text: format!("{}.{f}", p.text),
                            ty: ft.clone(),
                            write: p.elem_write,
                            elem_write: p.elem_write,
                            owner: false,
                            addressable: true,
                            var: p.var,
                            frozen: p.frozen,
                        };
                        self.sub_places(&q, depth - 1, out);
                        out.push(q);
                    }
                }
            }
            _ => {}
        }
    }

    /// A random visible place satisfying `pred`; marks its variable used.
    pub fn pick_place(&mut self, pred: impl Fn(&Place) -> bool) -> Option<Place> {
        let fo = self.fresh_only;
        let ps: Vec<Place> =
            self.places().into_iter().filter(|p| pred(p) && !(fo && !p.elem_write && self.t.refish(&p.ty))).collect();
        if ps.is_empty() {
            return None;
        }
        let p = ps[self.rng.below(ps.len())].clone();
        self.mark_used(p.var);
        if !p.elem_write && self.t.refish(&p.ty) {
            self.borrow_reads += 1;
        }
        Some(p)
    }

    pub fn has_place(&self, pred: impl Fn(&Place) -> bool) -> bool {
        let fo = self.fresh_only;
        self.places().iter().any(|p| pred(p) && !(fo && !p.elem_write && self.t.refish(&p.ty)))
    }

    /// A value to store where it may later be written through: it shares
    /// no memory the current frame may not write.
    pub fn store_expr(&mut self, t: &Ty, d: u32) -> expr::E {
        if *t == Ty::Str {
            // Strings stored in loops could grow exponentially.
            let e = self.expr(t, d);
            return if e.cst { e } else { expr::E::v(format!("cut({})", e.s)) };
        }
        if !self.t.refish(t) {
            return self.expr(t, d);
        }
        let saved = self.fresh_only;
        self.fresh_only = true;
        let e = self.expr(t, d);
        self.fresh_only = saved;
        e
    }

    // ----- hashing

    /// An expression of type uint64 hashing the value of `e` (a
    /// side-effect-free expression, evaluated once), or None for types
    /// that cannot be hashed (funcs).
    pub fn hash_of(&mut self, t: &Ty, e: &str) -> Option<String> {
        if self.t.int_kind(t).is_some() {
            return Some(format!("uint64({e})"));
        }
        match t {
            Ty::F64 => return Some(format!("hf({e})")),
            Ty::F32 => return Some(format!("hf(float64({e}))")),
            Ty::Bool => return Some(format!("hb({e})")),
            Ty::Str => return Some(format!("hs({e})")),
            Ty::Func(..) => return None,
            _ => {}
        }
        let name = self.hasher(t)?;
        Some(format!("{name}({e})"))
    }

    fn hasher(&mut self, t: &Ty) -> Option<String> {
        if let Some(n) = self.hashers.get(t) {
            return Some(n.clone());
        }
        if matches!(t, Ty::Func(..)) {
            return None;
        }
        let name = format!("h{}", self.hashers.len());
        self.hashers.insert(t.clone(), name.clone());
        let tg = self.t.go(t);
        let mut b = vec![format!("func {name}(v {tg}) uint64 {{")];
        match t {
            Ty::Arr(e, _) | Ty::Slice(e) => {
                let he = self.hash_of(e, "x")?;
                b.push("\tr := uint64(len(v))".into());
                b.push("\tfor _, x := range v {".into());
                b.push(format!("\t\tr = r*31 + {he}"));
                b.push("\t}".into());
                b.push("\treturn r".into());
            }
            Ty::Map(k, val) => {
                let hk = self.hash_of(k, "k")?;
                let hv = self.hash_of(val, "x")?;
                b.push("\tr := uint64(len(v))".into());
                b.push("\tfor k, x := range v {".into());
                b.push(format!("\t\tr += ({hk} * 31) ^ {hv}"));
                b.push("\t}".into());
                b.push("\treturn r".into());
            }
            Ty::Named(i) => match self.t.named[*i].under.clone() {
                Under::Int(_) => b.push("\treturn uint64(v)".into()),
                Under::Struct(fs) => {
                    b.push("\tr := uint64(7)".into());
                    for (f, ft) in fs {
                        if let Some(h) = self.hash_of(&ft, &format!("v.{f}")) {
                            b.push(format!("\tr = r*1000003 ^ {h}"));
                        }
                    }
                    b.push("\treturn r".into());
                }
            },
            Ty::Ptr(inner) => {
                let h = self.hash_of(inner, "*v")?;
                b.push("\tif v == nil {".into());
                b.push("\t\treturn 0".into());
                b.push("\t}".into());
                b.push(format!("\treturn {h}"));
            }
            Ty::Iface(i) => {
                b.push("\tswitch x := v.(type) {".into());
                let impls = self.t.ifaces[*i].impls.clone();
                for (k, n) in impls.into_iter().enumerate() {
                    let nt = Ty::Named(n);
                    let d = self.t.named[n].clone();
                    if d.ptr_recv {
                        b.push(format!("\tcase *{}:", d.name));
                        let h = self.hash_of(&nt, "*x")?;
                        b.push(format!("\t\treturn {} + {h}", k + 1));
                    } else {
                        b.push(format!("\tcase {}:", d.name));
                        let h = self.hash_of(&nt, "x")?;
                        b.push(format!("\t\treturn {} + {h}", k + 1));
                    }
                }
                b.push("\t}".into());
                b.push("\treturn 0".into());
            }
            _ => return None,
        }
        b.push("}".into());
        self.helper_text.push(b.join("\n"));
        Some(name)
    }

    // ----- program

    pub fn program(&mut self) -> String {
        self.gen_types();
        let mut top: Vec<String> = Vec::new();
        // Type declarations.
        for i in 0..self.t.named.len() {
            top.push(self.type_decl(i));
        }
        for i in 0..self.t.ifaces.len() {
            let d = self.t.ifaces[i].clone();
            let mut s = format!("type {} interface {{\n", d.name);
            for m in &d.methods {
                let ps: Vec<String> = m.params.iter().map(|p| self.t.go(p)).collect();
                s.push_str(&format!("\t{}({}) {}\n", m.name, ps.join(", "), self.t.go(&m.ret)));
            }
            s.push('}');
            top.push(s);
        }
        // Globals, then methods, then functions, then main.
        self.frames.push(self.new_frame(vec![], true, true, 0));
        self.push_scope();
        let globals = self.gen_globals();
        top.push(globals);
        for i in 0..self.t.named.len() {
            if self.t.named[i].iface.is_some() || self.t.named[i].stringer {
                top.push(self.gen_methods(i));
            }
        }
        let nf = 2 + self.rng.below(self.opts.max_funcs.max(2) - 1);
        for i in 0..nf {
            top.push(self.gen_func(i));
        }
        top.push(self.gen_main());
        let mut body = String::new();
        for h in self.helper_text.iter().chain(top.iter()) {
            body.push_str(h);
            body.push_str("\n\n");
        }
        prelude::assemble(&body)
    }

    pub fn new_frame(&self, rets: Vec<Ty>, effectful: bool, global_fx: bool, callable: usize) -> Frame {
        Frame {
            rets,
            effectful,
            global_fx,
            captured_writes: false,
            loops: Vec::new(),
            budget: self.opts.func_budget,
            callable,
            rec: None,
            depth_param: None,
            is_main: false,
            defers: 0,
            goroutines: false,
        }
    }

    fn type_decl(&self, i: usize) -> String {
        let d = &self.t.named[i];
        match &d.under {
            Under::Int(k) => format!("type {} {}", d.name, k.name()),
            Under::Struct(fs) => {
                let mut s = format!("type {} struct {{\n", d.name);
                for (f, ft) in fs {
                    s.push_str(&format!("\t{f} {}\n", self.t.go(ft)));
                }
                s.push('}');
                s
            }
        }
    }

    /// A random basic type.
    pub fn basic_ty(&mut self) -> Ty {
        match self.rng.weighted(&[10, 2, 3, 3, 4]) {
            0 => Ty::Int(*self.rng.pick(&INT_KINDS)),
            1 => Ty::F32,
            2 => Ty::F64,
            3 => Ty::Bool,
            _ => Ty::Str,
        }
    }

    fn key_ty(&mut self) -> Ty {
        match self.rng.below(4) {
            0 | 1 => Ty::Int(*self.rng.pick(&[IntK::Int, IntK::I8, IntK::U16, IntK::I64, IntK::U8])),
            _ => Ty::Str,
        }
    }

    /// A random type for variables and parameters.
    pub fn any_ty(&mut self, depth: u32) -> Ty {
        let nstruct = self.t.named.len();
        let w = if depth == 0 { [20, 0, 0, 0, 0, 0, 0] } else { [20, 4, 5, 3, 4, 2, 3] };
        match self.rng.weighted(&w) {
            0 => self.basic_ty(),
            1 => {
                let e = self.elem_ty(depth - 1);
                Ty::arr(e, 1 + self.rng.below(4))
            }
            2 => Ty::slice(self.elem_ty(depth - 1)),
            3 => {
                let k = self.key_ty();
                let v = self.map_val_ty();
                Ty::map(k, v)
            }
            4 if nstruct > 0 => Ty::Named(self.rng.below(nstruct)),
            5 if nstruct > 0 => {
                let structs: Vec<usize> =
                    (0..nstruct).filter(|&i| matches!(self.t.named[i].under, Under::Struct(_))).collect();
                if structs.is_empty() {
                    return self.basic_ty();
                }
                Ty::ptr(Ty::Named(*self.rng.pick(&structs)))
            }
            6 if !self.t.ifaces.is_empty() => Ty::Iface(self.rng.below(self.t.ifaces.len())),
            _ => self.basic_ty(),
        }
    }

    /// Element types of slices and arrays.
    pub fn elem_ty(&mut self, depth: u32) -> Ty {
        let plain: Vec<usize> = (0..self.t.named.len()).filter(|&i| self.t.named[i].iface.is_none()).collect();
        match self.rng.weighted(&[12, 2, 2, 2]) {
            1 if !plain.is_empty() => Ty::Named(*self.rng.pick(&plain)),
            2 if depth > 0 => Ty::slice(self.elem_ty(0)),
            3 if !self.t.ifaces.is_empty() => Ty::Iface(self.rng.below(self.t.ifaces.len())),
            _ => self.basic_ty(),
        }
    }

    /// Map values: types whose zero value is harmless (missing keys read
    /// as zero).
    pub fn map_val_ty(&mut self) -> Ty {
        let safe: Vec<usize> = (0..self.t.named.len())
            .filter(|&i| self.t.named[i].iface.is_none() && !self.t.zero_unsafe(&Ty::Named(i)))
            .collect();
        match self.rng.weighted(&[10, 2, 2, 3, 2]) {
            0 => Ty::Int(*self.rng.pick(&INT_KINDS)),
            1 => Ty::F64,
            2 => Ty::Bool,
            3 => Ty::Str,
            _ if !safe.is_empty() => Ty::Named(*self.rng.pick(&safe)),
            _ => Ty::Int(IntK::Int),
        }
    }

    fn gen_types(&mut self) {
        // Plain structs.
        let ns = 1 + self.rng.below(3);
        for i in 0..ns {
            let nf = 1 + self.rng.below(4);
            let mut fs = Vec::new();
            for j in 0..nf {
                let t = if i > 0 && self.rng.one_in(5) {
                    Ty::Named(self.rng.below(i))
                } else if self.rng.one_in(5) {
                    let e = self.basic_ty();
                    if self.rng.one_in(2) {
                        Ty::slice(e)
                    } else {
                        Ty::arr(e, 1 + self.rng.below(3))
                    }
                } else {
                    self.basic_ty()
                };
                fs.push((format!("{}{j}", ["a", "b", "c", "d", "e"][j % 5]), t));
            }
            self.t.named.push(NamedDef {
                name: format!("S{i}"),
                under: Under::Struct(fs),
                iface: None,
                ptr_recv: false,
                stringer: self.rng.one_in(4),
            });
        }
        // Interfaces with implementations.
        let ni = self.rng.below(3);
        for i in 0..ni {
            let nm = 1 + self.rng.below(3);
            let mut methods = Vec::new();
            for j in 0..nm {
                let np = self.rng.below(3);
                let params = (0..np).map(|_| self.basic_ty()).collect();
                let ret = self.basic_ty();
                methods.push(MethodSig { name: format!("M{i}{j}"), params, ret, effectful: false });
            }
            let nimpl = 2 + self.rng.below(3);
            let mut impls = Vec::new();
            let mut any_ptr = false;
            for k in 0..nimpl {
                let idx = self.t.named.len();
                let under = if self.rng.one_in(4) {
                    Under::Int(*self.rng.pick(&INT_KINDS))
                } else {
                    let nf = 1 + self.rng.below(3);
                    let fs = (0..nf).map(|j| (format!("f{j}"), self.basic_ty())).collect();
                    Under::Struct(fs)
                };
                let ptr_recv = matches!(under, Under::Struct(_)) && self.rng.one_in(2);
                any_ptr |= ptr_recv;
                self.t.named.push(NamedDef {
                    name: format!("T{i}{k}"),
                    under,
                    iface: Some(i),
                    ptr_recv,
                    stringer: self.rng.one_in(3),
                });
                impls.push(idx);
            }
            // With pointer receivers somewhere, one method may change its
            // receiver; value-receiver implementations change a copy.
            if any_ptr && self.rng.one_in(2) {
                let j = self.rng.below(methods.len());
                methods[j].effectful = true;
            }
            self.t.ifaces.push(IfaceDef { name: format!("I{i}"), methods, impls });
        }
    }

    fn gen_globals(&mut self) -> String {
        let n = 3 + self.rng.below(6);
        let mut decls: Vec<String> = Vec::new();
        for i in 0..n {
            let t = if i < 2 { Ty::Int(*self.rng.pick(&INT_KINDS)) } else { self.basic_ty() };
            let name = format!("g{i}");
            // Initializers may use earlier globals (the declarations are
            // shuffled below, so Go's dependency order matters).
            let e = self.expr(&t, 1);
            let tg = self.t.go(&t);
            decls.push(format!("var {name} {tg} = {}", e.s));
            self.globals.push((name.clone(), t.clone()));
            let frame = 0;
            self.scopes[0].1.vars.push(Var { used: true, ..Var::new(name, t, frame) });
        }
        // Shuffle.
        for i in (1..decls.len()).rev() {
            let j = self.rng.below(i + 1);
            decls.swap(i, j);
        }
        decls.join("\n")
    }

    fn gen_methods(&mut self, i: usize) -> String {
        let d = self.t.named[i].clone();
        let mut out = Vec::new();
        let recv = if d.ptr_recv { format!("(r *{})", d.name) } else { format!("(r {})", d.name) };
        let self_ty = if d.ptr_recv { Ty::ptr(Ty::Named(i)) } else { Ty::Named(i) };
        if let Some(ii) = d.iface {
            let methods = self.t.ifaces[ii].methods.clone();
            for m in methods {
                let mut fr = self.new_frame(vec![m.ret.clone()], m.effectful, false, 0);
                fr.budget = 60.0;
                fr.captured_writes = false;
                self.frames.push(fr);
                self.push_scope();
                let frame = self.cur_frame();
                self.declare_var(Var {
                    assign: !d.ptr_recv,
                    elem_write: m.effectful || !d.ptr_recv,
                    used: true,
                    ..Var::new("r".into(), self_ty.clone(), frame)
                });
                let mut ps = Vec::new();
                for (k, pt) in m.params.iter().enumerate() {
                    let pn = format!("m{k}");
                    ps.push(format!("{pn} {}", self.t.go(pt)));
                    self.declare_param(&pn, pt.clone(), false);
                }
                let sig = format!("func {recv} {}({}) {} {{", m.name, ps.join(", "), self.t.go(&m.ret));
                let n = 1 + self.rng.below(3);
                let body = self.func_body(n);
                self.frames.pop();
                out.push(format!("{sig}\n{body}}}"));
            }
        }
        if d.stringer {
            let mut fr = self.new_frame(vec![Ty::Str], false, false, 0);
            fr.budget = 30.0;
            self.frames.push(fr);
            self.push_scope();
            let frame = self.cur_frame();
            self.declare_var(Var { used: true, ..Var::new("r".into(), Ty::Named(i), frame) });
            // fmt must not recurse into String through %v of r itself.
            let fields: Vec<String> = match &d.under {
                Under::Struct(fs) => fs
                    .iter()
                    .filter(|(_, t)| self.t.printable(t) && !matches!(t, Ty::Named(_)))
                    .map(|(f, _)| format!("r.{f}"))
                    .collect(),
                Under::Int(k) => vec![format!("{}(r)", k.name())],
            };
            let ftys: Vec<Ty> = match &d.under {
                Under::Struct(fs) => fs
                    .iter()
                    .filter(|(_, t)| self.t.printable(t) && !matches!(t, Ty::Named(_)))
                    .map(|(_, t)| t.clone())
                    .collect(),
                Under::Int(k) => vec![Ty::Int(*k)],
            };
            let verbs: Vec<&str> =
                ftys.iter().map(|t| if self.t.exact_floats && self.t.has_float(t) { "%.7v" } else { "%v" }).collect();
            let body = if fields.is_empty() {
                format!("\treturn \"<{}>\"\n", d.name)
            } else {
                format!("\treturn fmt.Sprintf(\"{}<{}>\", {})\n", d.name, verbs.join(","), fields.join(", "))
            };
            self.pop_scope_silent();
            self.frames.pop();
            out.push(format!("func (r {}) String() string {{\n{body}}}", d.name));
        }
        out.join("\n\n")
    }

    pub fn pop_scope_silent(&mut self) {
        self.scopes.pop();
    }

    pub fn declare_param(&mut self, name: &str, ty: Ty, effectful: bool) {
        let frame = self.cur_frame();
        let reference = self.t.refish(&ty);
        self.declare_var(Var {
            name: name.to_string(),
            ty,
            frame,
            // Parameters holding references are not reassigned (keeps the
            // owner rules simple).
            assign: !reference,
            owner: false,
            elem_write: effectful || !reference,
            used: true,
            fx_closure: false,
            frozen: false,
            decl_line: None,
        });
    }

    /// Statements then a return; closes the scope the caller opened.
    /// Returns the body text (indented one level).
    pub fn func_body(&mut self, nstmts: usize) -> String {
        let saved = std::mem::take(&mut self.lines);
        let saved_ind = self.ind;
        self.ind = 1;
        for _ in 0..nstmts {
            if self.fr().budget <= 1.0 {
                break;
            }
            self.stmt(2);
        }
        let rets = self.fr().rets.clone();
        let es: Vec<String> = rets.iter().map(|t| self.expr(t, 2).s).collect();
        self.pop_scope();
        if !rets.is_empty() {
            self.emit(format!("return {}", es.join(", ")));
        }
        let body = std::mem::replace(&mut self.lines, saved);
        self.ind = saved_ind;
        let mut s = body.join("\n");
        s.push('\n');
        s
    }

    fn gen_func(&mut self, i: usize) -> String {
        let name = format!("f{i}");
        let recursive = self.rng.one_in(6);
        let np = self.rng.below(4);
        let mut params: Vec<Ty> = (0..np).map(|_| self.any_ty(1)).collect();
        if recursive {
            params.insert(0, Ty::Int(IntK::Int));
        }
        let nret = if self.rng.one_in(5) { 2 } else { 1 };
        let rets: Vec<Ty> = (0..nret).map(|_| self.any_ty(1)).collect();
        let effectful = self.rng.one_in(3);
        let global_fx = self.rng.pct(55);
        self.t.funcs.push(FuncDef {
            name: name.clone(),
            params: params.clone(),
            rets: rets.clone(),
            effectful,
            global_fx,
            cost: self.opts.func_budget,
            recursive,
        });
        let mut fr = self.new_frame(rets.clone(), effectful, global_fx, i);
        if recursive {
            fr.rec = Some(i);
            fr.depth_param = Some("p0".into());
            // Each level gets a share; calls are made with depth <= 6.
            fr.budget = self.opts.func_budget / 8.0;
        }
        let start_budget = fr.budget;
        self.frames.push(fr);
        self.push_scope();
        let mut ps = Vec::new();
        for (k, pt) in params.iter().enumerate() {
            let pn = format!("p{k}");
            ps.push(format!("{pn} {}", self.t.go(pt)));
            if recursive && k == 0 {
                let frame = self.cur_frame();
                self.declare_var(Var { used: true, ..Var::new(pn, pt.clone(), frame) });
            } else {
                self.declare_param(&pn, pt.clone(), effectful);
            }
        }
        let rs: Vec<String> = rets.iter().map(|t| self.t.go(t)).collect();
        let ret_s = if rs.len() == 1 { rs[0].clone() } else { format!("({})", rs.join(", ")) };
        let mut head = format!("func {name}({}) {ret_s} {{", ps.join(", "));
        let mut pre = String::new();
        if recursive {
            let base: Vec<String> = rets.iter().map(|t| self.expr(t, 1).s).collect();
            pre = format!("\tif p0 <= 0 {{\n\t\treturn {}\n\t}}\n", base.join(", "));
        }
        // Named results changed by a deferred closure.
        let named = !recursive && self.rng.one_in(6) && rets.len() == 1 && self.t.int_kind(&rets[0]).is_some();
        let n = 2 + self.rng.below(self.opts.block_len);
        let mut body = if named {
            let tg = self.t.go(&rets[0]);
            head = format!("func {name}({}) (res {tg}) {{", ps.join(", "));
            let k = self.rng.range(1, 9);
            pre.push_str(&format!("\tdefer func() {{\n\t\tres = res*{k} + 1\n\t}}()\n"));
            self.func_body(n)
        } else {
            self.func_body(n)
        };
        body = format!("{pre}{body}");
        let fr = self.frames.pop().unwrap();
        let used = (start_budget - fr.budget).max(1.0);
        let cost = if recursive { used * 7.0 } else { used };
        self.t.funcs[i].cost = cost;
        format!("{head}\n{body}}}")
    }

    fn gen_main(&mut self) -> String {
        let nf = self.t.funcs.len();
        let mut fr = self.new_frame(vec![], true, true, nf);
        fr.budget = self.opts.main_budget;
        fr.is_main = true;
        self.frames.push(fr);
        self.push_scope();
        let saved = std::mem::take(&mut self.lines);
        self.ind = 1;
        let rounds = 4 + self.rng.below(6);
        for r in 0..rounds {
            // Call drills: every function, several times, so that the
            // JIT's thresholds are crossed mid-run.
            if r % 2 == 1 || self.rng.one_in(3) {
                let f = self.rng.below(nf);
                self.call_drill(f);
            } else {
                self.stmt(3);
            }
        }
        for f in 0..nf {
            if self.rng.one_in(2) {
                self.call_drill(f);
            }
        }
        if self.rng.one_in(3) {
            self.goroutine_pattern();
        }
        self.pop_scope();
        self.emit("fmt.Println(\"checksum:\", cs)");
        match self.rng.below(40) {
            0 => self.emit("panic(fmt.Sprintf(\"final %d\", cs%1000))"),
            1 => self.emit("panic(&myErr{int(cs % 100), \"final\"})"),
            2 => self.emit("os.Exit(int(cs%5) + 1)"),
            3 => {
                self.emit("var fin []int");
                self.emit("fmt.Println(fin[cs%3])");
            }
            _ => {}
        }
        let body = std::mem::replace(&mut self.lines, saved);
        self.frames.pop();
        format!("func main() {{\n{}\n}}", body.join("\n"))
    }
}

/// Does `line` read `name`? Occurrences that are whole targets of a plain
/// assignment (`x = ...`, `x, y = ...`) are writes.
fn read_mention(line: &str, name: &str) -> bool {
    if !prelude::mentions(line, name) {
        return false;
    }
    let t = line.trim_start();
    // `x op= e` and `x++` count as uses for gc but not for every checker:
    // treat them as writes so that such variables also get a plain use.
    if let Some(rest) = t.strip_prefix(name) {
        let ops = [" += ", " -= ", " *= ", " /= ", " %= ", " &= ", " |= ", " ^= ", " <<= ", " >>= ", " &^= "];
        if rest == "++" || rest == "--" {
            return false;
        }
        if let Some(op) = ops.iter().find(|op| rest.starts_with(**op)) {
            return prelude::mentions(&rest[op.len()..], name);
        }
    }
    if let Some(eq) = t.find(" = ") {
        let lhs = &t[..eq];
        if !lhs.contains(":=") && !lhs.contains('(') && !lhs.contains('"') && !lhs.starts_with("var ") {
            let targets: Vec<&str> = lhs.split(", ").map(str::trim).collect();
            if targets.contains(&name) {
                // Read only if mentioned again after the `=`, or in another
                // target (an index expression).
                let rest = &t[eq + 3..];
                let others = targets.iter().any(|x| *x != name && prelude::mentions(x, name));
                return prelude::mentions(rest, name) || others;
            }
        }
    }
    true
}
