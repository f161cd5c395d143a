//! The type checker: resolves names, computes the type (and constant
//! value) of every expression, and reports errors worded as gc words them.
//! Results are recorded in `Info`, keyed by AST node ids, for the lowering.

mod assign;
mod builtins;
mod call;
mod decl;
mod expr;
mod generics;
mod initorder;
pub mod lookup;
mod stmt;
mod typexpr;
mod universe;

pub use lookup::{LookupResult, MethodSetEntry};

use crate::ast::{self, Expr, Name, NodeId, Pos};
use crate::constant::Const;
use crate::objects::*;
use crate::source::{Diagnostic, FileSet};
use crate::types::{ids, TypeId, TypeTable};
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Invalid,
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    /// Addressable.
    Variable,
    MapIndex,
    Value,
    /// A value that can also be used in a comma-ok assignment (type
    /// assertion, channel receive).
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Const>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SelKind {
    /// x.f: a field (through `path` of embedded fields, then the field).
    Field,
    /// x.m: a method value or call.
    Method,
    /// T.m or (*T).m: a method expression.
    MethodExpr,
}

#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelKind,
    /// The field or method object.
    pub obj: ObjId,
    /// Indices of embedded fields to walk, and for fields the field index.
    pub path: Vec<usize>,
    /// A pointer is dereferenced somewhere along the path.
    pub indirect: bool,
    /// The receiver's type (x's type, or T for method expressions).
    pub recv: TypeId,
}

#[derive(Default)]
pub struct Info {
    pub types: HashMap<NodeId, TypeAndValue>,
    pub defs: HashMap<NodeId, ObjId>,
    pub uses: HashMap<NodeId, ObjId>,
    pub selections: HashMap<NodeId, Selection>,
    /// Type switch clauses: the variable declared by each clause.
    pub implicits: HashMap<NodeId, ObjId>,
    /// Generic functions and types used with type arguments: the ident (or
    /// index/selector expression) id -> type arguments.
    pub instances: HashMap<NodeId, Vec<TypeId>>,
    /// Method objects per named type (origin types for generics).
    pub methods: HashMap<TypeId, Vec<ObjId>>,
}

pub struct Package {
    pub path: Rc<str>,
    pub name: Name,
    pub scope: ScopeId,
    pub files: Vec<ast::File>,
    /// Package-level variables in initialization order, as (variables,
    /// initializer expression, whether it is a multi-value initializer).
    pub init: Vec<InitEntry>,
    /// `init` functions in source order.
    pub init_funcs: Vec<ObjId>,
    /// Every function and method declared (with a body or native).
    pub funcs: Vec<ObjId>,
    pub imports: Vec<PkgId>,
    /// Local named types declared inside functions, in order.
    pub fake: bool,
}

#[derive(Clone, Debug)]
pub struct InitEntry {
    pub lhs: Vec<ObjId>,
    pub rhs: Option<Expr>,
}

/// Everything the checker produced for a program: the checker itself,
/// whose tables and helpers (method sets, substitution) the lowering uses.
pub type Program = Checker;

/// Source of library packages: import path -> (file name, source) list.
pub type Loader = std::rc::Rc<dyn Fn(&str) -> Option<Vec<(String, String)>>>;

/// Work deferred until the package's declarations are all known.
type Delayed = Box<dyn FnOnce(&mut Checker)>;

/// Per-function checking state.
#[derive(Clone)]
struct FuncCtx {
    sig: TypeId,
    /// Result variables (named or not).
    results: Vec<ObjId>,
    named_results: bool,
    /// Local variables declared, for "declared and not used".
    locals: Vec<ObjId>,
}

pub struct Checker {
    /// Functions of package main the embedder provides (declared without
    /// a body; crate::embed).
    pub host_funcs: HashSet<String>,
    /// Compiled for an embedder: every function of package main the host
    /// may call is lowered, used or not.
    pub embedded: bool,
    pub tt: TypeTable,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub packages: Vec<Package>,
    pub info: Info,
    pub fs: FileSet,
    errors: Vec<Diagnostic>,
    loader: Loader,
    node_ids: u32,
    universe: ScopeId,
    /// Package being checked, its scope, the current file and scope.
    pkg: PkgId,
    file: u32,
    scope: ScopeId,
    fctx: Option<FuncCtx>,
    /// Package-level object whose declaration is being checked (for init
    /// dependencies), and the dependencies found per object.
    decl_obj: Option<ObjId>,
    deps: HashMap<ObjId, HashSet<ObjId>>,
    /// Methods declared per receiver base type name, per package.
    pending_methods: HashMap<(PkgId, Name), Vec<ObjId>>,
    /// Current `iota` value inside a constant declaration.
    iota: Option<i64>,
    loading: HashSet<String>,
    order: Vec<PkgId>,
    error_type: TypeId,
    any_type: TypeId,
    comparable_type: TypeId,
    /// Function literal nesting depth inside the current top-level function.
    lit_depth: u32,
    /// Checking the single call of `x := f()` or `x = f()`: a multi-value
    /// result is an assignment mismatch, not a single-value misuse.
    pub(crate) single_call_assign: bool,
    /// Labels of the enclosing function.
    labels: HashMap<Name, ObjId>,
    /// Labeled loops (true) and switches/selects enclosing the statement
    /// being checked.
    enclosing_labels: Vec<(ObjId, bool)>,
    /// Counter for naming local types.
    local_types: u32,
    delayed: Vec<Delayed>,
    /// File scope per file index.
    file_scopes: HashMap<u32, ScopeId>,
    /// Scope holding a function's type parameters, per function object.
    func_scopes: HashMap<ObjId, ScopeId>,
    /// Package-level `_` declarations of the package being collected.
    blanks: Vec<ObjId>,
    /// Objects standing for struct fields and interface methods.
    field_objs: HashMap<(TypeId, u32), ObjId>,
    iface_objs: HashMap<(TypeId, Name), ObjId>,
    /// Generic instances whose origin's underlying type was not known yet.
    pending_instances: Vec<TypeId>,
    /// (file, package) pairs whose dot-imported names were looked up.
    pub(crate) dot_used: std::cell::RefCell<HashSet<(u32, PkgId)>>,
}

/// Checks a program: the main package's files plus every package they
/// import (recursively, through `loader`).
pub fn check_program(main_files: Vec<(String, String)>, loader: Loader) -> Result<Program, (FileSet, Vec<Diagnostic>)> {
    check(main_files, loader, None)
}

/// `check_program` for an embedder: the functions of package main named in
/// `host_funcs` may be declared without a body (the host provides them),
/// and the program is marked `embedded`.
pub fn check_embedded(
    main_files: Vec<(String, String)>,
    loader: Loader,
    host_funcs: HashSet<String>,
) -> Result<Program, (FileSet, Vec<Diagnostic>)> {
    check(main_files, loader, Some(host_funcs))
}

fn check(
    main_files: Vec<(String, String)>,
    loader: Loader,
    embed: Option<HashSet<String>>,
) -> Result<Program, (FileSet, Vec<Diagnostic>)> {
    let mut c = Checker::new(loader);
    if let Some(h) = embed {
        c.host_funcs = h;
        c.embedded = true;
    }
    c.check_main(main_files);
    let mut errs = std::mem::take(&mut c.errors);
    // Like `go build`, which resolves imports before compiling anything:
    // when an import cannot be found, that is all that is reported.
    if errs.iter().any(|e| is_import_error(&e.msg)) {
        errs.retain(|e| is_import_error(&e.msg));
    }
    if !errs.is_empty() {
        errs.sort_by_key(|a| (a.file, a.pos));
        errs.dedup_by(|a, b| a.file == b.file && a.pos == b.pos && a.msg == b.msg);
        // gc stops at the tenth error: "<its position>: too many errors".
        if errs.len() >= 10 && !errs.iter().any(|e| e.msg == "too many errors") {
            errs.truncate(10);
            let (file, pos) = (errs[9].file, errs[9].pos);
            errs.push(Diagnostic::new(file, pos, "too many errors"));
        }
        return Err((c.fs, errs));
    }
    Ok(c)
}

fn is_import_error(msg: &str) -> bool {
    (msg.starts_with("package ") && msg.contains(" is not in std"))
        || (msg.starts_with("mvm: package ") && msg.contains(" is not supported yet"))
}

/// Standard packages Mvm does not provide (yet): importing one is a clear
/// "not supported" error rather than gc's "not in std".
const UNSUPPORTED_STD: &[&str] = &[
    "archive/tar",
    "archive/zip",
    "compress/bzip2",
    "compress/flate",
    "compress/gzip",
    "compress/lzw",
    "compress/zlib",
    "container/ring",
    "crypto",
    "crypto/aes",
    "crypto/cipher",
    "crypto/ecdsa",
    "crypto/ed25519",
    "crypto/elliptic",
    "crypto/hmac",
    "crypto/md5",
    "crypto/rand",
    "crypto/rsa",
    "crypto/sha1",
    "crypto/sha256",
    "crypto/sha512",
    "crypto/subtle",
    "crypto/tls",
    "crypto/x509",
    "database/sql",
    "debug/elf",
    "embed",
    "encoding/ascii85",
    "encoding/base32",
    "encoding/csv",
    "encoding/gob",
    "encoding/json",
    "encoding/pem",
    "encoding/xml",
    "expvar",
    "go/ast",
    "go/format",
    "go/parser",
    "go/token",
    "hash/adler32",
    "hash/crc64",
    "hash/maphash",
    "html",
    "html/template",
    "image",
    "image/color",
    "image/png",
    "index/suffixarray",
    "log/slog",
    "math/big",
    "math/cmplx",
    "mime",
    "net",
    "net/http",
    "net/url",
    "os/exec",
    "os/signal",
    "os/user",
    "plugin",
    "reflect",
    "runtime/debug",
    "testing",
    "text/scanner",
    "text/template",
    "unique",
    "weak",
];

impl Checker {
    pub fn main_pkg(&self) -> PkgId {
        *self.order.last().unwrap()
    }
    pub fn lookup_pkg(&self, path: &str) -> Option<PkgId> {
        self.packages.iter().position(|p| &*p.path == path).map(|i| PkgId(i as u32))
    }
    pub fn pkg_member(&self, pkg: PkgId, name: &str) -> Option<ObjId> {
        self.scopes[self.packages[pkg.0 as usize].scope.0 as usize].names.get(name).copied()
    }
    pub fn error_type(&self) -> TypeId {
        self.error_type
    }
    pub fn any_type(&self) -> TypeId {
        self.any_type
    }
    /// Type of an expression as recorded (INVALID if none).
    pub fn type_of(&self, e: &Expr) -> TypeId {
        expr_type(&self.info, e)
    }
    /// Packages in dependency order (main last).
    pub fn package_order(&self) -> &[PkgId] {
        &self.order
    }

    fn new(loader: Loader) -> Checker {
        let mut c = Checker {
            host_funcs: HashSet::new(),
            embedded: false,
            tt: TypeTable::new(),
            objs: Vec::new(),
            scopes: Vec::new(),
            packages: Vec::new(),
            info: Info::default(),
            fs: FileSet::default(),
            errors: Vec::new(),
            loader,
            node_ids: 0,
            universe: ScopeId(0),
            pkg: PkgId(0),
            file: 0,
            scope: ScopeId(0),
            fctx: None,
            decl_obj: None,
            deps: HashMap::new(),
            pending_methods: HashMap::new(),
            iota: None,
            loading: HashSet::new(),
            order: Vec::new(),
            error_type: ids::INVALID,
            any_type: ids::EMPTY_IFACE,
            comparable_type: ids::INVALID,
            lit_depth: 0,
            single_call_assign: false,
            labels: HashMap::new(),
            enclosing_labels: Vec::new(),
            local_types: 0,
            delayed: Vec::new(),
            file_scopes: HashMap::new(),
            func_scopes: HashMap::new(),
            blanks: Vec::new(),
            field_objs: HashMap::new(),
            iface_objs: HashMap::new(),
            pending_instances: Vec::new(),
            dot_used: Default::default(),
        };
        c.universe = c.new_scope(None, ScopeKind::Universe);
        c.packages.push(Package {
            path: "".into(),
            name: "".into(),
            scope: c.universe,
            files: vec![],
            init: vec![],
            init_funcs: vec![],
            funcs: vec![],
            imports: vec![],
            fake: true,
        });
        universe::populate(&mut c);
        c
    }

    // ---- errors ----

    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        // gc drops only an error equal to the last one reported, on the
        // same line (base.ErrorfAt); the checker avoids follow-on errors
        // itself.
        if self.errors.last().is_some_and(|e| e.file == self.file && e.msg == msg && self.same_line(e.pos, pos)) {
            return;
        }
        self.errors.push(Diagnostic::new(self.file, pos, msg));
    }

    /// An error that is never a consequence of another one on its line
    /// (unused variables and labels): always reported, as gc does.
    pub(crate) fn error_independent(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(self.file, pos, msg));
    }

    fn same_line(&self, a: Pos, b: Pos) -> bool {
        let f = &self.fs.files[self.file as usize];
        f.line_col(a).0 == f.line_col(b).0
    }

    // ---- objects and scopes ----

    pub(crate) fn new_scope(&mut self, parent: Option<ScopeId>, kind: ScopeKind) -> ScopeId {
        self.scopes.push(Scope { parent, names: HashMap::new(), kind });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub(crate) fn new_obj(&mut self, name: Name, kind: ObjKind, ty: TypeId, pos: Pos) -> ObjId {
        self.objs.push(Object {
            name,
            kind,
            ty: Cell::new(ty),
            pos,
            file: self.file,
            pkg: self.pkg,
            state: Cell::new(State::Done),
            decl: None,
        });
        ObjId(self.objs.len() as u32 - 1)
    }

    pub fn obj(&self, o: ObjId) -> &Object {
        &self.objs[o.0 as usize]
    }

    /// Declares `obj` in `scope`; reports redeclarations.
    pub(crate) fn declare(&mut self, scope: ScopeId, ident_pos: Pos, name: &Name, obj: ObjId) {
        if &**name == "_" {
            return;
        }
        if let Some(&prev) = self.scopes[scope.0 as usize].names.get(name) {
            let prev_pos = self.obj(prev).pos;
            let prev_file = self.obj(prev).file;
            let other = self.fs.position(prev_file, prev_pos);
            self.error(ident_pos, format!("{name} redeclared in this block\n\t{other}: other declaration of {name}"));
            // Never in scope, so never reported unused (as types2).
            if let ObjKind::Var(v) = &self.obj(obj).kind {
                v.used.set(true);
            }
            return;
        }
        self.scopes[scope.0 as usize].names.insert(name.clone(), obj);
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            let sc = &self.scopes[id.0 as usize];
            if let Some(&o) = sc.names.get(name) {
                if sc.kind == ScopeKind::File && self.obj(o).pkg != self.pkg {
                    // A name of a dot-imported package.
                    self.dot_used.borrow_mut().insert((self.file, self.obj(o).pkg));
                }
                return Some(o);
            }
            s = sc.parent;
        }
        None
    }

    pub(crate) fn push_scope(&mut self, kind: ScopeKind) -> ScopeId {
        let s = self.new_scope(Some(self.scope), kind);
        self.scope = s;
        s
    }

    pub(crate) fn pop_scope(&mut self) {
        self.scope = self.scopes[self.scope.0 as usize].parent.unwrap_or(self.universe);
    }

    // ---- recording ----

    pub(crate) fn record(&mut self, id: NodeId, mode: Mode, ty: TypeId, val: Option<Const>) {
        self.info.types.insert(id, TypeAndValue { mode, ty, val });
    }

    pub(crate) fn record_use(&mut self, id: NodeId, obj: ObjId) {
        self.info.uses.insert(id, obj);
    }

    pub(crate) fn record_def(&mut self, id: NodeId, obj: ObjId) {
        self.info.defs.insert(id, obj);
    }

    /// How a type appears in messages (package-local names unqualified).
    pub fn tstr(&self, t: TypeId) -> String {
        let cur = self.packages[self.pkg.0 as usize].path.clone();
        self.tt.display(t, &|p| !p.is_empty() && p != &*cur)
    }

    pub(crate) fn cur_pkg_path(&self) -> Rc<str> {
        self.packages[self.pkg.0 as usize].path.clone()
    }

    // ---- packages ----

    fn check_main(&mut self, files: Vec<(String, String)>) {
        let mut parsed = Vec::new();
        for (name, src) in files {
            let idx = self.fs.add(crate::source::SourceFile::new(name, src));
            let (text, fname) = (self.fs.files[idx as usize].text.clone(), self.fs.files[idx as usize].name.clone());
            // As gc: syntax errors stop compilation; other errors the
            // parser finds (label and branch checks) are reported with the
            // type checker's.
            let out = crate::parser::parse_named(idx, &fname, &text, &mut self.node_ids);
            self.errors.extend(out.diagnostics);
            if out.syntax_errors {
                return;
            }
            parsed.push(out.file);
        }
        if parsed.is_empty() {
            return;
        }
        let pkgname = parsed[0].package.name.clone();
        for f in &parsed[1..] {
            if f.package.name != pkgname {
                self.file = f.file;
                self.error(f.package.pos, format!("package {}; expected package {}", f.package.name, pkgname));
                return;
            }
        }
        if &*pkgname != "main" {
            self.file = parsed[0].file;
            let p = parsed[0].package.pos;
            self.error(p, format!("package {pkgname} is not a main package"));
            return;
        }
        // Every program links the runtime package: runtime errors are
        // values of its types (recover().(runtime.Error) must work).
        if self.loader.as_ref()("runtime").is_some() {
            self.import("runtime", 0);
        }
        let id = self.check_package("main".into(), parsed);
        if self.errors.is_empty() {
            let scope = self.packages[id.0 as usize].scope;
            if !self.scopes[scope.0 as usize].names.contains_key("main") {
                self.file = self.packages[id.0 as usize].files[0].file;
                self.errors.push(Diagnostic::new(self.file, 0, "function main is undeclared in the main package"));
            }
        }
    }

    /// Loads and checks an imported package (once).
    pub(crate) fn import(&mut self, path: &str, pos: Pos) -> Option<PkgId> {
        if let Some(i) = self.packages.iter().position(|p| &*p.path == path) {
            return Some(PkgId(i as u32));
        }
        if path == "unsafe" {
            return Some(universe::unsafe_package(self));
        }
        if self.loading.contains(path) {
            self.error(pos, format!("import cycle not allowed: {path}"));
            return None;
        }
        let Some(files) = (self.loader)(path) else {
            if path.split('/').next().is_some_and(|first| first.contains('.')) {
                self.error(
                    pos,
                    format!("mvm: package {path} is not supported yet (only the standard library can be imported)"),
                );
            } else if UNSUPPORTED_STD.contains(&path) {
                self.error(pos, format!("mvm: package {path} is not supported yet"));
            } else {
                self.error(pos, format!("package {path} is not in std"));
            }
            return None;
        };
        self.loading.insert(path.to_string());
        let saved = (self.pkg, self.file, self.scope, self.fctx.take(), self.decl_obj.take(), self.iota.take());
        let saved_labels = std::mem::take(&mut self.labels);
        let mut parsed = Vec::new();
        for (name, src) in files {
            let idx = self.fs.add(crate::source::SourceFile::new(name, src));
            let (text, fname) = (self.fs.files[idx as usize].text.clone(), self.fs.files[idx as usize].name.clone());
            match crate::parser::parse_file_named(idx, &fname, &text, &mut self.node_ids) {
                Ok(f) => parsed.push(f),
                Err(errs) => {
                    self.errors.extend(errs);
                }
            }
        }
        let id = self.check_package(path.into(), parsed);
        self.pkg = saved.0;
        self.file = saved.1;
        self.scope = saved.2;
        self.fctx = saved.3;
        self.decl_obj = saved.4;
        self.iota = saved.5;
        self.labels = saved_labels;
        self.loading.remove(path);
        Some(id)
    }

    fn check_package(&mut self, path: Rc<str>, files: Vec<ast::File>) -> PkgId {
        let name: Name = files.first().map(|f| f.package.name.clone()).unwrap_or_else(|| path.clone());
        let scope = self.new_scope(Some(self.universe), ScopeKind::Package);
        let id = PkgId(self.packages.len() as u32);
        self.packages.push(Package {
            path,
            name,
            scope,
            files: Vec::new(),
            init: Vec::new(),
            init_funcs: Vec::new(),
            funcs: Vec::new(),
            imports: Vec::new(),
            fake: false,
        });
        self.pkg = id;
        self.scope = scope;
        decl::collect(self, &files);
        decl::resolve_package(self, &files);
        self.packages[id.0 as usize].files = files;
        self.pkg = id;
        initorder::compute(self, id);
        self.order.push(id);
        id
    }
}

/// Exported for the lowering: the final type recorded for an expression.
pub fn expr_type(info: &Info, e: &Expr) -> TypeId {
    info.types.get(&e.id).map(|t| t.ty).unwrap_or(ids::INVALID)
}

/// `(x)` -> `x`, recursively.
pub fn strip_parens_pub(e: &Expr) -> &Expr {
    expr::strip_parens(e)
}

pub fn is_exported_name(n: &str) -> bool {
    typexpr::is_exported(n)
}
