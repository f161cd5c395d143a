//! Calls of predeclared functions (len, append, make...) and package
//! unsafe's.

use super::expr::Operand;
use super::{Checker, Mode};
use crate::ast::{Expr, ExprKind, Pos};
use crate::constant::Const;
use crate::objects::Builtin;
use crate::types::{ids, Basic, ChanDirKey, TypeId, TypeKind};

impl Checker {
    pub(crate) fn builtin_call(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: Option<Pos>) -> Operand {
        let id = e.id;
        let name = b.name();
        let fname = name.trim_start_matches("unsafe.");
        let nargs = args.len();
        let arity = |c: &mut Checker, min: usize, max: Option<usize>| -> bool {
            // types2 reports a wrong argument count at the call.
            if nargs < min {
                let s = c.expr_str(e);
                c.error(
                    e.pos,
                    format!("invalid operation: not enough arguments for {s} (expected {min}, found {nargs})"),
                );
                return false;
            }
            if let Some(m) = max {
                if nargs > m {
                    let s = c.expr_str(e);
                    c.error(
                        e.pos,
                        format!("invalid operation: too many arguments for {s} (expected {m}, found {nargs})"),
                    );
                    return false;
                }
            }
            true
        };
        if ellipsis.is_some() && b != Builtin::Append {
            let s = self.expr_str(e);
            self.error(e.pos, format!("invalid operation: invalid use of ... with built-in {fname}"));
            let _ = s;
            for a in args {
                self.raw_expr(a, None);
            }
            return Operand::invalid(id);
        }
        let invalid = |c: &mut Checker, args: &[Expr]| {
            for a in args {
                c.raw_expr(a, None);
            }
            Operand::invalid(id)
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                let core = self.core_type(x.ty).unwrap_or(x.ty);
                let ok_kind = match self.tt.kind(core).clone() {
                    TypeKind::Basic(bb) if bb.is_string() && b == Builtin::Len => true,
                    TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Chan(..) => true,
                    TypeKind::Map(..) => b == Builtin::Len,
                    TypeKind::Pointer(p) => matches!(self.tt.under(p), TypeKind::Array(..)),
                    _ => false,
                };
                if !ok_kind {
                    let s = self.operand_str(&x, &args[0]);
                    self.error(args[0].pos, format!("invalid argument: {s} for built-in {fname}"));
                    return Operand::invalid(id);
                }
                // Constant for constant strings and arrays (without calls
                // or receives in the operand).
                let val = match (self.tt.kind(core).clone(), &x.val) {
                    (TypeKind::Basic(_), Some(Const::String(s))) => Some(Const::int(s.len() as i64)),
                    (TypeKind::Array(n, _), _) if !has_call_or_recv(&args[0]) => Some(Const::int(n as i64)),
                    (TypeKind::Pointer(p), _) if !has_call_or_recv(&args[0]) => match self.tt.under(p) {
                        TypeKind::Array(n, _) => Some(Const::int(*n as i64)),
                        _ => None,
                    },
                    _ => None,
                };
                if self.tt.is_untyped(x.ty) {
                    let mut x = x;
                    self.convert_untyped(&mut x, &args[0], ids::STRING);
                }
                match val {
                    Some(v) => Operand { mode: Mode::Constant, ty: ids::INT, val: Some(v), id },
                    None => Operand { mode: Mode::Value, ty: ids::INT, val: None, id },
                }
            }
            Builtin::Append => {
                if nargs == 0 {
                    self.error(e.pos, "invalid operation: not enough arguments for append() (expected 1, found 0)");
                    return Operand::invalid(id);
                }
                let s = self.expr(&args[0]);
                if s.is_invalid() {
                    return invalid(self, &args[1..]);
                }
                if s.is_nil() {
                    self.error(
                        args[0].pos,
                        "invalid argument: first argument to append must be a typed slice; have untyped nil",
                    );
                    return invalid(self, &args[1..]);
                }
                let Some(TypeKind::Slice(elem)) = self.core_type(s.ty).map(|c| self.tt.kind(c).clone()) else {
                    let os = self.operand_str(&s, &args[0]);
                    self.error(args[0].pos, format!("invalid append: argument must be a slice; have {os}"));
                    return invalid(self, &args[1..]);
                };
                if ellipsis.is_some() {
                    if nargs != 2 {
                        self.error(e.pos, "can only use ... with final argument in list");
                        return invalid(self, &args[1..]);
                    }
                    let mut y = self.expr(&args[1]);
                    if y.is_invalid() {
                        return Operand::invalid(id);
                    }
                    // append([]byte, string...)
                    if self.tt.basic(elem) == Some(Basic::Uint8) && self.all_basic(y.ty, |b| b.is_string()) {
                        if self.tt.is_untyped(y.ty) {
                            self.convert_untyped(&mut y, &args[1], ids::STRING);
                        }
                        return Operand { mode: Mode::Value, ty: s.ty, val: None, id };
                    }
                    let st = self.tt.slice(elem);
                    if y.is_nil() {
                        self.convert_untyped(&mut y, &args[1], st);
                    } else if !self.assignable_to(&y, st) {
                        let ys = self.operand_str(&y, &args[1]);
                        let sts = self.tstr(st);
                        self.error(args[1].pos, format!("cannot use {ys} as {sts} value in argument to append"));
                    }
                    return Operand { mode: Mode::Value, ty: s.ty, val: None, id };
                }
                for a in &args[1..] {
                    let mut y = self.expr_hint(a, Some(elem));
                    self.assignment(&mut y, a, elem, "argument to append");
                }
                Operand { mode: Mode::Value, ty: s.ty, val: None, id }
            }
            Builtin::Copy => {
                if !arity(self, 2, Some(2)) {
                    return invalid(self, args);
                }
                let (d, mut s) = (self.expr(&args[0]), self.expr(&args[1]));
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid(id);
                }
                let de = match self.core_type(d.ty).map(|c| self.tt.kind(c).clone()) {
                    Some(TypeKind::Slice(e)) => e,
                    _ => {
                        let ds = self.operand_str(&d, &args[0]);
                        self.error(
                            e.pos,
                            format!(
                                "invalid argument: copy expects slice arguments; found {ds} and {}",
                                self.operand_str(&s, &args[1])
                            ),
                        );
                        return Operand::invalid(id);
                    }
                };
                let ok = match self.core_type(s.ty).map(|c| self.tt.kind(c).clone()) {
                    Some(TypeKind::Slice(se)) => se == de,
                    Some(TypeKind::Basic(bb)) if bb.is_string() => self.tt.basic(de) == Some(Basic::Uint8),
                    _ => false,
                };
                if !ok {
                    let (ds, ss) = (self.operand_str(&d, &args[0]), self.operand_str(&s, &args[1]));
                    let se = match self.core_type(s.ty).map(|c| self.tt.kind(c).clone()) {
                        Some(TypeKind::Slice(se)) => self.tstr(se),
                        _ => "byte".into(),
                    };
                    let des = self.tstr(de);
                    self.error(
                        args[0].pos,
                        format!("invalid copy: arguments {ds} and {ss} have different element types {des} and {se}"),
                    );
                    return Operand::invalid(id);
                }
                if self.tt.is_untyped(s.ty) {
                    self.convert_untyped(&mut s, &args[1], ids::STRING);
                }
                Operand { mode: Mode::Value, ty: ids::INT, val: None, id }
            }
            Builtin::Delete => {
                if !arity(self, 2, Some(2)) {
                    return invalid(self, args);
                }
                let m = self.expr(&args[0]);
                if m.is_invalid() {
                    return invalid(self, &args[1..]);
                }
                let Some(TypeKind::Map(k, _)) = self.core_type(m.ty).map(|c| self.tt.kind(c).clone()) else {
                    let ms = self.operand_str(&m, &args[0]);
                    self.error(args[0].pos, format!("invalid argument: {ms} is not a map"));
                    return invalid(self, &args[1..]);
                };
                let mut key = self.expr(&args[1]);
                self.assignment(&mut key, &args[1], k, "argument to delete");
                Operand { mode: Mode::NoValue, ty: ids::VOID, val: None, id }
            }
            Builtin::Make => {
                if nargs == 0 {
                    self.error(e.pos, "invalid operation: not enough arguments for make() (expected 1, found 0)");
                    return Operand::invalid(id);
                }
                let t = self.typ(&args[0]);
                if t == ids::INVALID {
                    return invalid(self, &args[1..]);
                }
                let (min, max) = match self.core_type(t).map(|c| self.tt.kind(c).clone()) {
                    Some(TypeKind::Slice(_)) => (2, 3),
                    Some(TypeKind::Map(..)) | Some(TypeKind::Chan(..)) => (1, 2),
                    _ => {
                        let s = self.expr_str(&args[0]);
                        self.error(
                            args[0].pos,
                            format!("invalid argument: cannot make {s}: type must be slice, map, or channel"),
                        );
                        return invalid(self, &args[1..]);
                    }
                };
                if nargs < min || nargs > max {
                    let ts = self.expr_str(&args[0]);
                    let expects = if min == max - 1 { format!("{min} or {max}") } else { format!("{min}") };
                    self.error(
                        e.pos,
                        format!("invalid operation: make({ts}) expects {expects} arguments; found {nargs}"),
                    );
                    return invalid(self, &args[1..]);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.size_arg(a, "make"));
                }
                if let (Some(Some(l)), Some(Some(c))) = (sizes.first(), sizes.get(1)) {
                    if l > c {
                        self.error(args[1].pos, "invalid argument: length and capacity swapped".to_string());
                    }
                }
                Operand { mode: Mode::Value, ty: t, val: None, id }
            }
            Builtin::New => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let t = self.typ(&args[0]);
                if t == ids::INVALID {
                    return Operand::invalid(id);
                }
                let p = self.tt.pointer(t);
                Operand { mode: Mode::Value, ty: p, val: None, id }
            }
            Builtin::Panic => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let mut x = self.expr(&args[0]);
                let any = self.any_type;
                self.assignment(&mut x, &args[0], any, "argument to panic");
                Operand { mode: Mode::NoValue, ty: ids::VOID, val: None, id }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    if x.is_invalid() {
                        continue;
                    }
                    if x.is_nil() {
                        self.error(a.pos, format!("use of untyped nil in argument to built-in {fname}"));
                        continue;
                    }
                    self.default_operand(&mut x, a, &format!("argument to built-in {fname}"));
                }
                Operand { mode: Mode::NoValue, ty: ids::VOID, val: None, id }
            }
            Builtin::Recover => {
                if !arity(self, 0, Some(0)) {
                    return invalid(self, args);
                }
                Operand { mode: Mode::Value, ty: self.any_type, val: None, id }
            }
            Builtin::Close => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                match self.core_type(x.ty).map(|c| self.tt.kind(c).clone()) {
                    Some(TypeKind::Chan(dir, _)) => {
                        if dir == ChanDirKey::Recv {
                            let s = self.operand_str(&x, &args[0]);
                            self.error(
                                args[0].pos,
                                format!("invalid operation: cannot close receive-only channel {s}"),
                            );
                        }
                    }
                    _ => {
                        let s = self.operand_str(&x, &args[0]);
                        self.error(args[0].pos, format!("invalid operation: cannot close non-channel {s}"));
                    }
                }
                Operand { mode: Mode::NoValue, ty: ids::VOID, val: None, id }
            }
            Builtin::Clear => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                if !matches!(
                    self.core_type(x.ty).map(|c| self.tt.kind(c).clone()),
                    Some(TypeKind::Map(..) | TypeKind::Slice(_))
                ) {
                    let s = self.operand_str(&x, &args[0]);
                    self.error(
                        args[0].pos,
                        format!(
                            "invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"
                        ),
                    );
                }
                Operand { mode: Mode::NoValue, ty: ids::VOID, val: None, id }
            }
            Builtin::Complex => {
                if !arity(self, 2, Some(2)) {
                    return invalid(self, args);
                }
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(id);
                }
                if !self.match_types(&mut x, &args[0], &mut y, &args[1]) {
                    let (xs, ys) = (self.tstr(x.ty), self.tstr(y.ty));
                    self.error(
                        e.pos,
                        format!(
                            "invalid operation: complex({}, {}) (mismatched types {xs} and {ys})",
                            self.expr_str(&args[0]),
                            self.expr_str(&args[1])
                        ),
                    );
                    return Operand::invalid(id);
                }
                if x.mode == Mode::Constant && y.mode == Mode::Constant && self.tt.is_untyped(x.ty) {
                    let (re, im) = (x.val.unwrap().to_rat(), y.val.unwrap().to_rat());
                    return match (re, im) {
                        (Some(r), Some(i)) => Operand {
                            mode: Mode::Constant,
                            ty: ids::UNTYPED_COMPLEX,
                            val: Some(Const::Complex(r, i)),
                            id,
                        },
                        _ => {
                            self.error(e.pos, "invalid operation: complex arguments must be real");
                            Operand::invalid(id)
                        }
                    };
                }
                let t = match self.tt.basic(x.ty) {
                    Some(Basic::Float32) => ids::COMPLEX64,
                    Some(Basic::Float64) => ids::COMPLEX128,
                    Some(Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat) => {
                        self.convert_untyped(&mut x, &args[0], ids::FLOAT64);
                        self.convert_untyped(&mut y, &args[1], ids::FLOAT64);
                        ids::COMPLEX128
                    }
                    _ => {
                        let s = self.operand_str(&x, &args[0]);
                        self.error(
                            args[0].pos,
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.tstr(x.ty)
                            ),
                        );
                        let _ = s;
                        return Operand::invalid(id);
                    }
                };
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    let (re, im) = (x.val.unwrap().to_rat().unwrap(), y.val.unwrap().to_rat().unwrap());
                    return Operand { mode: Mode::Constant, ty: t, val: Some(Const::Complex(re, im)), id };
                }
                Operand { mode: Mode::Value, ty: t, val: None, id }
            }
            Builtin::Real | Builtin::Imag => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                if x.mode == Mode::Constant && self.tt.is_untyped(x.ty) {
                    let (re, im) = x.val.as_ref().unwrap().to_complex().unwrap_or_default();
                    let v = if b == Builtin::Real { re } else { im };
                    return Operand { mode: Mode::Constant, ty: ids::UNTYPED_FLOAT, val: Some(Const::Float(v)), id };
                }
                let t = match self.tt.basic(x.ty) {
                    Some(Basic::Complex64) => ids::FLOAT32,
                    Some(Basic::Complex128) => ids::FLOAT64,
                    _ => {
                        let s = self.operand_str(&x, &args[0]);
                        self.error(args[0].pos, format!("invalid argument: {s} must be of complex type"));
                        return Operand::invalid(id);
                    }
                };
                if x.mode == Mode::Constant {
                    let (re, im) = x.val.take().unwrap().to_complex().unwrap();
                    let v = if b == Builtin::Real { re } else { im };
                    return Operand { mode: Mode::Constant, ty: t, val: Some(Const::Float(v)), id };
                }
                Operand { mode: Mode::Value, ty: t, val: None, id }
            }
            Builtin::Min | Builtin::Max => {
                if !arity(self, 1, None) {
                    return invalid(self, args);
                }
                let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
                if ops.iter().any(|o| o.is_invalid()) {
                    return Operand::invalid(id);
                }
                // All operands must share one (ordered) type.
                let mut acc = ops[0].clone();
                for i in 1..ops.len() {
                    let mut y = ops[i].clone();
                    if !self.match_types(&mut acc, &args[0], &mut y, &args[i]) {
                        let (xs, ys) = (self.tstr(acc.ty), self.tstr(y.ty));
                        self.error(
                            args[i].pos,
                            format!(
                                "invalid argument: mismatched types {xs} (previous argument) and {ys} (type of {})",
                                self.expr_str(&args[i])
                            ),
                        );
                        return Operand::invalid(id);
                    }
                    ops[i].ty = y.ty;
                    if acc.mode == Mode::Constant && y.mode == Mode::Constant {
                        let op = if b == Builtin::Min { crate::ast::BinOp::Lt } else { crate::ast::BinOp::Gt };
                        let pick_y = y.val.as_ref().unwrap().compare(op, acc.val.as_ref().unwrap()).unwrap_or(false);
                        if pick_y {
                            acc.val = y.val.clone();
                        }
                        // The untyped kind is the larger of both.
                    } else {
                        acc.mode = Mode::Value;
                        acc.val = None;
                    }
                }
                if !self.all_basic(acc.ty, |b| b.is_ordered()) {
                    let s = self.operand_str(&ops[0], &args[0]);
                    self.error(args[0].pos, format!("invalid argument: {s} cannot be ordered"));
                    return Operand::invalid(id);
                }
                if acc.mode != Mode::Constant {
                    let t = if self.tt.is_untyped(acc.ty) { self.default_type(acc.ty) } else { acc.ty };
                    for (o, a) in ops.iter_mut().zip(args) {
                        self.convert_untyped(o, a, t);
                    }
                    return Operand { mode: Mode::Value, ty: t, val: None, id };
                }
                Operand { mode: Mode::Constant, ty: acc.ty, val: acc.val, id }
            }
            Builtin::Sizeof | Builtin::Alignof => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return x;
                }
                self.default_operand(&mut x, &args[0], "argument to unsafe.Sizeof");
                let l = crate::layout::Layout::new(&self.tt);
                let v = if b == Builtin::Sizeof { l.size(x.ty) } else { l.align(x.ty) };
                Operand { mode: Mode::Constant, ty: ids::UINTPTR, val: Some(Const::int(v as i64)), id }
            }
            Builtin::Offsetof => {
                if !arity(self, 1, Some(1)) {
                    return invalid(self, args);
                }
                let a = super::expr::strip_parens(&args[0]);
                let ExprKind::Selector(..) = &a.kind else {
                    self.error(args[0].pos, "invalid argument: unsafe.Offsetof requires a selector expression");
                    return invalid(self, args);
                };
                let x = self.expr(a);
                if x.is_invalid() {
                    return x;
                }
                let Some(sel) = self.info.selections.get(&a.id).cloned() else { return Operand::invalid(id) };
                if sel.kind != super::SelKind::Field || sel.indirect {
                    self.error(args[0].pos, "invalid argument: unsafe.Offsetof of method or embedded pointer field");
                    return Operand::invalid(id);
                }
                let l = crate::layout::Layout::new(&self.tt);
                let off = l.path_offset(sel.recv, &sel.path);
                Operand { mode: Mode::Constant, ty: ids::UINTPTR, val: Some(Const::int(off as i64)), id }
            }
            Builtin::Add | Builtin::Slice | Builtin::String | Builtin::StringData | Builtin::SliceData => {
                self.error(e.pos, format!("mvm: unsafe.{fname} is not supported yet"));
                invalid(self, args)
            }
        }
    }

    /// A size argument of make: integer (or untyped constant representable
    /// as int), non-negative.
    fn size_arg(&mut self, a: &Expr, _what: &str) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if x.mode == Mode::Constant {
            let v = x.val.clone().unwrap();
            if v.to_int().is_none() {
                let s = self.operand_str(&x, a);
                self.error(a.pos, format!("{s} truncated to int"));
                return None;
            }
            if v.is_negative() {
                let s = self.operand_str(&x, a);
                self.error(a.pos, format!("invalid argument: index {s} must not be negative"));
                return None;
            }
            if self.tt.is_untyped(x.ty) {
                self.convert_untyped(&mut x, a, ids::INT);
            }
            return v.as_i64();
        }
        if !self.all_basic(x.ty, |b| b.is_integer()) {
            let s = self.operand_str(&x, a);
            self.error(a.pos, format!("cannot convert {s} to type int"));
            return None;
        }
        if self.tt.is_untyped(x.ty) {
            self.convert_untyped(&mut x, a, ids::INT);
        }
        None
    }
}

fn has_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Unary(crate::ast::UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) => {
            has_call_or_recv(x)
        }
        ExprKind::Index(x, i) => has_call_or_recv(x) || i.iter().any(has_call_or_recv),
        ExprKind::Binary(_, a, b) => has_call_or_recv(a) || has_call_or_recv(b),
        _ => false,
    }
}

#[allow(dead_code)]
fn unused(_: TypeId) {}
