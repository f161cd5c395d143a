//! Natives of package regexp: an RE2-syntax engine of our own (parser
//! with Go's error messages, Pike VM with Go's leftmost-first and
//! leftmost-longest semantics). Compiled programs live in a process-wide
//! table; a Go `*Regexp` holds its index. The same pattern compiles to the
//! same entry, so recompiling in a loop does not grow the table.

mod parse;
mod prog;
mod unames;

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};
use crate::strings::new_string;
use prog::{Machine, Prog};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("regexp.compile", compile),
    ("regexp.subexpName", subexp_name),
    ("regexp.execString", exec_string),
    ("regexp.execBytes", exec_bytes),
];

struct Compiled {
    prog: Prog,
    names: Vec<Vec<u8>>,
}

#[derive(Default)]
struct Registry {
    progs: Vec<Arc<Compiled>>,
    by_expr: HashMap<Vec<u8>, usize>,
}

static REGISTRY: Mutex<Option<Registry>> = Mutex::new(None);

thread_local! {
    static MACHINE: RefCell<Machine> = RefCell::new(Machine::default());
}

fn with_registry<T>(f: impl FnOnce(&mut Registry) -> T) -> T {
    let mut g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(Registry::default))
}

fn get(id: u64) -> Option<Arc<Compiled>> {
    with_registry(|r| r.progs.get(id as usize).cloned())
}

/// Compiles `expr`: its entry and group count, or Go's error code and the
/// text it quotes.
pub fn compile_expr(expr: &[u8]) -> Result<(usize, usize), (&'static str, Vec<u8>)> {
    if let Some(id) = with_registry(|r| r.by_expr.get(expr).copied()) {
        let ncap = get(id as u64).map_or(0, |c| c.names.len() - 1);
        return Ok((id, ncap));
    }
    let parsed = parse::parse(expr).map_err(|e| (e.code, e.expr))?;
    let prog = prog::compile(&parsed.node, parsed.ncap).map_err(|code| (code, expr.to_vec()))?;
    let ncap = parsed.ncap;
    let c = Arc::new(Compiled { prog, names: parsed.names });
    let id = with_registry(|r| {
        r.progs.push(c);
        let id = r.progs.len() - 1;
        r.by_expr.insert(expr.to_vec(), id);
        id
    });
    Ok((id, ncap))
}

/// compile(expr string) (id, ncap int, code, errExpr string)
extern "C" fn compile(ctx: &mut Ctx, a: Args) {
    let expr = a.str(0);
    match compile_expr(expr) {
        Ok((id, ncap)) => {
            for (k, v) in [id as u64, ncap as u64, 0, 0, 0, 0].into_iter().enumerate() {
                a.set(k, v);
            }
        }
        Err((code, e)) => {
            let (cp, cl) = new_string(ctx, code.as_bytes());
            let (ep, el) = new_string(ctx, &e);
            for (k, v) in [u64::MAX, 0, cp, cl, ep, el].into_iter().enumerate() {
                a.set(k, v);
            }
        }
    }
}

/// subexpName(id, i int) string
extern "C" fn subexp_name(ctx: &mut Ctx, a: Args) {
    let name = get(a.get(0)).and_then(|c| c.names.get(a.get(1) as usize).cloned()).unwrap_or_default();
    let (p, l) = new_string(ctx, &name);
    a.set(0, p);
    a.set(1, l);
}

fn run(id: u64, hay: &[u8], pos: u64, longest: bool, caps_ptr: u64, caps_len: u64) -> bool {
    let Some(c) = get(id) else { return false };
    let out: &mut [i64] = if caps_len == 0 || caps_ptr == 0 {
        &mut []
    } else {
        // SAFETY: the caller passes a live []int of caps_len elements
        // (8-byte words); ints hold no pointers, so writing them needs no
        // write barrier.
        unsafe { std::slice::from_raw_parts_mut(caps_ptr as *mut i64, caps_len as usize) }
    };
    let quick = out.is_empty();
    MACHINE.with(|m| {
        let mut m = m.borrow_mut();
        c.prog.exec(&mut m, hay, pos as usize, longest, quick, out)
    })
}

/// execString(id int, s string, pos int, longest bool, caps []int) bool
extern "C" fn exec_string(_ctx: &mut Ctx, a: Args) {
    let r = run(a.get(0), a.str(1), a.get(3), a.get(4) != 0, a.get(5), a.get(6));
    a.set(0, r as u64);
}

/// execBytes(id int, b []byte, pos int, longest bool, caps []int) bool
extern "C" fn exec_bytes(_ctx: &mut Ctx, a: Args) {
    let hay = crate::strings::bytes_of(a.get(1), a.get(2));
    let r = run(a.get(0), hay, a.get(4), a.get(5) != 0, a.get(6), a.get(7));
    a.set(0, r as u64);
}
