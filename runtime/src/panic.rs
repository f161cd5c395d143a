//! Panics, deferred calls and recovery.
//!
//! A panic sets `ctx.panicking`; every engine checks it after anything that
//! may panic and unwinds its frames. Frames of functions that defer calls
//! hand control to `unwind`, which runs their deferred calls and reports
//! whether one of them recovered. See docs/decisions/0005-panics-and-defer.md.

use crate::ctx::{Ctx, Defer};
use crate::native::Args;
use crate::types::{Kind, TypeDesc};

pub struct Panic {
    /// The panic value as an `any`: (type descriptor, data word).
    pub value: [u64; 2],
    pub recovered: bool,
    /// A newer panic started while this one's deferred calls ran.
    pub aborted: bool,
    /// Message used when no descriptor exists for the value's type.
    pub fallback: Option<String>,
    /// Nil dereferences print a signal line like Go's.
    pub sigsegv: bool,
    /// Frames unwound so far, innermost first: (function id, location).
    pub trace: Vec<(u32, u32)>,
    /// An OSR entry recorded its frame's line; the interpreter frame it
    /// returns to, which would record the loop's line, does not.
    pub osr_traced: bool,
}

/// Starts a panic with an `any` value.
pub fn raise(ctx: &mut Ctx, typ: u64, data: u64) {
    ctx.panics.push(Panic {
        value: [typ, data],
        recovered: false,
        aborted: false,
        fallback: None,
        sigsegv: false,
        trace: Vec::new(),
        osr_traced: false,
    });
    ctx.panicking = 1;
}

#[derive(Copy, Clone)]
pub enum RtErr {
    /// runtime.errorString: "runtime error: " + msg
    ErrorString,
    /// runtime.plainError: msg as is
    Plain,
    /// runtime.boundsError: "runtime error: " + msg
    Bounds,
    /// *runtime.TypeAssertionError: msg as is
    TypeAssertion,
}

/// Starts a panic with a runtime error value.
pub fn raise_runtime(ctx: &mut Ctx, kind: RtErr, msg: &str) {
    let wk = &ctx.shared().wellknown;
    let typ = match kind {
        RtErr::ErrorString => wk.rt_error_string,
        RtErr::Plain => wk.rt_plain_error,
        RtErr::Bounds => wk.rt_bounds_error,
        RtErr::TypeAssertion => wk.rt_type_assertion_error,
    };
    if typ.is_null() {
        raise(ctx, 0, 0);
        let full = match kind {
            RtErr::ErrorString | RtErr::Bounds => format!("runtime error: {msg}"),
            _ => msg.to_string(),
        };
        ctx.panics.last_mut().unwrap().fallback = Some(full);
        return;
    }
    // Every runtime error type holds just the message string: a boxed
    // string for the value types, a pointer to one for the pointer type.
    let boxed = crate::strings::box_string(ctx, msg.as_bytes());
    raise(ctx, typ as u64, boxed as u64);
}

pub fn raise_nil_deref(ctx: &mut Ctx) {
    raise_runtime(ctx, RtErr::ErrorString, "invalid memory address or nil pointer dereference");
    ctx.panics.last_mut().unwrap().sigsegv = true;
}

pub fn raise_div_zero(ctx: &mut Ctx) {
    raise_runtime(ctx, RtErr::ErrorString, "integer divide by zero");
}

pub fn raise_index(ctx: &mut Ctx, i: i64, len: i64) {
    let msg =
        if i < 0 { format!("index out of range [{i}]") } else { format!("index out of range [{i}] with length {len}") };
    raise_runtime(ctx, RtErr::Bounds, &msg);
}

/// Bounds failure codes of slice expressions, shared with the frontend.
pub mod bounds {
    /// s[:x] with x > len (arrays, strings)
    pub const SLICE_ALEN: u64 = 1;
    /// s[:x] with x > cap (slices)
    pub const SLICE_ACAP: u64 = 2;
    /// s[x:y] with x > y
    pub const SLICE_B: u64 = 3;
    pub const SLICE3_ALEN: u64 = 4;
    pub const SLICE3_ACAP: u64 = 5;
    /// s[:x:y] with x > y
    pub const SLICE3_B: u64 = 6;
    /// s[x:y:] with x > y
    pub const SLICE3_C: u64 = 7;
    /// slice to array conversion with too short a slice
    pub const CONVERT: u64 = 8;
}

pub fn raise_bounds(ctx: &mut Ctx, code: u64, x: i64, y: i64) {
    use bounds::*;
    let msg = match code {
        SLICE_ALEN if x < 0 => format!("slice bounds out of range [:{x}]"),
        SLICE_ALEN => format!("slice bounds out of range [:{x}] with length {y}"),
        SLICE_ACAP if x < 0 => format!("slice bounds out of range [:{x}]"),
        SLICE_ACAP => format!("slice bounds out of range [:{x}] with capacity {y}"),
        // A negative x needs no y (gc's boundsNegErrorFmt).
        SLICE_B if x < 0 => format!("slice bounds out of range [{x}:]"),
        SLICE_B => format!("slice bounds out of range [{x}:{y}]"),
        SLICE3_ALEN | SLICE3_ACAP if x < 0 => format!("slice bounds out of range [::{x}]"),
        SLICE3_ALEN => format!("slice bounds out of range [::{x}] with length {y}"),
        SLICE3_ACAP => format!("slice bounds out of range [::{x}] with capacity {y}"),
        SLICE3_B if x < 0 => format!("slice bounds out of range [:{x}:]"),
        SLICE3_B => format!("slice bounds out of range [:{x}:{y}]"),
        SLICE3_C if x < 0 => format!("slice bounds out of range [{x}::]"),
        SLICE3_C => format!("slice bounds out of range [{x}:{y}:]"),
        CONVERT => format!("cannot convert slice with length {x} to array or pointer to array with length {y}"),
        _ => format!("index out of range [{x}] with length {y}"),
    };
    raise_runtime(ctx, RtErr::Bounds, &msg);
}

// ---- natives ----

/// (type, data) -> never returns
pub extern "C" fn panic_value(ctx: &mut Ctx, a: Args) {
    if a.get(0) == 0 {
        let typ = ctx.shared().wellknown.rt_panic_nil_error;
        if !typ.is_null() {
            let boxed = crate::strings::box_string(ctx, b"runtime error: panic called with nil argument");
            raise(ctx, typ as u64, boxed as u64);
            return;
        }
    }
    raise(ctx, a.get(0), a.get(1));
}

/// (index, len)
pub extern "C" fn panic_index(ctx: &mut Ctx, a: Args) {
    raise_index(ctx, a.get(0) as i64, a.get(1) as i64);
}

/// (code, x, y)
pub extern "C" fn panic_bounds(ctx: &mut Ctx, a: Args) {
    raise_bounds(ctx, a.get(0), a.get(1) as i64, a.get(2) as i64);
}

pub extern "C" fn panic_nil(ctx: &mut Ctx, _a: Args) {
    raise_nil_deref(ctx);
}

pub extern "C" fn panic_div(ctx: &mut Ctx, _a: Args) {
    raise_div_zero(ctx);
}

pub extern "C" fn panic_shift(ctx: &mut Ctx, _a: Args) {
    raise_runtime(ctx, RtErr::ErrorString, "negative shift amount");
}

/// (message ptr, len, kind): a runtime error with a message built by code.
pub extern "C" fn panic_msg(ctx: &mut Ctx, a: Args) {
    let msg = String::from_utf8_lossy(a.str(0)).into_owned();
    let kind = match a.get(2) {
        0 => RtErr::ErrorString,
        1 => RtErr::Plain,
        2 => RtErr::Bounds,
        _ => RtErr::TypeAssertion,
    };
    raise_runtime(ctx, kind, &msg);
}

/// () -> mark: a number identifying this activation's deferred calls.
/// Calls are found by mark, not by stack depth: the yield function of a
/// range-over-func loop defers on behalf of its owner while the iterator's
/// own frame (with deferred calls of its own) is still running.
pub extern "C" fn defer_mark(ctx: &mut Ctx, a: Args) {
    ctx.defer_activations += 1;
    a.set(0, ctx.defer_activations);
}

/// The newest deferred call of activation `mark`, removed from the stack.
fn take_deferred(ctx: &mut Ctx, mark: usize) -> Option<Defer> {
    let i = ctx.defers.iter().rposition(|d| d.mark == mark)?;
    Some(ctx.defers.remove(i))
}

/// (mark, closure)
pub extern "C" fn defer_push(ctx: &mut Ctx, a: Args) {
    ctx.defers.push(Defer { mark: a.get(0) as usize, closure: a.get(1) as usize });
}

fn call_deferred(ctx: &mut Ctx, d: Defer, recover_target: Option<u32>) {
    if d.closure == 0 {
        raise_nil_deref(ctx);
        return;
    }
    // SAFETY: a closure object starts with its FuncInfo pointer.
    let fi = unsafe { *(d.closure as *const *const crate::types::FuncInfo) };
    let saved = ctx.recover_target;
    // SAFETY: FuncInfos live as long as the program.
    ctx.recover_target = recover_target.map(|_| unsafe { (*fi).recover_id.get() });
    ctx.call_closure_discarding(fi, d.closure as u64);
    ctx.recover_target = saved;
}

/// (mark): runs, newest first, the calls deferred since `mark`, on a
/// normal return. Stops early if one of them panics.
pub extern "C" fn defer_return(ctx: &mut Ctx, a: Args) {
    let mark = a.get(0) as usize;
    while let Some(d) = take_deferred(ctx, mark) {
        call_deferred(ctx, d, None);
        if ctx.panicking != 0 {
            return;
        }
    }
}

/// (mark) -> recovered: called by engines when a panic reaches a frame
/// with deferred calls. Runs them while the panic lasts; returns 1 (with
/// `panicking` cleared) if one recovered, so the frame resumes at its
/// recover block, or 0 to keep unwinding.
pub extern "C" fn unwind(ctx: &mut Ctx, a: Args) {
    let mark = a.get(0) as usize;
    a.set(0, 0);
    if ctx.exit_code.is_some() {
        return;
    }
    while let Some(d) = take_deferred(ctx, mark) {
        let depth = ctx.panics.len();
        ctx.panicking = 0;
        call_deferred(ctx, d, Some(0));
        if ctx.exit_code.is_some() {
            ctx.panicking = 1;
            return;
        }
        if ctx.panicking != 0 {
            // A new panic escaped the deferred call: it replaces ours. The
            // frames ours unwound are still below the deferred call, as in
            // Go, so the new panic's traceback continues with them.
            if depth > 0 && ctx.panics.len() > depth {
                ctx.panics[depth - 1].aborted = true;
                let below = ctx.panics[depth - 1].trace.clone();
                let p = ctx.panics.last_mut().expect("the new panic");
                p.trace.extend(below);
                p.trace.truncate(100);
            }
            continue;
        }
        if ctx.panics.last().is_some_and(|p| p.recovered) {
            ctx.panics.pop();
            while ctx.panics.last().is_some_and(|p| p.aborted) {
                ctx.panics.pop();
            }
            ctx.panicking = 0;
            a.set(0, 1);
            return;
        }
        ctx.panicking = 1;
    }
    ctx.panicking = 1;
}

/// (function id) -> (type, data): `recover()` as called by that function.
pub extern "C" fn recover(ctx: &mut Ctx, a: Args) {
    let fid = a.get(0) as u32;
    let allowed = ctx.recover_target == Some(fid);
    a.set(0, 0);
    a.set(1, 0);
    if !allowed {
        return;
    }
    if let Some(p) = ctx.panics.last_mut() {
        if !p.recovered && ctx.exit_code.is_none() {
            p.recovered = true;
            a.set(0, p.value[0]);
            a.set(1, p.value[1]);
            if let Some(msg) = p.fallback.clone() {
                // No descriptor for runtime errors: hand back the message.
                let s = crate::strings::box_string(ctx, msg.as_bytes());
                let st = ctx.shared().wellknown.string;
                a.set(0, st as u64);
                a.set(1, s as u64);
            }
        }
    }
}

/// (code): os.Exit. Unwinds every frame without running deferred calls.
pub extern "C" fn exit(ctx: &mut Ctx, a: Args) {
    ctx.exit_code = Some(a.get(0) as i32);
    ctx.panicking = 1;
}

/// (function id, location): records a frame the panic unwinds through.
pub fn trace_frame(ctx: &mut Ctx, func: u32, loc: u32) {
    if let Some(p) = ctx.panics.last_mut() {
        if std::mem::take(&mut p.osr_traced) {
            return;
        }
        if p.trace.len() < 100 {
            p.trace.push((func, loc));
        }
    }
}

/// Records the frame of an OSR entry at the panic's own location; the
/// interpreter frame the entry returns to then skips its own record.
pub fn trace_osr_frame(ctx: &mut Ctx, func: u32, loc: u32) {
    trace_frame(ctx, func, loc);
    if let Some(p) = ctx.panics.last_mut() {
        p.osr_traced = true;
    }
}

// ---- reporting an unrecovered panic ----

/// Text Go prints for a panic value (`panic: <this>`). As in gc's
/// printpanicval, every newline of a string form (a string, the result of
/// Error or String, a named string's contents) is followed by a tab.
pub fn describe(ctx: &mut Ctx, p_index: usize) -> String {
    match describe_raw(ctx, p_index) {
        Ok(s) => s.replace('\n', "\n\t"),
        Err((why, _)) => format!("panic while printing panic value: {why}"),
    }
}

/// The printed panic value, or Err(what the Error/String method itself
/// panicked with).
fn describe_raw(ctx: &mut Ctx, p_index: usize) -> Result<String, (String, bool)> {
    let p = &ctx.panics[p_index];
    if let Some(f) = &p.fallback {
        return Ok(f.clone());
    }
    let [t, d] = p.value;
    if t == 0 {
        return Ok("nil".to_string());
    }
    // SAFETY: non-zero type words are descriptors.
    let td: &TypeDesc = unsafe { &*(t as *const TypeDesc) };
    if let Some(s) = crate::iface::try_string_method(ctx, td, d, "Error")? {
        return Ok(s);
    }
    if let Some(s) = crate::iface::try_string_method(ctx, td, d, "String")? {
        return Ok(s);
    }
    Ok(match crate::print::format_basic_any(td, d) {
        Some(s) if td.named && td.kind == Kind::String => format!("{}(\"{}\")", td.name, s),
        Some(s) if td.named => format!("{}({})", td.name, s),
        Some(s) => s,
        None => format!("({}) {:#x}", td.name, d),
    })
}

/// Whether two panics carry the same value (the same word pair, or equal
/// strings).
fn same_value(ctx: &Ctx, i: usize, j: usize) -> bool {
    let (a, b) = (ctx.panics[i].value, ctx.panics[j].value);
    if a == b {
        return true;
    }
    if a[0] != b[0] || a[0] == 0 {
        return false;
    }
    // SAFETY: non-zero type words are descriptors; boxed strings point at
    // a (ptr, len) header.
    unsafe {
        let t = &*(a[0] as *const TypeDesc);
        if t.kind != Kind::String {
            return false;
        }
        let (x, y) = (a[1] as *const u64, b[1] as *const u64);
        crate::strings::bytes_of(*x, *x.add(1)) == crate::strings::bytes_of(*y, *y.add(1))
    }
}

/// Go's tracebacks name instantiations with their type arguments elided:
/// `main.Map[...]`, `main.(*List[...]).Push`.
fn elide_type_args(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '[' => {
                if depth == 0 {
                    out.push_str("[...]");
                }
                depth += 1;
            }
            ']' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Prints the panic report Go prints for an unrecovered panic.
pub fn report(ctx: &mut Ctx) -> String {
    let mut out = String::new();
    let n = ctx.panics.len();
    let mut first = true;
    for i in 0..n {
        // A recovered panic raised again with the same value is one line
        // (Go 1.23+: `[recovered, repanicked]`).
        if ctx.panics[i].recovered && i + 1 < n && same_value(ctx, i, i + 1) {
            continue;
        }
        let mut text = match describe_raw(ctx, i) {
            Ok(s) => s.replace('\n', "\n\t"),
            Err((why, signal)) => {
                // gc's preprintpanics throws before printing anything.
                let sig =
                    if signal { "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n" } else { "" };
                return format!(
                    "fatal error: panic while printing panic value: {why}\n{sig}\ngoroutine 1 [running]:\n"
                );
            }
        };
        if i > 0 && ctx.panics[i - 1].recovered && same_value(ctx, i - 1, i) {
            text.push_str(" [recovered, repanicked]");
        } else if ctx.panics[i].recovered {
            text.push_str(" [recovered]");
        }
        out.push_str(if first { "panic: " } else { "\tpanic: " });
        out.push_str(&text);
        out.push('\n');
        first = false;
    }
    if ctx.panics.last().is_some_and(|p| p.sigsegv) {
        out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    out.push_str("\ngoroutine 1 [running]:\n");
    if let Some(p) = ctx.panics.last() {
        let shared = ctx.shared();
        for &(f, loc) in &p.trace {
            for (f, loc) in inline_frames(shared, f, loc) {
                let name = shared.funcs.get(f as usize).map(|fi| fi.name.as_str()).unwrap_or("?");
                // Functions mvm generates (the entry point, wrappers) are not
                // Go frames.
                if name.contains('$') {
                    continue;
                }
                out.push_str(&format!("{}(...)\n", elide_type_args(name)));
                if let Some((file, line)) = shared.locs.get(loc as usize) {
                    out.push_str(&format!("\t{file}:{line}\n"));
                }
            }
        }
    }
    out
}

/// The frames one recorded frame stands for: the functions inlined at its
/// location, innermost first, then the function itself at the call site.
fn inline_frames(shared: &crate::Shared, func: u32, loc: u32) -> Vec<(u32, u32)> {
    let mut frames = Vec::new();
    let mut loc = loc;
    while let Some(&Some((inlined, site))) = shared.loc_inlined.get(loc as usize) {
        if frames.len() > 100 {
            break;
        }
        frames.push((inlined, loc));
        loc = site;
    }
    frames.push((func, loc));
    frames
}

#[cfg(test)]
mod tests {
    #[test]
    fn type_args_are_elided() {
        assert_eq!(super::elide_type_args("main.Map[int,string]"), "main.Map[...]");
        assert_eq!(super::elide_type_args("main.(*List[map[string]int]).Push"), "main.(*List[...]).Push");
        assert_eq!(super::elide_type_args("main.main.func1"), "main.main.func1");
    }
}
