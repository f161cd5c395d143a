//! Execution of statements and control flow.
//!
//! SAFETY (whole module): as in `eval`, `fp` points at the current frame
//! and every slot index was allocated within it by the resolver.

use super::eval::{dyn_type, Fp, Lp};
use super::layout;
use super::tree::*;
use super::{M, R};
use runtime::layout::{load_word, store_word};
use runtime::native::Args;
use smallvec::SmallVec;

impl M<'_> {
    /// A loop back edge: counts down the goroutine's time slice and offers
    /// to yield when it runs out (as the interpreter's back edges do).
    #[inline(always)]
    pub(super) fn back_edge(&mut self) -> R<()> {
        self.ctx.preempt = self.ctx.preempt.wrapping_sub(1);
        if (self.ctx.preempt as i64) < 0 {
            return self.preempt();
        }
        Ok(())
    }

    #[inline(never)]
    fn preempt(&mut self) -> R<()> {
        if runtime::sched::preempt(self.ctx) {
            Ok(())
        } else {
            Err(super::Unwind)
        }
    }

    /// Runs a block; a `goto` to one of its labels continues there.
    pub(crate) fn exec_block(&mut self, fp: Fp, b: &Block) -> R<Flow> {
        let stmts = &b.stmts;
        let mut i = 0;
        while let Some(s) = stmts.get(i) {
            let f = self.exec(fp, s)?;
            if f != Flow::Next {
                if let Flow::Goto(l) = f {
                    if let Some(&(_, at)) = b.labels.iter().find(|x| x.0 == l) {
                        if at as usize <= i {
                            self.back_edge()?;
                        }
                        i = at as usize;
                        continue;
                    }
                }
                return Ok(f);
            }
            i += 1;
        }
        Ok(Flow::Next)
    }

    pub(crate) fn exec(&mut self, fp: Fp, s: &S) -> R<Flow> {
        // SAFETY: see the module comment.
        unsafe {
            match s {
                S::Set { slot, x } => {
                    let v = self.eval1(fp, x)?;
                    *fp.add(*slot as usize) = v;
                }
                S::If { cond, then, els } => {
                    if self.eval1(fp, cond)? != 0 {
                        return self.exec_block(fp, then);
                    } else if let Some(e) = els {
                        return self.exec(fp, e);
                    }
                }
                S::Ret(parts) => {
                    for (x, off, n) in parts.iter() {
                        self.eval_n(fp, x, *n, fp.add(*off as usize))?;
                    }
                    return Ok(Flow::Return);
                }
                S::Expr { x, n, tmp } => {
                    if *n == 1 {
                        self.eval1(fp, x)?;
                    } else {
                        self.eval_to(fp, x, fp.add(*tmp as usize))?;
                    }
                }
                S::For(f) => return self.exec_for(fp, f),
                S::StoreW { addr, off, mt, x } => {
                    let a = (self.eval1(fp, addr)? as *mut u8).offset(*off as isize);
                    let v = self.eval1(fp, x)?;
                    store_word(a, *mt, v);
                }
                S::UpdateW { addr, off, mt, x, cur } => {
                    let a = (self.eval1(fp, addr)? as *mut u8).offset(*off as isize);
                    *fp.add(*cur as usize) = load_word(a, *mt);
                    let v = self.eval1(fp, x)?;
                    store_word(a, *mt, v);
                }
                _ => return self.exec_more(fp, s),
            }
        }
        Ok(Flow::Next)
    }

    #[inline(never)]
    fn exec_more(&mut self, fp: Fp, s: &S) -> R<Flow> {
        // SAFETY: see the module comment.
        unsafe {
            match s {
                S::Eval { x, n, tmp } => self.eval_n(fp, x, *n, fp.add(*tmp as usize))?,
                S::SetM { slot, n, x, tmp } => {
                    let t = fp.add(*tmp as usize);
                    self.eval_to(fp, x, t)?;
                    std::ptr::copy(t, fp.add(*slot as usize), *n as usize);
                }
                S::NewCell { slot, ty, x, tmp } => {
                    let cell = match x {
                        None => self.alloc(ty.size, ty.noscan),
                        Some(x) if ty.n == 1 => {
                            let v = self.eval1(fp, x)?;
                            let c = self.alloc(ty.size, ty.noscan);
                            layout::store(ty, c as *mut u8, &v);
                            c
                        }
                        Some(x) => {
                            let t = fp.add(*tmp as usize);
                            self.eval_to(fp, x, t)?;
                            let c = self.alloc(ty.size, ty.noscan);
                            layout::store(ty, c as *mut u8, t);
                            c
                        }
                    };
                    *fp.add(*slot as usize) = cell;
                }
                S::Store { pl, x, tmp } => {
                    let lp = self.eval_place(fp, pl)?;
                    let n = pl.ty().map(|t| t.n).unwrap_or(0);
                    if n == 1 {
                        let v = self.eval1(fp, x)?;
                        self.write_lp(pl, &lp, &v)?;
                    } else {
                        let t = fp.add(*tmp as usize);
                        self.eval_to(fp, x, t)?;
                        self.write_lp(pl, &lp, t)?;
                    }
                }
                S::Update { pl, x, cur, tmp } => {
                    let lp = self.eval_place(fp, pl)?;
                    let n = pl.ty().map(|t| t.n).unwrap_or(0);
                    self.read_lp(fp, pl, &lp, fp.add(*cur as usize))?;
                    let t = fp.add(*tmp as usize);
                    self.eval_n(fp, x, n, t)?;
                    self.write_lp(pl, &lp, t)?;
                }
                S::Parallel { pls, xs } => {
                    let mut lps: SmallVec<[Lp; 4]> = SmallVec::new();
                    for p in pls.iter() {
                        lps.push(self.eval_place(fp, p)?);
                    }
                    for (p, (x, tmp)) in pls.iter().zip(xs.iter()) {
                        let n = p.ty().map(|t| t.n).unwrap_or(0);
                        self.eval_any(fp, x, n, fp.add(*tmp as usize))?;
                    }
                    for ((p, lp), (_, tmp)) in pls.iter().zip(lps.iter()).zip(xs.iter()) {
                        self.write_lp(p, lp, fp.add(*tmp as usize))?;
                    }
                }
                S::MultiStore { pls, x, tmp, parts } => {
                    let mut lps: SmallVec<[Lp; 4]> = SmallVec::new();
                    for p in pls.iter() {
                        lps.push(self.eval_place(fp, p)?);
                    }
                    self.eval_to(fp, x, fp.add(*tmp as usize))?;
                    for ((p, lp), (v, ctmp)) in pls.iter().zip(lps.iter()).zip(parts.iter()) {
                        let Some(ty) = p.ty() else { continue };
                        let t = fp.add(*ctmp as usize);
                        self.eval_n(fp, v, ty.n, t)?;
                        self.write_lp(p, lp, t)?;
                    }
                }
                S::Block(b) => return self.exec_block(fp, b),
                S::Switch(sw) => return self.exec_switch(fp, sw),
                S::TypeSwitch(ts) => return self.exec_type_switch(fp, ts),
                S::RangeInt(r) => return self.exec_range_int(fp, r),
                S::RangeSlice(r) => return self.exec_range_slice(fp, r),
                S::RangeStr(r) => return self.exec_range_str(fp, r),
                S::RangeMap(r) => return self.exec_range_map(fp, r),
                S::RangeChan(r) => return self.exec_range_chan(fp, r),
                S::Select(sel) => return self.exec_select(fp, sel),
                S::RetCells(parts) => {
                    for (x, _, ty, tmp) in parts.iter() {
                        self.eval_n(fp, x, ty.n, fp.add(*tmp as usize))?;
                    }
                    for (_, cell, ty, tmp) in parts.iter() {
                        let c = *fp.add(*cell as usize);
                        layout::store(ty, c as *mut u8, fp.add(*tmp as usize));
                    }
                    return Ok(Flow::Return);
                }
                S::Branch(f) => return Ok(*f),
                S::Label(_, s) => return self.exec(fp, s),
                S::Defer { mark, x } => {
                    let c = self.eval1(fp, x)?;
                    let mut b = [*fp.add(*mark as usize), c];
                    runtime::panic::defer_push(self.ctx, Args(b.as_mut_ptr()));
                }
                S::StoreCells(parts) => {
                    for (x, _, ty, tmp) in parts.iter() {
                        self.eval_n(fp, x, ty.n, fp.add(*tmp as usize))?;
                    }
                    for (_, cell, ty, tmp) in parts.iter() {
                        let c = *fp.add(*cell as usize);
                        layout::store(ty, c as *mut u8, fp.add(*tmp as usize));
                    }
                }
                S::RangeCheck { ctl, loc } => {
                    let state = *(*fp.add(*ctl as usize) as *const u64);
                    if state != RUNNING {
                        let msg = if state == EXITED {
                            "range function continued iteration after whole loop exit"
                        } else {
                            "range function continued iteration after function for loop body returned false"
                        };
                        runtime::panic::raise_runtime(self.ctx, runtime::panic::RtErr::ErrorString, msg);
                        return Err(self.fail(*loc));
                    }
                }
                S::StopBody { ctl, code, res } => {
                    stop(fp, *ctl, *code, *res);
                    return Ok(Flow::Return);
                }
                S::RangeYield { id, body, ctl, res } => {
                    match self.exec_block(fp, body)? {
                        Flow::Break(i) if i == *id => stop(fp, *ctl, 0, *res),
                        Flow::Return => {}
                        _ => *fp.add(*res as usize) = 1,
                    }
                    return Ok(Flow::Return);
                }
                S::RangeDispatch { ctl, cases } => {
                    let code = *(*fp.add(*ctl as usize) as *const u64).add(1) as i64;
                    if let Some((_, s)) = cases.iter().find(|c| c.0 == code) {
                        return self.exec(fp, s);
                    }
                }
                S::Fail(m) => return Err(self.internal(m)),
                S::Set { .. }
                | S::If { .. }
                | S::Ret(_)
                | S::Expr { .. }
                | S::For(_)
                | S::StoreW { .. }
                | S::UpdateW { .. } => return self.exec(fp, s),
            }
        }
        Ok(Flow::Next)
    }

    /// Evaluates `x` of `n` words (0: a value of unknown size, discarded).
    fn eval_any(&mut self, fp: Fp, x: &X, n: u32, dst: *mut u64) -> R<()> {
        if n == 1 {
            let v = self.eval1(fp, x)?;
            // SAFETY: dst has room for one word.
            unsafe { *dst = v };
            Ok(())
        } else {
            self.eval_to(fp, x, dst)
        }
    }

    fn exec_for(&mut self, fp: Fp, f: &ForS) -> R<Flow> {
        loop {
            if let Some(c) = &f.cond {
                if self.eval1(fp, c)? == 0 {
                    break;
                }
            }
            match self.exec_block(fp, &f.body)? {
                Flow::Next => {}
                Flow::Break(id) if id == f.id => break,
                Flow::Continue(id) if id == f.id => {}
                other => return Ok(other),
            }
            for (slot, ty) in f.cells.iter() {
                // A fresh cell per iteration, holding the current value.
                // SAFETY: the slot holds a cell of type ty.
                unsafe {
                    let old = *fp.add(*slot as usize);
                    let c = self.alloc(ty.size, ty.noscan);
                    std::ptr::copy(old as *const u8, c as *mut u8, ty.size as usize);
                    *fp.add(*slot as usize) = c;
                }
            }
            if let Some(p) = &f.post {
                self.exec(fp, p)?;
            }
            self.back_edge()?;
        }
        Ok(Flow::Next)
    }

    /// Runs a loop body; None means leave the loop with that flow.
    #[inline]
    fn body_flow(&mut self, fp: Fp, id: u16, b: &Block) -> R<Option<Flow>> {
        let f = match self.exec_block(fp, b)? {
            Flow::Next => None,
            Flow::Break(i) if i == id => Some(Flow::Next),
            Flow::Continue(i) if i == id => None,
            other => Some(other),
        };
        if f.is_none() {
            self.back_edge()?;
        }
        Ok(f)
    }

    fn assigns(&mut self, fp: Fp, a: &[S]) -> R<()> {
        for s in a {
            self.exec(fp, s)?;
        }
        Ok(())
    }

    fn exec_switch(&mut self, fp: Fp, sw: &SwitchS) -> R<Flow> {
        if let Some((x, tmp, n)) = &sw.tag {
            // SAFETY: tmp holds the tag's words.
            self.eval_n(fp, x, *n, unsafe { fp.add(*tmp as usize) })?;
        }
        let mut chosen = sw.default.map(|d| d as usize);
        'find: for (i, cl) in sw.clauses.iter().enumerate() {
            for t in cl.tests.iter() {
                if self.eval1(fp, t)? != 0 {
                    chosen = Some(i);
                    break 'find;
                }
            }
        }
        let Some(mut i) = chosen else { return Ok(Flow::Next) };
        loop {
            let Some(cl) = sw.clauses.get(i) else { return Ok(Flow::Next) };
            match self.exec_block(fp, &cl.body)? {
                Flow::Fallthrough => i += 1,
                Flow::Break(id) if id == sw.id => return Ok(Flow::Next),
                f => return Ok(f),
            }
        }
    }

    fn exec_type_switch(&mut self, fp: Fp, ts: &TypeSwitchS) -> R<Flow> {
        // SAFETY: tmp holds 2 words; slots are the switch's.
        unsafe {
            let t = fp.add(ts.tmp as usize);
            self.eval_to(fp, &ts.x, t)?;
            let dynt = dyn_type(*t, ts.empty);
            *fp.add(ts.dyn_slot as usize) = dynt;
            let mut chosen = ts.default.map(|d| d as usize);
            'find: for (i, cl) in ts.clauses.iter().enumerate() {
                for test in cl.tests.iter() {
                    let hit = match test {
                        TTest::Nil => dynt == 0,
                        TTest::Concrete { td } => dynt == *td,
                        TTest::Iface { td, empty, slot } => {
                            let (itab, ok) = if *empty {
                                (dynt, dynt != 0)
                            } else {
                                let mut b = [*td, dynt];
                                runtime::iface::assert_iface_ok(self.ctx, Args(b.as_mut_ptr()));
                                (b[0], b[1] != 0)
                            };
                            if let Some(s) = slot {
                                *fp.add(*s as usize) = itab;
                            }
                            ok
                        }
                    };
                    if hit {
                        chosen = Some(i);
                        break 'find;
                    }
                }
            }
            let Some(i) = chosen else { return Ok(Flow::Next) };
            let Some(cl) = ts.clauses.get(i) else { return Ok(Flow::Next) };
            if let Some(b) = &cl.bind {
                self.exec(fp, b)?;
            }
            match self.exec_block(fp, &cl.body)? {
                Flow::Break(id) if id == ts.id => Ok(Flow::Next),
                f => Ok(f),
            }
        }
    }

    fn exec_range_int(&mut self, fp: Fp, r: &RangeS) -> R<Flow> {
        let n = self.eval1(fp, &r.x)?;
        let mut i: u64 = 0;
        while (i as i64) < (n as i64) {
            // SAFETY: islot is the loop's.
            unsafe { *fp.add(r.islot as usize) = i };
            self.assigns(fp, &r.assign)?;
            if let Some(f) = self.body_flow(fp, r.id, &r.body)? {
                return Ok(f);
            }
            i += 1;
        }
        Ok(Flow::Next)
    }

    fn exec_range_slice(&mut self, fp: Fp, r: &RangeS) -> R<Flow> {
        // SAFETY: tmp holds the range operand (kept there for the
        // collector); islot/eslot are the loop's.
        unsafe {
            let t = fp.add(r.tmp as usize);
            let (base, len) = match r.kind {
                ElemKind::Slice => {
                    self.eval_to(fp, &r.x, t)?;
                    (*t, *t.add(1))
                }
                _ => {
                    let b = self.eval1(fp, &r.x)?;
                    *t = b;
                    (b, r.len)
                }
            };
            let mut i: u64 = 0;
            while (i as i64) < (len as i64) {
                *fp.add(r.islot as usize) = i;
                *fp.add(r.eslot as usize) = base.wrapping_add(i.wrapping_mul(r.esize));
                self.assigns(fp, &r.assign)?;
                if let Some(f) = self.body_flow(fp, r.id, &r.body)? {
                    return Ok(f);
                }
                i += 1;
            }
        }
        Ok(Flow::Next)
    }

    fn exec_range_str(&mut self, fp: Fp, r: &RangeS) -> R<Flow> {
        // SAFETY: tmp holds the string; islot/eslot are the loop's.
        unsafe {
            let t = fp.add(r.tmp as usize);
            self.eval_to(fp, &r.x, t)?;
            let (p, n) = (*t, *t.add(1));
            let mut i: u64 = 0;
            while (i as i64) < (n as i64) {
                let s = runtime::strings::bytes_of(p, n);
                let b = s.get(i as usize).copied().unwrap_or(0);
                let (rune, w) = if b < 0x80 {
                    (b as u64, 1)
                } else {
                    let (r, w) = runtime::strings::decode_rune(&s[i as usize..]);
                    (r as u64, w as u64)
                };
                *fp.add(r.islot as usize) = i;
                *fp.add(r.eslot as usize) = rune;
                self.assigns(fp, &r.assign)?;
                if let Some(f) = self.body_flow(fp, r.id, &r.body)? {
                    return Ok(f);
                }
                i += w;
            }
        }
        Ok(Flow::Next)
    }

    fn exec_range_chan(&mut self, fp: Fp, r: &RangeChanS) -> R<Flow> {
        // SAFETY: tmp and vtmp are the loop's slots.
        unsafe {
            let c = self.eval1(fp, &r.x)?;
            *fp.add(r.tmp as usize) = c;
            let v = fp.add(r.vtmp as usize);
            loop {
                self.eval_to(fp, &r.recv, v)?;
                if *v.add(r.n as usize) == 0 {
                    break;
                }
                self.assigns(fp, &r.assign)?;
                if let Some(f) = self.body_flow(fp, r.id, &r.body)? {
                    return Ok(f);
                }
            }
        }
        Ok(Flow::Next)
    }

    fn exec_select(&mut self, fp: Fp, sel: &SelectS) -> R<Flow> {
        // SAFETY: the slots from `arr` on are the statement's.
        unsafe {
            for (k, c) in sel.cases.iter().enumerate() {
                let ch = self.eval1(fp, &c.chan)?;
                *fp.add((sel.arr + 1 + 2 * k as u32) as usize) = ch;
                let e = self.eval1(fp, &c.elem)?;
                *fp.add((sel.arr + 2 + 2 * k as u32) as usize) = e;
            }
            let n = sel.cases.len();
            let arr = self.alloc(24 * n.max(1) as u64, false) as *mut u64;
            *fp.add(sel.arr as usize) = arr as u64;
            for (k, c) in sel.cases.iter().enumerate() {
                *arr.add(3 * k) = *fp.add((sel.arr + 1 + 2 * k as u32) as usize);
                *arr.add(3 * k + 1) = c.send as u64;
                *arr.add(3 * k + 2) = *fp.add((sel.arr + 2 + 2 * k as u32) as usize);
            }
            let b = fp.add(sel.buf as usize);
            *b = arr as u64;
            *b.add(1) = n as u64;
            *b.add(2) = sel.has_default as u64;
            self.native(sel.f, b, sel.loc)?;
            let chosen = *b as i64;
            let Some((_, bind, body)) = sel.arms.iter().find(|a| a.0 == chosen) else { return Ok(Flow::Next) };
            if let Some(s) = bind {
                self.exec(fp, s)?;
            }
            match self.exec_block(fp, body)? {
                Flow::Break(i) if i == sel.id => Ok(Flow::Next),
                f => Ok(f),
            }
        }
    }

    fn exec_range_map(&mut self, fp: Fp, r: &RangeMapS) -> R<Flow> {
        // SAFETY: buf holds nbuf + 1 words; the iterator is kept in the
        // last one for the collector.
        unsafe {
            let b = fp.add(r.buf as usize);
            let keep = b.add(r.nbuf as usize);
            let m = self.eval1(fp, &r.m)?;
            *b = r.mtd;
            *b.add(1) = m;
            self.native(runtime::maps::map_iter_init, b, r.loc)?;
            let it = *b;
            *keep = it;
            loop {
                *b = r.mtd;
                *b.add(1) = it;
                self.native(runtime::maps::map_iter_next, b, r.loc)?;
                if *b == 0 {
                    break;
                }
                self.assigns(fp, &r.assign)?;
                if let Some(f) = self.body_flow(fp, r.id, &r.body)? {
                    return Ok(f);
                }
            }
        }
        Ok(Flow::Next)
    }
}

const RUNNING: u64 = 0;
const STOPPED: u64 = 1;
const EXITED: u64 = 2;

/// A yield body stops its loop with `code`, returning false.
///
/// # Safety
/// `ctl` holds the loop's control cell; `res` is the result slot.
unsafe fn stop(fp: Fp, ctl: u32, code: i64, res: u32) {
    let c = *fp.add(ctl as usize) as *mut u64;
    *c = STOPPED;
    *c.add(1) = code as u64;
    *fp.add(res as usize) = 0;
}
