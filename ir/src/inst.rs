//! The instruction set.

use crate::entities::{Block, FuncId, NativeId, SigId, SymId, Value};
use crate::types::MemType;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Iadd,
    Isub,
    Imul,
    /// Signed division truncating toward zero; MIN / -1 wraps to MIN.
    /// Panics ("integer divide by zero") when the divisor is 0.
    Sdiv,
    Udiv,
    /// Remainder with the sign of the dividend; MIN % -1 is 0. Panics on 0.
    Srem,
    Urem,
    And,
    Or,
    Xor,
    /// Shift left; counts are unsigned and counts >= 64 give 0.
    Shl,
    /// Logical shift right; counts >= 64 give 0.
    Ushr,
    /// Arithmetic shift right; counts >= 64 behave as 63.
    Sshr,
    Fadd,
    Fsub,
    Fmul,
    Fdiv,
}

impl BinOp {
    pub fn name(self) -> &'static str {
        use BinOp::*;
        match self {
            Iadd => "iadd",
            Isub => "isub",
            Imul => "imul",
            Sdiv => "sdiv",
            Udiv => "udiv",
            Srem => "srem",
            Urem => "urem",
            And => "band",
            Or => "bor",
            Xor => "bxor",
            Shl => "shl",
            Ushr => "ushr",
            Sshr => "sshr",
            Fadd => "fadd",
            Fsub => "fsub",
            Fmul => "fmul",
            Fdiv => "fdiv",
        }
    }

    pub const ALL: [BinOp; 17] = [
        BinOp::Iadd,
        BinOp::Isub,
        BinOp::Imul,
        BinOp::Sdiv,
        BinOp::Udiv,
        BinOp::Srem,
        BinOp::Urem,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::Shl,
        BinOp::Ushr,
        BinOp::Sshr,
        BinOp::Fadd,
        BinOp::Fsub,
        BinOp::Fmul,
        BinOp::Fdiv,
    ];

    pub fn is_float(self) -> bool {
        matches!(self, BinOp::Fadd | BinOp::Fsub | BinOp::Fmul | BinOp::Fdiv)
    }

    pub fn can_panic(self) -> bool {
        matches!(self, BinOp::Sdiv | BinOp::Udiv | BinOp::Srem | BinOp::Urem)
    }

    pub fn is_commutative(self) -> bool {
        use BinOp::*;
        matches!(self, Iadd | Imul | And | Or | Xor | Fadd | Fmul)
    }

    /// Evaluates an integer operation; None for division by zero and float ops.
    pub fn eval_int(self, a: i64, b: i64) -> Option<i64> {
        use BinOp::*;
        Some(match self {
            Iadd => a.wrapping_add(b),
            Isub => a.wrapping_sub(b),
            Imul => a.wrapping_mul(b),
            Sdiv if b == 0 => return None,
            Sdiv => a.wrapping_div(b),
            Udiv if b == 0 => return None,
            Udiv => ((a as u64) / (b as u64)) as i64,
            Srem if b == 0 => return None,
            Srem => a.wrapping_rem(b),
            Urem if b == 0 => return None,
            Urem => ((a as u64) % (b as u64)) as i64,
            And => a & b,
            Or => a | b,
            Xor => a ^ b,
            Shl => {
                if (b as u64) >= 64 {
                    0
                } else {
                    a << b
                }
            }
            Ushr => {
                if (b as u64) >= 64 {
                    0
                } else {
                    ((a as u64) >> b) as i64
                }
            }
            Sshr => a >> (b as u64).min(63),
            Fadd | Fsub | Fmul | Fdiv => return None,
        })
    }

    pub fn eval_float(self, a: f64, b: f64) -> Option<f64> {
        Some(match self {
            BinOp::Fadd => a + b,
            BinOp::Fsub => a - b,
            BinOp::Fmul => a * b,
            BinOp::Fdiv => a / b,
            _ => return None,
        })
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Ineg,
    /// Bitwise complement.
    Inot,
    Sext8,
    Sext16,
    Sext32,
    Zext8,
    Zext16,
    Zext32,
    Fneg,
    Fabs,
    Fsqrt,
    Ffloor,
    Fceil,
    Ftrunc,
    /// Round half to even.
    Fnearest,
    /// Round an f64 to f32 precision (the value stays an f64).
    Fround32,
    /// Signed integer to float.
    SIToF,
    /// Unsigned integer to float.
    UIToF,
    /// Float to signed integer, truncating; saturates, NaN gives MIN.
    FToSI,
    /// Float to unsigned integer, truncating; see `eval_float_to_int`.
    FToUI,
    /// Reinterpret integer bits as a float, and back.
    BitsToF,
    FToBits,
    Popcnt,
    Clz,
    Ctz,
}

impl UnOp {
    pub fn name(self) -> &'static str {
        use UnOp::*;
        match self {
            Ineg => "ineg",
            Inot => "bnot",
            Sext8 => "sext8",
            Sext16 => "sext16",
            Sext32 => "sext32",
            Zext8 => "zext8",
            Zext16 => "zext16",
            Zext32 => "zext32",
            Fneg => "fneg",
            Fabs => "fabs",
            Fsqrt => "fsqrt",
            Ffloor => "ffloor",
            Fceil => "fceil",
            Ftrunc => "ftrunc",
            Fnearest => "fnearest",
            Fround32 => "fround32",
            SIToF => "sitof",
            UIToF => "uitof",
            FToSI => "ftosi",
            FToUI => "ftoui",
            BitsToF => "bitstof",
            FToBits => "ftobits",
            Popcnt => "popcnt",
            Clz => "clz",
            Ctz => "ctz",
        }
    }

    pub const ALL: [UnOp; 25] = [
        UnOp::Ineg,
        UnOp::Inot,
        UnOp::Sext8,
        UnOp::Sext16,
        UnOp::Sext32,
        UnOp::Zext8,
        UnOp::Zext16,
        UnOp::Zext32,
        UnOp::Fneg,
        UnOp::Fabs,
        UnOp::Fsqrt,
        UnOp::Ffloor,
        UnOp::Fceil,
        UnOp::Ftrunc,
        UnOp::Fnearest,
        UnOp::Fround32,
        UnOp::SIToF,
        UnOp::UIToF,
        UnOp::FToSI,
        UnOp::FToUI,
        UnOp::BitsToF,
        UnOp::FToBits,
        UnOp::Popcnt,
        UnOp::Clz,
        UnOp::Ctz,
    ];

    /// (argument is float, result is float)
    pub fn float_io(self) -> (bool, bool) {
        use UnOp::*;
        match self {
            Fneg | Fabs | Fsqrt | Ffloor | Fceil | Ftrunc | Fnearest | Fround32 => (true, true),
            SIToF | UIToF | BitsToF => (false, true),
            FToSI | FToUI | FToBits => (true, false),
            _ => (false, false),
        }
    }

    pub fn eval_int(self, a: i64) -> Option<i64> {
        use UnOp::*;
        Some(match self {
            Ineg => a.wrapping_neg(),
            Inot => !a,
            Sext8 => a as i8 as i64,
            Sext16 => a as i16 as i64,
            Sext32 => a as i32 as i64,
            Zext8 => a as u8 as i64,
            Zext16 => a as u16 as i64,
            Zext32 => a as u32 as i64,
            Popcnt => a.count_ones() as i64,
            Clz => a.leading_zeros() as i64,
            Ctz => a.trailing_zeros() as i64,
            _ => return None,
        })
    }

    /// Evaluates any unary op on raw 64-bit register contents (floats as bits).
    pub fn eval_bits(self, a: u64) -> u64 {
        use UnOp::*;
        let f = f64::from_bits(a);
        match self {
            Fneg => (-f).to_bits(),
            Fabs => f.abs().to_bits(),
            Fsqrt => f.sqrt().to_bits(),
            Ffloor => f.floor().to_bits(),
            Fceil => f.ceil().to_bits(),
            Ftrunc => f.trunc().to_bits(),
            Fnearest => f.round_ties_even().to_bits(),
            Fround32 => (f as f32 as f64).to_bits(),
            SIToF => (a as i64 as f64).to_bits(),
            UIToF => (a as f64).to_bits(),
            FToSI => f64_to_i64(f) as u64,
            FToUI => f64_to_u64(f),
            BitsToF | FToBits => a,
            _ => self.eval_int(a as i64).unwrap_or(0) as u64,
        }
    }
}

/// Float to signed conversion as amd64 Go does it: out-of-range and NaN
/// give i64::MIN (the "integer indefinite" value of cvttsd2si).
pub fn f64_to_i64(f: f64) -> i64 {
    const TWO63: f64 = (1u64 << 63) as f64;
    if f.is_nan() || !(-TWO63..TWO63).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// Float to unsigned conversion as amd64 Go does it: values below 2^63 go
/// through the signed conversion, values at or above 2^63 subtract 2^63
/// first; out-of-range results follow the signed rule.
pub fn f64_to_u64(f: f64) -> u64 {
    const TWO63: f64 = (1u64 << 63) as f64;
    if f < TWO63 {
        f64_to_i64(f) as u64
    } else {
        (f64_to_i64(f - TWO63) as u64) ^ (1u64 << 63)
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum IntCC {
    Eq,
    Ne,
    Slt,
    Sle,
    Sgt,
    Sge,
    Ult,
    Ule,
    Ugt,
    Uge,
}

impl IntCC {
    pub fn name(self) -> &'static str {
        use IntCC::*;
        match self {
            Eq => "eq",
            Ne => "ne",
            Slt => "slt",
            Sle => "sle",
            Sgt => "sgt",
            Sge => "sge",
            Ult => "ult",
            Ule => "ule",
            Ugt => "ugt",
            Uge => "uge",
        }
    }
    pub const ALL: [IntCC; 10] = [
        IntCC::Eq,
        IntCC::Ne,
        IntCC::Slt,
        IntCC::Sle,
        IntCC::Sgt,
        IntCC::Sge,
        IntCC::Ult,
        IntCC::Ule,
        IntCC::Ugt,
        IntCC::Uge,
    ];
    pub fn eval(self, a: i64, b: i64) -> bool {
        use IntCC::*;
        let (ua, ub) = (a as u64, b as u64);
        match self {
            Eq => a == b,
            Ne => a != b,
            Slt => a < b,
            Sle => a <= b,
            Sgt => a > b,
            Sge => a >= b,
            Ult => ua < ub,
            Ule => ua <= ub,
            Ugt => ua > ub,
            Uge => ua >= ub,
        }
    }
    /// The condition that holds when this one does not.
    pub fn inverse(self) -> IntCC {
        use IntCC::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            Slt => Sge,
            Sle => Sgt,
            Sgt => Sle,
            Sge => Slt,
            Ult => Uge,
            Ule => Ugt,
            Ugt => Ule,
            Uge => Ult,
        }
    }
    /// The condition with operands swapped.
    pub fn swap(self) -> IntCC {
        use IntCC::*;
        match self {
            Eq => Eq,
            Ne => Ne,
            Slt => Sgt,
            Sle => Sge,
            Sgt => Slt,
            Sge => Sle,
            Ult => Ugt,
            Ule => Uge,
            Ugt => Ult,
            Uge => Ule,
        }
    }
}

/// Float comparisons; all are false on NaN except `Ne`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum FloatCC {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl FloatCC {
    pub fn name(self) -> &'static str {
        match self {
            FloatCC::Eq => "eq",
            FloatCC::Ne => "ne",
            FloatCC::Lt => "lt",
            FloatCC::Le => "le",
            FloatCC::Gt => "gt",
            FloatCC::Ge => "ge",
        }
    }
    pub const ALL: [FloatCC; 6] = [FloatCC::Eq, FloatCC::Ne, FloatCC::Lt, FloatCC::Le, FloatCC::Gt, FloatCC::Ge];
    pub fn eval(self, a: f64, b: f64) -> bool {
        match self {
            FloatCC::Eq => a == b,
            FloatCC::Ne => a != b,
            FloatCC::Lt => a < b,
            FloatCC::Le => a <= b,
            FloatCC::Gt => a > b,
            FloatCC::Ge => a >= b,
        }
    }
}

/// What an instruction does; its operands are in `InstData::args`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum InstKind {
    /// () -> i64
    Iconst(i64),
    /// () -> f64; the bits of the constant.
    Fconst(u64),
    /// (a, b) -> a op b
    Binary(BinOp),
    /// (a) -> op a
    Unary(UnOp),
    /// (a, b) -> i64 0/1
    Icmp(IntCC),
    Fcmp(FloatCC),
    /// (cond, a, b) -> cond != 0 ? a : b
    Select,
    /// (addr) -> value loaded from addr + offset
    Load(MemType, i32),
    /// (addr, value) -> (); stores at addr + offset
    Store(MemType, i32),
    /// (index, len) -> (); panics unless index <u len
    BoundsCheck,
    /// (ptr) -> (); panics with a nil dereference when ptr is 0
    NilCheck,
    /// (args...) -> results of the callee
    Call(FuncId),
    /// (funcinfo, args...) -> results: call through a runtime function
    /// descriptor (see runtime::FuncInfo) whose signature is the SigId.
    CallIndirect(SigId),
    /// (args...) -> results of a runtime-provided function
    CallNative(NativeId),
    /// () -> address of the runtime's descriptor of a function
    FuncAddr(FuncId),
    /// () -> address of a module symbol
    SymAddr(SymId),
}

impl InstKind {
    /// True when the instruction may raise a panic (or call code that may).
    pub fn can_panic(&self) -> bool {
        match self {
            InstKind::Binary(op) => op.can_panic(),
            InstKind::BoundsCheck
            | InstKind::NilCheck
            | InstKind::Call(_)
            | InstKind::CallIndirect(_)
            | InstKind::CallNative(_) => true,
            _ => false,
        }
    }

    /// True when the instruction reads or writes memory or has effects that
    /// forbid removing or reordering it.
    pub fn has_side_effects(&self) -> bool {
        matches!(
            self,
            InstKind::Store(..)
                | InstKind::BoundsCheck
                | InstKind::NilCheck
                | InstKind::Call(_)
                | InstKind::CallIndirect(_)
                | InstKind::CallNative(_)
        ) || self.can_panic()
    }

    /// Pure: the result depends only on the operands (can be CSE'd, hoisted).
    pub fn is_pure(&self) -> bool {
        match self {
            InstKind::Iconst(_)
            | InstKind::Fconst(_)
            | InstKind::Unary(_)
            | InstKind::Icmp(_)
            | InstKind::Fcmp(_)
            | InstKind::Select
            | InstKind::FuncAddr(_)
            | InstKind::SymAddr(_) => true,
            InstKind::Binary(op) => !op.can_panic(),
            _ => false,
        }
    }
}

/// A branch target with its block arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockCall {
    pub block: Block,
    pub args: Vec<Value>,
}

impl BlockCall {
    pub fn new(block: Block, args: Vec<Value>) -> Self {
        BlockCall { block, args }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(BlockCall),
    /// Branch to the first target when the value is non-zero.
    Brif(Value, BlockCall, BlockCall),
    Ret(Vec<Value>),
    /// Control never reaches here (after a call that does not return).
    Unreachable,
}

impl Terminator {
    pub fn targets(&self) -> Vec<&BlockCall> {
        match self {
            Terminator::Jump(t) => vec![t],
            Terminator::Brif(_, a, b) => vec![a, b],
            _ => vec![],
        }
    }

    pub fn targets_mut(&mut self) -> Vec<&mut BlockCall> {
        match self {
            Terminator::Jump(t) => vec![t],
            Terminator::Brif(_, a, b) => vec![a, b],
            _ => vec![],
        }
    }

    pub fn successors(&self) -> impl Iterator<Item = Block> + '_ {
        let (a, b) = match self {
            Terminator::Jump(t) => (Some(t.block), None),
            Terminator::Brif(_, x, y) => (Some(x.block), Some(y.block)),
            _ => (None, None),
        };
        a.into_iter().chain(b)
    }

    /// Every value the terminator reads, block arguments included.
    pub fn for_each_use(&self, mut f: impl FnMut(Value)) {
        match self {
            Terminator::Jump(t) => t.args.iter().copied().for_each(f),
            Terminator::Brif(c, a, b) => {
                f(*c);
                a.args.iter().chain(&b.args).copied().for_each(f)
            }
            Terminator::Ret(vs) => vs.iter().copied().for_each(f),
            Terminator::Unreachable => {}
        }
    }

    pub fn map_uses(&mut self, mut f: impl FnMut(Value) -> Value) {
        match self {
            Terminator::Jump(t) => t.args.iter_mut().for_each(|v| *v = f(*v)),
            Terminator::Brif(c, a, b) => {
                *c = f(*c);
                a.args.iter_mut().chain(b.args.iter_mut()).for_each(|v| *v = f(*v))
            }
            Terminator::Ret(vs) => vs.iter_mut().for_each(|v| *v = f(*v)),
            Terminator::Unreachable => {}
        }
    }
}
