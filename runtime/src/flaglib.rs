//! Natives of package flag: the zero value PrintDefaults compares a
//! flag's default with (reflect.Zero / reflect.New in Go).

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::types::{Kind, TypeDesc};

pub const NATIVES: &[(&str, NativeFn)] = &[("flag.zeroOf", zero_of)];

/// (v any) -> any: a zero value of v's dynamic type; for a pointer type
/// `*T`, a pointer to a new zero `T`.
extern "C" fn zero_of(ctx: &mut Ctx, a: Args) {
    let t = a.get(0) as *const TypeDesc;
    a.set(1, 0);
    if t.is_null() {
        return;
    }
    // SAFETY: non-zero type words of an `any` are descriptors, which live
    // as long as the program.
    let td = unsafe { &*t };
    let data = if td.kind == Kind::Pointer {
        let elem = td.elem();
        ctx.alloc(elem.size as usize, elem.noscan) as u64
    } else if td.kind.is_direct_iface() {
        0
    } else {
        ctx.alloc(td.size as usize, td.noscan) as u64
    };
    a.set(0, t as u64);
    a.set(1, data);
}
