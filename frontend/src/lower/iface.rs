//! Interfaces: boxing, itabs, dynamic types, assertions, method calls
//! through itabs, and the wrappers that method tables point at.

use super::func::{FnLower, Vals};
use super::Lowerer;
use crate::ast::Expr;
use crate::types::{Sig, TypeId, TypeKind};
use ir::{FuncId, IntCC, MemType, Signature, Type, UnOp, Value};
use std::rc::Rc;

impl Lowerer<'_> {
    /// The itab for concrete type `t` as interface `iface`.
    pub(crate) fn itab(&mut self, iface: TypeId, t: TypeId) -> u64 {
        if let Some(&p) = self.itabs.get(&(iface, t)) {
            return p;
        }
        let td = self.tdesc(t) as usize;
        let id = self.tdesc(iface) as usize;
        let methods = self.p.tt.iface(iface).map(|i| i.methods.clone()).unwrap_or_default();
        let mut words = vec![td, id];
        let mut slots = Vec::new();
        for m in &methods {
            let fi = match self.iface_wrapper(t, &m.name) {
                Some(w) => {
                    slots.push((words.len(), w));
                    self.fi_addr(w) as usize
                }
                None => 0,
            };
            words.push(fi);
        }
        let p = self.shared.add_itab(id as *const _, td as *const _, words.into_boxed_slice()) as u64;
        // The table never changes: calls through a constant one can be direct.
        for (k, w) in slots {
            self.m.const_funcs.insert(p + 8 * k as u64, w);
        }
        self.itabs.insert((iface, t), p);
        p
    }

    /// A function `(data word, params...) -> results` calling method `name`
    /// of `t` on the value an interface holds (what itabs point at).
    pub(crate) fn iface_wrapper(&mut self, t: TypeId, name: &str) -> Option<FuncId> {
        let key = format!("iw:{}:{}", t.0, name);
        if let Some(&id) = self.generated.get(&key) {
            return Some(id);
        }
        let r = match self.p.lookup_field_or_method(t, name) {
            crate::check::lookup::Lookup::Found(r) if r.is_method => r,
            _ => return None,
        };
        let sig_t = r.ty;
        let (ps, rs) = self.sig_words(sig_t);
        let mut params = vec![Type::I64];
        params.extend(ps);
        let fname = format!("{}.{}", self.p.tt.runtime_name(t), name);
        let (obj, path) = (r.obj, r.path.clone());
        let name_owned = name.to_string();
        let glue = super::Glue::IfaceMethod { recv: t, name: name.into(), obj, path: path.clone() };
        let wrap_msg = super::origin::panicwrap_message(self.p, t, &path, obj, name);
        let gen: Rc<dyn Fn(&mut FnLower)> = Rc::new(move |f: &mut FnLower| {
            let data = f.b.func.blocks[0].params[0];
            let args = f.b.func.blocks[0].params[1..].to_vec();
            let results = f.b.func.sig.results.clone();
            if let Some(msg) = &wrap_msg {
                f.panic_if_nil(data, msg);
            }
            let recv = f.unbox_borrowed(data, t);
            let r = f.call_method_on(t, recv, &path, obj, &name_owned, args, &results);
            f.b.ret(r);
        });
        Some(self.generated(key, fname, Signature::new(params, rs), glue, gen))
    }
}

impl FnLower<'_, '_> {
    /// Raises the runtime error `msg` (a plain one, as gc's) when `ptr` is nil.
    fn panic_if_nil(&mut self, ptr: Value, msg: &str) {
        let zero = self.iconst(0);
        let is_nil = self.b.icmp(IntCC::Eq, ptr, zero);
        let (panic_b, ok_b) = (self.b.create_block(), self.b.create_block());
        self.b.brif(is_nil, panic_b, vec![], ok_b, vec![]);
        self.b.seal_block(panic_b);
        self.b.seal_block(ok_b);
        self.b.switch_to_block(panic_b);
        let m = self.string_const(msg.as_bytes());
        let plain = self.iconst(1);
        self.native("panic_msg", &[m[0], m[1], plain], &[]);
        self.b.switch_to_block(ok_b);
    }

    pub fn tdesc_val(&mut self, t: TypeId) -> Value {
        let t = self.t(t);
        let p = self.l.tdesc(t) as u64;
        self.iconst(p as i64)
    }

    pub fn iface_is_empty(&self, t: TypeId) -> bool {
        self.l.p.tt.iface(t).is_some_and(|i| i.methods.is_empty())
    }

    /// The data word for a value of type `t` held in an interface.
    pub fn box_value(&mut self, v: &[Value], t: TypeId) -> Value {
        if self.l.direct_iface(t) {
            if v.is_empty() {
                return self.iconst(0);
            }
            return if self.b.func.value_type(v[0]) == Type::F64 { self.b.unary(UnOp::FToBits, v[0]) } else { v[0] };
        }
        let f = self.flat(t);
        if f.mem {
            return self.copy_mem(v[0], t);
        }
        let cell = self.alloc_type(t);
        self.store(cell, 0, t, v);
        cell
    }

    /// Converts a concrete value to interface type `iface`.
    pub fn value_to_iface(&mut self, v: Vals, from: TypeId, iface: TypeId) -> Vals {
        let data = self.box_value(&v, from);
        let w0 = if self.iface_is_empty(iface) {
            self.tdesc_val(from)
        } else {
            let (i, t) = (self.t(iface), self.t(from));
            let p = self.l.itab(i, t);
            self.iconst(p as i64)
        };
        vec![w0, data]
    }

    /// The dynamic type (descriptor pointer, 0 for nil) of an interface
    /// value of static type `t`.
    pub fn iface_dyn_type(&mut self, v: &[Value], t: TypeId) -> Value {
        if self.iface_is_empty(t) {
            return v[0];
        }
        // Non-empty interfaces hold an itab whose first word is the type.
        let nz = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, Type::I64);
        let zero = self.iconst(0);
        let isnil = self.b.icmp(IntCC::Eq, v[0], zero);
        self.b.brif(isnil, done, vec![zero], nz, vec![]);
        self.b.seal_block(nz);
        self.b.switch_to_block(nz);
        let ty = self.b.load(MemType::I64, v[0], 0);
        self.b.jump(done, vec![ty]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        r
    }

    /// Interface-to-interface conversion (statically known to succeed
    /// except for nil, which stays nil).
    pub fn iface_to_iface(&mut self, v: Vals, from: TypeId, to: TypeId) -> Vals {
        let dynt = self.iface_dyn_type(&v, from);
        if self.iface_is_empty(to) {
            return vec![dynt, v[1]];
        }
        let nz = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, Type::I64);
        let zero = self.iconst(0);
        let isnil = self.b.icmp(IntCC::Eq, dynt, zero);
        self.b.brif(isnil, done, vec![zero], nz, vec![]);
        self.b.seal_block(nz);
        self.b.switch_to_block(nz);
        let td = self.tdesc_val(to);
        let itab = self.native("assert_iface", &[td, dynt, zero], &[Type::I64])[0];
        self.b.jump(done, vec![itab]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        vec![r, v[1]]
    }

    /// (itab or type word, ok) for "does dynamic type `dynt` implement
    /// interface `iface`".
    pub fn iface_assert_ok(&mut self, dynt: Value, iface: TypeId) -> (Value, Value) {
        if self.iface_is_empty(iface) {
            let zero = self.iconst(0);
            let ok = self.b.icmp(IntCC::Ne, dynt, zero);
            return (dynt, ok);
        }
        let td = self.tdesc_val(iface);
        let r = self.native("assert_iface_ok", &[td, dynt], &[Type::I64, Type::I64]);
        (r[0], r[1])
    }

    /// The value of type `t` an interface data word holds; memory-form
    /// values are copied (the caller owns the result).
    pub fn unbox(&mut self, data: Value, t: TypeId) -> Vals {
        let v = self.unbox_borrowed(data, t);
        self.own(v, t)
    }

    /// Like `unbox`, but memory-form values point into the box.
    pub fn unbox_borrowed(&mut self, data: Value, t: TypeId) -> Vals {
        if self.l.direct_iface(t) {
            let f = self.flat(t);
            if f.is_empty() {
                return vec![];
            }
            if f.words[0].ty == Type::F64 {
                return vec![self.b.unary(UnOp::BitsToF, data)];
            }
            return vec![data];
        }
        self.load(data, 0, t)
    }

    /// `x.(T)`; with `comma_ok`, also the success flag (no panic).
    pub fn type_assert(&mut self, x: &Expr, t: TypeId, comma_ok: bool) -> (Vals, Option<Value>) {
        let xt = self.ty(x);
        let iv = self.expr(x);
        let dynt = self.iface_dyn_type(&iv, xt);
        if self.l.p.tt.is_interface(t) {
            if comma_ok {
                let (w0, ok) = self.iface_assert_ok(dynt, t);
                // On failure the result is the zero interface.
                let zero = self.iconst(0);
                let w0 = self.b.select(ok, w0, zero);
                let data = self.b.select(ok, iv[1], zero);
                return (vec![w0, data], Some(ok));
            }
            let td = self.tdesc_val(t);
            let zero = self.iconst(0);
            let itab = self.native("assert_iface", &[td, dynt, zero], &[Type::I64])[0];
            let w0 = if self.iface_is_empty(t) { dynt } else { itab };
            return (vec![w0, iv[1]], None);
        }
        let want = self.tdesc_val(t);
        let ok = self.b.icmp(IntCC::Eq, dynt, want);
        let yes = self.b.create_block();
        let no = self.b.create_block();
        let done = self.b.create_block();
        let f = self.flat(t);
        let params: Vec<Value> = f.words.iter().map(|w| self.b.append_block_param(done, w.ty)).collect();
        self.b.brif(ok, yes, vec![], no, vec![]);
        self.b.seal_block(yes);
        self.b.seal_block(no);
        self.b.switch_to_block(yes);
        let v = self.unbox(iv[1], t);
        self.b.jump(done, v);
        self.b.switch_to_block(no);
        if comma_ok {
            let z = self.zero(t);
            self.b.jump(done, z);
        } else {
            let itd = self.tdesc_val(xt);
            self.native("panic_assert", &[itd, dynt, want], &[]);
        }
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        (params, if comma_ok { Some(ok) } else { None })
    }

    pub fn iface_method_index(&self, iface: TypeId, name: &str) -> usize {
        self.l.p.tt.iface(iface).and_then(|i| i.methods.iter().position(|m| &*m.name == name)).unwrap_or(0)
    }

    /// Calls method `index` of the itab with the data word as receiver.
    pub fn iface_call(&mut self, itab: Value, data: Value, index: usize, sig: &Sig, args: Vals) -> Vals {
        self.b.nil_check(itab);
        let fi = self.b.load(MemType::I64, itab, runtime::types::itab_method_offset(index));
        let mut ps = vec![Type::I64];
        for &t in &sig.params {
            ps.extend(self.flat(t).reg_types());
        }
        let mut rs = Vec::new();
        for &t in &sig.results {
            rs.extend(self.flat(t).reg_types());
        }
        let sid = self.l.m.sig(Signature::new(ps, rs.clone()));
        let mut a = vec![data];
        a.extend(args);
        self.b.call_indirect(sid, &rs, fi, a)
    }
}

#[allow(dead_code)]
fn unused(_: TypeKind) {}
