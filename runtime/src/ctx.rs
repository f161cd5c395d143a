//! Execution context of a goroutine, and the state a program's goroutines
//! share.

use crate::heap::Heap;
use crate::output::Output;
use crate::panic::Panic;
use crate::types::{FuncInfo, TypeDesc};
use std::collections::HashMap;

/// How the runtime calls back into guest code (deferred calls, methods
/// called by natives such as `String()` from fmt, sort callbacks).
pub trait Engine {
    /// Calls `fi` with `args` as its parameter words; the result words
    /// overwrite the start of `args` (which is at least as long as both).
    /// On return, check `ctx.panicking`.
    fn call(&self, ctx: &mut Ctx, fi: *const FuncInfo, args: &mut [u64]);
}

/// Types and functions the runtime itself must know to build values:
/// filled by the frontend from the library sources it compiled.
#[derive(Debug)]
pub struct WellKnown {
    pub string: *const TypeDesc,
    pub int: *const TypeDesc,
    /// The `error` interface.
    pub error: *const TypeDesc,
    /// runtime.errorString, runtime.plainError, runtime.boundsError,
    /// *runtime.TypeAssertionError and *runtime.PanicNilError: every one
    /// holds only its message (see the library's runtime package).
    pub rt_error_string: *const TypeDesc,
    pub rt_plain_error: *const TypeDesc,
    pub rt_bounds_error: *const TypeDesc,
    pub rt_type_assertion_error: *const TypeDesc,
    pub rt_panic_nil_error: *const TypeDesc,
    /// The type natives use for errors they return (*errors.errorString).
    pub errors_error: *const TypeDesc,
}

impl Default for WellKnown {
    fn default() -> Self {
        let n = std::ptr::null();
        WellKnown {
            string: n,
            int: n,
            error: n,
            rt_error_string: n,
            rt_plain_error: n,
            rt_bounds_error: n,
            rt_type_assertion_error: n,
            rt_panic_nil_error: n,
            errors_error: n,
        }
    }
}

/// State shared by every goroutine of one program.
pub struct Shared {
    pub heap: Heap,
    pub types: Vec<Box<TypeDesc>>,
    pub funcs: Vec<Box<FuncInfo>>,
    /// (interface descriptor, concrete type) -> itab words.
    pub itabs: HashMap<(usize, usize), *const usize>,
    itab_store: Vec<Box<[usize]>>,
    /// Immutable data (string literal bytes, constant tables).
    statics: Vec<Box<[u8]>>,
    static_words: Vec<Box<[u64]>>,
    /// Memory that holds pointers and is not in the heap (package
    /// variables): scanned as roots.
    pub globals: Vec<Box<[u64]>>,
    pub wellknown: WellKnown,
    pub out: Output,
    pub args: Vec<String>,
    /// Source locations, indexed like the IR module's `locs`.
    pub locs: Vec<(std::rc::Rc<str>, u32)>,
    /// For a location in code inlined into another function: (the inlined
    /// function's id, the call site's location). Indexed like `locs`;
    /// shorter when the last locations are not inlined.
    pub loc_inlined: Vec<Option<(u32, u32)>>,
    pub sched: crate::sched::Sched,
    /// Time and memory bounds set by the embedder.
    pub limits: crate::limits::Limits,
    /// Functions the embedder provides (crate::host), by index.
    pub hosts: Vec<crate::host::Host>,
}

impl Default for Shared {
    fn default() -> Self {
        Self::new()
    }
}

impl Shared {
    pub fn new() -> Shared {
        Shared {
            heap: Heap::new(),
            types: Vec::new(),
            funcs: Vec::new(),
            itabs: HashMap::new(),
            itab_store: Vec::new(),
            statics: Vec::new(),
            static_words: Vec::new(),
            globals: Vec::new(),
            wellknown: WellKnown::default(),
            out: Output::new(),
            args: Vec::new(),
            locs: Vec::new(),
            loc_inlined: Vec::new(),
            sched: Default::default(),
            limits: Default::default(),
            hosts: Vec::new(),
        }
    }

    /// Stores a type descriptor; the returned pointer is stable.
    pub fn add_type(&mut self, t: TypeDesc) -> *mut TypeDesc {
        self.types.push(Box::new(t));
        &mut **self.types.last_mut().unwrap() as *mut TypeDesc
    }

    /// The descriptor of function `id`, created on first request.
    pub fn func_info(&mut self, id: u32, name: &str) -> *mut FuncInfo {
        while self.funcs.len() <= id as usize {
            let n = self.funcs.len() as u32;
            self.funcs.push(Box::new(FuncInfo::new(n, "")));
        }
        let fi = &mut self.funcs[id as usize];
        if fi.name.is_empty() {
            fi.name = name.to_string();
        }
        &mut **fi as *mut FuncInfo
    }

    /// Stores immutable bytes (e.g. a string literal); returns their address.
    pub fn add_static(&mut self, bytes: &[u8]) -> *const u8 {
        if bytes.is_empty() {
            return std::ptr::null();
        }
        self.statics.push(bytes.to_vec().into_boxed_slice());
        self.statics.last().unwrap().as_ptr()
    }

    /// Stores immutable, aligned words (static closures, tables) that may
    /// point at heap objects only through roots elsewhere.
    pub fn add_static_words(&mut self, words: &[u64]) -> *const u64 {
        self.static_words.push(words.to_vec().into_boxed_slice());
        self.static_words.last().unwrap().as_ptr()
    }

    /// Allocates `words` zeroed words of root memory for package variables.
    pub fn add_globals(&mut self, words: usize) -> *mut u64 {
        self.globals.push(vec![0u64; words.max(1)].into_boxed_slice());
        self.globals.last_mut().unwrap().as_mut_ptr()
    }

    /// Registers an itab built elsewhere (by the frontend for static
    /// conversions, or by `iface::get_itab`).
    pub fn add_itab(&mut self, iface: *const TypeDesc, typ: *const TypeDesc, words: Box<[usize]>) -> *const usize {
        let p = words.as_ptr();
        self.itab_store.push(words);
        self.itabs.insert((iface as usize, typ as usize), p);
        p
    }
}

/// A deferred call: the closure to run and the activation that deferred it.
#[derive(Clone, Copy, Debug)]
pub struct Defer {
    pub closure: usize,
    /// The `defer_mark` of the deferring activation.
    pub mark: usize,
}

/// Per-goroutine execution context. Compiled code reads the first fields:
/// their offsets are part of the JIT's contract.
#[repr(C)]
pub struct Ctx {
    /// Non-zero while a panic (or an exit) propagates: engines test it after
    /// every call that may panic.
    pub panicking: u64,
    /// Lowest native stack address JIT code may grow down to.
    pub stack_limit: usize,
    /// Loop back edges left before the goroutine offers to yield: engines
    /// decrement it at back edges and call `sched::preempt` below zero
    /// (compiled code only in programs that start goroutines).
    pub preempt: u64,
    pub shared: *mut Shared,
    pub engine: Option<*const dyn Engine>,
    /// The innermost panic is last.
    pub panics: Vec<Panic>,
    pub defers: Vec<Defer>,
    /// The function allowed to recover, while a deferred call runs during
    /// a panic: (FuncInfo id, depth of `panics`).
    pub recover_target: Option<u32>,
    /// Highest native stack address of this goroutine's guest frames.
    pub native_stack_top: usize,
    /// Interpreter register stack: base, and the top of the frames in use
    /// (published before calls out of the interpreter, for the collector).
    pub reg_base: usize,
    pub reg_top: usize,
    /// End of the register stack (exclusive).
    pub reg_end: usize,
    /// Exit code requested by os.Exit, when `panicking` is set by an exit.
    pub exit_code: Option<i32>,
    /// Activations that deferred calls so far (source of defer marks).
    pub defer_activations: u64,
    /// This goroutine's slot in the scheduler.
    pub goroutine: usize,
    /// The coroutine's `Yielder` (goroutines other than main).
    pub yielder: usize,
    /// Native stack pointer when the goroutine last left the CPU (the GC
    /// scans from here to `native_stack_top` while it is switched out).
    pub parked_sp: usize,
    /// The func value a goroutine starts with (a root until it runs).
    pub start_closure: u64,
}

impl Ctx {
    pub fn new(shared: *mut Shared) -> Ctx {
        Ctx {
            panicking: 0,
            stack_limit: 0,
            preempt: 0,
            shared,
            engine: None,
            panics: Vec::new(),
            defers: Vec::new(),
            recover_target: None,
            native_stack_top: 0,
            reg_base: 0,
            reg_top: 0,
            reg_end: 0,
            exit_code: None,
            defer_activations: 0,
            goroutine: 0,
            yielder: 0,
            parked_sp: 0,
            start_closure: 0,
        }
    }

    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn shared(&self) -> &mut Shared {
        // SAFETY: the Shared outlives every Ctx of its program, and the
        // runtime is single-threaded: no other reference is live while a
        // native runs.
        unsafe { &mut *self.shared }
    }

    #[inline]
    pub fn heap(&self) -> &mut Heap {
        &mut self.shared().heap
    }

    /// Allocates zeroed memory, collecting first when the heap asks for it.
    #[inline]
    pub fn alloc(&mut self, size: usize, noscan: bool) -> *mut u8 {
        if self.heap().should_collect() {
            crate::gc::collect(self);
        }
        // Past a memory limit the program starts ending, but the request is
        // still served: the caller may write to it before its engine unwinds.
        crate::limits::check_heap(self, size);
        self.heap().alloc(size, noscan)
    }

    /// Calls func value `clo` (whose FuncInfo is `fi`) with no arguments,
    /// dropping whatever it returns (`defer f()`, `go f()`): the buffer is
    /// sized for the results. `fi` must be a FuncInfo of this program.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn call_closure_discarding(&mut self, fi: *const FuncInfo, clo: u64) {
        // SAFETY: FuncInfos live as long as the program.
        let nres = unsafe { (*fi).nresults } as usize;
        let mut small = [0u64; 16];
        if nres < small.len() {
            small[0] = clo;
            self.call(fi, &mut small);
        } else {
            let mut big = vec![0u64; nres + 1];
            big[0] = clo;
            self.call(fi, &mut big);
        }
    }

    /// Calls guest code through the engine.
    pub fn call(&mut self, fi: *const FuncInfo, args: &mut [u64]) {
        let engine = self.engine.expect("no engine installed");
        // SAFETY: the engine outlives the contexts it runs.
        unsafe { (*engine).call(self, fi, args) }
    }
}
