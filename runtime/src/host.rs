//! Host functions and calls from the host: values crossing between an
//! embedding Rust program and the guest (ADR 0019).
//!
//! Only values that own no guest memory cross: integers, floats, booleans
//! and strings (copied both ways). A host function is a Go function
//! declared without a body in package main; its calls reach `host_call`
//! with the function's index in `Shared::hosts` as the first word.

use crate::ctx::Ctx;
use crate::native::Args;

/// A value passed to or returned from the guest.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    Int(i64),
    Uint(u64),
    Float(f64),
    Bool(bool),
    Str(String),
}

/// The Go kinds a value may have at the boundary, with the width that
/// decides how a word is normalized.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Int(u8),
    Uint(u8),
    Float(u8),
    Bool,
    Str,
}

impl Kind {
    /// Words the value takes in a frame.
    pub fn words(self) -> usize {
        if self == Kind::Str {
            2
        } else {
            1
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Int(_) => "an integer",
            Kind::Uint(_) => "an unsigned integer",
            Kind::Float(_) => "a float",
            Kind::Bool => "a bool",
            Kind::Str => "a string",
        }
    }
}

/// The implementation of a host function: arguments in, results or an
/// error (raised in the guest as `panic(message)`) out.
pub type HostFn = Box<dyn FnMut(&[Val]) -> Result<Vec<Val>, String> + Send>;

/// A host function of the running program.
pub struct Host {
    /// Its Go name in package main.
    pub name: String,
    pub params: Vec<Kind>,
    pub results: Vec<Kind>,
    pub f: HostFn,
}

/// Reads the values of `kinds` from `words`.
pub fn from_words(words: &[u64], kinds: &[Kind]) -> Vec<Val> {
    let mut out = Vec::with_capacity(kinds.len());
    let mut i = 0;
    for &k in kinds {
        let w = words[i];
        out.push(match k {
            Kind::Int(_) => Val::Int(w as i64),
            Kind::Uint(_) => Val::Uint(w),
            Kind::Float(_) => Val::Float(f64::from_bits(w)),
            Kind::Bool => Val::Bool(w != 0),
            Kind::Str => Val::Str(String::from_utf8_lossy(crate::strings::bytes_of(w, words[i + 1])).into_owned()),
        });
        i += k.words();
    }
    out
}

/// Writes `vals` as words of `kinds` (strings are copied into the guest
/// heap), or says which value does not fit.
pub fn to_words(ctx: &mut Ctx, vals: &[Val], kinds: &[Kind], out: &mut Vec<u64>) -> Result<(), String> {
    if vals.len() != kinds.len() {
        return Err(format!("{} values where {} are expected", vals.len(), kinds.len()));
    }
    for (n, (v, &k)) in vals.iter().zip(kinds).enumerate() {
        let bad = || format!("value {} is {v:?}, not {}", n + 1, k.name());
        match (k, v) {
            (Kind::Int(bits), Val::Int(x)) => {
                if bits < 64 && (*x < -(1i64 << (bits - 1)) || *x >= 1i64 << (bits - 1)) {
                    return Err(format!("value {} ({x}) overflows int{bits}", n + 1));
                }
                out.push(*x as u64);
            }
            (Kind::Uint(bits), Val::Uint(x)) => {
                if bits < 64 && *x >= 1u64 << bits {
                    return Err(format!("value {} ({x}) overflows uint{bits}", n + 1));
                }
                out.push(*x);
            }
            // Floats are held as f64 words, float32 rounded to its precision.
            (Kind::Float(32), Val::Float(x)) => out.push((*x as f32 as f64).to_bits()),
            (Kind::Float(_), Val::Float(x)) => out.push(x.to_bits()),
            (Kind::Bool, Val::Bool(b)) => out.push(*b as u64),
            (Kind::Str, Val::Str(s)) => {
                let (p, l) = crate::strings::new_string(ctx, s.as_bytes());
                out.extend([p, l]);
            }
            _ => return Err(bad()),
        }
    }
    Ok(())
}

/// (index, argument words...) -> result words: calls host function `index`.
pub extern "C" fn host_call(ctx: &mut Ctx, a: Args) {
    let idx = a.get(0) as usize;
    let shared = ctx.shared();
    let Some(h) = shared.hosts.get_mut(idx) else {
        return crate::panic::raise_runtime(ctx, crate::panic::RtErr::Plain, "mvm: unknown host function");
    };
    let nwords: usize = h.params.iter().map(|k| k.words()).sum();
    let args = from_words(a.words(1, nwords), &h.params);
    let r = (h.f)(&args);
    let (name, results) = (h.name.clone(), h.results.clone());
    let mut words = Vec::new();
    let r = r.and_then(|vals| {
        to_words(ctx, &vals, &results, &mut words).map_err(|e| format!("host function {name} returned {e}"))
    });
    match r {
        Ok(()) => {
            for (i, w) in words.into_iter().enumerate() {
                a.set(i, w);
            }
        }
        Err(msg) => raise_string(ctx, &msg),
    }
}

/// `panic(msg)` with a string value, as the guest would raise it.
pub fn raise_string(ctx: &mut Ctx, msg: &str) {
    let st = ctx.shared().wellknown.string as u64;
    let boxed = crate::strings::box_string(ctx, msg.as_bytes());
    crate::panic::raise(ctx, st, boxed as u64);
}
