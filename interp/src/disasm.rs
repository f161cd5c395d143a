//! Bytecode listing for `mvm bytecode`.

use crate::bytecode::{BcFunc, Fmt};
use crate::exec::Op;
use std::fmt::Write;

pub fn disassemble(name: &str, f: &BcFunc) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "func {name} (frame {} slots, {} params, {} results)", f.frame_size, f.nparams, f.nresults);
    let mut skip = false;
    for (pc, ins) in f.code.iter().enumerate() {
        if skip {
            skip = false;
            continue;
        }
        let op = Op::from_u16(f.ops[pc]);
        let target = |ins: &crate::bytecode::Instr| pc as i64 + ins.cd() as i64;
        let args = match op.fmt() {
            Fmt::None => String::new(),
            Fmt::A => format!("r{}", ins.a),
            Fmt::AB => format!("r{}, r{}", ins.a, ins.b),
            Fmt::ABC => format!("r{}, r{}, r{}", ins.a, ins.b, ins.c),
            Fmt::ABCD => format!("r{}, r{}, r{}, r{}", ins.a, ins.b, ins.c, ins.d),
            Fmt::ABI => format!("r{}, r{}, {}", ins.a, ins.b, ins.cd()),
            Fmt::AI => format!("r{}, {}", ins.a, ins.cd()),
            Fmt::AK => {
                skip = true;
                let k = f.code.get(pc + 1).map(|d| d.raw()).unwrap_or(0);
                format!("r{}, {:#x}", ins.a, k)
            }
            Fmt::J => format!("@{}", target(ins)),
            Fmt::JL => format!("@{} (loop {})", target(ins), ins.b),
            Fmt::AJ => format!("r{}, @{}", ins.a, target(ins)),
            Fmt::ABJ => format!("r{}, r{}, @{}", ins.a, ins.b, target(ins)),
            Fmt::AIJ => format!("r{}, {}, @{}", ins.a, ins.bi(), target(ins)),
            Fmt::Call => format!("base r{}, fn{}", ins.a, ins.cd()),
            Fmt::CallInd => format!("base r{}, r{}", ins.a, ins.b),
            Fmt::Native => format!("base r{}, native{}", ins.a, ins.cd()),
            Fmt::Store => format!("[r{}{:+}], r{}", ins.b, ins.cd(), ins.a),
        };
        let _ = writeln!(s, "  {pc:4}  {:<10} {args}", op.name());
    }
    s
}
