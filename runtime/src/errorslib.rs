//! Natives of package errors: the reflection-like checks Is and As need.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::types::{Kind, TypeDesc};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("errors.isComparable", is_comparable),
    ("errors.checkAsTarget", check_as_target),
    ("errors.assignTo", assign_to),
    ("context.typeString", type_string),
];

/// The dynamic type of a non-nil `error` value (its itab's type).
fn error_type(itab: u64) -> *const TypeDesc {
    // SAFETY: a non-nil error's first word is an itab, whose first word is
    // the concrete type's descriptor.
    unsafe { *(itab as *const u64) as *const TypeDesc }
}

/// (v any) -> string: the dynamic type's name, as reflectlite's
/// `TypeOf(v).String()` (context's names for values without String).
extern "C" fn type_string(ctx: &mut Ctx, a: Args) {
    let t = a.get(0) as *const TypeDesc;
    // SAFETY: non-zero type words of an `any` are descriptors.
    let name = if t.is_null() { "<nil>".to_string() } else { unsafe { (*t).name.clone() } };
    let (p, l) = crate::strings::new_string(ctx, name.as_bytes());
    a.set(0, p);
    a.set(1, l);
}

/// (err error) -> bool
extern "C" fn is_comparable(_ctx: &mut Ctx, a: Args) {
    let itab = a.get(0);
    // SAFETY: descriptors are immortal.
    let ok = itab != 0 && unsafe { (*error_type(itab)).comparable };
    a.set(0, ok as u64);
}

fn plain_panic(ctx: &mut Ctx, msg: &str) {
    let string = ctx.shared().wellknown.string as u64;
    let cell = crate::strings::box_string(ctx, msg.as_bytes());
    crate::panic::raise(ctx, string, cell as u64);
}

/// (target any): panics unless target is a non-nil pointer to an interface
/// or to a type implementing error.
extern "C" fn check_as_target(ctx: &mut Ctx, a: Args) {
    let (t, p) = (a.get(0) as *const TypeDesc, a.get(1));
    // SAFETY: non-zero type words of an `any` are descriptors.
    let td = (!t.is_null()).then(|| unsafe { &*t });
    let Some(td) = td.filter(|td| td.kind == Kind::Pointer && p != 0) else {
        return plain_panic(ctx, "errors: target must be a non-nil pointer");
    };
    let elem = td.elem();
    let error = ctx.shared().wellknown.error;
    // SAFETY: `error` and `elem` are descriptors of this program.
    let implements = elem.kind == Kind::Interface || unsafe { !crate::iface::get_itab(ctx, error, elem).is_null() };
    if !implements {
        plain_panic(ctx, "errors: *target must be interface or implement error");
    }
}

/// (err error, target any) -> bool: `*target = err` when err's dynamic
/// type is assignable to target's element type.
extern "C" fn assign_to(ctx: &mut Ctx, a: Args) {
    let (itab, data, target) = (a.get(0), a.get(1), a.get(3) as *mut u64);
    a.set(0, 0);
    if itab == 0 || target.is_null() {
        return;
    }
    let dyn_t = error_type(itab);
    // SAFETY: checkAsTarget made sure the target is a pointer descriptor.
    let elem = unsafe { (*(a.get(2) as *const TypeDesc)).elem() };
    let elem_p = elem as *const TypeDesc;
    if elem.kind == Kind::Interface {
        let word0 = if elem.imethods.is_empty() {
            dyn_t as u64
        } else {
            // SAFETY: both are descriptors of this program.
            let it = unsafe { crate::iface::get_itab(ctx, elem_p, dyn_t) };
            if it.is_null() {
                return;
            }
            it as u64
        };
        // SAFETY: target points at an interface (two words).
        unsafe {
            *target = word0;
            *target.add(1) = data;
        }
    } else if dyn_t == elem_p {
        // SAFETY: the target holds a value of the dynamic type; boxed kinds
        // point at their value's memory, direct kinds are the data word.
        unsafe {
            if elem.kind.is_direct_iface() {
                crate::layout::store_word(target as *mut u8, elem.flat[0].mem, data);
            } else {
                std::ptr::copy(data as *const u8, target as *mut u8, elem.size as usize);
            }
        }
    } else {
        return;
    }
    a.set(0, 1);
}
