//! Constant folding and algebraic simplification, with branch folding.

use crate::entities::Value;
use crate::function::Function;
use crate::hash::FxHashMap as HashMap;
use crate::inst::{BinOp, BlockCall, InstKind, Terminator};

#[derive(Copy, Clone)]
enum K {
    I(i64),
    F(u64),
}

pub fn run(f: &mut Function) -> bool {
    let mut changed = false;
    let mut consts: HashMap<Value, K> = HashMap::default();
    let mut alias: HashMap<Value, Value> = HashMap::default();
    let resolve = |alias: &HashMap<Value, Value>, mut v: Value| {
        while let Some(&w) = alias.get(&v) {
            v = w;
        }
        v
    };
    for b in f.rpo() {
        for k in 0..f.blocks[b.index()].insts.len() {
            let i = f.blocks[b.index()].insts[k];
            // The operands, resolved in place; a copy of the first three
            // (all that folding looks at) without allocating.
            let mut args = [Value(u32::MAX); 3];
            for (k, a) in f.insts[i.index()].args.iter_mut().enumerate() {
                *a = resolve(&alias, *a);
                if k < 3 {
                    args[k] = *a;
                }
            }
            let kc = |v: Value| consts.get(&v).copied();
            let new: Option<InstKind> = match f.insts[i.index()].kind.clone() {
                InstKind::Iconst(c) => {
                    consts.insert(f.result(i), K::I(c));
                    None
                }
                InstKind::Fconst(c) => {
                    consts.insert(f.result(i), K::F(c));
                    None
                }
                InstKind::Binary(op) => match (kc(args[0]), kc(args[1])) {
                    (Some(K::I(a)), Some(K::I(c))) => op.eval_int(a, c).map(InstKind::Iconst),
                    (Some(K::F(a)), Some(K::F(c))) => {
                        op.eval_float(f64::from_bits(a), f64::from_bits(c)).map(|x| InstKind::Fconst(x.to_bits()))
                    }
                    (_, Some(K::I(c))) => {
                        if identity_right(op, c) {
                            alias.insert(f.result(i), args[0]);
                            Some(InstKind::Iconst(0)) // placeholder; now dead
                        } else if c == 0 && matches!(op, BinOp::Imul | BinOp::And) {
                            Some(InstKind::Iconst(0))
                        } else {
                            None
                        }
                    }
                    (Some(K::I(c)), _) => {
                        if c == 0 && matches!(op, BinOp::Iadd | BinOp::Or | BinOp::Xor) || c == 1 && op == BinOp::Imul {
                            alias.insert(f.result(i), args[1]);
                            Some(InstKind::Iconst(0))
                        } else {
                            None
                        }
                    }
                    _ => None,
                },
                InstKind::Unary(op) => kc(args[0]).map(|k| {
                    let bits = match k {
                        K::I(x) => x as u64,
                        K::F(x) => x,
                    };
                    let r = op.eval_bits(bits);
                    if op.float_io().1 {
                        InstKind::Fconst(r)
                    } else {
                        InstKind::Iconst(r as i64)
                    }
                }),
                InstKind::Icmp(cc) => match (kc(args[0]), kc(args[1])) {
                    (Some(K::I(a)), Some(K::I(c))) => Some(InstKind::Iconst(cc.eval(a, c) as i64)),
                    _ if args[0] == args[1] => Some(InstKind::Iconst(cc.eval(0, 0) as i64)),
                    _ => None,
                },
                InstKind::Fcmp(cc) => match (kc(args[0]), kc(args[1])) {
                    (Some(K::F(a)), Some(K::F(c))) => {
                        Some(InstKind::Iconst(cc.eval(f64::from_bits(a), f64::from_bits(c)) as i64))
                    }
                    _ => None,
                },
                InstKind::Select => match kc(args[0]) {
                    Some(K::I(c)) => {
                        alias.insert(f.result(i), if c != 0 { args[1] } else { args[2] });
                        Some(InstKind::Iconst(0))
                    }
                    _ if args[1] == args[2] => {
                        alias.insert(f.result(i), args[1]);
                        Some(InstKind::Iconst(0))
                    }
                    _ => None,
                },
                InstKind::BoundsCheck => match (kc(args[0]), kc(args[1])) {
                    (Some(K::I(a)), Some(K::I(l))) if (a as u64) < (l as u64) => Some(InstKind::Iconst(0)),
                    _ => None,
                },
                // A constant address other than 0 (an itab, a static) is not nil.
                InstKind::NilCheck => match kc(args[0]) {
                    Some(K::I(p)) if p != 0 => Some(InstKind::Iconst(0)),
                    _ => None,
                },
                _ => None,
            };
            if let Some(kind) = new {
                changed = true;
                let r = f.insts[i.index()].results.first().copied();
                let d = &mut f.insts[i.index()];
                d.args.clear();
                match (&kind, r) {
                    (_, None) => {
                        // A check proven to pass: becomes a dead constant
                        // with a fresh result so DCE removes it.
                        d.kind = InstKind::Iconst(0);
                        let v = Value::new(f.values.len());
                        f.values.push(crate::function::ValueData {
                            ty: crate::types::Type::I64,
                            def: crate::function::ValueDef::Result(i, 0),
                        });
                        f.insts[i.index()].results.push(v);
                    }
                    (InstKind::Iconst(c), Some(r)) => {
                        d.kind = kind.clone();
                        if !alias.contains_key(&r) {
                            consts.insert(r, K::I(*c));
                        }
                    }
                    (InstKind::Fconst(c), Some(r)) => {
                        d.kind = kind.clone();
                        consts.insert(r, K::F(*c));
                    }
                    _ => d.kind = kind,
                }
            }
        }
        // Fold branches on constants.
        let mut term = f.blocks[b.index()].term.clone();
        term.map_uses(|v| resolve(&alias, v));
        if let Terminator::Brif(c, t, e) = &term {
            if let Some(K::I(x)) = consts.get(c) {
                let target: BlockCall = if *x != 0 { t.clone() } else { e.clone() };
                term = Terminator::Jump(target);
                changed = true;
            } else if t == e {
                term = Terminator::Jump(t.clone());
                changed = true;
            }
        }
        f.blocks[b.index()].term = term;
    }
    if !alias.is_empty() {
        f.map_all_uses(|v| resolve(&alias, v));
        // Instructions whose result became an alias are dead placeholders.
        for bi in 0..f.layout.len() {
            let b = f.layout[bi];
            let insts = std::mem::take(&mut f.blocks[b.index()].insts);
            f.blocks[b.index()].insts = insts
                .into_iter()
                .filter(|i| !f.insts[i.index()].results.first().is_some_and(|r| alias.contains_key(r)))
                .collect();
        }
    }
    changed
}

/// x op c == x
fn identity_right(op: BinOp, c: i64) -> bool {
    use BinOp::*;
    match op {
        Iadd | Isub | Or | Xor | Shl | Ushr | Sshr => c == 0,
        Imul | Sdiv | Udiv => c == 1,
        And => c == -1,
        _ => false,
    }
}
