//! IR to bytecode: slot assignment, instruction selection (immediate and
//! fused compare-and-branch forms), moves for block arguments and calls.
//!
//! Frame layout: `[0, nvals)` value slots (parameters first, results are
//! returned in the first slots), one scratch slot for move cycles, then the
//! call area: a 3-word header (return ip, caller frame, callee) followed by
//! argument/result words. A callee's frame starts at the call area's
//! argument words.

use crate::bytecode::{BcFunc, Instr};
use crate::exec::Op;
use crate::regalloc;
use ir::{Block, Function, InstKind, IntCC, Module, Terminator, Value};
use std::collections::HashMap;

/// Addresses the compiled code embeds.
pub struct Env<'a> {
    pub module: &'a Module,
    /// FuncInfo address per function.
    pub funcinfo: &'a dyn Fn(usize) -> u64,
}

struct Emitter<'a> {
    f: &'a Function,
    slot: Vec<u16>,
    code: Vec<Instr>,
    locs: Vec<u32>,
    scratch: u16,
    out_base: u16,
    /// (instruction index, target block) to patch.
    fixups: Vec<(usize, Block)>,
    block_pc: Vec<u32>,
    loop_id: HashMap<Block, u16>,
    rpo_index: Vec<u32>,
    /// Uses of each value that need it in a register.
    reg_uses: Vec<u32>,
    loc: u32,
}

fn fits16(c: i64) -> bool {
    c >= i16::MIN as i64 && c <= i16::MAX as i64
}
fn fits32(c: i64) -> bool {
    c >= i32::MIN as i64 && c <= i32::MAX as i64
}

/// Does `inst` take operand `k` as an immediate when it is this constant?
/// Must agree with instruction selection below.
fn takes_imm(f: &Function, kind: &InstKind, args: &[Value], k: usize, c: i64, fused_branch: bool) -> bool {
    use ir::BinOp::*;
    match kind {
        InstKind::Binary(op) => {
            let other_const = f.iconst_value(args[1 - k]).is_some();
            match op {
                Iadd | Imul | And | Or | Xor => {
                    fits32(c) && (k == 1 || !other_const || f.iconst_value(args[1]).is_some_and(|c1| !fits32(c1)))
                }
                Isub => k == 1 && fits32(c) && c != i32::MIN as i64,
                Shl | Ushr | Sshr => k == 1 && fits32(c),
                _ => false,
            }
        }
        InstKind::Icmp(cc) => {
            let other_const = f.iconst_value(args[1 - k]).is_some();
            // Compare-and-branch has immediate forms for signed and
            // equality conditions only.
            let ok = if fused_branch {
                fits16(c) && !matches!(cc, IntCC::Ult | IntCC::Ule | IntCC::Ugt | IntCC::Uge)
            } else {
                fits32(c)
            };
            ok && (k == 1 || !other_const)
        }
        _ => false,
    }
}

pub fn compile(env: &Env, f: &Function) -> BcFunc {
    // Values the recover block (and what it reaches) uses must survive
    // anywhere a panic can happen: give them slots of their own.
    let mut pinned = Vec::new();
    if let Some(u) = f.unwind {
        pinned.push(u.marker);
        let mut seen = vec![false; f.blocks.len()];
        let mut work = vec![u.recover];
        while let Some(b) = work.pop() {
            if std::mem::replace(&mut seen[b.index()], true) {
                continue;
            }
            let bd = &f.blocks[b.index()];
            for &i in &bd.insts {
                pinned.extend(f.insts[i.index()].args.iter().copied());
            }
            bd.term.for_each_use(|v| pinned.push(v));
            work.extend(bd.term.successors());
        }
        let entry_defs: std::collections::HashSet<Value> = f.blocks[0]
            .params
            .iter()
            .copied()
            .chain(f.blocks[0].insts.iter().flat_map(|i| f.insts[i.index()].results.iter().copied()))
            .collect();
        pinned.retain(|v| entry_defs.contains(v));
        pinned.sort();
        pinned.dedup();
    }
    let alloc = regalloc::allocate(f, &pinned);
    let dom = ir::dom::DomTree::compute(f);
    let rpo = dom.rpo.clone();
    let nvals = alloc.nslots.max(f.sig.params.len() as u32).max(f.sig.results.len() as u32);
    let scratch = nvals as u16;
    let out_base = (nvals + 1 + 3) as u16;
    let mut max_call = 0usize;
    for &b in &rpo {
        for &i in &f.blocks[b.index()].insts {
            let d = &f.insts[i.index()];
            let n = match d.kind {
                InstKind::Call(_) | InstKind::CallNative(_) => d.args.len().max(d.results.len()),
                InstKind::CallIndirect(_) => (d.args.len() - 1).max(d.results.len()),
                _ => 0,
            };
            max_call = max_call.max(n);
        }
    }
    let frame_size = out_base as u32 + max_call as u32;
    if frame_size > u16::MAX as u32 - 8 {
        // Slots are addressed with 16 bits; such functions are far beyond
        // what Go programs contain, but must not silently misbehave.
        runtime::fatal(&format!("function {} needs too many registers ({frame_size})", f.name));
    }

    // Which uses need register forms (constants used only as immediates
    // are never materialised).
    let mut reg_uses = vec![0u32; f.values.len()];
    let uses = f.use_counts();
    let fused = fused_conditions(f, &rpo, &uses);
    for &b in &rpo {
        let bd = &f.blocks[b.index()];
        for &i in &bd.insts {
            let d = &f.insts[i.index()];
            let is_fused = d.results.first().is_some_and(|r| fused.contains(r));
            for (k, &a) in d.args.iter().enumerate() {
                let imm = f.iconst_value(a).is_some_and(|c| takes_imm(f, &d.kind, &d.args, k, c, is_fused));
                if !imm {
                    reg_uses[a.index()] += 1;
                }
            }
        }
        bd.term.for_each_use(|v| {
            if !fused.contains(&v) {
                reg_uses[v.index()] += 1
            }
        });
    }
    if let Some(u) = f.unwind {
        reg_uses[u.marker.index()] += 1;
    }

    let mut rpo_index = vec![u32::MAX; f.blocks.len()];
    for (k, b) in rpo.iter().enumerate() {
        rpo_index[b.index()] = k as u32;
    }
    let mut e = Emitter {
        f,
        slot: alloc.slot,
        code: Vec::new(),
        locs: Vec::new(),
        scratch,
        out_base,
        fixups: Vec::new(),
        block_pc: vec![u32::MAX; f.blocks.len()],
        loop_id: HashMap::new(),
        rpo_index,
        reg_uses,
        loc: 0,
    };
    for (k, &b) in rpo.iter().enumerate() {
        e.block_pc[b.index()] = e.code.len() as u32;
        let next = rpo.get(k + 1).copied();
        e.emit_block(env, b, next, &fused);
    }
    for &(at, target) in &e.fixups {
        let off = e.block_pc[target.index()] as i64 - at as i64;
        e.code[at].set_cd(off as i32);
    }
    let mut loop_headers = vec![Block(0); e.loop_id.len()];
    for (&b, &id) in &e.loop_id {
        loop_headers[id as usize] = b;
    }
    let nloops = loop_headers.len();
    let unwind = f.unwind.map(|u| (e.slot[u.marker.index()], e.block_pc[u.recover.index()]));
    let ops = e.code.iter().map(|i| i.h as u16).collect();
    BcFunc {
        code: e.code,
        frame_size,
        nparams: f.sig.params.len() as u32,
        nresults: f.sig.results.len() as u32,
        fi: std::ptr::null(),
        locs: e.locs,
        unwind,
        loop_counts: (0..nloops).map(|_| Default::default()).collect(),
        loop_headers,
        osr: (0..nloops).map(|_| std::cell::Cell::new(std::ptr::null())).collect(),
        slots: e.slot,
        compiled: true,
        tier_tried: Default::default(),
        ops,
    }
}

/// Conditions computed by the last instruction of a block, used only by
/// that block's branch: they become compare-and-branch instructions.
fn fused_conditions(f: &Function, rpo: &[Block], uses: &[u32]) -> std::collections::HashSet<Value> {
    let mut set = std::collections::HashSet::new();
    for &b in rpo {
        let bd = &f.blocks[b.index()];
        if let (Terminator::Brif(c, _, _), Some(&last)) = (&bd.term, bd.insts.last()) {
            let d = &f.insts[last.index()];
            if d.results.first() == Some(c)
                && uses[c.index()] == 1
                && matches!(d.kind, InstKind::Icmp(_) | InstKind::Fcmp(_))
            {
                set.insert(*c);
            }
        }
    }
    set
}

impl Emitter<'_> {
    fn s(&self, v: Value) -> u16 {
        self.slot[v.index()]
    }

    fn push(&mut self, op: Op, a: u16, b: u16, c: u16, d: u16) -> usize {
        self.code.push(Instr { h: op as usize, a, b, c, d });
        self.locs.push(self.loc);
        self.code.len() - 1
    }

    fn push_i(&mut self, op: Op, a: u16, b: u16, imm: i32) -> usize {
        let at = self.push(op, a, b, 0, 0);
        self.code[at].set_cd(imm);
        at
    }

    fn mov(&mut self, dst: u16, src: u16) {
        if dst != src {
            self.push(Op::Mov, dst, src, 0, 0);
        }
    }

    fn const64(&mut self, dst: u16, v: u64) {
        if fits32(v as i64) {
            self.push_i(Op::ConstI, dst, 0, v as i64 as i32);
        } else {
            self.push(Op::Const64, dst, 0, 0, 0);
            self.code.push(Instr::from_raw(v));
            self.locs.push(self.loc);
        }
    }

    /// Emits moves `dst <- src` as if simultaneous.
    fn parallel_moves(&mut self, moves: &mut Vec<(u16, u16)>) {
        moves.retain(|(d, s)| d != s);
        while !moves.is_empty() {
            let ready = (0..moves.len()).find(|&i| {
                let d = moves[i].0;
                !moves.iter().any(|&(_, s)| s == d)
            });
            match ready {
                Some(i) => {
                    let (d, s) = moves.remove(i);
                    self.mov(d, s);
                }
                None => {
                    // A cycle: park one source in the scratch slot.
                    let (_, s) = moves[0];
                    let scratch = self.scratch;
                    self.mov(scratch, s);
                    for m in moves.iter_mut() {
                        if m.1 == s {
                            m.1 = scratch;
                        }
                    }
                }
            }
            moves.retain(|(d, s)| d != s);
        }
    }

    fn emit_block(&mut self, env: &Env, b: Block, next: Option<Block>, fused: &std::collections::HashSet<Value>) {
        let f = self.f;
        let bd = &f.blocks[b.index()];
        for &i in &bd.insts {
            let d = &f.insts[i.index()];
            self.loc = d.loc.0;
            if d.results.first().is_some_and(|r| fused.contains(r)) {
                continue; // emitted with the branch
            }
            self.emit_inst(env, d);
        }
        self.loc = bd.term_loc.0;
        match &bd.term {
            Terminator::Jump(t) => self.edge(b, t, next),
            Terminator::Brif(c, t, el) => self.emit_brif(b, *c, t, el, next, fused),
            Terminator::Ret(vs) => {
                let mut moves: Vec<(u16, u16)> = vs.iter().enumerate().map(|(k, &v)| (k as u16, self.s(v))).collect();
                self.parallel_moves(&mut moves);
                self.push(Op::Ret, 0, 0, 0, 0);
            }
            Terminator::Unreachable => {
                self.push(Op::Unreachable, 0, 0, 0, 0);
            }
        }
    }

    fn is_back_edge(&self, from: Block, to: Block) -> bool {
        self.rpo_index[to.index()] <= self.rpo_index[from.index()]
    }

    fn edge_moves(&self, t: &ir::BlockCall) -> Vec<(u16, u16)> {
        let params = &self.f.blocks[t.block.index()].params;
        let mut m: Vec<(u16, u16)> = params.iter().zip(&t.args).map(|(&p, &a)| (self.s(p), self.s(a))).collect();
        m.retain(|(d, s)| d != s);
        m
    }

    /// Control transfer along an edge: moves, then a jump unless the
    /// target comes next.
    fn edge(&mut self, from: Block, t: &ir::BlockCall, next: Option<Block>) {
        let mut moves = self.edge_moves(t);
        self.parallel_moves(&mut moves);
        if self.is_back_edge(from, t.block) {
            let n = self.loop_id.len() as u16;
            let id = *self.loop_id.entry(t.block).or_insert(n);
            let at = self.push(Op::Loop, 0, id, 0, 0);
            self.fixups.push((at, t.block));
        } else if Some(t.block) != next {
            let at = self.push(Op::Jmp, 0, 0, 0, 0);
            self.fixups.push((at, t.block));
        }
    }

    fn simple_edge(&self, from: Block, t: &ir::BlockCall) -> bool {
        self.edge_moves(t).is_empty() && !self.is_back_edge(from, t.block)
    }

    fn emit_brif(
        &mut self,
        b: Block,
        c: Value,
        t: &ir::BlockCall,
        el: &ir::BlockCall,
        next: Option<Block>,
        fused: &std::collections::HashSet<Value>,
    ) {
        let cond = if fused.contains(&c) { self.f.def_inst(c) } else { None };
        // `jump_if(invert)` emits a conditional jump (to be patched) that is
        // taken when the condition holds (or fails, when inverted). Float
        // conditions cannot be inverted (NaN): they only branch on truth.
        let can_invert = cond.is_none_or(|i| matches!(self.f.insts[i.index()].kind, InstKind::Icmp(_)));
        if self.simple_edge(b, el)
            && can_invert
            && Some(el.block) != next
            && self.simple_edge(b, t)
            && Some(t.block) == next
        {
            let at = self.cond_jump(c, cond, true);
            self.fixups.push((at, el.block));
            return;
        }
        if self.simple_edge(b, t) {
            let at = self.cond_jump(c, cond, false);
            self.fixups.push((at, t.block));
            self.edge(b, el, next);
            return;
        }
        if self.simple_edge(b, el) && can_invert {
            let at = self.cond_jump(c, cond, true);
            self.fixups.push((at, el.block));
            self.edge(b, t, next);
            return;
        }
        // General case: conditional jump over the else edge's moves.
        let at = self.cond_jump(c, cond, false);
        self.edge(b, el, None);
        let here = self.code.len();
        self.code[at].set_cd((here - at) as i32);
        self.edge(b, t, next);
    }

    /// Emits a conditional jump on `c` (fusing its compare when given);
    /// returns the instruction index whose displacement must be patched.
    fn cond_jump(&mut self, c: Value, cond: Option<ir::Inst>, invert: bool) -> usize {
        let Some(i) = cond else {
            let op = if invert { Op::JmpIfNot } else { Op::JmpIf };
            return self.push(op, self.s(c), 0, 0, 0);
        };
        let d = &self.f.insts[i.index()];
        let (x, y) = (d.args[0], d.args[1]);
        match d.kind {
            InstKind::Icmp(cc) => {
                let cc = if invert { cc.inverse() } else { cc };
                let (xc, yc) = (self.f.iconst_value(x), self.f.iconst_value(y));
                let imm = |v: Option<i64>| v.filter(|&c| fits16(c));
                let (cc, x, y, imm) = if let Some(k) = imm(yc) {
                    (cc, x, y, Some(k))
                } else if let (Some(k), None) = (imm(xc), yc) {
                    (cc.swap(), y, x, Some(k))
                } else {
                    (cc, x, y, None)
                };
                let imm_op = match cc {
                    IntCC::Eq => Some(Op::JEqI),
                    IntCC::Ne => Some(Op::JNeI),
                    IntCC::Slt => Some(Op::JSltI),
                    IntCC::Sle => Some(Op::JSleI),
                    IntCC::Sgt => Some(Op::JSgtI),
                    IntCC::Sge => Some(Op::JSgeI),
                    _ => None,
                };
                if let (Some(k), Some(op)) = (imm, imm_op) {
                    return self.push(op, self.s(x), k as i16 as u16, 0, 0);
                }
                let op = match cc {
                    IntCC::Eq => Op::JEq,
                    IntCC::Ne => Op::JNe,
                    IntCC::Slt => Op::JSlt,
                    IntCC::Sle => Op::JSle,
                    IntCC::Sgt => Op::JSgt,
                    IntCC::Sge => Op::JSge,
                    IntCC::Ult => Op::JUlt,
                    IntCC::Ule => Op::JUle,
                    IntCC::Ugt => Op::JUgt,
                    IntCC::Uge => Op::JUge,
                };
                self.push(op, self.s(x), self.s(y), 0, 0)
            }
            InstKind::Fcmp(cc) => {
                debug_assert!(!invert);
                let op = match cc {
                    ir::FloatCC::Eq => Op::JFEq,
                    ir::FloatCC::Ne => Op::JFNe,
                    ir::FloatCC::Lt => Op::JFLt,
                    ir::FloatCC::Le => Op::JFLe,
                    ir::FloatCC::Gt => Op::JFGt,
                    ir::FloatCC::Ge => Op::JFGe,
                };
                self.push(op, self.s(x), self.s(y), 0, 0)
            }
            _ => unreachable!("only compares are fused"),
        }
    }

    fn emit_inst(&mut self, env: &Env, d: &ir::InstData) {
        use ir::BinOp::*;
        let f = self.f;
        let a = &d.args;
        let res = d.results.first().map(|&r| self.s(r));
        match &d.kind {
            InstKind::Iconst(c) => {
                if self.reg_uses[d.results[0].index()] > 0 {
                    self.const64(res.unwrap(), *c as u64);
                }
            }
            InstKind::Fconst(bits) => {
                if self.reg_uses[d.results[0].index()] > 0 {
                    self.const64(res.unwrap(), *bits);
                }
            }
            InstKind::Binary(op) => {
                let r = res.unwrap();
                let (x, y) = (a[0], a[1]);
                let ic = |k: usize| f.iconst_value(a[k]).filter(|&c| takes_imm(f, &d.kind, a, k, c, false));
                let imm_op = |op: ir::BinOp| match op {
                    Iadd => Some(Op::AddI),
                    Imul => Some(Op::MulI),
                    And => Some(Op::AndI),
                    Or => Some(Op::OrI),
                    Xor => Some(Op::XorI),
                    Shl => Some(Op::ShlI),
                    Ushr => Some(Op::UshrI),
                    Sshr => Some(Op::SshrI),
                    _ => None,
                };
                if let (Some(c), Isub) = (ic(1), op) {
                    self.push_i(Op::AddI, r, self.s(x), -(c as i32));
                    return;
                }
                if let (Some(c), Some(iop)) = (ic(1), imm_op(*op)) {
                    self.push_i(iop, r, self.s(x), c as i32);
                    return;
                }
                if let (Some(c), Some(iop)) = (ic(0), imm_op(*op)) {
                    if op.is_commutative() {
                        self.push_i(iop, r, self.s(y), c as i32);
                        return;
                    }
                }
                let bop = match op {
                    Iadd => Op::Add,
                    Isub => Op::Sub,
                    Imul => Op::Mul,
                    Sdiv => Op::Sdiv,
                    Udiv => Op::Udiv,
                    Srem => Op::Srem,
                    Urem => Op::Urem,
                    And => Op::And,
                    Or => Op::Or,
                    Xor => Op::Xor,
                    Shl => Op::Shl,
                    Ushr => Op::Ushr,
                    Sshr => Op::Sshr,
                    Fadd => Op::FAdd,
                    Fsub => Op::FSub,
                    Fmul => Op::FMul,
                    Fdiv => Op::FDiv,
                };
                self.push(bop, r, self.s(x), self.s(y), 0);
            }
            InstKind::Unary(op) => {
                use ir::UnOp::*;
                let r = res.unwrap();
                let x = self.s(a[0]);
                let uop = match op {
                    Ineg => Op::Neg,
                    Inot => Op::Not,
                    Sext8 => Op::Sext8,
                    Sext16 => Op::Sext16,
                    Sext32 => Op::Sext32,
                    Zext8 => Op::Zext8,
                    Zext16 => Op::Zext16,
                    Zext32 => Op::Zext32,
                    Fneg => Op::FNeg,
                    Fabs => Op::FAbs,
                    Fsqrt => Op::FSqrt,
                    Ffloor => Op::FFloor,
                    Fceil => Op::FCeil,
                    Ftrunc => Op::FTrunc,
                    Fnearest => Op::FNearest,
                    Fround32 => Op::FRound32,
                    SIToF => Op::SIToF,
                    UIToF => Op::UIToF,
                    FToSI => Op::FToSI,
                    FToUI => Op::FToUI,
                    Popcnt => Op::Popcnt,
                    Clz => Op::Clz,
                    Ctz => Op::Ctz,
                    BitsToF | FToBits => {
                        self.mov(r, x);
                        return;
                    }
                };
                self.push(uop, r, x, 0, 0);
            }
            InstKind::Icmp(cc) => {
                let r = res.unwrap();
                let (x, y) = (a[0], a[1]);
                let ic = |k: usize| f.iconst_value(a[k]).filter(|&c| takes_imm(f, &d.kind, a, k, c, false));
                let (cc, x, y, imm) = if let Some(c) = ic(1) {
                    (*cc, x, y, Some(c))
                } else if let Some(c) = ic(0) {
                    (cc.swap(), y, x, Some(c))
                } else {
                    (*cc, x, y, None)
                };
                if let Some(c) = imm {
                    let op = match cc {
                        IntCC::Eq => Op::EqI,
                        IntCC::Ne => Op::NeI,
                        IntCC::Slt => Op::SltI,
                        IntCC::Sle => Op::SleI,
                        IntCC::Sgt => Op::SgtI,
                        IntCC::Sge => Op::SgeI,
                        IntCC::Ult => Op::UltI,
                        IntCC::Ule => Op::UleI,
                        IntCC::Ugt => Op::UgtI,
                        IntCC::Uge => Op::UgeI,
                    };
                    self.push_i(op, r, self.s(x), c as i32);
                    return;
                }
                let (op, x, y) = match cc {
                    IntCC::Eq => (Op::Eq, x, y),
                    IntCC::Ne => (Op::Ne, x, y),
                    IntCC::Slt => (Op::Slt, x, y),
                    IntCC::Sle => (Op::Sle, x, y),
                    IntCC::Sgt => (Op::Slt, y, x),
                    IntCC::Sge => (Op::Sle, y, x),
                    IntCC::Ult => (Op::Ult, x, y),
                    IntCC::Ule => (Op::Ule, x, y),
                    IntCC::Ugt => (Op::Ult, y, x),
                    IntCC::Uge => (Op::Ule, y, x),
                };
                self.push(op, r, self.s(x), self.s(y), 0);
            }
            InstKind::Fcmp(cc) => {
                let r = res.unwrap();
                let (x, y) = (a[0], a[1]);
                let (op, x, y) = match cc {
                    ir::FloatCC::Eq => (Op::FEq, x, y),
                    ir::FloatCC::Ne => (Op::FNe, x, y),
                    ir::FloatCC::Lt => (Op::FLt, x, y),
                    ir::FloatCC::Le => (Op::FLe, x, y),
                    ir::FloatCC::Gt => (Op::FLt, y, x),
                    ir::FloatCC::Ge => (Op::FLe, y, x),
                };
                self.push(op, r, self.s(x), self.s(y), 0);
            }
            InstKind::Select => {
                self.push(Op::Select, res.unwrap(), self.s(a[0]), self.s(a[1]), self.s(a[2]));
            }
            InstKind::Load(mt, off) => {
                use ir::MemType::*;
                let op = match mt {
                    I8 => Op::LdI8,
                    U8 => Op::LdU8,
                    I16 => Op::LdI16,
                    U16 => Op::LdU16,
                    I32 => Op::LdI32,
                    U32 => Op::LdU32,
                    I64 | F64 => Op::Ld64,
                    F32 => Op::LdF32,
                };
                self.push_i(op, res.unwrap(), self.s(a[0]), *off);
            }
            InstKind::Store(mt, off) => {
                use ir::MemType::*;
                let op = match mt {
                    I8 | U8 => Op::St8,
                    I16 | U16 => Op::St16,
                    I32 | U32 => Op::St32,
                    I64 | F64 => Op::St64,
                    F32 => Op::StF32,
                };
                self.push_i(op, self.s(a[1]), self.s(a[0]), *off);
            }
            InstKind::BoundsCheck => {
                self.push(Op::Bounds, self.s(a[0]), self.s(a[1]), 0, 0);
            }
            InstKind::NilCheck => {
                self.push(Op::NilChk, self.s(a[0]), 0, 0, 0);
            }
            InstKind::Call(fid) => {
                self.args_to_area(a);
                let at = self.push(Op::Call, self.out_base, 0, 0, 0);
                self.code[at].set_cd(fid.0 as i32);
                self.results_from_area(&d.results);
            }
            InstKind::CallIndirect(_) => {
                self.args_to_area(&a[1..]);
                self.push(Op::CallInd, self.out_base, self.s(a[0]), 0, 0);
                self.results_from_area(&d.results);
            }
            InstKind::CallNative(nid) => {
                self.args_to_area(a);
                let at = self.push(Op::CallNative, self.out_base, 0, 0, 0);
                self.code[at].set_cd(nid.0 as i32);
                self.results_from_area(&d.results);
            }
            InstKind::FuncAddr(fid) => {
                let addr = (env.funcinfo)(fid.index());
                self.const64(res.unwrap(), addr);
            }
            InstKind::SymAddr(sid) => {
                let addr = env.module.syms[sid.index()].addr;
                self.const64(res.unwrap(), addr);
            }
        }
    }

    fn args_to_area(&mut self, args: &[Value]) {
        for (k, &v) in args.iter().enumerate() {
            self.mov(self.out_base + k as u16, self.s(v));
        }
    }

    fn results_from_area(&mut self, results: &[Value]) {
        for (k, &r) in results.iter().enumerate() {
            let src = self.out_base + k as u16;
            self.mov(self.s(r), src);
        }
    }
}
