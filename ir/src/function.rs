//! A function: blocks, instructions and values in dense tables.

use crate::entities::{Block, Inst, Loc, Value};
use crate::inst::{InstKind, Terminator};
use crate::types::Type;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
}

impl Signature {
    pub fn new(params: Vec<Type>, results: Vec<Type>) -> Self {
        Signature { params, results }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ValueDef {
    /// The n-th result of an instruction.
    Result(Inst, u32),
    /// The n-th parameter of a block.
    Param(Block, u32),
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub ty: Type,
    pub def: ValueDef,
}

#[derive(Clone, Debug)]
pub struct InstData {
    pub kind: InstKind,
    pub args: Vec<Value>,
    pub results: Vec<Value>,
    /// Source position for panics and tracebacks.
    pub loc: Loc,
}

#[derive(Clone, Debug)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
    /// Source position of the terminator (the `return`, for tracebacks).
    pub term_loc: Loc,
}

/// Panic recovery for functions that defer calls.
///
/// When a panic propagates through a call or instruction of such a function,
/// the engine calls the runtime's unwinder with `marker` (a value defined in
/// the entry block). If a deferred call recovered, execution continues at
/// `recover`, which takes no parameters and may only use values defined in
/// the entry block; otherwise the panic continues into the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unwind {
    pub marker: Value,
    pub recover: Block,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub sig: Signature,
    pub blocks: Vec<BlockData>,
    pub insts: Vec<InstData>,
    pub values: Vec<ValueData>,
    /// Blocks in layout order; block 0 (the entry) comes first. Blocks not
    /// in the layout are dead.
    pub layout: Vec<Block>,
    pub unwind: Option<Unwind>,
    /// Source location of the function itself (its declaration).
    pub loc: Loc,
}

impl Function {
    /// A function with an entry block whose parameters match the signature.
    pub fn new(name: impl Into<String>, sig: Signature) -> Self {
        let mut f = Function {
            name: name.into(),
            sig: sig.clone(),
            blocks: Vec::new(),
            insts: Vec::new(),
            values: Vec::new(),
            layout: Vec::new(),
            unwind: None,
            loc: Loc::NONE,
        };
        let entry = f.new_block();
        for ty in sig.params {
            f.add_block_param(entry, ty);
        }
        f
    }

    pub fn entry(&self) -> Block {
        Block(0)
    }

    pub fn new_block(&mut self) -> Block {
        let b = Block::new(self.blocks.len());
        self.blocks.push(BlockData {
            params: Vec::new(),
            insts: Vec::new(),
            term: Terminator::Unreachable,
            term_loc: Loc::NONE,
        });
        self.layout.push(b);
        b
    }

    pub fn add_block_param(&mut self, b: Block, ty: Type) -> Value {
        let n = self.blocks[b.index()].params.len() as u32;
        let v = Value::new(self.values.len());
        self.values.push(ValueData { ty, def: ValueDef::Param(b, n) });
        self.blocks[b.index()].params.push(v);
        v
    }

    /// Creates an instruction (not yet placed in a block) with fresh results.
    pub fn make_inst(&mut self, kind: InstKind, args: Vec<Value>, result_types: &[Type], loc: Loc) -> Inst {
        let inst = Inst::new(self.insts.len());
        let results = result_types
            .iter()
            .enumerate()
            .map(|(i, &ty)| {
                let v = Value::new(self.values.len());
                self.values.push(ValueData { ty, def: ValueDef::Result(inst, i as u32) });
                v
            })
            .collect();
        self.insts.push(InstData { kind, args, results, loc });
        inst
    }

    pub fn value_type(&self, v: Value) -> Type {
        self.values[v.index()].ty
    }

    pub fn inst(&self, i: Inst) -> &InstData {
        &self.insts[i.index()]
    }

    pub fn block(&self, b: Block) -> &BlockData {
        &self.blocks[b.index()]
    }

    /// The single result of an instruction.
    pub fn result(&self, i: Inst) -> Value {
        self.insts[i.index()].results[0]
    }

    /// The instruction that defines `v`, if it is an instruction result.
    pub fn def_inst(&self, v: Value) -> Option<Inst> {
        match self.values[v.index()].def {
            ValueDef::Result(i, _) => Some(i),
            ValueDef::Param(..) => None,
        }
    }

    /// The constant an integer value is known to hold, if it is an iconst.
    pub fn iconst_value(&self, v: Value) -> Option<i64> {
        match self.def_inst(v).map(|i| &self.insts[i.index()].kind) {
            Some(InstKind::Iconst(c)) => Some(*c),
            _ => None,
        }
    }

    /// Control-flow successors, counting the unwinder's entry into the
    /// recover block as an edge from the entry block.
    pub fn successors(&self, b: Block) -> impl Iterator<Item = Block> + '_ {
        let recover = if b == self.entry() { self.unwind.map(|u| u.recover) } else { None };
        self.blocks[b.index()].term.successors().chain(recover)
    }

    /// Predecessor lists indexed by block (only blocks in the layout).
    pub fn predecessors(&self) -> Vec<Vec<Block>> {
        let mut preds = vec![Vec::new(); self.blocks.len()];
        for &b in &self.layout {
            for s in self.successors(b) {
                preds[s.index()].push(b);
            }
        }
        preds
    }

    /// Number of instructions placed in live blocks (a size measure).
    pub fn inst_count(&self) -> usize {
        self.layout.iter().map(|b| self.blocks[b.index()].insts.len() + 1).sum()
    }

    /// Blocks reachable from the entry, in reverse post-order.
    pub fn rpo(&self) -> Vec<Block> {
        let n = self.blocks.len();
        let mut seen = vec![false; n];
        let mut post = Vec::with_capacity(n);
        // Iterative DFS: (block, next successor index).
        let mut stack: Vec<(Block, usize)> = vec![(self.entry(), 0)];
        seen[0] = true;
        while let Some(&mut (b, ref mut i)) = stack.last_mut() {
            if let Some(s) = self.successors(b).nth(*i) {
                *i += 1;
                if !seen[s.index()] {
                    seen[s.index()] = true;
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
                stack.pop();
            }
        }
        post.reverse();
        post
    }

    /// Applies `f` to every value use in the function (instructions and
    /// terminators of live blocks).
    pub fn map_all_uses(&mut self, mut f: impl FnMut(Value) -> Value) {
        for bi in 0..self.layout.len() {
            let b = self.layout[bi];
            for k in 0..self.blocks[b.index()].insts.len() {
                let i = self.blocks[b.index()].insts[k];
                for a in self.insts[i.index()].args.iter_mut() {
                    *a = f(*a);
                }
            }
            self.blocks[b.index()].term.map_uses(&mut f);
        }
        if let Some(u) = &mut self.unwind {
            u.marker = f(u.marker);
        }
    }

    /// Number of uses of each value in live code.
    pub fn use_counts(&self) -> Vec<u32> {
        let mut counts = vec![0u32; self.values.len()];
        for &b in &self.layout {
            let bd = &self.blocks[b.index()];
            for &i in &bd.insts {
                for a in &self.insts[i.index()].args {
                    counts[a.index()] += 1;
                }
            }
            bd.term.for_each_use(|v| counts[v.index()] += 1);
        }
        if let Some(u) = &self.unwind {
            counts[u.marker.index()] += 1;
        }
        counts
    }
}
