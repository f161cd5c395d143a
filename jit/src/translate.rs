//! IR to Cranelift IR.
//!
//! Both IRs are SSA with block parameters, so most of the translation is
//! one-to-one: an IR block becomes a Cranelift block with the same
//! parameters and an IR value maps to one Cranelift value. Two cases need
//! Cranelift's variable-based SSA construction instead, because the
//! Cranelift CFG has edges the IR does not:
//!  - the recover block of a function with unwind info is entered from
//!    every panic point, so the entry-block values it reads are variables
//!    (zero until defined);
//!  - an OSR entry jumps straight into a loop header, so values live into
//!    the header that are also defined inside the compiled region (outer
//!    loop values seen by an inner loop) are variables defined both by the
//!    entry's frame loads and by their own definition.

use crate::liveness;
use cranelift_codegen::ir::condcodes::{FloatCC as CF, IntCC as CI};
use cranelift_codegen::ir::immediates::Ieee64;
use cranelift_codegen::ir::{
    self as cl, types, AbiParam, BlockArg, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, TrapCode,
    UserFuncName,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use ir::{BinOp, Block, FloatCC, InstData, InstKind, IntCC, MemType, Terminator, Type, UnOp, Value};
use runtime::{Ctx, FuncInfo};
use std::collections::HashMap;
use std::mem::offset_of;

/// What is known, when a call is compiled, about the callee's native entry.
#[derive(Clone, Copy, Debug)]
pub enum Callee {
    /// Compiled: call this address directly.
    Native(*const u8),
    /// Declined: always go through the interpreter.
    Interp,
    /// Not compiled yet: test `FuncInfo.jit_code` at run time.
    Unknown,
}

/// Something outside the function that compiled code refers to by address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ext {
    /// Function `i`'s `FuncInfo`.
    FuncInfo(usize),
    /// Function `i`'s native entry (a call of a `Callee::Native`).
    Entry(usize),
    /// Runtime native `i` of the module.
    Native(usize),
    /// Module symbol `i`.
    Sym(usize),
    /// A JIT shim (crate::shims), by function name.
    Shim(&'static str),
}

/// How code refers to an `Ext` when it does not run in this process: the
/// name of a symbol that a linker resolves (see `Env::symbol`).
pub type SymbolFn<'a> = &'a dyn Fn(Ext) -> cl::UserExternalName;

/// Everything the translation needs from outside the function.
pub struct Env<'a> {
    pub module: &'a ir::Module,
    pub call_conv: CallConv,
    pub frontend: TargetFrontendConfig,
    /// Address of function `i`'s FuncInfo.
    pub funcinfo: &'a dyn Fn(usize) -> u64,
    /// Address of native `i` (0 if the runtime lacks it).
    pub natives: &'a [u64],
    pub callee: &'a dyn Fn(usize) -> Callee,
    /// Rounding ops (floor, ceil, trunc, nearest) whose reference
    /// implementation returns a signaling NaN unchanged instead of quieting
    /// it as the rounding instructions do.
    pub nan_passthrough: [bool; 4],
    /// The program starts goroutines: loop headers count down the
    /// goroutine's time slice (runtime::sched::preempt).
    pub preempt: bool,
    /// Also at function entry (time limits: recursion without loops).
    pub ticks: bool,
    /// None for the JIT: addresses are constants of this process. Some for
    /// code emitted to an object file (tests run aarch64 code under qemu,
    /// ADR 0015): every `Ext` becomes a relocated symbol instead.
    pub symbol: Option<SymbolFn<'a>>,
    /// The JIT module's id for the function being compiled (native entry,
    /// host only): its calls to itself are direct calls, resolved when the
    /// module finalizes it, rather than loads of its not-yet-set entry.
    pub self_id: Option<u32>,
}

/// The address of `e`, which is `host` in this process.
pub fn ext_addr(b: &mut FunctionBuilder, symbol: Option<SymbolFn>, e: Ext, host: u64) -> cl::Value {
    let Some(symbol) = symbol else {
        return b.ins().iconst(types::I64, host as i64);
    };
    let name = b.func.declare_imported_user_function(symbol(e));
    let gv = b.create_global_value(cl::GlobalValueData::Symbol {
        name: cl::ExternalName::user(name),
        offset: cl::immediates::Imm64::new(0),
        colocated: false,
        tls: false,
    });
    b.ins().symbol_value(types::I64, gv)
}

/// Which entry to build.
pub enum Mode<'a> {
    /// `(ctx, params...) -> results`, the native calling convention.
    Native,
    /// `(ctx, fp)`: load the live values from interpreter frame slots,
    /// start at `header`, store the results into `fp[0..nresults]`.
    Osr { header: Block, slots: &'a [u16] },
}

fn ty(t: Type) -> cl::Type {
    match t {
        Type::I64 => types::I64,
        Type::F64 => types::F64,
    }
}

/// The Cranelift signature of a function's native entry.
pub fn native_sig(sig: &ir::Signature, cc: CallConv) -> cl::Signature {
    let mut s = cl::Signature::new(cc);
    s.params.push(AbiParam::new(types::I64));
    s.params.extend(sig.params.iter().map(|&t| AbiParam::new(ty(t))));
    s.returns.extend(sig.results.iter().map(|&t| AbiParam::new(ty(t))));
    s
}

/// `(ctx, words) -> ()`: frame entries, OSR entries and runtime natives.
pub fn words_sig(cc: CallConv) -> cl::Signature {
    let mut s = cl::Signature::new(cc);
    s.params.push(AbiParam::new(types::I64));
    s.params.push(AbiParam::new(types::I64));
    s
}

const TWO63: f64 = (1u64 << 63) as f64;
const PANICKING: i32 = offset_of!(Ctx, panicking) as i32;
const STACK_LIMIT: i32 = offset_of!(Ctx, stack_limit) as i32;
const PREEMPT: i32 = offset_of!(Ctx, preempt) as i32;
const JIT_CODE: i32 = offset_of!(FuncInfo, jit_code) as i32;

/// Memory the JIT itself lays out (context, descriptors, stack buffers).
fn own() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Guest memory: possibly unaligned, never assumed not to trap.
fn guest() -> MemFlagsData {
    MemFlagsData::new()
}

fn bargs(vs: &[cl::Value]) -> Vec<BlockArg> {
    vs.iter().map(|&v| BlockArg::Value(v)).collect()
}

/// Translates function `fid` for `mode` into `func`.
pub fn translate(
    env: &Env,
    fid: usize,
    mode: &Mode,
    func: &mut cl::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), String> {
    let f = &env.module.funcs[fid];
    for &b in &f.layout {
        for &i in &f.blocks[b.index()].insts {
            if let InstKind::CallNative(n) = f.insts[i.index()].kind {
                if env.natives[n.index()] == 0 {
                    return Err(format!("unknown runtime function {}", env.module.natives[n.index()].name));
                }
            }
        }
    }
    let sig = match mode {
        Mode::Native => native_sig(&f.sig, env.call_conv),
        Mode::Osr { .. } => words_sig(env.call_conv),
    };
    *func = cl::Function::with_name_signature(UserFuncName::user(0, fid as u32), sig);
    let order = match mode {
        Mode::Native => f.rpo(),
        Mode::Osr { header, .. } => liveness::rpo_from(f, *header),
    };
    let b = FunctionBuilder::new(func, fctx);
    let nv = f.values.len();
    let mut t = Tr {
        env,
        f,
        fid: fid as u32,
        b,
        osr: matches!(mode, Mode::Osr { .. }),
        blocks: vec![None; f.blocks.len()],
        vals: vec![None; nv],
        bools: vec![None; nv],
        vars: vec![None; nv],
        ctx: cl::Value::from_u32(0),
        fp: None,
        panic_block: None,
        scratch: None,
        shim_sigs: HashMap::new(),
        preempt_at: if env.preempt {
            let mut v = vec![false; f.blocks.len()];
            for h in loop_headers(f) {
                v[h.index()] = true;
            }
            if env.ticks {
                v[f.entry().index()] = true;
            }
            v
        } else {
            Vec::new()
        },
        native_sigs: HashMap::new(),
    };
    t.run(mode, &order)?;
    t.b.seal_all_blocks();
    t.b.finalize(env.frontend);
    Ok(())
}

struct Tr<'a, 'f> {
    env: &'a Env<'a>,
    f: &'a ir::Function,
    fid: u32,
    b: FunctionBuilder<'f>,
    osr: bool,
    blocks: Vec<Option<cl::Block>>,
    vals: Vec<Option<cl::Value>>,
    /// The i8 condition of compare results, so branches and selects on
    /// them fuse with the compare.
    bools: Vec<Option<cl::Value>>,
    vars: Vec<Option<Variable>>,
    ctx: cl::Value,
    /// OSR: the interpreter frame.
    fp: Option<cl::Value>,
    /// Where every panic point goes, with its location as parameter.
    panic_block: Option<cl::Block>,
    /// Argument/result buffer shared by native and interpreter calls.
    scratch: Option<cl::StackSlot>,
    shim_sigs: HashMap<(usize, usize), cl::SigRef>,
    native_sigs: HashMap<ir::Signature, cl::SigRef>,
    /// Loop headers, where goroutine preemption is checked (when enabled).
    preempt_at: Vec<bool>,
}

impl Tr<'_, '_> {
    fn run(&mut self, mode: &Mode, order: &[Block]) -> Result<(), String> {
        let f = self.f;
        for &blk in order {
            let cb = self.b.create_block();
            for &p in &f.blocks[blk.index()].params {
                self.b.append_block_param(cb, ty(f.value_type(p)));
            }
            self.blocks[blk.index()] = Some(cb);
        }
        self.make_scratch(order);

        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        self.ctx = params[0];

        let (start, start_args) = match mode {
            Mode::Native => {
                if let Some(u) = f.unwind {
                    self.pin_recover_values(u);
                }
                (f.entry(), params[1..].to_vec())
            }
            Mode::Osr { header, slots } => {
                let fp = params[1];
                self.fp = Some(fp);
                let args = self.osr_entry(*header, slots, fp, order)?;
                (*header, args)
            }
        };
        // Stack overflow check: the limit is 0 when there is none.
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let limit = self.b.ins().load(types::I64, own(), self.ctx, STACK_LIMIT);
        let low = self.b.ins().icmp(CI::UnsignedLessThan, sp, limit);
        let overflow = self.b.create_block();
        self.b.set_cold_block(overflow);
        let start_block = self.blocks[start.index()].unwrap();
        self.b.ins().brif(low, overflow, &[], start_block, &bargs(&start_args));
        self.b.switch_to_block(overflow);
        self.call_shim(crate::shims::stack_overflow as *const () as usize, &[self.ctx], 0);
        self.b.ins().trap(TrapCode::STACK_OVERFLOW);

        for &blk in order {
            self.block(blk);
        }
        self.finish_panic_block();
        Ok(())
    }

    /// Entry-block values the recover region reads become variables, zero
    /// until their definition runs (a panic may come first).
    fn pin_recover_values(&mut self, u: ir::Unwind) {
        let f = self.f;
        let entry = &f.blocks[f.entry().index()];
        let mut in_entry = vec![false; f.values.len()];
        for &p in &entry.params {
            in_entry[p.index()] = true;
        }
        for &i in &entry.insts {
            for r in &f.insts[i.index()].results {
                in_entry[r.index()] = true;
            }
        }
        let mut pinned = vec![u.marker];
        for blk in liveness::rpo_from(f, u.recover) {
            let bd = &f.blocks[blk.index()];
            for &i in &bd.insts {
                pinned.extend(f.insts[i.index()].args.iter().copied());
            }
            bd.term.for_each_use(|v| pinned.push(v));
        }
        for v in pinned {
            if in_entry[v.index()] && self.vars[v.index()].is_none() {
                let t = ty(f.value_type(v));
                let var = self.b.declare_var(t);
                let z = self.zero(t);
                self.b.def_var(var, z);
                self.vars[v.index()] = Some(var);
            }
        }
    }

    /// Defines the values live into `header` from the frame (or by
    /// recomputing constants) and returns the header's arguments.
    fn osr_entry(
        &mut self,
        header: Block,
        slots: &[u16],
        fp: cl::Value,
        order: &[Block],
    ) -> Result<Vec<cl::Value>, String> {
        let f = self.f;
        let live = liveness::live_into(f, header);
        let mut def_block = vec![u32::MAX; f.values.len()];
        for &blk in &f.layout {
            let bd = &f.blocks[blk.index()];
            for &p in &bd.params {
                def_block[p.index()] = blk.0;
            }
            for &i in &bd.insts {
                for r in &f.insts[i.index()].results {
                    def_block[r.index()] = blk.0;
                }
            }
        }
        let mut in_region = vec![false; f.blocks.len()];
        for &blk in order {
            in_region[blk.index()] = true;
        }
        let slot = |v: Value| -> Result<i32, String> {
            match slots.get(v.index()) {
                Some(&s) if s != u16::MAX => Ok(s as i32 * 8),
                _ => Err(format!("value {v} live into the loop has no frame slot")),
            }
        };
        for &v in &live.values {
            let t = ty(f.value_type(v));
            let x = match self.remat(v) {
                Some(x) => x,
                None => self.b.ins().load(t, own(), fp, slot(v)?),
            };
            let db = def_block[v.index()];
            if db != u32::MAX && in_region[db as usize] {
                let var = self.b.declare_var(t);
                self.b.def_var(var, x);
                self.vars[v.index()] = Some(var);
            } else {
                self.vals[v.index()] = Some(x);
            }
        }
        let mut args = Vec::new();
        for (k, &p) in f.blocks[header.index()].params.iter().enumerate() {
            let t = ty(f.value_type(p));
            let x = if live.params_used[k] { self.b.ins().load(t, own(), fp, slot(p)?) } else { self.zero(t) };
            args.push(x);
        }
        Ok(args)
    }

    /// Constants are recomputed rather than read from the frame: the
    /// interpreter does not materialise those used only as immediates.
    fn remat(&mut self, v: Value) -> Option<cl::Value> {
        let i = self.f.def_inst(v)?;
        Some(match self.f.insts[i.index()].kind {
            InstKind::Iconst(c) => self.b.ins().iconst(types::I64, c),
            InstKind::Fconst(bits) => self.b.ins().f64const(Ieee64::with_bits(bits)),
            InstKind::FuncAddr(fid) => self.func_info(fid.index()),
            InstKind::SymAddr(s) => self.sym(s.index()),
            _ => return None,
        })
    }

    fn make_scratch(&mut self, order: &[Block]) {
        let (f, m) = (self.f, self.env.module);
        let mut words = 0usize;
        for &blk in order {
            for &i in &f.blocks[blk.index()].insts {
                let d = &f.insts[i.index()];
                let n = match d.kind {
                    InstKind::CallNative(_) => d.args.len().max(d.results.len()).max(1),
                    // Calls through the interpreter pass even zero words
                    // through the buffer.
                    InstKind::Call(c) => {
                        let s = &m.funcs[c.index()].sig;
                        s.params.len().max(s.results.len()).max(1)
                    }
                    InstKind::CallIndirect(_) => (d.args.len() - 1).max(d.results.len()).max(1),
                    _ => 0,
                };
                words = words.max(n);
            }
        }
        if words > 0 {
            let data = StackSlotData::new(StackSlotKind::ExplicitSlot, (words * 8) as u32, 3);
            self.scratch = Some(self.b.create_sized_stack_slot(data));
        }
    }

    fn zero(&mut self, t: cl::Type) -> cl::Value {
        if t == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(t, 0)
        }
    }

    fn use_val(&mut self, v: Value) -> cl::Value {
        match self.vars[v.index()] {
            Some(var) => self.b.use_var(var),
            None => self.vals[v.index()].unwrap_or_else(|| panic!("jit: {v} used before its definition")),
        }
    }

    fn use_vals(&mut self, vs: &[Value]) -> Vec<cl::Value> {
        vs.iter().map(|&v| self.use_val(v)).collect()
    }

    fn def(&mut self, v: Value, x: cl::Value) {
        self.vals[v.index()] = Some(x);
        if let Some(var) = self.vars[v.index()] {
            self.b.def_var(var, x);
        }
    }

    /// A branch condition: the compare itself when available.
    fn cond(&mut self, v: Value) -> cl::Value {
        match self.bools[v.index()] {
            Some(c) => c,
            None => self.use_val(v),
        }
    }

    fn shim_sig(&mut self, nparams: usize, nrets: usize) -> cl::SigRef {
        if let Some(&s) = self.shim_sigs.get(&(nparams, nrets)) {
            return s;
        }
        let mut sig = cl::Signature::new(self.env.call_conv);
        sig.params.extend((0..nparams).map(|_| AbiParam::new(types::I64)));
        sig.returns.extend((0..nrets).map(|_| AbiParam::new(types::I64)));
        let r = self.b.import_signature(sig);
        self.shim_sigs.insert((nparams, nrets), r);
        r
    }

    /// The address of `e` (`host` in this process), see `ext_addr`.
    fn addr(&mut self, e: Ext, host: u64) -> cl::Value {
        ext_addr(&mut self.b, self.env.symbol, e, host)
    }

    fn func_info(&mut self, fid: usize) -> cl::Value {
        self.addr(Ext::FuncInfo(fid), (self.env.funcinfo)(fid))
    }

    fn sym(&mut self, s: usize) -> cl::Value {
        self.addr(Ext::Sym(s), self.env.module.syms[s].addr)
    }

    /// Calls a shim (crate::shims) by address.
    fn call_shim(&mut self, addr: usize, args: &[cl::Value], nrets: usize) -> Vec<cl::Value> {
        let e = Ext::Shim(crate::shims::name(addr));
        self.call_ext(e, addr, args, nrets)
    }

    /// Calls an `extern "C"` function of words.
    fn call_ext(&mut self, e: Ext, addr: usize, args: &[cl::Value], nrets: usize) -> Vec<cl::Value> {
        let sig = self.shim_sig(args.len(), nrets);
        let callee = self.addr(e, addr as u64);
        let inst = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(inst).to_vec()
    }

    fn panic_target(&mut self) -> cl::Block {
        if let Some(pb) = self.panic_block {
            return pb;
        }
        let pb = self.b.create_block();
        self.b.append_block_param(pb, types::I64);
        self.b.set_cold_block(pb);
        self.panic_block = Some(pb);
        pb
    }

    /// After an instruction that may have started a panic.
    fn check(&mut self, loc: ir::Loc) {
        let flag = self.b.ins().load(types::I64, own(), self.ctx, PANICKING);
        let pb = self.panic_target();
        let cont = self.b.create_block();
        let l = self.b.ins().iconst(types::I64, loc.0 as i64);
        self.b.ins().brif(flag, pb, &[BlockArg::Value(l)], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Counts down the goroutine's time slice; when it runs out, offers to
    /// yield (which may also end the program: then unwind).
    fn preempt_check(&mut self, loc: ir::Loc) {
        let left = self.b.ins().load(types::I64, own(), self.ctx, PREEMPT);
        let left = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(own(), left, self.ctx, PREEMPT);
        let out = self.b.ins().icmp_imm_s(CI::SignedLessThan, left, 0);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(out, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.call_shim(crate::shims::preempt as *const () as usize, &[self.ctx], 0);
        self.check(loc);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Continues when `ok` is non-zero; otherwise `raise` starts a panic.
    fn guard(&mut self, ok: cl::Value, loc: ir::Loc, raise: impl FnOnce(&mut Self)) {
        let pb = self.panic_target();
        let cont = self.b.create_block();
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        self.b.switch_to_block(fail);
        raise(self);
        let l = self.b.ins().iconst(types::I64, loc.0 as i64);
        self.b.ins().jump(pb, &[BlockArg::Value(l)]);
        self.b.switch_to_block(cont);
    }

    /// The shared panic path: record this frame, give deferred calls the
    /// chance to recover, else return to the caller, which sees
    /// `panicking` set. An OSR entry records its frame's line and leaves
    /// the rest (deferred calls, recovery) to the interpreter frame it
    /// returns to.
    fn finish_panic_block(&mut self) {
        let Some(pb) = self.panic_block else { return };
        self.b.switch_to_block(pb);
        let loc = self.b.block_params(pb)[0];
        let fid = self.b.ins().iconst(types::I64, self.fid as i64);
        if self.osr {
            self.call_shim(crate::shims::trace_osr as *const () as usize, &[self.ctx, fid, loc], 0);
            self.b.ins().return_(&[]);
            return;
        }
        self.call_shim(crate::shims::trace as *const () as usize, &[self.ctx, fid, loc], 0);
        if let Some(u) = self.f.unwind {
            let marker = self.use_val(u.marker);
            let r = self.call_shim(crate::shims::unwind as *const () as usize, &[self.ctx, marker], 1)[0];
            let recover = self.blocks[u.recover.index()].expect("recover block translated");
            let out = self.b.create_block();
            self.b.set_cold_block(out);
            self.b.ins().brif(r, recover, &[], out, &[]);
            self.b.switch_to_block(out);
        }
        let zeros: Vec<cl::Value> = self.f.sig.results.iter().map(|&t| self.zero(ty(t))).collect();
        self.b.ins().return_(&zeros);
    }

    fn scratch_addr(&mut self) -> cl::Value {
        let slot = self.scratch.expect("scratch slot sized for every call");
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    fn store_words(&mut self, buf: cl::Value, args: &[cl::Value]) {
        for (k, &a) in args.iter().enumerate() {
            self.b.ins().store(own(), a, buf, (k * 8) as i32);
        }
    }

    fn load_words(&mut self, buf: cl::Value, tys: &[Type]) -> Vec<cl::Value> {
        tys.iter().enumerate().map(|(k, &t)| self.b.ins().load(ty(t), own(), buf, (k * 8) as i32)).collect()
    }

    fn native_entry_sig(&mut self, sig: &ir::Signature) -> cl::SigRef {
        if let Some(&s) = self.native_sigs.get(sig) {
            return s;
        }
        let r = self.b.import_signature(native_sig(sig, self.env.call_conv));
        self.native_sigs.insert(sig.clone(), r);
        r
    }

    /// Calls a native entry at `code`.
    fn call_entry(&mut self, sig: &ir::Signature, code: cl::Value, args: &[cl::Value]) -> Vec<cl::Value> {
        let sr = self.native_entry_sig(sig);
        let mut all = vec![self.ctx];
        all.extend_from_slice(args);
        let inst = self.b.ins().call_indirect(sr, code, &all);
        self.b.inst_results(inst).to_vec()
    }

    /// A direct call of the function being compiled (recursion).
    fn call_self(&mut self, sig: &ir::Signature, args: &[cl::Value]) -> Vec<cl::Value> {
        let id = self.env.self_id.expect("self id");
        let name = self.b.func.declare_imported_user_function(cl::UserExternalName { namespace: 0, index: id });
        let signature = self.native_entry_sig(sig);
        let fref = self.b.import_function(cl::ExtFuncData {
            name: cl::ExternalName::user(name),
            signature,
            colocated: true,
            patchable: false,
        });
        let mut all = vec![self.ctx];
        all.extend_from_slice(args);
        let inst = self.b.ins().call(fref, &all);
        self.b.inst_results(inst).to_vec()
    }

    /// Calls through the engine (the interpreter) with a word buffer.
    fn call_via_engine(&mut self, sig: &ir::Signature, fi: cl::Value, args: &[cl::Value]) -> Vec<cl::Value> {
        let n = sig.params.len().max(sig.results.len());
        let buf = self.scratch_addr();
        self.store_words(buf, args);
        let nv = self.b.ins().iconst(types::I64, n as i64);
        self.call_shim(crate::shims::call_interp as *const () as usize, &[self.ctx, fi, buf, nv], 0);
        self.load_words(buf, &sig.results)
    }

    /// Native entry if the descriptor has one now, else the engine.
    fn call_dynamic(&mut self, sig: &ir::Signature, fi: cl::Value, args: &[cl::Value]) -> Vec<cl::Value> {
        let code = self.b.ins().load(types::I64, own(), fi, JIT_CODE);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let join = self.b.create_block();
        for &t in &sig.results {
            self.b.append_block_param(join, ty(t));
        }
        self.b.ins().brif(code, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let r = self.call_entry(sig, code, args);
        self.b.ins().jump(join, &bargs(&r));
        self.b.switch_to_block(slow);
        let r = self.call_via_engine(sig, fi, args);
        self.b.ins().jump(join, &bargs(&r));
        self.b.switch_to_block(join);
        self.b.block_params(join).to_vec()
    }

    fn block(&mut self, blk: Block) {
        let f = self.f;
        let cb = self.blocks[blk.index()].unwrap();
        self.b.switch_to_block(cb);
        let params = self.b.block_params(cb).to_vec();
        for (&p, x) in f.blocks[blk.index()].params.iter().zip(params) {
            self.def(p, x);
        }
        if self.preempt_at.get(blk.index()).copied().unwrap_or(false) {
            self.preempt_check(f.blocks[blk.index()].term_loc);
        }
        for &i in &f.blocks[blk.index()].insts {
            self.inst(&f.insts[i.index()]);
        }
        let bd = &f.blocks[blk.index()];
        match &bd.term {
            Terminator::Jump(t) => {
                let args = self.use_vals(&t.args);
                let target = self.blocks[t.block.index()].unwrap();
                self.b.ins().jump(target, &bargs(&args));
            }
            Terminator::Brif(c, t, e) => {
                let c = self.cond(*c);
                let ta = self.use_vals(&t.args);
                let ea = self.use_vals(&e.args);
                let (tb, eb) = (self.blocks[t.block.index()].unwrap(), self.blocks[e.block.index()].unwrap());
                self.b.ins().brif(c, tb, &bargs(&ta), eb, &bargs(&ea));
            }
            Terminator::Ret(vs) => {
                let vs = self.use_vals(vs);
                match self.fp {
                    Some(fp) => {
                        self.store_words(fp, &vs);
                        self.b.ins().return_(&[]);
                    }
                    None => {
                        self.b.ins().return_(&vs);
                    }
                }
            }
            Terminator::Unreachable => {
                self.call_shim(crate::shims::raise_unreachable as *const () as usize, &[self.ctx], 0);
                let pb = self.panic_target();
                let l = self.b.ins().iconst(types::I64, bd.term_loc.0 as i64);
                self.b.ins().jump(pb, &[BlockArg::Value(l)]);
            }
        }
    }

    fn inst(&mut self, d: &InstData) {
        let ins_result = match &d.kind {
            InstKind::Iconst(c) => Some(self.b.ins().iconst(types::I64, *c)),
            InstKind::Fconst(bits) => Some(self.b.ins().f64const(Ieee64::with_bits(*bits))),
            InstKind::Binary(op) => Some(self.binary(*op, d)),
            InstKind::Unary(op) => {
                let a = self.use_val(d.args[0]);
                Some(self.unary(*op, a))
            }
            InstKind::Icmp(cc) => {
                let (a, b) = (self.use_val(d.args[0]), self.use_val(d.args[1]));
                let c = self.b.ins().icmp(int_cc(*cc), a, b);
                Some(self.bool_result(d.results[0], c))
            }
            InstKind::Fcmp(cc) => {
                let (a, b) = (self.use_val(d.args[0]), self.use_val(d.args[1]));
                let c = self.b.ins().fcmp(float_cc(*cc), a, b);
                Some(self.bool_result(d.results[0], c))
            }
            InstKind::Select => {
                let c = self.cond(d.args[0]);
                let (a, b) = (self.use_val(d.args[1]), self.use_val(d.args[2]));
                Some(self.b.ins().select(c, a, b))
            }
            InstKind::Load(mt, off) => {
                let a = self.use_val(d.args[0]);
                Some(self.load(*mt, a, *off))
            }
            InstKind::Store(mt, off) => {
                let (a, v) = (self.use_val(d.args[0]), self.use_val(d.args[1]));
                self.store(*mt, a, v, *off);
                None
            }
            InstKind::BoundsCheck => {
                let (i, n) = (self.use_val(d.args[0]), self.use_val(d.args[1]));
                let ok = self.b.ins().icmp(CI::UnsignedLessThan, i, n);
                self.guard(ok, d.loc, |t| {
                    t.call_shim(crate::shims::raise_index as *const () as usize, &[t.ctx, i, n], 0);
                });
                None
            }
            InstKind::NilCheck => {
                let p = self.use_val(d.args[0]);
                self.guard(p, d.loc, |t| {
                    t.call_shim(crate::shims::raise_nil as *const () as usize, &[t.ctx], 0);
                });
                None
            }
            InstKind::Call(callee) => {
                let sig = &self.env.module.funcs[callee.index()].sig;
                let args = self.use_vals(&d.args);
                let results = match (self.env.callee)(callee.index()) {
                    _ if callee.index() == self.fid as usize && self.env.self_id.is_some() && !self.osr => {
                        self.call_self(sig, &args)
                    }
                    Callee::Native(code) => {
                        let code = self.addr(Ext::Entry(callee.index()), code as u64);
                        self.call_entry(sig, code, &args)
                    }
                    Callee::Interp => {
                        let fi = self.func_info(callee.index());
                        self.call_via_engine(sig, fi, &args)
                    }
                    Callee::Unknown => {
                        let fi = self.func_info(callee.index());
                        self.call_dynamic(sig, fi, &args)
                    }
                };
                self.call_results(d, results);
                None
            }
            InstKind::CallIndirect(s) => {
                let sig = &self.env.module.sigs[s.index()];
                let fi = self.use_val(d.args[0]);
                let args = self.use_vals(&d.args[1..]);
                self.guard(fi, d.loc, |t| {
                    t.call_shim(crate::shims::raise_nil as *const () as usize, &[t.ctx], 0);
                });
                let results = self.call_dynamic(sig, fi, &args);
                self.call_results(d, results);
                None
            }
            InstKind::CallNative(n) => {
                let args = self.use_vals(&d.args);
                let buf = self.scratch_addr();
                self.store_words(buf, &args);
                let addr = self.env.natives[n.index()] as usize;
                self.call_ext(Ext::Native(n.index()), addr, &[self.ctx, buf], 0);
                let tys: Vec<Type> = d.results.iter().map(|&r| self.f.value_type(r)).collect();
                let results = self.load_words(buf, &tys);
                self.call_results(d, results);
                None
            }
            InstKind::FuncAddr(fid) => Some(self.func_info(fid.index())),
            InstKind::SymAddr(s) => Some(self.sym(s.index())),
        };
        if let Some(x) = ins_result {
            self.def(d.results[0], x);
        }
    }

    fn call_results(&mut self, d: &InstData, results: Vec<cl::Value>) {
        for (&r, x) in d.results.iter().zip(results) {
            self.def(r, x);
        }
        self.check(d.loc);
    }

    fn bool_result(&mut self, r: Value, c: cl::Value) -> cl::Value {
        if self.vars[r.index()].is_none() {
            self.bools[r.index()] = Some(c);
        }
        self.b.ins().uextend(types::I64, c)
    }

    fn binary(&mut self, op: BinOp, d: &InstData) -> cl::Value {
        let (a, b) = (self.use_val(d.args[0]), self.use_val(d.args[1]));
        let rhs = self.f.iconst_value(d.args[1]);
        match op {
            BinOp::Iadd => self.b.ins().iadd(a, b),
            BinOp::Isub => self.b.ins().isub(a, b),
            BinOp::Imul => self.b.ins().imul(a, b),
            BinOp::And => self.b.ins().band(a, b),
            BinOp::Or => self.b.ins().bor(a, b),
            BinOp::Xor => self.b.ins().bxor(a, b),
            BinOp::Fadd => self.b.ins().fadd(a, b),
            BinOp::Fsub => self.b.ins().fsub(a, b),
            BinOp::Fmul => self.b.ins().fmul(a, b),
            BinOp::Fdiv => self.b.ins().fdiv(a, b),
            // Cranelift masks shift counts; the IR saturates them.
            BinOp::Shl | BinOp::Ushr => {
                if let Some(c) = rhs {
                    if c as u64 >= 64 {
                        return self.b.ins().iconst(types::I64, 0);
                    }
                }
                let s = if op == BinOp::Shl { self.b.ins().ishl(a, b) } else { self.b.ins().ushr(a, b) };
                if rhs.is_some() {
                    return s;
                }
                let big = self.b.ins().icmp_imm_u(CI::UnsignedGreaterThanOrEqual, b, 64);
                let z = self.b.ins().iconst(types::I64, 0);
                self.b.ins().select(big, z, s)
            }
            BinOp::Sshr => {
                let n = match rhs {
                    Some(c) => self.b.ins().iconst(types::I64, (c as u64).min(63) as i64),
                    None => {
                        let m = self.b.ins().iconst(types::I64, 63);
                        self.b.ins().umin(b, m)
                    }
                };
                self.b.ins().sshr(a, n)
            }
            BinOp::Sdiv | BinOp::Srem | BinOp::Udiv | BinOp::Urem => {
                if rhs.is_none_or(|c| c == 0) {
                    self.guard(b, d.loc, |t| {
                        t.call_shim(crate::shims::raise_div as *const () as usize, &[t.ctx], 0);
                    });
                }
                match op {
                    BinOp::Udiv => self.b.ins().udiv(a, b),
                    BinOp::Urem => self.b.ins().urem(a, b),
                    // Cranelift's signed division traps on MIN / -1: divide
                    // by 1 instead and fix the quotient (MIN / -1 wraps to
                    // MIN, i.e. -a; any x % -1 is 0, which is x % 1).
                    _ if rhs.is_some_and(|c| c != -1) => {
                        if op == BinOp::Sdiv {
                            self.b.ins().sdiv(a, b)
                        } else {
                            self.b.ins().srem(a, b)
                        }
                    }
                    _ => {
                        let m1 = self.b.ins().icmp_imm_s(CI::Equal, b, -1);
                        let one = self.b.ins().iconst(types::I64, 1);
                        let safe = self.b.ins().select(m1, one, b);
                        if op == BinOp::Sdiv {
                            let q = self.b.ins().sdiv(a, safe);
                            let neg = self.b.ins().ineg(a);
                            self.b.ins().select(m1, neg, q)
                        } else {
                            self.b.ins().srem(a, safe)
                        }
                    }
                }
            }
        }
    }

    fn unary(&mut self, op: UnOp, a: cl::Value) -> cl::Value {
        let i = &mut self.b;
        match op {
            UnOp::Ineg => i.ins().ineg(a),
            UnOp::Inot => i.ins().bnot(a),
            UnOp::Sext8 | UnOp::Sext16 | UnOp::Sext32 | UnOp::Zext8 | UnOp::Zext16 | UnOp::Zext32 => {
                let (t, signed) = match op {
                    UnOp::Sext8 => (types::I8, true),
                    UnOp::Sext16 => (types::I16, true),
                    UnOp::Sext32 => (types::I32, true),
                    UnOp::Zext8 => (types::I8, false),
                    UnOp::Zext16 => (types::I16, false),
                    _ => (types::I32, false),
                };
                let n = i.ins().ireduce(t, a);
                if signed {
                    i.ins().sextend(types::I64, n)
                } else {
                    i.ins().uextend(types::I64, n)
                }
            }
            UnOp::Fneg => i.ins().fneg(a),
            UnOp::Fabs => i.ins().fabs(a),
            UnOp::Fsqrt => i.ins().sqrt(a),
            UnOp::Ffloor | UnOp::Fceil | UnOp::Ftrunc | UnOp::Fnearest => {
                let (r, k) = match op {
                    UnOp::Ffloor => (i.ins().floor(a), 0),
                    UnOp::Fceil => (i.ins().ceil(a), 1),
                    UnOp::Ftrunc => (i.ins().trunc(a), 2),
                    // Round half to even, like roundsd/frintn.
                    _ => (i.ins().nearest(a), 3),
                };
                if !self.env.nan_passthrough[k] {
                    return r;
                }
                let nan = self.b.ins().fcmp(CF::Unordered, a, a);
                self.b.ins().select(nan, a, r)
            }
            UnOp::Fround32 => {
                let s = i.ins().fdemote(types::F32, a);
                i.ins().fpromote(types::F64, s)
            }
            UnOp::SIToF => i.ins().fcvt_from_sint(types::F64, a),
            UnOp::UIToF => i.ins().fcvt_from_uint(types::F64, a),
            UnOp::FToSI => self.f64_to_i64(a),
            UnOp::FToUI => {
                // As ir::inst::f64_to_u64: below 2^63 (NaN is not) the
                // signed conversion, else the signed conversion of f - 2^63
                // with the top bit flipped.
                let lo = self.f64_to_i64(a);
                let two63 = self.b.ins().f64const(TWO63);
                let d = self.b.ins().fsub(a, two63);
                let hi = self.f64_to_i64(d);
                let top = self.b.ins().iconst(types::I64, i64::MIN);
                let hi = self.b.ins().bxor(hi, top);
                let small = self.b.ins().fcmp(CF::LessThan, a, two63);
                self.b.ins().select(small, lo, hi)
            }
            UnOp::BitsToF => i.ins().bitcast(types::F64, MemFlagsData::new(), a),
            UnOp::FToBits => i.ins().bitcast(types::I64, MemFlagsData::new(), a),
            UnOp::Popcnt => i.ins().popcnt(a),
            UnOp::Clz => i.ins().clz(a),
            UnOp::Ctz => i.ins().ctz(a),
        }
    }

    /// As ir::inst::f64_to_i64: truncation in range, i64::MIN for NaN and
    /// out-of-range values (what cvttsd2si gives, on every target).
    fn f64_to_i64(&mut self, a: cl::Value) -> cl::Value {
        let i = &mut self.b;
        let min = i.ins().f64const(-TWO63);
        let max = i.ins().f64const(TWO63);
        let ge = i.ins().fcmp(CF::GreaterThanOrEqual, a, min);
        let lt = i.ins().fcmp(CF::LessThan, a, max);
        let ok = i.ins().band(ge, lt);
        let t = i.ins().fcvt_to_sint_sat(types::I64, a);
        let m = i.ins().iconst(types::I64, i64::MIN);
        i.ins().select(ok, t, m)
    }

    fn load(&mut self, mt: MemType, a: cl::Value, off: i32) -> cl::Value {
        let (i, fl) = (&mut self.b, guest());
        match mt {
            MemType::I8 => i.ins().sload8(types::I64, fl, a, off),
            MemType::U8 => i.ins().uload8(types::I64, fl, a, off),
            MemType::I16 => i.ins().sload16(types::I64, fl, a, off),
            MemType::U16 => i.ins().uload16(types::I64, fl, a, off),
            MemType::I32 => i.ins().sload32(fl, a, off),
            MemType::U32 => i.ins().uload32(fl, a, off),
            MemType::I64 => i.ins().load(types::I64, fl, a, off),
            MemType::F32 => {
                let s = i.ins().load(types::F32, fl, a, off);
                i.ins().fpromote(types::F64, s)
            }
            MemType::F64 => i.ins().load(types::F64, fl, a, off),
        }
    }

    fn store(&mut self, mt: MemType, a: cl::Value, v: cl::Value, off: i32) {
        let (i, fl) = (&mut self.b, guest());
        match mt {
            MemType::I8 | MemType::U8 => i.ins().istore8(fl, v, a, off),
            MemType::I16 | MemType::U16 => i.ins().istore16(fl, v, a, off),
            MemType::I32 | MemType::U32 => i.ins().istore32(fl, v, a, off),
            MemType::F32 => {
                let s = i.ins().fdemote(types::F32, v);
                i.ins().store(fl, s, a, off)
            }
            MemType::I64 | MemType::F64 => i.ins().store(fl, v, a, off),
        };
    }
}

fn int_cc(cc: IntCC) -> CI {
    match cc {
        IntCC::Eq => CI::Equal,
        IntCC::Ne => CI::NotEqual,
        IntCC::Slt => CI::SignedLessThan,
        IntCC::Sle => CI::SignedLessThanOrEqual,
        IntCC::Sgt => CI::SignedGreaterThan,
        IntCC::Sge => CI::SignedGreaterThanOrEqual,
        IntCC::Ult => CI::UnsignedLessThan,
        IntCC::Ule => CI::UnsignedLessThanOrEqual,
        IntCC::Ugt => CI::UnsignedGreaterThan,
        IntCC::Uge => CI::UnsignedGreaterThanOrEqual,
    }
}

/// IR float compares are false on NaN except `ne`, as Cranelift's.
fn float_cc(cc: FloatCC) -> CF {
    match cc {
        FloatCC::Eq => CF::Equal,
        FloatCC::Ne => CF::NotEqual,
        FloatCC::Lt => CF::LessThan,
        FloatCC::Le => CF::LessThanOrEqual,
        FloatCC::Gt => CF::GreaterThan,
        FloatCC::Ge => CF::GreaterThanOrEqual,
    }
}

/// Blocks that are the target of a back edge in reverse post-order: the
/// loop headers the interpreter can ask OSR entries for.
pub fn loop_headers(f: &ir::Function) -> Vec<Block> {
    let rpo = f.rpo();
    let mut pos = vec![usize::MAX; f.blocks.len()];
    for (k, b) in rpo.iter().enumerate() {
        pos[b.index()] = k;
    }
    let mut out = Vec::new();
    for &b in &rpo {
        for s in f.blocks[b.index()].term.successors() {
            if pos[s.index()] <= pos[b.index()] && !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}
