//! Lowering of the type-checked program to IR.
//!
//! Go values become flat lists of 64-bit registers (see `repr`); arrays and
//! structs containing arrays live in memory and are handled through
//! pointers. Generic functions are monomorphized: each instance is lowered
//! separately with its type arguments substituted. Runtime descriptors
//! (types, itabs, function infos) are created here, in the runtime's
//! `Shared`, and referenced from the IR by address. See
//! docs/decisions/0003-value-layout.md.

mod call;
mod chan;
mod expr;
mod func;
mod iface;
mod intrinsic;
mod ordered;
pub mod origin;
mod rangefunc;
mod repr;
mod stmt;

use crate::ast::{self, NodeId, Pos};
use crate::check::Program;
use crate::objects::*;
use crate::source::Diagnostic;
use crate::types::{ids, TypeId, TypeKind};
use ir::{FuncId, Module, Signature, SymId};
use runtime::types::TypeDesc;
use runtime::Shared;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

pub use origin::{Glue, Origin, Tables};
pub use rangefunc::RangeBody;
pub(crate) use repr::struct_paths;
pub use repr::Flat;

/// The lowered program.
pub struct Lowered {
    pub module: Module,
    /// `main$entry`: initializes every package, then runs main.main.
    pub entry: FuncId,
    /// What every function stands for, and the descriptors made: for the
    /// tree-walking engine (`crate::walk`).
    pub tables: Tables,
    /// For an embedded program: the functions the host may call.
    pub exports: Vec<crate::embed::Export>,
}

/// Something to lower after the current function is done.
enum Job {
    /// A declared function or method, possibly a generic instance.
    Func { id: FuncId, obj: ObjId, targs: Vec<TypeId> },
    /// A function literal.
    Lit {
        id: FuncId,
        lit: Rc<ast::FuncLit>,
        sig: TypeId,
        captures: Vec<(ObjId, TypeId)>,
        subst: Rc<HashMap<TypeId, TypeId>>,
        file: u32,
    },
    /// A generated function (wrapper, thunk) with its own lowering routine.
    Gen { id: FuncId, gen: Rc<dyn Fn(&mut func::FnLower)> },
    /// The yield function of a range-over-func loop.
    RangeBody { id: FuncId, job: Rc<rangefunc::RangeBody> },
}

pub struct Lowerer<'p> {
    pub(crate) p: &'p mut Program,
    pub(crate) shared: &'p mut Shared,
    pub(crate) m: Module,
    funcs: HashMap<(ObjId, Vec<TypeId>), FuncId>,
    jobs: VecDeque<Job>,
    tdescs: HashMap<TypeId, *mut TypeDesc>,
    /// Types whose method tables still have to be filled.
    method_queue: Vec<TypeId>,
    itabs: HashMap<(TypeId, TypeId), u64>,
    strings: HashMap<Vec<u8>, SymId>,
    globals: HashMap<ObjId, u32>,
    globals_sym: SymId,
    /// Generated functions by a descriptive key (wrappers, thunks).
    generated: HashMap<String, FuncId>,
    flat_cache: HashMap<TypeId, Rc<Flat>>,
    /// Static closure objects for functions used as values.
    static_closures: HashMap<FuncId, u64>,
    pub(crate) errors: Vec<Diagnostic>,
    file_names: Vec<Rc<str>>,
    /// Function literal counters per enclosing top-level function name.
    lit_counters: HashMap<String, u32>,
    /// The origin of every declared IR function, indexed by FuncId.
    origins: Vec<Option<Origin>>,
}

/// Lowers a checked program. Library natives (bodiless functions) become
/// calls of runtime natives named `pkg.Func`.
pub fn lower_program(p: &mut Program, shared: &mut Shared) -> Result<Lowered, Vec<Diagnostic>> {
    let file_names: Vec<Rc<str>> = p.fs.files.iter().map(|f| Rc::from(f.name.as_str())).collect();
    let mut l = Lowerer {
        p,
        shared,
        m: Module::new(),
        funcs: HashMap::new(),
        jobs: VecDeque::new(),
        tdescs: HashMap::new(),
        method_queue: Vec::new(),
        itabs: HashMap::new(),
        strings: HashMap::new(),
        globals: HashMap::new(),
        globals_sym: SymId(0),
        generated: HashMap::new(),
        flat_cache: HashMap::new(),
        static_closures: HashMap::new(),
        errors: Vec::new(),
        file_names,
        lit_counters: HashMap::new(),
        origins: Vec::new(),
    };
    l.layout_globals();
    l.register_wellknown();
    let entry = l.build_entry();
    let mut exports = Vec::new();
    if l.p.embedded {
        for (name, o) in crate::embed::exportable(l.p) {
            let id = l.func_id(o, &[]);
            l.fi_addr(id);
            if let Ok((params, results)) = crate::embed::sig_kinds(l.p, o) {
                exports.push(crate::embed::Export { name, id, params, results });
            }
        }
    }
    l.run_jobs();
    publish_locs(&l.m, l.shared);
    if !l.errors.is_empty() {
        let mut e = std::mem::take(&mut l.errors);
        e.sort_by_key(|a| (a.file, a.pos));
        e.dedup();
        return Err(e);
    }
    let tables = Tables {
        origins: std::mem::take(&mut l.origins),
        funcs: std::mem::take(&mut l.funcs),
        generated: std::mem::take(&mut l.generated),
        tdescs: std::mem::take(&mut l.tdescs),
        itabs: std::mem::take(&mut l.itabs),
        globals: std::mem::take(&mut l.globals),
        globals_base: l.m.syms.get(l.globals_sym.0 as usize).map(|s| s.addr).unwrap_or(0),
        static_closures: std::mem::take(&mut l.static_closures),
    };
    Ok(Lowered { module: l.m, entry, tables, exports })
}

impl<'p> Lowerer<'p> {
    pub(crate) fn error(&mut self, file: u32, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(file, pos, msg));
    }

    pub(crate) fn loc(&mut self, file: u32, pos: Pos) -> ir::Loc {
        let name = self.file_names[file as usize].clone();
        let line = self.p.fs.files[file as usize].line_col(pos).0;
        self.m.loc(&name, line)
    }

    fn run_jobs(&mut self) {
        loop {
            while let Some(job) = self.jobs.pop_front() {
                match job {
                    Job::Func { id, obj, targs } => func::lower_declared(self, id, obj, &targs),
                    Job::Lit { id, lit, sig, captures, subst, file } => {
                        func::lower_literal(self, id, &lit, sig, &captures, subst, file)
                    }
                    Job::Gen { id, gen } => func::lower_generated(self, id, gen),
                    Job::RangeBody { id, job } => rangefunc::lower_range_body(self, id, &job),
                }
            }
            if self.method_queue.is_empty() {
                break;
            }
            let q = std::mem::take(&mut self.method_queue);
            for t in q {
                self.fill_methods(t);
            }
        }
    }

    // ---- functions ----

    pub(crate) fn func_name(&self, obj: ObjId, targs: &[TypeId]) -> String {
        let o = self.p.obj(obj);
        let pkg = self.p.packages[o.pkg.0 as usize].path.clone();
        let short = pkg.rsplit('/').next().unwrap_or(&pkg).to_string();
        let targs_s = if targs.is_empty() {
            String::new()
        } else {
            format!("[{}]", targs.iter().map(|&t| self.p.tt.runtime_name(t)).collect::<Vec<_>>().join(","))
        };
        match o.func().and_then(|f| f.recv_base) {
            Some(base) => {
                let ptr = o.func().unwrap().ptr_recv;
                let tn = self.p.tt.named_info(base).map(|n| n.name.to_string()).unwrap_or_default();
                if ptr {
                    format!("{short}.(*{tn}{targs_s}).{}", o.name)
                } else {
                    format!("{short}.{tn}{targs_s}.{}", o.name)
                }
            }
            None => format!("{short}.{}{targs_s}", o.name),
        }
    }

    /// The IR function for a declared function (instance), queued for
    /// lowering on first request.
    pub(crate) fn func_id(&mut self, obj: ObjId, targs: &[TypeId]) -> FuncId {
        let key = (obj, targs.to_vec());
        if let Some(&id) = self.funcs.get(&key) {
            return id;
        }
        let name = self.func_name(obj, targs);
        let sig_t = self.func_sig_type(obj, targs);
        let with_recv = self.p.obj(obj).func().and_then(|f| f.recv_base).is_some();
        let mut sig = Signature::default();
        if with_recv {
            let rt = self.recv_type(obj, targs);
            sig.params.extend(self.flat(rt).reg_types());
        }
        let (ps, rs) = self.sig_words(sig_t);
        sig.params.extend(ps);
        sig.results = rs;
        let id = self.m.declare_func(&name, sig);
        self.funcs.insert(key, id);
        self.set_origin(id, Origin::Declared { obj, targs: targs.to_vec() });
        self.fi_addr(id);
        self.jobs.push_back(Job::Func { id, obj, targs: targs.to_vec() });
        id
    }

    /// A method's receiver type for an instance (T or *T with targs).
    pub(crate) fn recv_type(&mut self, obj: ObjId, targs: &[TypeId]) -> TypeId {
        let f = self.p.obj(obj).func().unwrap();
        let (base, ptr, tparams) = (f.recv_base.unwrap(), f.ptr_recv, f.tparams.clone());
        // The receiver's type arguments come first (a generic method's own
        // follow them).
        let t = if tparams.is_empty() { base } else { self.p.instantiate_named(base, &targs[..tparams.len()]) };
        if ptr {
            self.p.tt.pointer(t)
        } else {
            t
        }
    }

    /// A function's Go signature for an instance.
    pub(crate) fn func_sig_type(&mut self, obj: ObjId, targs: &[TypeId]) -> TypeId {
        let t = self.p.obj(obj).ty();
        let tparams = self.p.obj(obj).func().map(|f| f.all_tparams()).unwrap_or_default();
        if tparams.is_empty() {
            t
        } else {
            self.p.subst(t, &tparams, targs)
        }
    }

    /// IR parameter and result types of a Go func type.
    pub(crate) fn sig_words(&mut self, sig_t: TypeId) -> (Vec<ir::Type>, Vec<ir::Type>) {
        let sig = self.p.tt.sig(sig_t).cloned().unwrap_or(crate::types::Sig {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        let mut ps = Vec::new();
        for &t in &sig.params {
            ps.extend(self.flat(t).reg_types());
        }
        let mut rs = Vec::new();
        for &t in &sig.results {
            rs.extend(self.flat(t).reg_types());
        }
        (ps, rs)
    }

    /// The IR signature of calling a func value of Go type `sig_t`:
    /// (env, params...) -> results.
    pub(crate) fn closure_sig(&mut self, sig_t: TypeId) -> Signature {
        let (mut ps, rs) = self.sig_words(sig_t);
        ps.insert(0, ir::Type::I64);
        Signature::new(ps, rs)
    }

    /// Records what function `id` stands for (see `origin`).
    fn set_origin(&mut self, id: FuncId, o: Origin) {
        let i = id.index();
        if self.origins.len() <= i {
            self.origins.resize(i + 1, None);
        }
        self.origins[i] = Some(o);
    }

    /// Declares a generated function, lowered later by `gen`; `glue` says
    /// what it does, for the tree-walking engine.
    pub(crate) fn generated(
        &mut self,
        key: String,
        name: String,
        sig: Signature,
        glue: Glue,
        gen: Rc<dyn Fn(&mut func::FnLower)>,
    ) -> FuncId {
        if let Some(&id) = self.generated.get(&key) {
            return id;
        }
        let id = self.m.declare_func(&name, sig);
        self.generated.insert(key, id);
        self.set_origin(id, Origin::Glue(glue));
        self.fi_addr(id);
        self.jobs.push_back(Job::Gen { id, gen });
        id
    }

    /// Queues a function literal for lowering; returns its IR function.
    /// `parent_id` is the function whose body holds the literal.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn literal(
        &mut self,
        parent_id: FuncId,
        parent: &str,
        lit: Rc<ast::FuncLit>,
        sig: TypeId,
        captures: Vec<(ObjId, TypeId)>,
        subst: Rc<HashMap<TypeId, TypeId>>,
        file: u32,
    ) -> FuncId {
        let base = parent.split(".func").next().unwrap_or(parent).to_string();
        let n = self.lit_counters.entry(base.clone()).or_insert(0);
        *n += 1;
        let name = format!("{base}.func{n}");
        let s = self.closure_sig(sig);
        let id = self.m.declare_func(&name, s);
        self.fi_addr(id);
        let origin = Origin::Literal {
            parent: parent_id,
            lit: lit.clone(),
            sig,
            captures: captures.clone(),
            subst: subst.clone(),
            file,
        };
        self.set_origin(id, origin);
        self.jobs.push_back(Job::Lit { id, lit, sig, captures, subst, file });
        id
    }

    /// Address of a function's runtime descriptor.
    pub(crate) fn fi_addr(&mut self, id: FuncId) -> u64 {
        let name = self.m.funcs[id.index()].name.clone();
        let fi = self.shared.func_info(id.0, &name);
        // SAFETY: fi was just created or found; nothing else references it
        // mutably during lowering.
        unsafe {
            let f = &self.m.funcs[id.index()];
            (*fi).nparams = f.sig.params.len() as u32;
            (*fi).nresults = f.sig.results.len() as u32;
        }
        fi as u64
    }

    /// A static closure object `[funcinfo]` for calling `id` as a func value
    /// (id must take an env parameter first).
    pub(crate) fn static_closure(&mut self, id: FuncId) -> u64 {
        if let Some(&c) = self.static_closures.get(&id) {
            return c;
        }
        let fi = self.fi_addr(id);
        let p = self.shared.add_static_words(&[fi]) as u64;
        self.static_closures.insert(id, p);
        p
    }

    // ---- data ----

    /// Symbol holding the bytes of a string literal.
    pub(crate) fn string_sym(&mut self, bytes: &[u8]) -> SymId {
        if let Some(&s) = self.strings.get(bytes) {
            return s;
        }
        let addr = self.shared.add_static(bytes) as u64;
        let n = self.strings.len();
        let s = self.m.sym(format!("str.{n}"), addr);
        self.strings.insert(bytes.to_vec(), s);
        s
    }

    fn layout_globals(&mut self) {
        let mut off: u64 = 0;
        let mut vars = Vec::new();
        for pkg in self.p.package_order().to_vec() {
            for entry in self.p.packages[pkg.0 as usize].init.clone() {
                vars.extend(entry.lhs);
            }
        }
        // Variables without initializers are in `init` too (rhs None).
        for v in vars {
            let t = self.p.obj(v).ty();
            if t == ids::INVALID {
                continue;
            }
            let l = crate::layout::Layout::new(&self.p.tt);
            let (size, align) = (l.size(t), l.align(t).max(1));
            off = off.div_ceil(align) * align;
            self.globals.insert(v, off as u32);
            off += size;
        }
        let words = (off as usize).div_ceil(8).max(1);
        let base = self.shared.add_globals(words) as u64;
        self.globals_sym = self.m.sym("globals", base);
    }

    pub(crate) fn global_offset(&self, v: ObjId) -> Option<u32> {
        self.globals.get(&v).copied()
    }

    /// Tells the runtime about the types it needs to build values itself.
    fn register_wellknown(&mut self) {
        let s = self.tdesc(ids::STRING);
        let i = self.tdesc(ids::INT);
        let err = self.p.error_type();
        let e = self.tdesc(err);
        self.shared.wellknown.string = s;
        self.shared.wellknown.int = i;
        self.shared.wellknown.error = e;
        let Some(rt) = self.p.lookup_pkg("runtime") else { return };
        let find = |l: &mut Self, name: &str, ptr: bool| -> *const TypeDesc {
            match l.p.pkg_member(rt, name) {
                Some(o) if l.p.obj(o).is_type() => {
                    let mut t = l.p.obj(o).ty();
                    if ptr {
                        t = l.p.tt.pointer(t);
                    }
                    l.tdesc(t)
                }
                _ => std::ptr::null(),
            }
        };
        self.shared.wellknown.rt_error_string = find(self, "errorString", false);
        self.shared.wellknown.rt_plain_error = find(self, "plainError", false);
        self.shared.wellknown.rt_bounds_error = find(self, "boundsError", false);
        self.shared.wellknown.rt_type_assertion_error = find(self, "TypeAssertionError", true);
        self.shared.wellknown.rt_panic_nil_error = find(self, "PanicNilError", true);
        if let Some(errs) = self.p.lookup_pkg("errors") {
            if let Some(o) = self.p.pkg_member(errs, "errorString") {
                let t = self.p.obj(o).ty();
                let pt = self.p.tt.pointer(t);
                self.shared.wellknown.errors_error = self.tdesc(pt);
            }
        }
    }

    /// `main$entry`: package initialization in dependency order, then main.
    fn build_entry(&mut self) -> FuncId {
        let id = self.m.declare_func("main$entry", Signature::default());
        self.set_origin(id, Origin::Glue(Glue::Entry));
        self.fi_addr(id);
        let gen: Rc<dyn Fn(&mut func::FnLower)> = Rc::new(|f: &mut func::FnLower| f.lower_entry());
        self.jobs.push_back(Job::Gen { id, gen });
        id
    }

    /// Declared functions needed by the entry function.
    pub(crate) fn main_func(&mut self) -> Option<FuncId> {
        let main = self.p.main_pkg();
        let o = self.p.pkg_member(main, "main")?;
        Some(self.func_id(o, &[]))
    }

    pub(crate) fn type_is_named_with_methods(&self, t: TypeId) -> bool {
        let base = match self.p.tt.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        self.p.tt.named_info(base).is_some()
    }

    pub(crate) fn node_type(&self, id: NodeId) -> TypeId {
        self.p.info.types.get(&id).map(|t| t.ty).unwrap_or(ids::INVALID)
    }
}

/// Copies the module's location table into the runtime (tracebacks read
/// it); again after the IR passes, which add locations for inlined code.
pub fn publish_locs(m: &ir::Module, shared: &mut runtime::Shared) {
    shared.locs = m.locs.iter().map(|sl| (sl.file.clone(), sl.line)).collect();
    shared.loc_inlined =
        m.locs.iter().map(|sl| sl.inlined.map(|(f, site)| (f.index() as u32, site.index() as u32))).collect();
}
