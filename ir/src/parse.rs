//! Parser for the text form printed by `print`, used by IR filetests.

use crate::entities::{Block, Value};
use crate::function::{Function, Signature, Unwind};
use crate::inst::{BinOp, BlockCall, FloatCC, InstKind, IntCC, Terminator, UnOp};
use crate::module::Module;
use crate::types::{MemType, Type};
use std::collections::HashMap;

pub fn parse_module(text: &str) -> Result<Module, String> {
    let mut m = Module::new();
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split(';').next().unwrap_or("").trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    // Pass 1: declarations and function headers, so calls can refer forward.
    let mut funcs: Vec<(usize, usize)> = Vec::new(); // (header line idx, end idx)
    let mut i = 0;
    while i < lines.len() {
        let (ln, l) = lines[i];
        if let Some(rest) = l.strip_prefix("native ") {
            let noreturn = rest.ends_with(" noreturn");
            let rest = rest.trim_end_matches(" noreturn");
            let (name, sig) = parse_header(rest).map_err(|e| format!("line {ln}: {e}"))?;
            m.native(&name, sig, noreturn);
            i += 1;
        } else if let Some(rest) = l.strip_prefix("sym ") {
            m.sym(rest.trim().trim_start_matches('@'), 0);
            i += 1;
        } else if let Some(rest) = l.strip_prefix("func ") {
            let head = rest.split(" unwind(").next().unwrap().trim_end_matches('{').trim();
            let (name, sig) = parse_header(head).map_err(|e| format!("line {ln}: {e}"))?;
            // A function's signature is also one `call_indirect` may name.
            m.sig(sig.clone());
            m.declare_func(&name, sig);
            let start = i;
            while i < lines.len() && lines[i].1 != "}" {
                i += 1;
            }
            funcs.push((start, i));
            i += 1;
        } else {
            return Err(format!("line {ln}: unexpected `{l}`"));
        }
    }
    for (fi, &(s, e)) in funcs.iter().enumerate() {
        let f = parse_body(&m, &lines[s..e], fi)?;
        m.funcs[fi] = f;
    }
    Ok(m)
}

/// Parses a single function (with any natives it calls declared implicitly
/// is not supported: use `parse_module`).
pub fn parse_function(text: &str) -> Result<Function, String> {
    let mut m = parse_module(text)?;
    m.funcs.pop().ok_or_else(|| "no function".to_string())
}

fn parse_type(s: &str) -> Result<Type, String> {
    match s.trim() {
        "i64" => Ok(Type::I64),
        "f64" => Ok(Type::F64),
        t => Err(format!("unknown type `{t}`")),
    }
}

fn parse_types(s: &str) -> Result<Vec<Type>, String> {
    let s = s.trim().trim_start_matches('(').trim_end_matches(')');
    if s.trim().is_empty() {
        return Ok(vec![]);
    }
    s.split(',').map(parse_type).collect()
}

/// `@name(t, t) -> t, t`
fn parse_header(s: &str) -> Result<(String, Signature), String> {
    let s = s.trim().strip_prefix('@').ok_or("expected @name")?;
    let open = s.find('(').ok_or("expected (")?;
    let close = s.find(')').ok_or("expected )")?;
    let name = s[..open].to_string();
    let params = parse_types(&s[open + 1..close])?;
    let rest = s[close + 1..].trim();
    let results = match rest.strip_prefix("->") {
        Some(r) => parse_types(r)?,
        None => vec![],
    };
    Ok((name, Signature::new(params, results)))
}

struct Ctx<'m> {
    m: &'m Module,
    f: Function,
    values: HashMap<String, Value>,
    blocks: HashMap<String, Block>,
    forward: HashMap<String, Value>,
}

impl Ctx<'_> {
    fn block(&mut self, name: &str) -> Block {
        if let Some(&b) = self.blocks.get(name) {
            return b;
        }
        let b = if self.blocks.is_empty() {
            self.f.entry()
        } else {
            let b = self.f.new_block();
            self.f.layout.pop(); // placed when its label is read
            b
        };
        self.blocks.insert(name.to_string(), b);
        b
    }

    fn value(&mut self, name: &str) -> Result<Value, String> {
        let name = name.trim();
        if !name.starts_with('v') {
            return Err(format!("expected a value, found `{name}`"));
        }
        if let Some(&v) = self.values.get(name) {
            return Ok(v);
        }
        if let Some(&v) = self.forward.get(name) {
            return Ok(v);
        }
        // A use before the definition in text order: a placeholder patched later.
        let v = Value::new(self.f.values.len());
        self.f.values.push(crate::function::ValueData {
            ty: Type::I64,
            def: crate::function::ValueDef::Param(Block(u32::MAX), 0),
        });
        self.forward.insert(name.to_string(), v);
        Ok(v)
    }

    fn values(&mut self, s: &str) -> Result<Vec<Value>, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(vec![]);
        }
        s.split(',').map(|x| self.value(x)).collect()
    }

    fn block_call(&mut self, s: &str) -> Result<BlockCall, String> {
        let s = s.trim();
        match s.find('(') {
            Some(p) => {
                let b = self.block(&s[..p]);
                let args = self.values(s[p + 1..].trim_end_matches(')'))?;
                Ok(BlockCall::new(b, args))
            }
            None => Ok(BlockCall::new(self.block(s), vec![])),
        }
    }
}

/// Splits `a, b(c, d), e` at top-level commas.
fn split_top(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out
}

fn parse_body(m: &Module, lines: &[(usize, &str)], fi: usize) -> Result<Function, String> {
    let (hl, header) = lines[0];
    let decl = &m.funcs[fi];
    let mut f = Function::new(decl.name.clone(), decl.sig.clone());
    f.layout.clear();
    f.blocks[0].params.clear();
    f.values.clear();
    let mut c = Ctx { m, f, values: HashMap::new(), blocks: HashMap::new(), forward: HashMap::new() };
    let mut cur: Option<Block> = None;
    let mut result_names: Vec<(String, Value)> = Vec::new();
    for &(ln, l) in &lines[1..] {
        let err = |e: String| format!("line {ln}: {e}");
        if l.ends_with(':') && !l.contains('=') {
            let head = &l[..l.len() - 1];
            let (name, params) = match head.find('(') {
                Some(p) => (&head[..p], &head[p + 1..head.len() - 1]),
                None => (head, ""),
            };
            let b = c.block(name);
            c.f.layout.push(b);
            for p in params.split(',').filter(|p| !p.trim().is_empty()) {
                let (vn, ty) = p.split_once(':').ok_or_else(|| err("expected v: type".into()))?;
                let v = c.f.add_block_param(b, parse_type(ty).map_err(err)?);
                c.values.insert(vn.trim().to_string(), v);
            }
            cur = Some(b);
            continue;
        }
        let b = cur.ok_or_else(|| err("instruction outside a block".into()))?;
        let (lhs, rhs) = match l.split_once(" = ") {
            Some((a, r)) => (Some(a), r),
            None => (None, l),
        };
        let (op, rest) = rhs.split_once(' ').unwrap_or((rhs, ""));
        let rest = rest.trim();
        // Terminators.
        match op {
            "jump" => {
                c.f.blocks[b.index()].term = Terminator::Jump(c.block_call(rest).map_err(err)?);
                continue;
            }
            "brif" => {
                let parts = split_top(rest);
                if parts.len() != 3 {
                    return Err(err("brif takes a condition and two targets".into()));
                }
                let cv = c.value(parts[0]).map_err(err)?;
                let t = c.block_call(parts[1]).map_err(err)?;
                let e = c.block_call(parts[2]).map_err(err)?;
                c.f.blocks[b.index()].term = Terminator::Brif(cv, t, e);
                continue;
            }
            "ret" => {
                let vs = c.values(rest).map_err(err)?;
                c.f.blocks[b.index()].term = Terminator::Ret(vs);
                continue;
            }
            "unreachable" => {
                c.f.blocks[b.index()].term = Terminator::Unreachable;
                continue;
            }
            _ => {}
        }
        let (kind, args, rtypes) = parse_inst(&mut c, op, rest).map_err(err)?;
        let i = c.f.make_inst(kind, args, &rtypes, crate::entities::Loc::NONE);
        c.f.blocks[b.index()].insts.push(i);
        let results = c.f.insts[i.index()].results.clone();
        let names: Vec<&str> = lhs.map(|l| l.split(',').map(str::trim).collect()).unwrap_or_default();
        if names.len() != results.len() {
            return Err(err(format!("`{op}` defines {} values", results.len())));
        }
        for (n, r) in names.into_iter().zip(results) {
            c.values.insert(n.to_string(), r);
            result_names.push((n.to_string(), r));
        }
    }
    if let Some(pos) = header.find(" unwind(") {
        let inner = &header[pos + 8..];
        let inner = &inner[..inner.find(')').ok_or(format!("line {hl}: bad unwind"))?];
        let (mv, rb) = inner.split_once(',').ok_or(format!("line {hl}: bad unwind"))?;
        let marker = c.value(mv)?;
        let recover = c.block(rb.trim());
        c.f.unwind = Some(Unwind { marker, recover });
    }
    // Patch forward references.
    let mut patch: HashMap<Value, Value> = HashMap::new();
    for (name, ph) in &c.forward {
        let real = *c.values.get(name).ok_or(format!("{}: undefined value {name}", c.f.name))?;
        patch.insert(*ph, real);
    }
    if !patch.is_empty() {
        c.f.map_all_uses(|v| *patch.get(&v).unwrap_or(&v));
        // Select result types may have depended on placeholders.
        for &(_, r) in &result_names {
            if let Some(i) = c.f.def_inst(r) {
                if c.f.insts[i.index()].kind == InstKind::Select {
                    let t = c.f.value_type(c.f.insts[i.index()].args[1]);
                    c.f.values[r.index()].ty = t;
                }
            }
        }
    }
    Ok(c.f)
}

fn parse_inst(c: &mut Ctx, op: &str, rest: &str) -> Result<(InstKind, Vec<Value>, Vec<Type>), String> {
    use Type::*;
    if let Some(b) = BinOp::ALL.iter().find(|b| b.name() == op) {
        let t = if b.is_float() { F64 } else { I64 };
        return Ok((InstKind::Binary(*b), c.values(rest)?, vec![t]));
    }
    if let Some(u) = UnOp::ALL.iter().find(|u| u.name() == op) {
        let t = if u.float_io().1 { F64 } else { I64 };
        return Ok((InstKind::Unary(*u), c.values(rest)?, vec![t]));
    }
    if let Some(mt) = op.strip_prefix("load.") {
        let mt = *MemType::ALL.iter().find(|m| m.name() == mt).ok_or("bad memory type")?;
        let (addr, off) = split_addr(rest)?;
        return Ok((InstKind::Load(mt, off), vec![c.value(addr)?], vec![mt.reg()]));
    }
    if let Some(mt) = op.strip_prefix("store.") {
        let mt = *MemType::ALL.iter().find(|m| m.name() == mt).ok_or("bad memory type")?;
        let (a, v) = rest.split_once(',').ok_or("store takes an address and a value")?;
        let (addr, off) = split_addr(a)?;
        return Ok((InstKind::Store(mt, off), vec![c.value(addr)?, c.value(v)?], vec![]));
    }
    Ok(match op {
        "iconst" => (InstKind::Iconst(rest.parse().map_err(|_| format!("bad integer `{rest}`"))?), vec![], vec![I64]),
        "fconst" => {
            let bits = if let Some(h) = rest.strip_prefix("0x") {
                u64::from_str_radix(h, 16).map_err(|_| "bad float bits")?
            } else {
                rest.parse::<f64>().map_err(|_| format!("bad float `{rest}`"))?.to_bits()
            };
            (InstKind::Fconst(bits), vec![], vec![F64])
        }
        "icmp" => {
            let (cc, vs) = rest.split_once(' ').ok_or("icmp needs a condition")?;
            let cc = *IntCC::ALL.iter().find(|x| x.name() == cc).ok_or("bad condition")?;
            (InstKind::Icmp(cc), c.values(vs)?, vec![I64])
        }
        "fcmp" => {
            let (cc, vs) = rest.split_once(' ').ok_or("fcmp needs a condition")?;
            let cc = *FloatCC::ALL.iter().find(|x| x.name() == cc).ok_or("bad condition")?;
            (InstKind::Fcmp(cc), c.values(vs)?, vec![I64])
        }
        "select" => {
            let vs = c.values(rest)?;
            let t = vs.get(1).map(|&v| c.f.value_type(v)).unwrap_or(I64);
            (InstKind::Select, vs, vec![t])
        }
        "bounds_check" => (InstKind::BoundsCheck, c.values(rest)?, vec![]),
        "nil_check" => (InstKind::NilCheck, c.values(rest)?, vec![]),
        "func_addr" => {
            let name = rest.trim_start_matches('@');
            let fid = c.m.func_by_name(name).ok_or(format!("unknown function {name}"))?;
            (InstKind::FuncAddr(fid), vec![], vec![I64])
        }
        "sym_addr" => {
            let name = rest.trim_start_matches('@');
            let sid = c.m.syms.iter().position(|s| s.name == name).ok_or(format!("unknown symbol {name}"))?;
            (InstKind::SymAddr(crate::entities::SymId::new(sid)), vec![], vec![I64])
        }
        "call" | "call_native" => {
            let rest = rest.trim_start_matches('@');
            let open = rest.find('(').ok_or("expected (")?;
            let name = &rest[..open];
            let args = c.values(rest[open + 1..].trim_end_matches(')'))?;
            if op == "call" {
                let fid = c.m.func_by_name(name).ok_or(format!("unknown function {name}"))?;
                (InstKind::Call(fid), args, c.m.funcs[fid.index()].sig.results.clone())
            } else {
                let nid = c.m.natives.iter().position(|n| n.name == name).ok_or(format!("unknown native {name}"))?;
                let results = c.m.natives[nid].sig.results.clone();
                (InstKind::CallNative(crate::entities::NativeId::new(nid)), args, results)
            }
        }
        "call_indirect" => {
            // call_indirect (params) -> (results) vF(args)
            let arrow = rest.find("->").ok_or("expected ->")?;
            let params = parse_types(&rest[..arrow])?;
            let after = rest[arrow + 2..].trim();
            let close = after.find(')').ok_or("expected )")?;
            let results = parse_types(&after[..=close])?;
            let call = after[close + 1..].trim();
            let open = call.find('(').ok_or("expected (")?;
            let mut args = vec![c.value(&call[..open])?];
            args.extend(c.values(call[open + 1..].trim_end_matches(')'))?);
            let sig = c.m.sigs.iter().position(|s| s.params == params && s.results == results);
            let sig = sig.ok_or("call_indirect signature not declared in the module")?;
            (InstKind::CallIndirect(crate::entities::SigId::new(sig)), args, results)
        }
        _ => return Err(format!("unknown instruction `{op}`")),
    })
}

/// `v3+16` or `v3-8`
fn split_addr(s: &str) -> Result<(&str, i32), String> {
    let s = s.trim();
    let p = s.rfind(['+', '-']).ok_or("expected address+offset")?;
    let off: i32 = s[p..].trim_start_matches('+').parse().map_err(|_| "bad offset")?;
    Ok((&s[..p], off))
}
