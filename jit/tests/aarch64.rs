//! aarch64 beyond compiling the IR test programs (cross.rs), ADR 0015:
//!
//! - every function, and an OSR entry per loop, of every golden program
//!   (`tests/golden`, compiled as the golden suite does, through
//!   `mvm::Program`) compiles for aarch64;
//! - aarch64 code runs: the benchmark kernels of `aarch64/kernels.go` are
//!   translated with every outside address a relocation
//!   (`Jit::translate_relocatable`), emitted to an ELF object, linked with
//!   `aarch64/harness.c` by the aarch64 cross gcc and run under qemu-user.
//!   So are the IR test programs of common/mod.rs that need no natives.
//!   Each call's result words (or panic message and trace) must equal
//!   the interpreter's and the x86-64 JIT's in this process. The same
//!   object path also runs natively for x86-64, so that a fault of the
//!   object path shows apart from one of the aarch64 backend.
//!
//! Running needs Debian's qemu-user-static (or qemu-user) and
//! gcc-aarch64-linux-gnu, which `jit/tests/aarch64/setup.sh` installs.
//! Without them that part prints a note and passes, unless
//! `MVM_AARCH64=require`. `MVM_AARCH64_CC` and `MVM_AARCH64_RUNNER`
//! override the tools' names (an empty runner runs the binary directly);
//! `MVM_AARCH64_KEEP=1` keeps the object, header and executable.

mod common;

use common::{assert_same, prepare, Eng, Outcome, Rig, CALLS, FIB, INDIRECT, LOOPS, MULTI, PANICS};
use cranelift_codegen::ir::{self as cl, UserExternalName};
use cranelift_codegen::Context;
use cranelift_module::{DataDescription, DataId, FuncId as ObjFuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use interp::Exit;
use ir::InstKind;
use jit::{Ext, Jit, JitOptions, Triple};
use mvm::Program;
use runtime::{Ctx, FuncInfo, Shared, TypeDesc};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write as _;
use std::mem::{offset_of, size_of};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;
use std::str::FromStr;
use std::time::Instant;

const AARCH64: &str = "aarch64-unknown-linux-gnu";

/// A line on the test's stderr even when the harness captures output
/// (libtest captures the print macros, not direct writes).
fn note(msg: &str) {
    let _ = writeln!(std::io::stderr(), "aarch64: {msg}");
}

// ---- every golden function compiles for aarch64 ----

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // Ignored by the golden suite too (tests/golden/known_gaps).
            if p.file_name().is_some_and(|n| n == "known_gaps") {
                continue;
            }
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

#[derive(Default)]
struct Coverage {
    programs: usize,
    rejected: usize,
    funcs: usize,
    osr: usize,
    failures: Vec<String>,
}

/// Compiles one golden program's functions and loops for aarch64.
fn cover(path: &Path, cov: &mut Coverage) {
    let src = std::fs::read_to_string(path).unwrap();
    let name = format!("./{}", path.file_name().unwrap().to_string_lossy());
    // Programs gc rejects (`// Error:`) have no IR.
    let expect_errors = src.lines().any(|l| l.trim_end() == "// Error:");
    let p = match Program::from_files(vec![(name, src)]) {
        Ok(p) => p,
        Err(_) if expect_errors => {
            cov.rejected += 1;
            return;
        }
        Err(e) => {
            cov.failures.push(format!("{}: does not compile: {}", path.display(), e.join("; ")));
            return;
        }
    };
    cov.programs += 1;
    let m = p.module();
    let mut shared = Box::new(Shared::new());
    let opts = JitOptions { target: Some(Triple::from_str(AARCH64).unwrap()), verify: true, ..JitOptions::default() };
    let jit = Jit::new(m.clone(), &mut *shared, opts).unwrap();
    let file = path.display();
    for (fid, f) in m.funcs.iter().enumerate() {
        match jit.compile(fid) {
            Ok(()) => cov.funcs += 1,
            Err(e) => cov.failures.push(format!("{file}: {}: {e}", f.name)),
        }
        if f.unwind.is_some() {
            continue; // never entered by OSR
        }
        // Any slot assignment will do for compiling: one per value.
        let slots: Vec<u16> = (0..f.values.len() as u16).collect();
        for h in jit::loop_headers(f) {
            match jit.compile_loop(fid, h, &slots, f.sig.results.len() as u32) {
                Ok(_) => cov.osr += 1,
                Err(e) => cov.failures.push(format!("{file}: {} OSR at {h}: {e}", f.name)),
            }
        }
    }
}

#[test]
fn golden_functions_compile_for_aarch64() {
    let t0 = Instant::now();
    let mut files = Vec::new();
    go_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden"), &mut files);
    assert!(files.len() > 100, "golden programs not found");
    // Two workers, each building its own programs (they are not Send).
    let covs: Vec<Coverage> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..2)
            .map(|w| {
                let files = &files;
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn_scoped(s, move || {
                        let mut cov = Coverage::default();
                        for p in files.iter().skip(w).step_by(2) {
                            cover(p, &mut cov);
                        }
                        cov
                    })
                    .unwrap()
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let mut all = Coverage::default();
    for c in covs {
        all.programs += c.programs;
        all.rejected += c.rejected;
        all.funcs += c.funcs;
        all.osr += c.osr;
        all.failures.extend(c.failures);
    }
    note(&format!(
        "{} golden programs ({} rejected by the checker): {} functions and {} OSR entries compiled for aarch64 in {:.1} s",
        all.programs,
        all.rejected,
        all.funcs,
        all.osr,
        t0.elapsed().as_secs_f64()
    ));
    assert!(all.failures.is_empty(), "declined for aarch64:\n{}", all.failures.join("\n"));
    assert!(all.funcs > 1000);
}

// ---- benchmark kernels run as aarch64 code ----

/// The kernels of kernels.go and their arguments, sized to take well under
/// a second each under qemu.
const KERNELS: &[(&str, &[i64])] = &[
    ("fib", &[25]),
    ("sieve", &[200_000]),
    ("mandelbrot", &[200]),
    ("nbody", &[20_000]),
    ("spectralNorm", &[100]),
    ("matmul", &[60]),
    ("fannkuch", &[8]),
    ("heapsort", &[20_000]),
    ("edges", &[12345]),
    ("edges", &[-77]),
    ("oob", &[2]),
    ("oob", &[3]),
    ("oob", &[-1]),
];

/// Where the tools for running code of `triple` are: a C compiler that
/// links for it and the command that runs its executables (None: directly).
struct Tools {
    cc: String,
    cflags: &'static [&'static str],
    runner: Option<String>,
}

fn runs(cmd: &str) -> bool {
    Command::new(cmd).arg("--version").output().is_ok_and(|o| o.status.success())
}

/// The host's tools, for the native run of the object path.
fn host_tools() -> Result<Tools, String> {
    if !runs("cc") {
        return Err("no host C compiler (cc)".into());
    }
    Ok(Tools { cc: "cc".into(), cflags: &["-no-pie"], runner: None })
}

fn aarch64_tools() -> Result<Tools, String> {
    let cc = std::env::var("MVM_AARCH64_CC").unwrap_or_else(|_| "aarch64-linux-gnu-gcc".into());
    if !runs(&cc) {
        return Err(format!("no aarch64 cross compiler ({cc})"));
    }
    let runner = match std::env::var("MVM_AARCH64_RUNNER") {
        Ok(r) if r.is_empty() => None,
        Ok(r) if runs(&r) => Some(r),
        Ok(r) => return Err(format!("runner {r} does not run")),
        Err(_) if cfg!(target_arch = "aarch64") => None,
        Err(_) => match ["qemu-aarch64-static", "qemu-aarch64"].into_iter().find(|q| runs(q)) {
            Some(q) => Some(q.to_string()),
            None => return Err("no qemu-aarch64(-static)".into()),
        },
    };
    // Static, so that qemu needs no aarch64 sysroot.
    Ok(Tools { cc, cflags: &["-static", "-no-pie"], runner })
}

/// What an object file's symbol stands for.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Sym {
    Ext(Ext),
    /// Function `i`'s frame trampoline.
    Tramp(usize),
}

/// Symbols in the order they get module ids: functions (namespace 0) and
/// data (namespace 1) are numbered apart, as cranelift-module numbers its
/// declarations.
#[derive(Default)]
struct Names {
    funcs: RefCell<Vec<Sym>>,
    data: RefCell<Vec<Sym>>,
}

impl Names {
    fn get(&self, s: Sym) -> UserExternalName {
        let data = matches!(s, Sym::Ext(Ext::FuncInfo(_) | Ext::Sym(_)));
        let mut list = if data { self.data.borrow_mut() } else { self.funcs.borrow_mut() };
        let i = list.iter().position(|&x| x == s).unwrap_or_else(|| {
            list.push(s);
            list.len() - 1
        });
        UserExternalName::new(data as u32, i as u32)
    }

    fn func(&self, s: Sym) -> ObjFuncId {
        ObjFuncId::from_u32(self.get(s).index)
    }
}

/// `roots` and every function they call or take the address of.
fn reachable(m: &ir::Module, roots: &[usize]) -> Vec<usize> {
    let mut seen = vec![false; m.funcs.len()];
    let mut work = roots.to_vec();
    while let Some(f) = work.pop() {
        if std::mem::replace(&mut seen[f], true) {
            continue;
        }
        let func = &m.funcs[f];
        for &b in &func.layout {
            for &i in &func.blocks[b.index()].insts {
                if let InstKind::Call(c) | InstKind::FuncAddr(c) = func.insts[i.index()].kind {
                    work.push(c.index());
                }
            }
        }
    }
    (0..m.funcs.len()).filter(|&f| seen[f]).collect()
}

fn native_base(name: &str) -> &str {
    name.split('#').next().unwrap_or(name)
}

/// Type descriptors passed to allocation natives, with their sizes: the
/// harness allocates by them.
fn descriptors(m: &ir::Module, funcs: &[usize]) -> Result<Vec<(u64, u64)>, String> {
    let mut out = Vec::new();
    for &fid in funcs {
        let f = &m.funcs[fid];
        for &b in &f.layout {
            for &i in &f.blocks[b.index()].insts {
                let d = &f.insts[i.index()];
                let InstKind::CallNative(n) = d.kind else { continue };
                let name = native_base(&m.natives[n.index()].name);
                if !matches!(name, "make_slice" | "new_object" | "grow_slice") {
                    continue;
                }
                let Some(InstKind::Iconst(addr)) = f.def_inst(d.args[0]).map(|i| &f.insts[i.index()].kind) else {
                    return Err(format!("{}: {name} of a descriptor that is not a constant", f.name));
                };
                // SAFETY: the lowering passes these natives the address of a
                // descriptor in the program's `Shared`, which the caller
                // keeps alive (it owns the `Program`).
                let size = unsafe { (*(*addr as u64 as *const TypeDesc)).size };
                if !out.contains(&(*addr as u64, size)) {
                    out.push((*addr as u64, size));
                }
            }
        }
    }
    Ok(out)
}

/// An ELF object for `triple` with the native entry (`mvm_f<id>`), frame
/// trampoline (`mvm_t<id>`) and descriptor (`mvm_fi<id>`, its `jit_code`
/// and `frame_code` relocated to the entries) of `funcs`, importing the
/// shims (`mvm_shim_<name>`), natives (`mvm_native_<name>`) and symbols
/// (`mvm_sym_<index>`) they use.
fn emit_object(m: &Rc<ir::Module>, funcs: &[usize], triple: &Triple) -> Result<Vec<u8>, String> {
    let mut shared = Box::new(Shared::new());
    let opts = JitOptions { target: Some(triple.clone()), verify: true, ..JitOptions::default() };
    let jit = Jit::new(m.clone(), &mut *shared, opts)?;
    let names = Names::default();
    for &f in funcs {
        names.get(Sym::Ext(Ext::Entry(f)));
        names.get(Sym::Tramp(f));
        names.get(Sym::Ext(Ext::FuncInfo(f)));
    }
    let mut code = Vec::new();
    let mut sigs = HashMap::new();
    for &f in funcs {
        let (body, tramp) = jit
            .translate_relocatable(f, &|e| names.get(Sym::Ext(e)))
            .map_err(|e| format!("{}: {e}", m.funcs[f].name))?;
        sigs.insert(Sym::Ext(Ext::Entry(f)), body.signature.clone());
        sigs.insert(Sym::Tramp(f), tramp.signature.clone());
        code.push((Sym::Ext(Ext::Entry(f)), body));
        code.push((Sym::Tramp(f), tramp));
    }
    let isa = jit.target_isa()?;
    let cc = isa.default_call_conv();
    let builder =
        ObjectBuilder::new(isa, "mvm-kernels", cranelift_module::default_libcall_names()).map_err(|e| e.to_string())?;
    let mut om = ObjectModule::new(builder);
    let err = |e: cranelift_module::ModuleError| e.to_string();
    let fsyms = names.funcs.borrow().clone();
    for (k, s) in fsyms.into_iter().enumerate() {
        // Calls go through the symbol's address: an import's signature
        // is never used.
        let (name, linkage, sig) = match s {
            Sym::Ext(Ext::Entry(f)) => {
                let sig = sigs.get(&s).ok_or_else(|| format!("{} is called but not in the object", m.funcs[f].name))?;
                (format!("mvm_f{f}"), Linkage::Export, sig.clone())
            }
            Sym::Tramp(f) => (format!("mvm_t{f}"), Linkage::Export, sigs[&s].clone()),
            Sym::Ext(Ext::Shim(n)) => (format!("mvm_shim_{n}"), Linkage::Import, cl::Signature::new(cc)),
            Sym::Ext(Ext::Native(n)) => {
                (format!("mvm_native_{}", native_base(&m.natives[n].name)), Linkage::Import, cl::Signature::new(cc))
            }
            Sym::Ext(e) => return Err(format!("{e:?} is not a function")),
        };
        let id = om.declare_function(&name, linkage, &sig).map_err(err)?;
        assert_eq!(id.as_u32() as usize, k, "function ids follow the names");
    }
    let dsyms = names.data.borrow().clone();
    for (k, s) in dsyms.into_iter().enumerate() {
        let id: DataId = match s {
            Sym::Ext(Ext::FuncInfo(f)) => {
                let id = om.declare_data(&format!("mvm_fi{f}"), Linkage::Export, true, false).map_err(err)?;
                let mut d = DataDescription::new();
                d.define(vec![0u8; size_of::<FuncInfo>()].into_boxed_slice());
                d.set_align(8);
                if funcs.contains(&f) {
                    let e = om.declare_func_in_data(names.func(Sym::Ext(Ext::Entry(f))), &mut d);
                    d.write_function_addr(offset_of!(FuncInfo, jit_code) as u32, e);
                    let t = om.declare_func_in_data(names.func(Sym::Tramp(f)), &mut d);
                    d.write_function_addr(offset_of!(FuncInfo, frame_code) as u32, t);
                }
                om.define_data(id, &d).map_err(err)?;
                id
            }
            Sym::Ext(Ext::Sym(i)) => {
                om.declare_data(&format!("mvm_sym_{i}"), Linkage::Import, false, false).map_err(err)?
            }
            _ => return Err(format!("{s:?} is not data")),
        };
        assert_eq!(id.as_u32() as usize, k, "data ids follow the names");
    }
    for (s, func) in code {
        let what = format!("{s:?}");
        let mut ctx = Context::for_function(func);
        om.define_function(names.func(s), &mut ctx).map_err(|e| format!("{what}: {e:?}"))?;
    }
    om.finish().emit().map_err(|e| e.to_string())
}

/// The generated part of the harness (see harness.c).
/// A call to run: function and argument words.
type Case = (usize, Vec<u64>);

fn harness_header(m: &ir::Module, descs: &[(u64, u64)], kernels: &[Case]) -> String {
    let mut h = String::from("/* Generated by jit/tests/aarch64.rs. */\n");
    h += &format!("#define MVM_CTX_WORDS {}\n", size_of::<Ctx>().div_ceil(8));
    h += &format!("#define MVM_CTX_PANICKING {}\n", offset_of!(Ctx, panicking) / 8);
    h += "#define MVM_DESCS";
    for (addr, size) in descs {
        h += &format!(" {{{addr}ULL, {size}ULL}},");
    }
    h += "\n";
    let mut decl: Vec<usize> = kernels.iter().map(|k| k.0).collect();
    decl.sort();
    decl.dedup();
    for f in decl {
        h += &format!("extern void mvm_t{f}(uint64_t *ctx, uint64_t *words);\n");
    }
    h += "#define MVM_KERNELS";
    for (f, args) in kernels {
        let f = *f;
        let sig = &m.funcs[f].sig;
        let words: Vec<String> = args.iter().map(|&a| format!("{a}ULL")).collect();
        assert_eq!(args.len(), sig.params.len());
        assert!(args.len().max(sig.results.len()) <= 16);
        h += &format!(
            " {{\"{}\", mvm_t{f}, {}, {}, {{{}}}}},",
            m.funcs[f].name,
            args.len(),
            sig.results.len(),
            words.join(", ")
        );
    }
    h + "\n"
}

/// Builds the kernels for `triple`, runs them and returns the harness's
/// output lines.
fn run_object(
    m: &Rc<ir::Module>,
    what: &str,
    kernels: &[Case],
    triple: &Triple,
    tools: &Tools,
) -> Result<Vec<String>, String> {
    let roots: Vec<usize> = kernels.iter().map(|k| k.0).collect();
    let funcs = reachable(m, &roots);
    let descs = descriptors(m, &funcs)?;
    let obj = emit_object(m, &funcs, triple)?;
    let dir = std::env::temp_dir().join(format!("mvm-aarch64-{}-{what}-{}", std::process::id(), triple.architecture));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("kernels.o"), obj).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("kernels.h"), harness_header(m, &descs, kernels)).map_err(|e| e.to_string())?;
    let harness = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/aarch64/harness.c");
    let exe = dir.join("kernels");
    let out = Command::new(&tools.cc)
        .args(["-O1", "-std=c11", "-Wall", "-z", "noexecstack"])
        .args(tools.cflags)
        .arg("-I")
        .arg(&dir)
        .arg(&harness)
        .arg(dir.join("kernels.o"))
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| format!("{}: {e}", tools.cc))?;
    if !out.status.success() {
        return Err(format!("{} failed:\n{}", tools.cc, String::from_utf8_lossy(&out.stderr)));
    }
    let mut cmd = match &tools.runner {
        Some(r) => {
            let mut c = Command::new(r);
            c.arg(&exe);
            c
        }
        None => Command::new(&exe),
    };
    let out = cmd.output().map_err(|e| format!("running {}: {e}", exe.display()))?;
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    if !out.status.success() {
        return Err(format!(
            "{} exited with {}:\n{stdout}{}",
            exe.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    if std::env::var_os("MVM_AARCH64_KEEP").is_some() {
        note(&format!("kept {}", dir.display()));
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(stdout.lines().map(str::to_string).collect())
}

/// The harness's line for an outcome of the engines in this process.
fn expected_line(name: &str, o: &Outcome) -> String {
    match (&o.exit, &o.panic) {
        (Exit::Return, _) => {
            let words: Vec<String> = o.results.iter().map(u64::to_string).collect();
            format!("{name} ok {}", words.join(" ")).trim_end().to_string()
        }
        (Exit::Panic, Some((msg, trace))) => {
            let t: Vec<String> = trace.iter().map(|(f, l)| format!("{f}:{l}")).collect();
            let t = if t.is_empty() { "-".to_string() } else { t.join(",") };
            format!("{name} panic {t} {msg}")
        }
        (Exit::Panic, None) => panic!("{name}: a panic without a message"),
    }
}

/// A harness line with float results shown as floats.
fn readable(m: &ir::Module, f: usize, line: &str) -> String {
    let mut parts: Vec<String> = line.split(' ').map(str::to_string).collect();
    if parts.get(1).is_some_and(|p| p == "ok") {
        for (p, t) in parts[2..].iter_mut().zip(&m.funcs[f].sig.results) {
            if *t == ir::Type::F64 {
                *p = format!("{:?}", f64::from_bits(p.parse().unwrap()));
            }
        }
    }
    parts.join(" ")
}

/// Runs `cases` of `m` under the interpreter and the x86-64 JIT in this
/// process (which must agree), then as object code for the host and for
/// aarch64, which must give the same lines. Returns the lines.
fn run_everywhere(what: &str, m: &Rc<ir::Module>, cases: &[Case]) -> Vec<String> {
    let mut vm = Rig::new(m, Eng::Interp);
    let mut native = Rig::new(m, Eng::Jit);
    let mut expected = Vec::new();
    for (f, args) in cases {
        let name = &m.funcs[*f].name;
        let exp = vm.call(name, args);
        let got = native.call(name, args);
        assert_same(&exp, &got, Eng::Jit, &format!("{name}{args:?}"));
        expected.push(expected_line(name, &exp));
    }
    assert!(native.stats().compiled > 0, "the x86-64 JIT compiled the code");

    let host = Triple::host();
    let aarch64 = Triple::from_str(AARCH64).unwrap();
    let required = std::env::var("MVM_AARCH64").is_ok_and(|v| v == "require");
    for (triple, tools) in [(&host, host_tools()), (&aarch64, aarch64_tools())] {
        let tools = match tools {
            Ok(t) => t,
            Err(why) if required => panic!("MVM_AARCH64=require, but {why}"),
            Err(why) => {
                note(&format!(
                    "{what}: not run as {triple} code: {why} (jit/tests/aarch64/setup.sh installs the aarch64 tools)"
                ));
                continue;
            }
        };
        let t1 = Instant::now();
        let got = run_object(m, what, cases, triple, &tools).unwrap_or_else(|e| panic!("{what}, {triple}: {e}"));
        assert_eq!(got, expected, "{what}: {triple} object code vs the engines in this process");
        let report: Vec<String> = got.iter().zip(cases).map(|(l, k)| format!("  {}", readable(m, k.0, l))).collect();
        note(&format!(
            "{what}: {} calls ran as {triple} code{} in {:.1} s, as under the interpreter and the x86-64 JIT{}",
            cases.len(),
            tools.runner.as_ref().map_or(String::new(), |r| format!(" under {r}")),
            t1.elapsed().as_secs_f64(),
            if triple == &aarch64 && what == "kernels" { format!(":\n{}", report.join("\n")) } else { String::new() }
        ));
    }
    expected
}

#[test]
fn kernels_run_on_aarch64() {
    let src = include_str!("aarch64/kernels.go");
    let prog = Program::from_files(vec![("./kernels.go".into(), src.into())]).unwrap_or_else(|e| panic!("{e:?}"));
    // `prog` owns the descriptors whose addresses the code embeds.
    let m = prog.module();
    let cases: Vec<Case> = KERNELS
        .iter()
        .map(|&(k, args)| {
            let f = m.func_by_name(&format!("main.{k}")).unwrap_or_else(|| panic!("no {k}"));
            (f.index(), args.iter().map(|&a| a as u64).collect())
        })
        .collect();
    let lines = run_everywhere("kernels", &m, &cases);
    // Known answers, so that agreeing engines are also right.
    assert_eq!(lines[0], "main.fib ok 75025");
    assert_eq!(lines[1], "main.sieve ok 17984");
    assert!(lines[11].starts_with("main.oob panic ") && lines[11].ends_with("[3] with length 3"), "{}", lines[11]);
}

fn f(x: f64) -> u64 {
    x.to_bits()
}

/// The IR test programs of common/mod.rs that need no runtime natives:
/// multiple results and stack arguments, calls through descriptors
/// (`func_addr`, `call_indirect`) and every panic check, on edge inputs.
#[test]
fn ir_programs_run_on_aarch64() {
    let big = [0, 1, 7, 63, 64, 100, i64::MIN as u64, i64::MAX as u64, u64::MAX];
    type Calls = Vec<(&'static str, Vec<u64>)>;
    let programs: [(&str, &str, Calls); 6] = [
        ("fib", FIB, vec![("fib", vec![0]), ("fib", vec![1]), ("fib", vec![20])]),
        (
            "loops",
            LOOPS,
            vec![
                ("sum", vec![1000]),
                ("sum", vec![u64::MAX]),
                ("nested", vec![30]),
                ("harmonic", vec![100]),
                ("search", vec![10, 49]),
                ("search", vec![10, 50]),
            ],
        ),
        (
            "multi",
            MULTI,
            vec![
                ("multi", vec![3, f(1.5)]),
                ("multi", vec![i64::MAX as u64, f(-0.0)]),
                ("use_multi", vec![5]),
                ("use_multi", vec![-3i64 as u64]),
                ("many_args", vec![1, 2, 3, f(0.25), 5, 6, f(7.5), 8, 9, 10, f(-11.0), 12]),
                ("call_many", vec![7]),
            ],
        ),
        ("calls", CALLS, vec![("leaf", vec![4]), ("mid", vec![50]), ("top", vec![20])]),
        ("indirect", INDIRECT, vec![("ind_main", vec![21]), ("ind_main", vec![0]), ("apply", vec![0, 5])]),
        (
            "panics",
            PANICS,
            [("divmain", vec![0]), ("divmain", vec![5])]
                .into_iter()
                .chain(big.iter().map(|&x| ("bc", vec![x, 64])))
                .chain([("nc", vec![0]), ("nc", vec![8]), ("unr", vec![0]), ("unr", vec![1])])
                .chain([("scan", vec![5, 10]), ("scan", vec![5, 3])])
                .collect(),
        ),
    ];
    for (what, src, calls) in programs {
        let m = prepare(src);
        let cases: Vec<Case> = calls
            .into_iter()
            .map(|(name, args)| (m.func_by_name(name).unwrap_or_else(|| panic!("no {name}")).index(), args))
            .collect();
        run_everywhere(what, &m, &cases);
    }
}
