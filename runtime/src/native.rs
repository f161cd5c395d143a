//! The calling convention of runtime natives, and their registry.
//!
//! Every native has the same machine signature: it receives the context and
//! a buffer of 64-bit words holding its arguments (floats as their bits) and
//! writes its results over the start of the same buffer. The interpreter
//! passes a window of its register file; JIT code passes a stack buffer.
//! IR modules declare natives by name (`NativeDecl`); a suffix after `#`
//! (`map_get#k2v1`) only distinguishes signatures, the function is the same.

use crate::ctx::Ctx;

/// The argument/result buffer of a native call.
#[repr(transparent)]
#[derive(Copy, Clone)]
pub struct Args(pub *mut u64);

impl Args {
    #[inline(always)]
    pub fn get(self, i: usize) -> u64 {
        // SAFETY: engines pass a buffer of at least max(params, results)
        // words, and natives only index within their declared signature.
        unsafe { *self.0.add(i) }
    }
    #[inline(always)]
    pub fn set(self, i: usize, v: u64) {
        // SAFETY: as for `get`.
        unsafe { *self.0.add(i) = v }
    }
    #[inline(always)]
    pub fn f(self, i: usize) -> f64 {
        f64::from_bits(self.get(i))
    }
    #[inline(always)]
    pub fn setf(self, i: usize, v: f64) {
        self.set(i, v.to_bits())
    }
    #[inline(always)]
    pub fn ptr<T>(self, i: usize) -> *mut T {
        self.get(i) as *mut T
    }
    /// A string argument in words i (pointer) and i+1 (length).
    #[inline(always)]
    pub fn str<'a>(self, i: usize) -> &'a [u8] {
        crate::strings::bytes_of(self.get(i), self.get(i + 1))
    }
    pub fn words(self, i: usize, n: usize) -> &'static mut [u64] {
        // SAFETY: as for `get`, the buffer covers i..i+n.
        unsafe { std::slice::from_raw_parts_mut(self.0.add(i), n) }
    }
}

pub type NativeFn = extern "C" fn(&mut Ctx, Args);

/// Looks up a native by the name an IR module declares it with.
pub fn lookup(name: &str) -> Option<NativeFn> {
    let base = name.split('#').next().unwrap_or(name);
    crate::natives::table().get(base).copied()
}
