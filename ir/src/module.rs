//! A module: the functions of a program plus the external things they use.

use crate::entities::{FuncId, Loc, NativeId, SigId, SymId};
use crate::function::{Function, Signature};
use std::collections::HashMap;

/// A function provided by the runtime, called with `CallNative`.
#[derive(Clone, Debug)]
pub struct NativeDecl {
    pub name: String,
    pub sig: Signature,
    /// The native never returns normally (it always panics or exits).
    pub noreturn: bool,
}

/// An address known when the module is built (runtime data, globals).
#[derive(Clone, Debug)]
pub struct SymDecl {
    pub name: String,
    pub addr: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SourceLoc {
    pub file: std::rc::Rc<str>,
    pub line: u32,
    /// Code of function `.0` inlined at call site `.1` (a location of the
    /// caller, itself possibly inlined): tracebacks show the inlined
    /// function's frame at `line`, then the caller's at the site, as Go's do.
    pub inlined: Option<(FuncId, Loc)>,
}

#[derive(Clone, Debug, Default)]
pub struct Module {
    pub funcs: Vec<Function>,
    pub natives: Vec<NativeDecl>,
    pub syms: Vec<SymDecl>,
    pub sigs: Vec<Signature>,
    /// Location table; `Loc(0)` is "unknown".
    pub locs: Vec<SourceLoc>,
    /// Words of immutable memory (by address) known to hold the runtime
    /// descriptor of a function, as `func_addr` would give it: method
    /// table slots. `passes::devirt` turns calls through them into direct
    /// calls.
    pub const_funcs: HashMap<u64, FuncId>,
    native_index: HashMap<String, NativeId>,
    sig_index: HashMap<Signature, SigId>,
    loc_index: HashMap<SourceLoc, Loc>,
}

impl Module {
    pub fn new() -> Self {
        let mut m = Module::default();
        m.locs.push(SourceLoc { file: "?".into(), line: 0, inlined: None });
        m
    }

    pub fn add_func(&mut self, f: Function) -> FuncId {
        self.funcs.push(f);
        FuncId::new(self.funcs.len() - 1)
    }

    /// Reserves a function id, to be filled with `set_func` (for recursion
    /// and forward references).
    pub fn declare_func(&mut self, name: &str, sig: Signature) -> FuncId {
        self.add_func(Function::new(name, sig))
    }

    pub fn func(&self, id: FuncId) -> &Function {
        &self.funcs[id.index()]
    }

    pub fn func_by_name(&self, name: &str) -> Option<FuncId> {
        self.funcs.iter().position(|f| f.name == name).map(FuncId::new)
    }

    /// Declares (once) a runtime native by name.
    pub fn native(&mut self, name: &str, sig: Signature, noreturn: bool) -> NativeId {
        if let Some(&id) = self.native_index.get(name) {
            return id;
        }
        let id = NativeId::new(self.natives.len());
        self.natives.push(NativeDecl { name: name.to_string(), sig, noreturn });
        self.native_index.insert(name.to_string(), id);
        id
    }

    pub fn sym(&mut self, name: impl Into<String>, addr: u64) -> SymId {
        self.syms.push(SymDecl { name: name.into(), addr });
        SymId::new(self.syms.len() - 1)
    }

    pub fn sig(&mut self, sig: Signature) -> SigId {
        if let Some(&id) = self.sig_index.get(&sig) {
            return id;
        }
        let id = SigId::new(self.sigs.len());
        self.sigs.push(sig.clone());
        self.sig_index.insert(sig, id);
        id
    }

    pub fn loc(&mut self, file: &std::rc::Rc<str>, line: u32) -> Loc {
        self.intern_loc(SourceLoc { file: file.clone(), line, inlined: None })
    }

    fn intern_loc(&mut self, key: SourceLoc) -> Loc {
        if let Some(&l) = self.loc_index.get(&key) {
            return l;
        }
        let l = Loc::new(self.locs.len());
        self.locs.push(key.clone());
        self.loc_index.insert(key, l);
        l
    }

    /// The location of `callee`'s code at `at` once inlined at call site
    /// `site`: the same line, with the call site appended to the chain of
    /// inlined frames `at` may already have.
    pub fn inlined_loc(&mut self, at: Loc, callee: FuncId, site: Loc) -> Loc {
        if at.index() == 0 {
            // No position of its own: report the call site.
            return site;
        }
        let base = self.locs[at.index()].clone();
        let inlined = match base.inlined {
            None => Some((callee, site)),
            Some((inner, inner_site)) => Some((inner, self.inlined_loc(inner_site, callee, site))),
        };
        self.intern_loc(SourceLoc { inlined, ..base })
    }
}
