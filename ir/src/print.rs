//! The text form of the IR.
//!
//! Values and blocks are renumbered in layout order when printed, so the text
//! of a function does not depend on how it was built and `parse(print(f))`
//! prints the same text again.

use crate::entities::{Block, Value};
use crate::function::Function;
use crate::inst::{BlockCall, InstKind, Terminator};
use crate::module::Module;
use std::collections::HashMap;
use std::fmt::Write;

struct Names {
    values: HashMap<Value, usize>,
    blocks: HashMap<Block, usize>,
}

impl Names {
    fn new(f: &Function) -> Names {
        let mut n = Names { values: HashMap::new(), blocks: HashMap::new() };
        for (i, &b) in f.layout.iter().enumerate() {
            n.blocks.insert(b, i);
        }
        for &b in &f.layout {
            for &p in &f.blocks[b.index()].params {
                let k = n.values.len();
                n.values.entry(p).or_insert(k);
            }
            for &i in &f.blocks[b.index()].insts {
                for &r in &f.insts[i.index()].results {
                    let k = n.values.len();
                    n.values.entry(r).or_insert(k);
                }
            }
        }
        n
    }
    fn v(&self, v: Value) -> String {
        match self.values.get(&v) {
            Some(i) => format!("v{i}"),
            None => format!("v?{}", v.0),
        }
    }
    fn b(&self, b: Block) -> String {
        match self.blocks.get(&b) {
            Some(i) => format!("block{i}"),
            None => format!("block?{}", b.0),
        }
    }
    fn list(&self, vs: &[Value]) -> String {
        vs.iter().map(|&v| self.v(v)).collect::<Vec<_>>().join(", ")
    }
    fn call(&self, c: &BlockCall) -> String {
        if c.args.is_empty() {
            self.b(c.block)
        } else {
            format!("{}({})", self.b(c.block), self.list(&c.args))
        }
    }
}

fn types(ts: &[crate::types::Type]) -> String {
    ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
}

/// Prints one function. With a module, callee and symbol names are shown.
pub fn function_to_string(f: &Function, m: Option<&Module>) -> String {
    let n = Names::new(f);
    let mut s = String::new();
    let _ = write!(s, "func @{}({})", f.name, types(&f.sig.params));
    if !f.sig.results.is_empty() {
        let _ = write!(s, " -> {}", types(&f.sig.results));
    }
    if let Some(u) = &f.unwind {
        let _ = write!(s, " unwind({}, {})", n.v(u.marker), n.b(u.recover));
    }
    s.push_str(" {\n");
    for &b in &f.layout {
        let bd = &f.blocks[b.index()];
        if bd.params.is_empty() {
            let _ = writeln!(s, "{}:", n.b(b));
        } else {
            let ps: Vec<String> = bd.params.iter().map(|&p| format!("{}: {}", n.v(p), f.value_type(p))).collect();
            let _ = writeln!(s, "{}({}):", n.b(b), ps.join(", "));
        }
        for &i in &bd.insts {
            let d = &f.insts[i.index()];
            s.push_str("    ");
            if !d.results.is_empty() {
                let _ = write!(s, "{} = ", n.list(&d.results));
            }
            let a = &d.args;
            match &d.kind {
                InstKind::Iconst(c) => {
                    let _ = write!(s, "iconst {c}");
                }
                InstKind::Fconst(bits) => {
                    let _ = write!(s, "fconst {}", fmt_float(f64::from_bits(*bits)));
                }
                InstKind::Binary(op) => {
                    let _ = write!(s, "{} {}", op.name(), n.list(a));
                }
                InstKind::Unary(op) => {
                    let _ = write!(s, "{} {}", op.name(), n.list(a));
                }
                InstKind::Icmp(cc) => {
                    let _ = write!(s, "icmp {} {}", cc.name(), n.list(a));
                }
                InstKind::Fcmp(cc) => {
                    let _ = write!(s, "fcmp {} {}", cc.name(), n.list(a));
                }
                InstKind::Select => {
                    let _ = write!(s, "select {}", n.list(a));
                }
                InstKind::Load(mt, off) => {
                    let _ = write!(s, "load.{} {}{:+}", mt, n.v(a[0]), off);
                }
                InstKind::Store(mt, off) => {
                    let _ = write!(s, "store.{} {}{:+}, {}", mt, n.v(a[0]), off, n.v(a[1]));
                }
                InstKind::BoundsCheck => {
                    let _ = write!(s, "bounds_check {}", n.list(a));
                }
                InstKind::NilCheck => {
                    let _ = write!(s, "nil_check {}", n.list(a));
                }
                InstKind::Call(fid) => {
                    let name = m.map(|m| m.funcs[fid.index()].name.clone()).unwrap_or_else(|| fid.to_string());
                    let _ = write!(s, "call @{}({})", name, n.list(a));
                }
                InstKind::CallIndirect(sig) => {
                    let sig = match m {
                        Some(m) => {
                            let sg = &m.sigs[sig.index()];
                            format!("({}) -> ({})", types(&sg.params), types(&sg.results))
                        }
                        None => sig.to_string(),
                    };
                    let _ = write!(s, "call_indirect {} {}({})", sig, n.v(a[0]), n.list(&a[1..]));
                }
                InstKind::CallNative(nid) => {
                    let name = m.map(|m| m.natives[nid.index()].name.clone()).unwrap_or_else(|| nid.to_string());
                    let _ = write!(s, "call_native @{}({})", name, n.list(a));
                }
                InstKind::FuncAddr(fid) => {
                    let name = m.map(|m| m.funcs[fid.index()].name.clone()).unwrap_or_else(|| fid.to_string());
                    let _ = write!(s, "func_addr @{name}");
                }
                InstKind::SymAddr(sid) => {
                    let name = m.map(|m| m.syms[sid.index()].name.clone()).unwrap_or_else(|| sid.to_string());
                    let _ = write!(s, "sym_addr @{name}");
                }
            }
            s.push('\n');
        }
        s.push_str("    ");
        match &bd.term {
            Terminator::Jump(c) => {
                let _ = write!(s, "jump {}", n.call(c));
            }
            Terminator::Brif(c, t, e) => {
                let _ = write!(s, "brif {}, {}, {}", n.v(*c), n.call(t), n.call(e));
            }
            Terminator::Ret(vs) => {
                if vs.is_empty() {
                    s.push_str("ret");
                } else {
                    let _ = write!(s, "ret {}", n.list(vs));
                }
            }
            Terminator::Unreachable => s.push_str("unreachable"),
        }
        s.push('\n');
    }
    s.push_str("}\n");
    s
}

/// A float literal that parses back to the same bits.
pub fn fmt_float(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        format!("0x{:016x}", x.to_bits())
    } else {
        let s = format!("{x:?}");
        if s.contains('.') || s.contains('e') {
            s
        } else {
            format!("{s}.0")
        }
    }
}

/// Prints a whole module: natives, symbols, then functions.
pub fn module_to_string(m: &Module) -> String {
    let mut s = String::new();
    for nd in &m.natives {
        let _ = write!(s, "native @{}({})", nd.name, types(&nd.sig.params));
        if !nd.sig.results.is_empty() {
            let _ = write!(s, " -> {}", types(&nd.sig.results));
        }
        if nd.noreturn {
            s.push_str(" noreturn");
        }
        s.push('\n');
    }
    for sd in &m.syms {
        let _ = writeln!(s, "sym @{}", sd.name);
    }
    for f in &m.funcs {
        s.push('\n');
        s.push_str(&function_to_string(f, Some(m)));
    }
    s
}
