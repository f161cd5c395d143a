//! Evaluation of expressions. One-word nodes return their word (`eval1`);
//! others write their words to a destination (`eval_to`), which is always
//! frame memory on the register stack, so the collector sees it.
//!
//! SAFETY (whole module): `fp` points at the current frame, which holds
//! `Func::frame` words; every slot index in the tree was allocated by the
//! resolver within that frame. Pointers computed from guest values are
//! checked (nil, bounds) exactly where the lowering checks them, so every
//! access the walker makes is one the other engines make too.

use super::layout::{self, TyInfo};
use super::tree::*;
use super::{Unwind, M, R};
use runtime::layout::load_word;
use runtime::native::Args;
use runtime::panic::{self, RtErr};

pub(crate) type Fp = *mut u64;

#[inline(always)]
pub(crate) fn norm(n: Norm, v: u64) -> u64 {
    match n {
        Norm::None => v,
        Norm::S8 => v as i8 as i64 as u64,
        Norm::S16 => v as i16 as i64 as u64,
        Norm::S32 => v as i32 as i64 as u64,
        Norm::U8 => v as u8 as u64,
        Norm::U16 => v as u16 as u64,
        Norm::U32 => v as u32 as u64,
        Norm::F32 => (f64::from_bits(v) as f32 as f64).to_bits(),
    }
}

#[inline(always)]
fn arith(op: AOp, x: u64, y: u64) -> u64 {
    match op {
        AOp::Add => x.wrapping_add(y),
        AOp::Sub => x.wrapping_sub(y),
        AOp::Mul => x.wrapping_mul(y),
        AOp::And => x & y,
        AOp::Or => x | y,
        AOp::Xor => x ^ y,
        AOp::AndNot => x & !y,
    }
}

#[inline(always)]
pub(crate) fn cmp(cc: Cc, x: u64, y: u64) -> bool {
    match cc {
        Cc::Eq => x == y,
        Cc::Ne => x != y,
        Cc::Slt => (x as i64) < (y as i64),
        Cc::Sle => (x as i64) <= (y as i64),
        Cc::Sgt => (x as i64) > (y as i64),
        Cc::Sge => (x as i64) >= (y as i64),
        Cc::Ult => x < y,
        Cc::Ule => x <= y,
        Cc::Ugt => x > y,
        Cc::Uge => x >= y,
    }
}

fn fcmp(cc: FCc, x: f64, y: f64) -> bool {
    match cc {
        FCc::Eq => x == y,
        FCc::Ne => x != y,
        FCc::Lt => x < y,
        FCc::Le => x <= y,
        FCc::Gt => x > y,
        FCc::Ge => x >= y,
    }
}

fn shl(a: u64, b: u64) -> u64 {
    if b >= 64 {
        0
    } else {
        a << b
    }
}

fn ushr(a: u64, b: u64) -> u64 {
    if b >= 64 {
        0
    } else {
        a >> b
    }
}

fn sshr(a: u64, b: u64) -> u64 {
    ((a as i64) >> b.min(63)) as u64
}

#[inline(always)]
fn f(x: u64) -> f64 {
    f64::from_bits(x)
}

/// The bytes of a string value.
fn bytes<'a>(p: u64, n: u64) -> &'a [u8] {
    runtime::strings::bytes_of(p, n)
}

/// The dynamic type of an interface value whose first word is `w`.
///
/// # Safety
/// `w` must be 0, a type descriptor (empty interfaces) or an itab.
#[inline]
pub(crate) unsafe fn dyn_type(w: u64, empty: bool) -> u64 {
    if empty || w == 0 {
        w
    } else {
        *(w as *const u64)
    }
}

impl M<'_> {
    /// Marks the current panic's location and yields the unwind token.
    #[inline]
    pub(crate) fn fail(&self, loc: u32) -> Unwind {
        self.w.loc.set(loc);
        Unwind
    }

    /// An error of mvm itself: ends the program (as os.Exit(2) would) with
    /// the message reported by the driver.
    #[cold]
    pub(crate) fn internal(&mut self, msg: &str) -> Unwind {
        let mut i = self.w.internal.borrow_mut();
        if i.is_none() {
            *i = Some(msg.to_string());
        }
        self.ctx.exit_code = Some(2);
        self.ctx.panicking = 1;
        Unwind
    }

    /// Calls a native with its argument/result buffer.
    #[inline]
    pub(crate) fn native(&mut self, f: runtime::NativeFn, buf: *mut u64, loc: u32) -> R<()> {
        if self.w.stress {
            runtime::gc::collect(self.ctx);
        }
        f(self.ctx, Args(buf));
        if self.ctx.panicking != 0 {
            return Err(self.fail(loc));
        }
        Ok(())
    }

    #[inline]
    pub(crate) fn alloc(&mut self, size: u64, noscan: bool) -> u64 {
        if self.w.stress {
            runtime::gc::collect(self.ctx);
        }
        self.ctx.alloc(size as usize, noscan) as u64
    }

    #[cold]
    pub(crate) fn nil(&mut self, loc: u32) -> Unwind {
        panic::raise_nil_deref(self.ctx);
        self.fail(loc)
    }

    #[cold]
    fn index_fail(&mut self, i: u64, n: u64, loc: u32) -> Unwind {
        panic::raise_index(self.ctx, i as i64, n as i64);
        self.fail(loc)
    }

    #[cold]
    fn bounds_fail(&mut self, code: u64, x: u64, y: u64, loc: u32) -> Unwind {
        panic::raise_bounds(self.ctx, code, x as i64, y as i64);
        self.fail(loc)
    }

    /// Evaluates `x` into `n` words at `dst`.
    #[inline]
    pub(crate) fn eval_n(&mut self, fp: Fp, x: &X, n: u32, dst: *mut u64) -> R<()> {
        if n == 1 {
            let v = self.eval1(fp, x)?;
            // SAFETY: dst has room for n words (module comment).
            unsafe { *dst = v };
            Ok(())
        } else {
            self.eval_to(fp, x, dst)
        }
    }

    /// The value of a one-word expression.
    pub(crate) fn eval1(&mut self, fp: Fp, x: &X) -> R<u64> {
        // SAFETY: see the module comment.
        unsafe {
            Ok(match x {
                X::K(k) => *k,
                X::Slot(s) => *fp.add(*s as usize),
                X::Arith { op, norm: n, a, b } => {
                    let x = self.eval1(fp, a)?;
                    let y = self.eval1(fp, b)?;
                    norm(*n, arith(*op, x, y))
                }
                X::ArithK { op, norm: n, a, k } => {
                    let x = self.eval1(fp, a)?;
                    norm(*n, arith(*op, x, *k))
                }
                X::CmpK { cc, a, k } => {
                    let x = self.eval1(fp, a)?;
                    cmp(*cc, x, *k) as u64
                }
                X::Cmp { cc, a, b } => {
                    let x = self.eval1(fp, a)?;
                    let y = self.eval1(fp, b)?;
                    cmp(*cc, x, y) as u64
                }
                X::Call(c) => {
                    let r = self.call(fp, c)?;
                    if c.nres == 0 {
                        0
                    } else {
                        *r
                    }
                }
                X::CellW { slot, mt } => load_word(*fp.add(*slot as usize) as *const u8, *mt),
                X::Load { p, off, mt } => {
                    let a = self.eval1(fp, p)?;
                    load_word((a as *const u8).offset(*off as isize), *mt)
                }
                X::AddOff { p, off } => self.eval1(fp, p)?.wrapping_add(*off as u64),
                X::NilChk { p, loc } => {
                    let v = self.eval1(fp, p)?;
                    if v == 0 {
                        return Err(self.nil(*loc));
                    }
                    v
                }
                X::LAnd(a, b) => {
                    if self.eval1(fp, a)? == 0 {
                        0
                    } else {
                        self.eval1(fp, b)?
                    }
                }
                X::LOr(a, b) => {
                    if self.eval1(fp, a)? != 0 {
                        1
                    } else {
                        self.eval1(fp, b)?
                    }
                }
                X::FArith { op, f32, a, b } => {
                    let x = f(self.eval1(fp, a)?);
                    let y = f(self.eval1(fp, b)?);
                    let r = match op {
                        FOp::Add => x + y,
                        FOp::Sub => x - y,
                        FOp::Mul => x * y,
                        FOp::Div => x / y,
                    };
                    let r = if *f32 { r as f32 as f64 } else { r };
                    r.to_bits()
                }
                X::FCmp { cc, a, b } => {
                    let x = f(self.eval1(fp, a)?);
                    let y = f(self.eval1(fp, b)?);
                    fcmp(*cc, x, y) as u64
                }
                _ => return self.eval1_more(fp, x),
            })
        }
    }

    /// The less common one-word expressions.
    #[inline(never)]
    fn eval1_more(&mut self, fp: Fp, x: &X) -> R<u64> {
        // SAFETY: see the module comment.
        unsafe {
            Ok(match x {
                X::Div { op, norm: n, a, b, loc } => {
                    let x = self.eval1(fp, a)?;
                    let y = self.eval1(fp, b)?;
                    if y == 0 {
                        panic::raise_div_zero(self.ctx);
                        return Err(self.fail(*loc));
                    }
                    let r = match op {
                        DOp::SDiv => (x as i64).wrapping_div(y as i64) as u64,
                        DOp::UDiv => x / y,
                        DOp::SRem => (x as i64).wrapping_rem(y as i64) as u64,
                        DOp::URem => x % y,
                    };
                    norm(*n, r)
                }
                X::Shift { op, norm: n, check, a, c, loc } => {
                    let x = self.eval1(fp, a)?;
                    let c = self.eval1(fp, c)?;
                    if *check && (c as i64) < 0 {
                        panic::raise_runtime(self.ctx, RtErr::ErrorString, "negative shift amount");
                        return Err(self.fail(*loc));
                    }
                    let r = match op {
                        ShOp::Shl => shl(x, c),
                        ShOp::Sshr => sshr(x, c),
                        ShOp::Ushr => ushr(x, c),
                    };
                    norm(*n, r)
                }
                X::Un { op, norm: n, x } => {
                    let v = self.eval1(fp, x)?;
                    match op {
                        UOp::Neg => norm(*n, v.wrapping_neg()),
                        UOp::Not => norm(*n, !v),
                        UOp::LNot => v ^ 1,
                        UOp::FNeg => (-f(v)).to_bits(),
                        UOp::SIToF => norm(*n, (v as i64 as f64).to_bits()),
                        UOp::UIToF => norm(*n, (v as f64).to_bits()),
                        UOp::FToSI => norm(*n, ir::inst::f64_to_i64(f(v)) as u64),
                        UOp::FToUI => norm(*n, ir::inst::f64_to_u64(f(v))),
                    }
                }
                X::Norm { norm: n, x } => norm(*n, self.eval1(fp, x)?),
                X::Word { x, k, tmp } => {
                    let t = fp.add(*tmp as usize);
                    self.eval_to(fp, x, t)?;
                    *t.add(*k as usize)
                }
                X::CmpM(c) => self.cmp_m(fp, c)? as u64,
                X::StrOrd { cc, a, b, tmp } => {
                    let t = fp.add(*tmp as usize);
                    self.eval_to(fp, a, t)?;
                    self.eval_to(fp, b, t.add(2))?;
                    let o = bytes(*t, *t.add(1)).cmp(bytes(*t.add(2), *t.add(3)));
                    cmp(*cc, o as i64 as u64, 0) as u64
                }
                X::Native(n) => {
                    let b = fp.add(n.buf as usize);
                    self.native_args(fp, &n.args, b)?;
                    self.native(n.f, b, n.loc)?;
                    *b
                }
                X::StrIndex { s, i, tmp, loc } => {
                    let t = fp.add(*tmp as usize);
                    self.eval_to(fp, s, t)?;
                    let i = self.eval1(fp, i)?;
                    let n = *t.add(1);
                    if i >= n {
                        return Err(self.index_fail(i, n, *loc));
                    }
                    *((*t as *const u8).add(i as usize)) as u64
                }
                X::ElemAddr(e) => self.elem_addr(fp, e)?,
                X::MapLen(m) => {
                    let m = self.eval1(fp, m)?;
                    if m == 0 {
                        0
                    } else {
                        *(m as *const u64)
                    }
                }
                X::Alloc { size, noscan } => self.alloc(*size, *noscan),
                X::NewBox { x, ty, tmp } => {
                    if ty.n == 1 {
                        let v = self.eval1(fp, x)?;
                        let p = self.alloc(ty.size, ty.noscan);
                        layout::store(ty, p as *mut u8, &v);
                        p
                    } else {
                        let t = fp.add(*tmp as usize);
                        self.eval_to(fp, x, t)?;
                        let p = self.alloc(ty.size, ty.noscan);
                        layout::store(ty, p as *mut u8, t);
                        p
                    }
                }
                X::Own { x, size, noscan } => {
                    let src = self.eval1(fp, x)?;
                    let p = self.alloc(*size, *noscan);
                    std::ptr::copy(src as *const u8, p as *mut u8, *size as usize);
                    p
                }
                X::MemLit(m) => {
                    let p = self.alloc(m.size, m.noscan);
                    let t = fp.add(m.tmp as usize);
                    *t = p;
                    for (off, x, ty) in m.stores.iter() {
                        self.eval_n(fp, x, ty.n, t.add(1))?;
                        layout::store(ty, (p as *mut u8).offset(*off as isize), t.add(1));
                    }
                    p
                }
                X::MapLit(m) => self.map_lit(fp, m)?,
                X::MapGet(g) => {
                    let b = self.map_get(fp, g)?;
                    *b
                }
                X::Closure(c) => self.closure(fp, c)?,
                X::Assert(a) => {
                    let one = matches!(&a.to, AssertTo::Concrete { ty, .. } if ty.n == 1) && !a.ok;
                    if !one {
                        return Err(self.internal("a multi-word assertion used as one word"));
                    }
                    let mut out = [0u64; 1];
                    self.assert(fp, a, out.as_mut_ptr())?;
                    out[0]
                }
                X::MinMax(m) if m.kind != MinMaxKind::Str => {
                    let mut out = [0u64; 1];
                    self.min_max(fp, m, out.as_mut_ptr())?;
                    out[0]
                }
                X::Builtin(b) => {
                    let t = fp.add(b.tmp as usize);
                    self.builtin(fp, b, t)?;
                    *t
                }
                X::DeferMark => {
                    let mut b = [0u64];
                    runtime::panic::defer_mark(self.ctx, Args(b.as_mut_ptr()));
                    b[0]
                }
                X::Let { x, tmp, n, body } => {
                    self.eval_n(fp, x, *n, fp.add(*tmp as usize))?;
                    self.eval1(fp, body)?
                }
                X::SliceToArr(s) => self.slice_to_arr(fp, s)?,
                X::ReadPl(p) if p.ty().is_some_and(|t| t.n == 1) => {
                    let mut out = [0u64; 1];
                    self.read_pl(fp, p, out.as_mut_ptr())?;
                    out[0]
                }
                X::Cat(parts, ns) => {
                    // A one-word struct (other parts have no words).
                    let mut v = 0;
                    let mut none = [0u64; 1];
                    for (x, &n) in parts.iter().zip(ns.iter()) {
                        match n {
                            1 => v = self.eval1(fp, x)?,
                            0 => self.eval_to(fp, x, none.as_mut_ptr())?,
                            _ => return Err(self.internal("a multi-word value used as one word")),
                        }
                    }
                    v
                }
                X::Fail(m) => return Err(self.internal(m)),
                x => {
                    let m = format!("a multi-word value used as one word: {:.80}", format!("{x:?}"));
                    return Err(self.internal(&m));
                }
            })
        }
    }

    /// Evaluates `x` into its words at `dst`.
    pub(crate) fn eval_to(&mut self, fp: Fp, x: &X, dst: *mut u64) -> R<()> {
        // SAFETY: see the module comment.
        unsafe {
            match x {
                X::SlotsM { slot, n } => std::ptr::copy(fp.add(*slot as usize), dst, *n as usize),
                X::KM(ws) => std::ptr::copy_nonoverlapping(ws.as_ptr(), dst, ws.len()),
                X::Zero(n) => std::ptr::write_bytes(dst, 0, *n as usize),
                X::LoadM { p, off, ty } => {
                    let a = self.eval1(fp, p)?;
                    layout::load(ty, (a as *const u8).offset(*off as isize), dst);
                }
                X::Call(c) => {
                    let r = self.call(fp, c)?;
                    std::ptr::copy(r, dst, c.nres as usize);
                }
                X::Cat(parts, ns) => {
                    let mut off = 0;
                    for (x, &n) in parts.iter().zip(ns.iter()) {
                        self.eval_n(fp, x, n, dst.add(off))?;
                        off += n as usize;
                    }
                }
                X::Native(n) => {
                    let b = fp.add(n.buf as usize);
                    self.native_args(fp, &n.args, b)?;
                    self.native(n.f, b, n.loc)?;
                    std::ptr::copy(b, dst, n.nres as usize);
                }
                X::ToIface { x, ty, w0, tmp } => {
                    let data = if ty.n == 1 {
                        let v = self.eval1(fp, x)?;
                        self.box1(ty, v)
                    } else {
                        let t = fp.add(*tmp as usize);
                        self.eval_to(fp, x, t)?;
                        if ty.direct {
                            if ty.n == 0 {
                                0
                            } else {
                                *t
                            }
                        } else {
                            let p = self.alloc(ty.size, ty.noscan);
                            layout::store(ty, p as *mut u8, t);
                            p
                        }
                    };
                    *dst = *w0;
                    *dst.add(1) = data;
                }
                X::SliceOf(s) => self.slice(fp, s, dst)?,
                X::MapGet(g) => {
                    let b = self.map_get(fp, g)?;
                    std::ptr::copy(b, dst, (g.vn + g.ok as u32) as usize);
                }
                X::IfaceConv(c) => self.iface_conv(fp, c, dst)?,
                X::Assert(a) => self.assert(fp, a, dst)?,
                X::SliceLit(s) => self.slice_lit(fp, s, dst)?,
                X::Append(a) => self.append(fp, a, dst)?,
                X::CArith(c) => self.c_arith(fp, c, dst)?,
                X::CNeg { x, tmp } => {
                    let t = fp.add(*tmp as usize);
                    self.eval_to(fp, x, t)?;
                    *dst = (-f(*t)).to_bits();
                    *dst.add(1) = (-f(*t.add(1))).to_bits();
                }
                X::MinMax(m) => self.min_max(fp, m, dst)?,
                X::Builtin(b) => {
                    let t = fp.add(b.tmp as usize);
                    self.builtin(fp, b, t)?;
                    let n = match b.b {
                        crate::objects::Builtin::Recover => 2,
                        crate::objects::Builtin::Make => 3,
                        _ => 0,
                    };
                    std::ptr::copy(t, dst, n);
                }
                X::Let { x, tmp, n, body } => {
                    self.eval_n(fp, x, *n, fp.add(*tmp as usize))?;
                    self.eval_to(fp, body, dst)?;
                }
                X::ReadPl(p) => self.read_pl(fp, p, dst)?,
                x => *dst = self.eval1(fp, x)?,
            }
        }
        Ok(())
    }

    /// Evaluates native arguments into the buffer.
    #[inline]
    pub(crate) fn native_args(&mut self, fp: Fp, args: &[Arg], b: *mut u64) -> R<()> {
        for a in args {
            // SAFETY: the buffer holds every argument word.
            self.eval_n(fp, &a.x, a.n, unsafe { b.add(a.off as usize) })?;
        }
        Ok(())
    }

    /// The interface data word of a one-word value of type `ty`.
    fn box1(&mut self, ty: &TyInfo, v: u64) -> u64 {
        if ty.direct {
            return v;
        }
        if ty.mem {
            let p = self.alloc(ty.size, ty.noscan);
            // SAFETY: v points at a value of ty.size bytes; p is fresh.
            unsafe { std::ptr::copy(v as *const u8, p as *mut u8, ty.size as usize) };
            return p;
        }
        let p = self.alloc(ty.size, ty.noscan);
        // SAFETY: p is a fresh object of ty.size bytes.
        unsafe { layout::store(ty, p as *mut u8, &v) };
        p
    }

    fn cmp_m(&mut self, fp: Fp, c: &CmpMX) -> R<bool> {
        // SAFETY: tmp holds 2n words.
        let (a, b) = unsafe {
            let a = fp.add(c.tmp as usize);
            (a, a.add(c.n as usize))
        };
        self.eval_n(fp, &c.a, c.n, a)?;
        self.eval_n(fp, &c.b, c.n, b)?;
        let r = self.plan_eq(&c.plan, a, b, c.loc)?;
        Ok(r == c.eq)
    }

    fn plan_eq(&mut self, p: &CmpPlan, a: *const u64, b: *const u64, loc: u32) -> R<bool> {
        // SAFETY: plans index within the compared values' words.
        unsafe {
            Ok(match p {
                CmpPlan::Word(k) => *a.add(*k as usize) == *b.add(*k as usize),
                CmpPlan::Float(k) => f(*a.add(*k as usize)) == f(*b.add(*k as usize)),
                CmpPlan::Str(k) => {
                    let k = *k as usize;
                    let (la, lb) = (*a.add(k + 1), *b.add(k + 1));
                    la == lb && bytes(*a.add(k), la) == bytes(*b.add(k), lb)
                }
                CmpPlan::Iface { at, empty } => {
                    let k = *at as usize;
                    let tx = dyn_type(*a.add(k), *empty);
                    let ty = dyn_type(*b.add(k), *empty);
                    match runtime::iface::eface_equal(tx, *a.add(k + 1), ty, *b.add(k + 1)) {
                        Ok(r) => r,
                        Err(t) => return Err(self.uncomparable(t, loc)),
                    }
                }
                CmpPlan::Mem { td } => {
                    let t = &*(*td as *const runtime::TypeDesc);
                    match runtime::iface::equal(t, *a as *const u8, *b as *const u8) {
                        Ok(r) => r,
                        Err(t) => return Err(self.uncomparable(t, loc)),
                    }
                }
                CmpPlan::All(ps) => {
                    let mut all = true;
                    for p in ps {
                        all &= self.plan_eq(p, a, b, loc)?;
                    }
                    all
                }
            })
        }
    }

    #[cold]
    fn uncomparable(&mut self, t: *const runtime::TypeDesc, loc: u32) -> Unwind {
        // SAFETY: descriptors are immortal.
        let msg = format!("comparing uncomparable type {}", unsafe { &(*t).name });
        panic::raise_runtime(self.ctx, RtErr::ErrorString, &msg);
        self.fail(loc)
    }

    fn elem_addr(&mut self, fp: Fp, e: &ElemAddrX) -> R<u64> {
        let (base, n) = match e.kind {
            ElemKind::Slice => {
                // SAFETY: tmp holds 3 words.
                let t = unsafe { fp.add(e.tmp as usize) };
                self.eval_to(fp, &e.x, t)?;
                // SAFETY: as above.
                unsafe { (*t, *t.add(1)) }
            }
            _ => (self.eval1(fp, &e.x)?, e.len),
        };
        let i = self.eval1(fp, &e.i)?;
        if e.kind == ElemKind::PtrArray && base == 0 {
            return Err(self.nil(e.loc));
        }
        if e.check && i >= n {
            return Err(self.index_fail(i, n, e.loc));
        }
        if e.esize == 0 {
            return Ok(base);
        }
        Ok(base.wrapping_add(i.wrapping_mul(e.esize)))
    }

    fn slice(&mut self, fp: Fp, s: &SliceOfX, dst: *mut u64) -> R<()> {
        use runtime::panic::bounds::*;
        // SAFETY: tmp holds 3 words.
        let t = unsafe { fp.add(s.tmp as usize) };
        let (base, len, cap) = match s.kind {
            SliceKind::Str => {
                self.eval_to(fp, &s.x, t)?;
                // SAFETY: as above.
                unsafe { (*t, *t.add(1), *t.add(1)) }
            }
            SliceKind::Slice => {
                self.eval_to(fp, &s.x, t)?;
                // SAFETY: as above.
                unsafe { (*t, *t.add(1), *t.add(2)) }
            }
            SliceKind::Array | SliceKind::PtrArray => {
                let a = self.eval1(fp, &s.x)?;
                // SAFETY: as above.
                unsafe { *t = a };
                if s.kind == SliceKind::PtrArray && a == 0 {
                    return Err(self.nil(s.loc));
                }
                (a, s.len, s.len)
            }
        };
        let lo = match &s.lo {
            Some(l) => self.eval1(fp, l)?,
            None => 0,
        };
        let hi = match &s.hi {
            Some(h) => self.eval1(fp, h)?,
            None => len,
        };
        let max = match &s.max {
            Some(m) => self.eval1(fp, m)?,
            None => cap,
        };
        let is_string = s.kind == SliceKind::Str;
        let cap_code = if s.kind == SliceKind::Slice { SLICE_ACAP } else { SLICE_ALEN };
        // Checks in Go's order: max <= cap, hi <= max, lo <= hi.
        if s.three {
            let code = if cap_code == SLICE_ACAP { SLICE3_ACAP } else { SLICE3_ALEN };
            if max > cap {
                return Err(self.bounds_fail(code, max, cap, s.loc));
            }
            if hi > max {
                return Err(self.bounds_fail(SLICE3_B, hi, max, s.loc));
            }
            if lo > hi {
                return Err(self.bounds_fail(SLICE3_C, lo, hi, s.loc));
            }
        } else {
            let limit = if is_string { len } else { cap };
            if (s.hi.is_some() || !is_string) && hi > limit {
                return Err(self.bounds_fail(cap_code, hi, limit, s.loc));
            }
            if lo > hi {
                return Err(self.bounds_fail(SLICE_B, lo, hi, s.loc));
            }
        }
        let new_len = hi.wrapping_sub(lo);
        // Keep the base pointer when the result is empty so it never points
        // past the end of its object.
        let moved = base.wrapping_add(lo.wrapping_mul(s.esize));
        // SAFETY: dst has room for the result's words.
        unsafe {
            if is_string {
                *dst = if new_len == 0 { base } else { moved };
                *dst.add(1) = new_len;
            } else {
                let new_cap = max.wrapping_sub(lo);
                *dst = if new_cap == 0 { base } else { moved };
                *dst.add(1) = new_len;
                *dst.add(2) = new_cap;
            }
        }
        Ok(())
    }

    fn slice_lit(&mut self, fp: Fp, s: &SliceLitX, dst: *mut u64) -> R<()> {
        // SAFETY: tmp holds 3 + element words.
        unsafe {
            let t = fp.add(s.tmp as usize);
            *t = s.etd;
            *t.add(1) = s.len;
            *t.add(2) = s.len;
            self.native(runtime::slices::make_slice, t, s.loc)?;
            let p = *t;
            for (off, x, ty) in s.stores.iter() {
                self.eval_n(fp, x, ty.n, t.add(3))?;
                layout::store(ty, (p as *mut u8).offset(*off as isize), t.add(3));
            }
            *dst = p;
            *dst.add(1) = s.len;
            *dst.add(2) = s.len;
        }
        Ok(())
    }

    fn map_lit(&mut self, fp: Fp, m: &MapLitX) -> R<u64> {
        // SAFETY: buf holds 3 + key + value words.
        unsafe {
            let b = fp.add(m.buf as usize);
            let keep = b.add((2 + m.kn + m.vn) as usize);
            *b = m.mtd;
            *b.add(1) = m.hint;
            self.native(runtime::maps::make_map, b, m.loc)?;
            let map = *b;
            *keep = map;
            for (k, v) in m.entries.iter() {
                self.eval_n(fp, k, m.kn, b.add(2))?;
                self.eval_n(fp, v, m.vn, b.add(2 + m.kn as usize))?;
                *b = m.mtd;
                *b.add(1) = map;
                self.native(runtime::maps::map_set, b, m.loc)?;
            }
            Ok(map)
        }
    }

    /// map_get; returns the buffer holding (value..., ok).
    fn map_get(&mut self, fp: Fp, g: &MapGetX) -> R<*mut u64> {
        // SAFETY: buf holds max(2 + key, value + 1) words.
        unsafe {
            let b = fp.add(g.buf as usize);
            let m = self.eval1(fp, &g.m)?;
            *b.add(1) = m;
            self.eval_n(fp, &g.key, g.kn, b.add(2))?;
            *b = g.mtd;
            self.native(runtime::maps::map_get, b, g.loc)?;
            Ok(b)
        }
    }

    fn append(&mut self, fp: Fp, a: &AppendX, dst: *mut u64) -> R<()> {
        // SAFETY: tmp holds 6 + the items' words.
        unsafe {
            let t = fp.add(a.tmp as usize);
            self.eval_to(fp, &a.s, t)?;
            let items = t.add(6);
            let (src, count) = match &a.spread {
                Some(x) => {
                    self.eval_to(fp, x, t.add(3))?;
                    (*t.add(3), *t.add(4))
                }
                None => {
                    for (k, x) in a.items.iter().enumerate() {
                        self.eval_n(fp, x, a.ety.n, items.add(k * a.ety.n as usize))?;
                    }
                    (0, a.items.len() as u64)
                }
            };
            let (p, len, cap) = (*t, *t.add(1), *t.add(2));
            let newlen = len.wrapping_add(count);
            let (p, cap) = if newlen > cap {
                let mut g = [a.etd, p, len, cap, newlen];
                self.native(runtime::slices::grow_slice, g.as_mut_ptr(), a.loc)?;
                *t = g[0];
                *t.add(2) = g[1];
                (g[0], g[1])
            } else {
                (p, cap)
            };
            let d = (p as *mut u8).add((len * a.esize) as usize);
            if a.spread.is_some() {
                let bytes = (count * a.esize) as usize;
                if bytes > 0 {
                    std::ptr::copy(src as *const u8, d, bytes);
                }
            } else {
                for k in 0..a.items.len() {
                    layout::store(&a.ety, d.add(k * a.esize as usize), items.add(k * a.ety.n as usize));
                }
            }
            *dst = p;
            *dst.add(1) = newlen;
            *dst.add(2) = cap;
        }
        Ok(())
    }

    fn closure(&mut self, fp: Fp, c: &ClosureX) -> R<u64> {
        // SAFETY: tmp holds the closure's words (and scratch after them).
        unsafe {
            let t = fp.add(c.tmp as usize);
            let n = match &c.recv {
                Some((x, n)) => {
                    self.eval_n(fp, x, *n, t)?;
                    if c.nilchk && *t == 0 {
                        return Err(self.nil(c.loc));
                    }
                    *n as usize
                }
                None => {
                    let k = c.caps.len();
                    for (i, cap) in c.caps.iter().enumerate() {
                        *t.add(i) = match cap {
                            CapSrc::Cell(s) => *fp.add(*s as usize),
                            CapSrc::Val(x) => self.eval1(fp, x)?,
                            CapSrc::Spill(x, ty) => {
                                let s = t.add(k);
                                self.eval_n(fp, x, ty.n, s)?;
                                let p = self.alloc(ty.size, ty.noscan);
                                layout::store(ty, p as *mut u8, s);
                                p
                            }
                        };
                    }
                    k
                }
            };
            let obj = self.alloc(8 * (1 + n as u64), false) as *mut u64;
            *obj = c.fi;
            std::ptr::copy_nonoverlapping(t, obj.add(1), n);
            Ok(obj as u64)
        }
    }

    fn iface_conv(&mut self, fp: Fp, c: &IfaceConvX, dst: *mut u64) -> R<()> {
        // SAFETY: tmp holds 2 words; dst 2.
        unsafe {
            let t = fp.add(c.tmp as usize);
            self.eval_to(fp, &c.x, t)?;
            let dynt = dyn_type(*t, c.from_empty);
            let w0 = if c.to_empty || dynt == 0 {
                dynt
            } else {
                let mut b = [c.to_td, dynt, 0];
                self.native(runtime::iface::assert_iface, b.as_mut_ptr(), c.loc)?;
                b[0]
            };
            *dst = w0;
            *dst.add(1) = *t.add(1);
        }
        Ok(())
    }

    fn assert(&mut self, fp: Fp, a: &AssertX, dst: *mut u64) -> R<()> {
        // SAFETY: tmp holds 2 words; dst holds the result's words.
        unsafe {
            let t = fp.add(a.tmp as usize);
            self.eval_to(fp, &a.x, t)?;
            let data = *t.add(1);
            let dynt = dyn_type(*t, a.xempty);
            match &a.to {
                AssertTo::Iface { td, empty } => {
                    if a.ok {
                        let (w0, ok) = if *empty {
                            (dynt, dynt != 0)
                        } else {
                            let mut b = [*td, dynt];
                            self.native(runtime::iface::assert_iface_ok, b.as_mut_ptr(), a.loc)?;
                            (b[0], b[1] != 0)
                        };
                        *dst = if ok { w0 } else { 0 };
                        *dst.add(1) = if ok { data } else { 0 };
                        *dst.add(2) = ok as u64;
                    } else {
                        let mut b = [*td, dynt, 0];
                        self.native(runtime::iface::assert_iface, b.as_mut_ptr(), a.loc)?;
                        *dst = if *empty { dynt } else { b[0] };
                        *dst.add(1) = data;
                    }
                }
                AssertTo::Concrete { td, ty } => {
                    let ok = dynt == *td;
                    if ok {
                        if ty.direct {
                            if ty.n > 0 {
                                *dst = data;
                            }
                        } else if ty.mem {
                            let p = self.alloc(ty.size, ty.noscan);
                            std::ptr::copy(data as *const u8, p as *mut u8, ty.size as usize);
                            *dst = p;
                        } else {
                            layout::load(ty, data as *const u8, dst);
                        }
                    } else if a.ok {
                        if ty.mem {
                            *dst = self.alloc(ty.size, ty.noscan);
                        } else {
                            std::ptr::write_bytes(dst, 0, ty.n as usize);
                        }
                    } else {
                        let mut b = [a.xtd, dynt, *td];
                        runtime::iface::panic_assert(self.ctx, Args(b.as_mut_ptr()));
                        return Err(self.fail(a.loc));
                    }
                    if a.ok {
                        *dst.add(ty.n as usize) = ok as u64;
                    }
                }
            }
        }
        Ok(())
    }

    fn c_arith(&mut self, fp: Fp, c: &CArithX, dst: *mut u64) -> R<()> {
        // SAFETY: tmp holds 4 words, dst 2.
        unsafe {
            let t = fp.add(c.tmp as usize);
            self.eval_to(fp, &c.a, t)?;
            self.eval_to(fp, &c.b, t.add(2))?;
            let (a, b, x, y) = (f(*t), f(*t.add(1)), f(*t.add(2)), f(*t.add(3)));
            let (re, im) = match c.op {
                FOp::Add => (a + x, b + y),
                FOp::Sub => (a - x, b - y),
                FOp::Mul => (a * x - b * y, a * y + b * x),
                FOp::Div => runtime::mathops::go_complex_div((a, b), (x, y)),
            };
            let (re, im) = if c.c64 { (re as f32 as f64, im as f32 as f64) } else { (re, im) };
            *dst = re.to_bits();
            *dst.add(1) = im.to_bits();
        }
        Ok(())
    }

    fn min_max(&mut self, fp: Fp, m: &MinMaxX, dst: *mut u64) -> R<()> {
        // SAFETY: tmp holds 2 values of the operand type.
        unsafe {
            let t = fp.add(m.tmp as usize);
            let n = if m.kind == MinMaxKind::Str { 2 } else { 1 };
            let Some((first, rest)) = m.args.split_first() else { return Ok(()) };
            self.eval_n(fp, first, n, t)?;
            for x in rest {
                self.eval_n(fp, x, n, t.add(n as usize))?;
                let (a, b) = (*t, *t.add(n as usize));
                match m.kind {
                    MinMaxKind::Float => {
                        let r = if m.min {
                            runtime::mathops::go_fmin(f(a), f(b))
                        } else {
                            runtime::mathops::go_fmax(f(a), f(b))
                        };
                        *t = r.to_bits();
                    }
                    MinMaxKind::Str => {
                        let o = bytes(*t.add(2), *t.add(3)).cmp(bytes(*t, *t.add(1)));
                        let take_b =
                            if m.min { o == std::cmp::Ordering::Less } else { o == std::cmp::Ordering::Greater };
                        if take_b {
                            *t = *t.add(2);
                            *t.add(1) = *t.add(3);
                        }
                    }
                    MinMaxKind::Signed | MinMaxKind::Unsigned => {
                        let cc = match (m.min, m.kind == MinMaxKind::Unsigned) {
                            (true, false) => Cc::Slt,
                            (true, true) => Cc::Ult,
                            (false, false) => Cc::Sgt,
                            (false, true) => Cc::Ugt,
                        };
                        if cmp(cc, b, a) {
                            *t = b;
                        }
                    }
                }
            }
            std::ptr::copy(t, dst, n as usize);
        }
        Ok(())
    }

    fn slice_to_arr(&mut self, fp: Fp, s: &SliceToArrX) -> R<u64> {
        // SAFETY: tmp holds 3 words.
        unsafe {
            let t = fp.add(s.tmp as usize);
            self.eval_to(fp, &s.x, t)?;
            let (p, len) = (*t, *t.add(1));
            if (len as i64) < (s.n as i64) {
                return Err(self.bounds_fail(runtime::panic::bounds::CONVERT, len, s.n, s.loc));
            }
            match s.copy {
                None => Ok(p),
                Some((size, noscan)) => {
                    let q = self.alloc(size, noscan);
                    std::ptr::copy(p as *const u8, q as *mut u8, size as usize);
                    Ok(q)
                }
            }
        }
    }

    /// Builtins: operands evaluated into `t` in order, results there too.
    fn builtin(&mut self, fp: Fp, b: &BuiltinX, t: *mut u64) -> R<()> {
        use crate::objects::Builtin as B;
        // Operands are all evaluated before the builtin acts.
        let mut off = 0usize;
        for (x, n) in b.ops.iter() {
            // SAFETY: t holds every operand's words.
            self.eval_n(fp, x, *n, unsafe { t.add(off) })?;
            off += *n as usize;
        }
        // SAFETY: t holds the operands (and room for results).
        unsafe {
            match b.b {
                B::Panic => {
                    runtime::panic::panic_value(self.ctx, Args(t));
                    return Err(self.fail(b.loc));
                }
                B::Print | B::Println => {
                    let mut o = 0usize;
                    for (k, (&kind, (_, n))) in b.kinds.iter().zip(b.ops.iter()).enumerate() {
                        if k > 0 && b.b == B::Println {
                            runtime::print::print_space(self.ctx, Args(t));
                        }
                        let mut w = [0u64; 3];
                        std::ptr::copy_nonoverlapping(t.add(o), w.as_mut_ptr(), (*n as usize).min(3));
                        o += *n as usize;
                        let f: runtime::NativeFn = match kind {
                            PrintKind::Bool => runtime::print::print_bool,
                            PrintKind::Int => runtime::print::print_int,
                            PrintKind::Uint => runtime::print::print_uint,
                            PrintKind::Float => runtime::print::print_float,
                            PrintKind::Float32 => runtime::print::print_float32,
                            PrintKind::Complex => runtime::print::print_complex,
                            PrintKind::Complex64 => runtime::print::print_complex64,
                            PrintKind::Str => runtime::print::print_string,
                            PrintKind::Pointer => runtime::print::print_pointer,
                            PrintKind::Slice => runtime::print::print_slice,
                            PrintKind::Iface => runtime::print::print_iface,
                        };
                        f(self.ctx, Args(w.as_mut_ptr()));
                    }
                    if b.b == B::Println {
                        runtime::print::print_nl(self.ctx, Args(t));
                    }
                }
                B::Recover => {
                    *t = b.fid as u64;
                    runtime::panic::recover(self.ctx, Args(t));
                }
                B::Delete => {
                    // (map type, map, key...)
                    let n = off;
                    std::ptr::copy(t, t.add(1), n);
                    *t = b.td;
                    self.native(runtime::maps::map_delete, t, b.loc)?;
                }
                B::Copy => {
                    let d = (*t, *t.add(1));
                    let s = (*t.add(3), *t.add(4));
                    let mut a = [d.0, d.1, s.0, s.1, b.esize];
                    runtime::slices::slice_copy(self.ctx, Args(a.as_mut_ptr()));
                    *t = a[0];
                }
                B::Clear => {
                    let n = (*t.add(1)).wrapping_mul(b.esize) as usize;
                    if n > 0 {
                        std::ptr::write_bytes(*t as *mut u8, 0, n);
                    }
                }
                B::Make => {
                    let len = *t;
                    let cap = if b.ops.len() > 1 { *t.add(1) } else { len };
                    let mut a = [b.td, len, cap];
                    self.native(runtime::slices::make_slice, a.as_mut_ptr(), b.loc)?;
                    *t = a[0];
                    *t.add(1) = len;
                    *t.add(2) = cap;
                }
                _ => {}
            }
        }
        Ok(())
    }

    // ---- places ----

    /// Evaluates a place's operands: where it is.
    pub(crate) fn eval_place(&mut self, fp: Fp, p: &Pl) -> R<Lp> {
        // SAFETY: slots and buffers are within the frame.
        unsafe {
            Ok(match p {
                Pl::Blank => Lp::Blank,
                Pl::Slots { slot, .. } => Lp::Slots(fp.add(*slot as usize)),
                Pl::Mem { addr, off, aslot, .. } => {
                    let a = self.eval1(fp, addr)?.wrapping_add(*off as i64 as u64);
                    // Keep the address in the frame for the collector.
                    *fp.add(*aslot as usize) = a;
                    Lp::Mem(a as *mut u8)
                }
                Pl::Map(m) => {
                    let b = fp.add(m.buf as usize);
                    let map = self.eval1(fp, &m.m)?;
                    *b.add(1) = map;
                    self.eval_n(fp, &m.key, m.kn, b.add(2))?;
                    *b = m.mtd;
                    Lp::Map(b)
                }
            })
        }
    }

    /// Reads the value at an evaluated place into `dst`.
    pub(crate) fn read_lp(&mut self, fp: Fp, p: &Pl, lp: &Lp, dst: *mut u64) -> R<()> {
        // SAFETY: places point at values of their type.
        unsafe {
            match (lp, p) {
                (Lp::Blank, _) => {}
                (Lp::Slots(s), Pl::Slots { ty, .. }) => std::ptr::copy(*s, dst, ty.n as usize),
                (Lp::Mem(a), Pl::Mem { ty, .. }) => layout::load(ty, *a, dst),
                (Lp::Map(b), Pl::Map(m)) => {
                    let g = fp.add(m.gbuf as usize);
                    std::ptr::copy(*b, g, 2 + m.kn as usize);
                    self.native(runtime::maps::map_get, g, m.loc)?;
                    std::ptr::copy(g, dst, m.vty.n as usize);
                }
                _ => return Err(self.internal("place mismatch")),
            }
        }
        Ok(())
    }

    /// Writes `src` (words of the place's type) to an evaluated place.
    pub(crate) fn write_lp(&mut self, p: &Pl, lp: &Lp, src: *const u64) -> R<()> {
        // SAFETY: places point at values of their type.
        unsafe {
            match (lp, p) {
                (Lp::Blank, _) => {}
                (Lp::Slots(s), Pl::Slots { ty, .. }) => std::ptr::copy(src, *s, ty.n as usize),
                (Lp::Mem(a), Pl::Mem { ty, .. }) => layout::store(ty, *a, src),
                (Lp::Map(b), Pl::Map(m)) => {
                    std::ptr::copy(src, b.add(2 + m.kn as usize), m.vty.n as usize);
                    self.native(runtime::maps::map_set, *b, m.loc)?;
                }
                _ => return Err(self.internal("place mismatch")),
            }
        }
        Ok(())
    }

    fn read_pl(&mut self, fp: Fp, p: &Pl, dst: *mut u64) -> R<()> {
        let lp = self.eval_place(fp, p)?;
        self.read_lp(fp, p, &lp, dst)
    }
}

/// An evaluated place.
pub(crate) enum Lp {
    Blank,
    Slots(*mut u64),
    Mem(*mut u8),
    /// The map_set buffer, holding (map type, map, key...).
    Map(*mut u64),
}
