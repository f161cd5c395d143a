//! IR verifier: structural checks, types and SSA dominance.

use crate::dom::DomTree;
use crate::entities::{Block, Inst, Value};
use crate::function::{Function, ValueDef};
use crate::inst::{InstKind, Terminator};
use crate::module::Module;
use crate::types::Type;

pub fn verify_module(m: &Module) -> Result<(), String> {
    for f in &m.funcs {
        verify_function(f, Some(m))?;
    }
    Ok(())
}

struct V<'a> {
    f: &'a Function,
    m: Option<&'a Module>,
    dom: DomTree,
    /// Position of each instruction in its block, and its block.
    inst_pos: Vec<Option<(Block, usize)>>,
}

pub fn verify_function(f: &Function, m: Option<&Module>) -> Result<(), String> {
    let dom = DomTree::compute(f);
    let mut inst_pos = vec![None; f.insts.len()];
    let mut placed = vec![false; f.blocks.len()];
    for &b in &f.layout {
        if placed[b.index()] {
            return Err(format!("{}: {} appears twice in the layout", f.name, b));
        }
        placed[b.index()] = true;
        for (k, &i) in f.blocks[b.index()].insts.iter().enumerate() {
            if inst_pos[i.index()].is_some() {
                return Err(format!("{}: {} placed twice", f.name, i));
            }
            inst_pos[i.index()] = Some((b, k));
        }
    }
    if f.layout.first() != Some(&f.entry()) {
        return Err(format!("{}: the entry block must come first", f.name));
    }
    let v = V { f, m, dom, inst_pos };
    v.run(&placed).map_err(|e| format!("{}: {}\n{}", f.name, e, crate::print::function_to_string(f, m)))
}

impl V<'_> {
    fn run(&self, placed: &[bool]) -> Result<(), String> {
        let f = self.f;
        let entry_params: Vec<Type> = f.blocks[0].params.iter().map(|&p| f.value_type(p)).collect();
        if entry_params != f.sig.params {
            return Err("entry block parameters do not match the signature".into());
        }
        for &b in &f.layout {
            if !self.dom.is_reachable(b) {
                continue;
            }
            let bd = &f.blocks[b.index()];
            for (k, &p) in bd.params.iter().enumerate() {
                if f.values[p.index()].def != ValueDef::Param(b, k as u32) {
                    return Err(format!("{p} is not parameter {k} of {b}"));
                }
            }
            for (k, &i) in bd.insts.iter().enumerate() {
                self.check_inst(b, k, i)?;
            }
            self.check_term(b, placed)?;
        }
        if let Some(u) = f.unwind {
            match f.values[u.marker.index()].def {
                ValueDef::Result(i, _) if self.inst_pos[i.index()].map(|p| p.0) == Some(f.entry()) => {}
                ValueDef::Param(b, _) if b == f.entry() => {}
                _ => return Err("the unwind marker must be defined in the entry block".into()),
            }
            if !f.blocks[u.recover.index()].params.is_empty() || !placed[u.recover.index()] {
                return Err("the recover block must be placed and take no parameters".into());
            }
        }
        Ok(())
    }

    /// Is `v` available at position `k` of block `b` (k = insts.len() means the terminator)?
    fn check_use(&self, v: Value, b: Block, k: usize) -> Result<(), String> {
        let f = self.f;
        if v.index() >= f.values.len() {
            return Err(format!("use of unknown value {v}"));
        }
        let ok = match f.values[v.index()].def {
            ValueDef::Param(pb, _) => self.dom.dominates(pb, b),
            ValueDef::Result(i, _) => match self.inst_pos[i.index()] {
                None => false,
                Some((db, dk)) => {
                    if db == b {
                        dk < k
                    } else {
                        self.dom.dominates(db, b)
                    }
                }
            },
        };
        if ok {
            Ok(())
        } else {
            Err(format!("{v} used in {b} is not defined on every path to it"))
        }
    }

    fn expect(&self, v: Value, ty: Type, what: &str) -> Result<(), String> {
        if self.f.value_type(v) != ty {
            return Err(format!("{what}: {v} has type {}, expected {ty}", self.f.value_type(v)));
        }
        Ok(())
    }

    fn check_inst(&self, b: Block, k: usize, i: Inst) -> Result<(), String> {
        let f = self.f;
        let d = &f.insts[i.index()];
        for &a in &d.args {
            self.check_use(a, b, k)?;
        }
        for (n, &r) in d.results.iter().enumerate() {
            if f.values[r.index()].def != ValueDef::Result(i, n as u32) {
                return Err(format!("{r} is not result {n} of {i}"));
            }
        }
        let arity = |n: usize, r: usize| -> Result<(), String> {
            if d.args.len() != n || d.results.len() != r {
                Err(format!("{i} ({:?}) takes {n} operands and {r} results", d.kind))
            } else {
                Ok(())
            }
        };
        use Type::*;
        match &d.kind {
            InstKind::Iconst(_) => {
                arity(0, 1)?;
                self.expect(d.results[0], I64, "iconst")?;
            }
            InstKind::Fconst(_) => {
                arity(0, 1)?;
                self.expect(d.results[0], F64, "fconst")?;
            }
            InstKind::Binary(op) => {
                arity(2, 1)?;
                let t = if op.is_float() { F64 } else { I64 };
                self.expect(d.args[0], t, op.name())?;
                self.expect(d.args[1], t, op.name())?;
                self.expect(d.results[0], t, op.name())?;
            }
            InstKind::Unary(op) => {
                arity(1, 1)?;
                let (fi, fo) = op.float_io();
                self.expect(d.args[0], if fi { F64 } else { I64 }, op.name())?;
                self.expect(d.results[0], if fo { F64 } else { I64 }, op.name())?;
            }
            InstKind::Icmp(_) => {
                arity(2, 1)?;
                self.expect(d.args[0], I64, "icmp")?;
                self.expect(d.args[1], I64, "icmp")?;
                self.expect(d.results[0], I64, "icmp")?;
            }
            InstKind::Fcmp(_) => {
                arity(2, 1)?;
                self.expect(d.args[0], F64, "fcmp")?;
                self.expect(d.args[1], F64, "fcmp")?;
                self.expect(d.results[0], I64, "fcmp")?;
            }
            InstKind::Select => {
                arity(3, 1)?;
                self.expect(d.args[0], I64, "select")?;
                let t = f.value_type(d.args[1]);
                self.expect(d.args[2], t, "select")?;
                self.expect(d.results[0], t, "select")?;
            }
            InstKind::Load(mt, _) => {
                arity(1, 1)?;
                self.expect(d.args[0], I64, "load address")?;
                self.expect(d.results[0], mt.reg(), "load")?;
            }
            InstKind::Store(mt, _) => {
                arity(2, 0)?;
                self.expect(d.args[0], I64, "store address")?;
                self.expect(d.args[1], mt.reg(), "store")?;
            }
            InstKind::BoundsCheck => {
                arity(2, 0)?;
                self.expect(d.args[0], I64, "bounds_check")?;
                self.expect(d.args[1], I64, "bounds_check")?;
            }
            InstKind::NilCheck => {
                arity(1, 0)?;
                self.expect(d.args[0], I64, "nil_check")?;
            }
            InstKind::FuncAddr(fid) => {
                arity(0, 1)?;
                if let Some(m) = self.m {
                    if fid.index() >= m.funcs.len() {
                        return Err(format!("unknown function {fid}"));
                    }
                }
            }
            InstKind::SymAddr(sid) => {
                arity(0, 1)?;
                if let Some(m) = self.m {
                    if sid.index() >= m.syms.len() {
                        return Err(format!("unknown symbol {sid}"));
                    }
                }
            }
            InstKind::Call(fid) => {
                if let Some(m) = self.m {
                    let callee = m.funcs.get(fid.index()).ok_or(format!("unknown function {fid}"))?;
                    self.check_sig(&callee.sig, &d.args, &d.results, &callee.name)?;
                }
            }
            InstKind::CallIndirect(sig) => {
                if d.args.is_empty() {
                    return Err("call_indirect needs a function operand".into());
                }
                self.expect(d.args[0], I64, "call_indirect target")?;
                if let Some(m) = self.m {
                    let sg = m.sigs.get(sig.index()).ok_or(format!("unknown signature {sig}"))?;
                    self.check_sig(sg, &d.args[1..], &d.results, "call_indirect")?;
                }
            }
            InstKind::CallNative(nid) => {
                if let Some(m) = self.m {
                    let nd = m.natives.get(nid.index()).ok_or(format!("unknown native {nid}"))?;
                    self.check_sig(&nd.sig, &d.args, &d.results, &nd.name)?;
                }
            }
        }
        Ok(())
    }

    fn check_sig(
        &self,
        sig: &crate::function::Signature,
        args: &[Value],
        results: &[Value],
        name: &str,
    ) -> Result<(), String> {
        let f = self.f;
        let at: Vec<Type> = args.iter().map(|&a| f.value_type(a)).collect();
        let rt: Vec<Type> = results.iter().map(|&r| f.value_type(r)).collect();
        if at != sig.params || rt != sig.results {
            return Err(format!(
                "call of {name}: operand/result types {at:?} -> {rt:?} do not match {:?} -> {:?}",
                sig.params, sig.results
            ));
        }
        Ok(())
    }

    fn check_term(&self, b: Block, placed: &[bool]) -> Result<(), String> {
        let f = self.f;
        let bd = &f.blocks[b.index()];
        let k = bd.insts.len();
        let mut err = Ok(());
        bd.term.for_each_use(|v| {
            if err.is_ok() {
                err = self.check_use(v, b, k);
            }
        });
        err?;
        match &bd.term {
            Terminator::Brif(c, _, _) => self.expect(*c, Type::I64, "brif condition")?,
            Terminator::Ret(vs) => {
                let rt: Vec<Type> = vs.iter().map(|&v| f.value_type(v)).collect();
                if rt != f.sig.results {
                    return Err(format!("{b}: ret types {rt:?} do not match {:?}", f.sig.results));
                }
            }
            _ => {}
        }
        for t in bd.term.targets() {
            if !placed.get(t.block.index()).copied().unwrap_or(false) {
                return Err(format!("{b} branches to {} which is not in the layout", t.block));
            }
            let params = &f.blocks[t.block.index()].params;
            if params.len() != t.args.len() {
                return Err(format!(
                    "{b} passes {} arguments to {} which has {} parameters",
                    t.args.len(),
                    t.block,
                    params.len()
                ));
            }
            for (&a, &p) in t.args.iter().zip(params) {
                self.expect(a, f.value_type(p), "block argument")?;
            }
        }
        Ok(())
    }
}
