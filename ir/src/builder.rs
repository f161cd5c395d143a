//! Building functions, with SSA construction for mutable variables.
//!
//! Variables are turned into SSA values on the fly with the algorithm of
//! Braun et al. ("Simple and Efficient Construction of SSA Form", CC 2013):
//! a read in a block without a local definition looks into the
//! predecessors, creating block parameters where control flow merges.
//! Blocks must be sealed once all their predecessors are known.
//! Redundant parameters this leaves behind are removed by
//! `passes::simplify_params`.

use crate::entities::{Block, FuncId, Inst, Loc, NativeId, SigId, SymId, Value};
use crate::function::Function;
use crate::inst::{BinOp, BlockCall, FloatCC, InstKind, IntCC, Terminator, UnOp};
use crate::types::{MemType, Type};
use std::collections::HashMap;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Variable(pub u32);

pub struct FunctionBuilder<'f> {
    pub func: &'f mut Function,
    cur: Block,
    loc: Loc,
    var_types: Vec<Type>,
    defs: Vec<HashMap<Variable, Value>>,
    sealed: Vec<bool>,
    terminated: Vec<bool>,
    preds: Vec<Vec<Block>>,
    incomplete: Vec<Vec<(Variable, Value)>>,
}

impl<'f> FunctionBuilder<'f> {
    pub fn new(func: &'f mut Function) -> Self {
        let mut b = FunctionBuilder {
            func,
            cur: Block(0),
            loc: Loc::NONE,
            var_types: Vec::new(),
            defs: Vec::new(),
            sealed: Vec::new(),
            terminated: Vec::new(),
            preds: Vec::new(),
            incomplete: Vec::new(),
        };
        b.grow();
        b.sealed[0] = true; // the entry has no predecessors
        b
    }

    fn grow(&mut self) {
        let n = self.func.blocks.len();
        self.defs.resize_with(n, HashMap::new);
        self.sealed.resize(n, false);
        self.terminated.resize(n, false);
        self.preds.resize_with(n, Vec::new);
        self.incomplete.resize_with(n, Vec::new);
    }

    pub fn create_block(&mut self) -> Block {
        let b = self.func.new_block();
        self.grow();
        b
    }

    /// Adds an explicit parameter; call before any branch targets the block.
    pub fn append_block_param(&mut self, b: Block, ty: Type) -> Value {
        self.func.add_block_param(b, ty)
    }

    pub fn switch_to_block(&mut self, b: Block) {
        self.cur = b;
    }

    pub fn current_block(&self) -> Block {
        self.cur
    }

    /// True once the current block has its terminator.
    pub fn is_terminated(&self) -> bool {
        self.terminated[self.cur.index()]
    }

    pub fn set_loc(&mut self, loc: Loc) {
        self.loc = loc;
    }

    pub fn loc(&self) -> Loc {
        self.loc
    }

    // ---- variables ----

    pub fn declare_var(&mut self, ty: Type) -> Variable {
        self.var_types.push(ty);
        Variable(self.var_types.len() as u32 - 1)
    }

    pub fn var_type(&self, v: Variable) -> Type {
        self.var_types[v.0 as usize]
    }

    pub fn def_var(&mut self, var: Variable, val: Value) {
        self.defs[self.cur.index()].insert(var, val);
    }

    pub fn use_var(&mut self, var: Variable) -> Value {
        let b = self.cur;
        self.read(var, b)
    }

    fn read(&mut self, var: Variable, block: Block) -> Value {
        // Walk single-predecessor chains iteratively: long straight-line
        // code must not recurse once per block.
        let mut b = block;
        let mut chain = Vec::new();
        let v = loop {
            if let Some(&v) = self.defs[b.index()].get(&var) {
                break v;
            }
            if self.sealed[b.index()] && self.preds[b.index()].len() == 1 {
                chain.push(b);
                b = self.preds[b.index()][0];
                continue;
            }
            break self.read_merge(var, b);
        };
        for c in chain {
            self.defs[c.index()].insert(var, v);
        }
        v
    }

    fn read_merge(&mut self, var: Variable, b: Block) -> Value {
        let ty = self.var_types[var.0 as usize];
        if !self.sealed[b.index()] {
            let p = self.func.add_block_param(b, ty);
            self.incomplete[b.index()].push((var, p));
            self.defs[b.index()].insert(var, p);
            return p;
        }
        if self.preds[b.index()].is_empty() {
            // Read before any definition: a zero value placed at the entry.
            let v = self.zero_at_entry(ty);
            self.defs[b.index()].insert(var, v);
            return v;
        }
        let p = self.func.add_block_param(b, ty);
        self.defs[b.index()].insert(var, p);
        self.add_param_args(var, b);
        p
    }

    fn zero_at_entry(&mut self, ty: Type) -> Value {
        let kind = match ty {
            Type::I64 => InstKind::Iconst(0),
            Type::F64 => InstKind::Fconst(0),
        };
        let i = self.func.make_inst(kind, vec![], &[ty], Loc::NONE);
        self.func.blocks[0].insts.insert(0, i);
        self.func.result(i)
    }

    /// Appends, to every branch into `b`, the value `var` has at its source.
    fn add_param_args(&mut self, var: Variable, b: Block) {
        let preds = self.preds[b.index()].clone();
        for p in preds {
            let v = self.read(var, p);
            for t in self.func.blocks[p.index()].term.targets_mut() {
                if t.block == b {
                    t.args.push(v);
                }
            }
        }
    }

    /// Declares that every predecessor of `b` is known.
    pub fn seal_block(&mut self, b: Block) {
        if self.sealed[b.index()] {
            return;
        }
        self.sealed[b.index()] = true;
        let inc = std::mem::take(&mut self.incomplete[b.index()]);
        for (var, _) in inc {
            self.add_param_args(var, b);
        }
    }

    pub fn seal_all_blocks(&mut self) {
        for i in 0..self.func.blocks.len() {
            self.seal_block(Block::new(i));
        }
    }

    // ---- instructions ----

    pub fn ins(&mut self, kind: InstKind, args: Vec<Value>, results: &[Type]) -> Inst {
        debug_assert!(!self.is_terminated(), "instruction after terminator in {}", self.cur);
        let i = self.func.make_inst(kind, args, results, self.loc);
        self.func.blocks[self.cur.index()].insts.push(i);
        i
    }

    fn ins1(&mut self, kind: InstKind, args: Vec<Value>, ty: Type) -> Value {
        let i = self.ins(kind, args, &[ty]);
        self.func.result(i)
    }

    pub fn iconst(&mut self, c: i64) -> Value {
        self.ins1(InstKind::Iconst(c), vec![], Type::I64)
    }

    pub fn fconst(&mut self, c: f64) -> Value {
        self.ins1(InstKind::Fconst(c.to_bits()), vec![], Type::F64)
    }

    pub fn binary(&mut self, op: BinOp, a: Value, b: Value) -> Value {
        let ty = if op.is_float() { Type::F64 } else { Type::I64 };
        self.ins1(InstKind::Binary(op), vec![a, b], ty)
    }

    pub fn unary(&mut self, op: UnOp, a: Value) -> Value {
        let ty = if op.float_io().1 { Type::F64 } else { Type::I64 };
        self.ins1(InstKind::Unary(op), vec![a], ty)
    }

    pub fn icmp(&mut self, cc: IntCC, a: Value, b: Value) -> Value {
        self.ins1(InstKind::Icmp(cc), vec![a, b], Type::I64)
    }

    pub fn fcmp(&mut self, cc: FloatCC, a: Value, b: Value) -> Value {
        self.ins1(InstKind::Fcmp(cc), vec![a, b], Type::I64)
    }

    pub fn select(&mut self, c: Value, a: Value, b: Value) -> Value {
        let ty = self.func.value_type(a);
        self.ins1(InstKind::Select, vec![c, a, b], ty)
    }

    pub fn load(&mut self, mt: MemType, addr: Value, offset: i32) -> Value {
        self.ins1(InstKind::Load(mt, offset), vec![addr], mt.reg())
    }

    pub fn store(&mut self, mt: MemType, addr: Value, offset: i32, val: Value) {
        self.ins(InstKind::Store(mt, offset), vec![addr, val], &[]);
    }

    pub fn bounds_check(&mut self, idx: Value, len: Value) {
        self.ins(InstKind::BoundsCheck, vec![idx, len], &[]);
    }

    pub fn nil_check(&mut self, p: Value) {
        self.ins(InstKind::NilCheck, vec![p], &[]);
    }

    pub fn call(&mut self, f: FuncId, results: &[Type], args: Vec<Value>) -> Vec<Value> {
        let i = self.ins(InstKind::Call(f), args, results);
        self.func.insts[i.index()].results.clone()
    }

    pub fn call_indirect(&mut self, sig: SigId, results: &[Type], fi: Value, mut args: Vec<Value>) -> Vec<Value> {
        args.insert(0, fi);
        let i = self.ins(InstKind::CallIndirect(sig), args, results);
        self.func.insts[i.index()].results.clone()
    }

    pub fn call_native(&mut self, n: NativeId, results: &[Type], args: Vec<Value>) -> Vec<Value> {
        let i = self.ins(InstKind::CallNative(n), args, results);
        self.func.insts[i.index()].results.clone()
    }

    pub fn func_addr(&mut self, f: FuncId) -> Value {
        self.ins1(InstKind::FuncAddr(f), vec![], Type::I64)
    }

    pub fn sym_addr(&mut self, s: SymId) -> Value {
        self.ins1(InstKind::SymAddr(s), vec![], Type::I64)
    }

    // ---- terminators ----

    fn terminate(&mut self, t: Terminator) {
        debug_assert!(!self.is_terminated(), "{} terminated twice", self.cur);
        let cur = self.cur;
        for s in t.successors() {
            if !self.preds[s.index()].contains(&cur) {
                debug_assert!(!self.sealed[s.index()], "branch into sealed {}", s);
                self.preds[s.index()].push(cur);
            }
        }
        let bd = &mut self.func.blocks[cur.index()];
        bd.term = t;
        bd.term_loc = self.loc;
        self.terminated[cur.index()] = true;
    }

    pub fn jump(&mut self, b: Block, args: Vec<Value>) {
        self.terminate(Terminator::Jump(BlockCall::new(b, args)));
    }

    pub fn brif(&mut self, c: Value, t: Block, targs: Vec<Value>, e: Block, eargs: Vec<Value>) {
        self.terminate(Terminator::Brif(c, BlockCall::new(t, targs), BlockCall::new(e, eargs)));
    }

    pub fn ret(&mut self, vals: Vec<Value>) {
        self.terminate(Terminator::Ret(vals));
    }

    pub fn unreachable(&mut self) {
        self.terminate(Terminator::Unreachable);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::function::Signature;

    #[test]
    fn loop_variable_becomes_block_param() {
        // sum := 0; for i := 0; i < n; i++ { sum += i }; return sum
        let mut f = Function::new("sum", Signature::new(vec![Type::I64], vec![Type::I64]));
        let n = f.blocks[0].params[0];
        let mut b = FunctionBuilder::new(&mut f);
        let sum = b.declare_var(Type::I64);
        let i = b.declare_var(Type::I64);
        let z = b.iconst(0);
        b.def_var(sum, z);
        b.def_var(i, z);
        let head = b.create_block();
        let body = b.create_block();
        let exit = b.create_block();
        b.jump(head, vec![]);
        b.switch_to_block(head);
        let iv = b.use_var(i);
        let c = b.icmp(IntCC::Slt, iv, n);
        b.brif(c, body, vec![], exit, vec![]);
        b.switch_to_block(body);
        b.seal_block(body);
        let s = b.use_var(sum);
        let iv = b.use_var(i);
        let s2 = b.binary(BinOp::Iadd, s, iv);
        b.def_var(sum, s2);
        let one = b.iconst(1);
        let i2 = b.binary(BinOp::Iadd, iv, one);
        b.def_var(i, i2);
        b.jump(head, vec![]);
        b.seal_block(head);
        b.switch_to_block(exit);
        b.seal_block(exit);
        let s = b.use_var(sum);
        b.ret(vec![s]);
        assert_eq!(f.blocks[head.index()].params.len(), 2);
        crate::verify::verify_function(&f, None).unwrap();
    }
}
