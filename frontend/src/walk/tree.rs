//! The resolved tree the walker runs: the typed AST of one function
//! instance with every name bound to a frame slot, every type reduced to
//! its flat layout and every operator specialized to its operand kind.
//! Nodes mirror the AST one to one (an expression node per Go expression,
//! a statement node per Go statement); only what the lowering makes
//! implicit (conversions to interfaces, copies of memory-form values,
//! bounds and nil checks) appears as nodes of its own.

use super::layout::Ty;
use crate::objects::Builtin;
use ir::MemType;
use runtime::NativeFn;

pub(crate) type Bx = Box<X>;

/// Narrow integers are kept sign- or zero-extended; float32 rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Norm {
    None,
    S8,
    S16,
    S32,
    U8,
    U16,
    U32,
    F32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AOp {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    AndNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DOp {
    SDiv,
    UDiv,
    SRem,
    URem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FOp {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShOp {
    Shl,
    Sshr,
    Ushr,
}

/// Integer comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cc {
    Eq,
    Ne,
    Slt,
    Sle,
    Sgt,
    Sge,
    Ult,
    Ule,
    Ugt,
    Uge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FCc {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UOp {
    Neg,
    /// Bitwise complement.
    Not,
    /// Logical not of a bool (x ^ 1).
    LNot,
    FNeg,
    SIToF,
    UIToF,
    FToSI,
    FToUI,
}

/// How a comparison of multi-word (or memory) values is done, word by word.
#[derive(Debug)]
pub(crate) enum CmpPlan {
    /// One integer word at this index.
    Word(u32),
    Float(u32),
    Str(u32),
    /// An interface (2 words): dynamic types compared via the runtime.
    Iface {
        at: u32,
        empty: bool,
    },
    /// Memory-form values (pointer word at 0): `mem_eq` with the type.
    Mem {
        td: u64,
    },
    /// All of these must be equal.
    All(Vec<CmpPlan>),
}

/// An expression. Nodes producing one word are evaluated by `eval1`,
/// others write their words to a destination (`eval_to`).
#[derive(Debug)]
pub(crate) enum X {
    /// A constant word.
    K(u64),
    /// Constant words.
    KM(Box<[u64]>),
    /// `n` zero words (the zero value of a flat type).
    Zero(u32),
    /// A frame slot.
    Slot(u32),
    /// Frame slots `slot..slot+n`.
    SlotsM {
        slot: u32,
        n: u32,
    },
    /// The word at `*(fp[slot])` (a variable living in a heap cell).
    CellW {
        slot: u32,
        mt: MemType,
    },
    /// The word of memory type `mt` at `p + off`.
    Load {
        p: Bx,
        off: i32,
        mt: MemType,
    },
    /// A flat value of type `ty` at `p + off`.
    LoadM {
        p: Bx,
        off: i32,
        ty: Ty,
    },
    /// `p + off` (address arithmetic).
    AddOff {
        p: Bx,
        off: i64,
    },
    /// `p`, panicking if it is nil.
    NilChk {
        p: Bx,
        loc: u32,
    },
    /// Generic read of a place (map entries, ...).
    ReadPl(Box<Pl>),
    /// Word `k` of the multi-word value `x` (evaluated into `tmp`).
    Word {
        x: Bx,
        k: u32,
        tmp: u32,
    },

    Arith {
        op: AOp,
        norm: Norm,
        a: Bx,
        b: Bx,
    },
    ArithK {
        op: AOp,
        norm: Norm,
        a: Bx,
        k: u64,
    },
    Div {
        op: DOp,
        norm: Norm,
        a: Bx,
        b: Bx,
        loc: u32,
    },
    FArith {
        op: FOp,
        f32: bool,
        a: Bx,
        b: Bx,
    },
    Shift {
        op: ShOp,
        norm: Norm,
        check: bool,
        a: Bx,
        c: Bx,
        loc: u32,
    },
    Un {
        op: UOp,
        norm: Norm,
        x: Bx,
    },
    Norm {
        norm: Norm,
        x: Bx,
    },
    Cmp {
        cc: Cc,
        a: Bx,
        b: Bx,
    },
    CmpK {
        cc: Cc,
        a: Bx,
        k: u64,
    },
    FCmp {
        cc: FCc,
        a: Bx,
        b: Bx,
    },
    /// Multi-word equality (strings, interfaces, structs, arrays).
    CmpM(Box<CmpMX>),
    /// String ordering.
    StrOrd {
        cc: Cc,
        a: Bx,
        b: Bx,
        tmp: u32,
    },
    LAnd(Bx, Bx),
    LOr(Bx, Bx),
    /// Complex arithmetic (2 words).
    CArith(Box<CArithX>),
    /// Complex negation.
    CNeg {
        x: Bx,
        tmp: u32,
    },

    /// A call; as a one-word node it yields the first result word.
    Call(Box<CallX>),
    /// A runtime native called with its arguments in `buf`.
    Native(Box<NativeX>),
    /// `s[i]` of a string.
    StrIndex {
        s: Bx,
        i: Bx,
        tmp: u32,
        loc: u32,
    },
    /// The address of an indexed element (slices, arrays, pointers to
    /// arrays) after the bounds check.
    ElemAddr(Box<ElemAddrX>),
    /// `len(m)` of a map (0 for nil).
    MapLen(Bx),
    /// A slice expression (strings: 2 words, others 3).
    SliceOf(Box<SliceOfX>),
    /// A new zeroed object.
    Alloc {
        size: u64,
        noscan: bool,
    },
    /// A new object of type `ty` holding the value of `x`.
    NewBox {
        x: Bx,
        ty: Ty,
        tmp: u32,
    },
    /// A fresh copy of the memory-form value `x` points at.
    Own {
        x: Bx,
        size: u64,
        noscan: bool,
    },
    /// A new object of type `ty` with values stored at offsets.
    MemLit(Box<MemLitX>),
    /// Words of the parts in order (flat struct literals, pairs).
    Cat(Box<[X]>, Box<[u32]>),
    SliceLit(Box<SliceLitX>),
    MapLit(Box<MapLitX>),
    /// map_get: the value words (and the ok word if `ok`).
    MapGet(Box<MapGetX>),
    Append(Box<AppendX>),
    /// A closure object `[fi, words...]`.
    Closure(Box<ClosureX>),
    /// Conversion of a concrete value to an interface (2 words).
    ToIface {
        x: Bx,
        ty: Ty,
        w0: u64,
        tmp: u32,
    },
    /// Interface to interface (2 words).
    IfaceConv(Box<IfaceConvX>),
    /// A type assertion (with `ok`: also the flag word).
    Assert(Box<AssertX>),
    MinMax(Box<MinMaxX>),
    /// A builtin without a value (print, panic, delete, clear, close...)
    /// or with one (recover, copy).
    Builtin(Box<BuiltinX>),
    /// The depth of the defer stack (`defer_mark` at function entry).
    DeferMark,
    /// Evaluate `x` into `tmp` (n words), then yield `body` (which reads
    /// the temp).
    Let {
        x: Bx,
        tmp: u32,
        n: u32,
        body: Bx,
    },
    /// Slice to array pointer (or, with `copy`, to an array value).
    SliceToArr(Box<SliceToArrX>),
    /// Raise an internal error: the resolver could not handle something.
    Fail(Box<str>),
}

#[derive(Debug)]
pub(crate) struct CmpMX {
    pub eq: bool,
    pub a: X,
    pub b: X,
    pub n: u32,
    pub tmp: u32,
    pub plan: CmpPlan,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct SliceToArrX {
    pub x: X,
    pub n: u64,
    /// Array values: (size, noscan) of the copy.
    pub copy: Option<(u64, bool)>,
    pub tmp: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct CArithX {
    pub op: FOp,
    pub c64: bool,
    pub a: X,
    pub b: X,
    pub tmp: u32,
}

/// Who is called.
#[derive(Debug)]
pub(crate) enum Target {
    /// A function known statically (its parameters include the receiver).
    Static(u32),
    /// A func value: the closure is the hidden first argument.
    Closure(X),
    /// Method `index` of an interface value (2 words, evaluated into
    /// `tmp`); the data word is the first argument.
    Iface { recv: X, index: u32, tmp: u32 },
}

#[derive(Debug)]
pub(crate) struct Arg {
    pub x: X,
    /// Word offset in the callee's parameters.
    pub off: u32,
    pub n: u32,
}

#[derive(Debug)]
pub(crate) struct CallX {
    pub target: Target,
    pub args: Box<[Arg]>,
    /// Parameter words, including the env/receiver/data word.
    pub nargs: u32,
    pub nres: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct NativeX {
    pub f: NativeFn,
    pub args: Box<[Arg]>,
    pub buf: u32,
    pub nres: u32,
    pub loc: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ElemKind {
    /// `x` is a slice (3 words).
    Slice,
    /// `x` is the address of an array (bounds checked unless `check` is off).
    Array,
    /// `x` is a pointer to an array (nil checked).
    PtrArray,
}

#[derive(Debug)]
pub(crate) struct ElemAddrX {
    pub kind: ElemKind,
    pub x: X,
    pub i: X,
    pub len: u64,
    pub check: bool,
    pub esize: u64,
    pub tmp: u32,
    pub loc: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SliceKind {
    Str,
    Slice,
    /// `x` yields the array's address.
    Array,
    PtrArray,
}

#[derive(Debug)]
pub(crate) struct SliceOfX {
    pub kind: SliceKind,
    pub x: X,
    pub lo: Option<X>,
    pub hi: Option<X>,
    pub max: Option<X>,
    pub three: bool,
    pub len: u64,
    pub esize: u64,
    pub tmp: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct MemLitX {
    pub size: u64,
    pub noscan: bool,
    pub stores: Box<[(i64, X, Ty)]>,
    pub tmp: u32,
}

#[derive(Debug)]
pub(crate) struct SliceLitX {
    pub etd: u64,
    pub len: u64,
    pub stores: Box<[(i64, X, Ty)]>,
    pub tmp: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct MapLitX {
    pub mtd: u64,
    pub hint: u64,
    pub entries: Box<[(X, X)]>,
    pub kn: u32,
    pub vn: u32,
    pub buf: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct MapGetX {
    pub mtd: u64,
    pub m: X,
    pub key: X,
    pub kn: u32,
    pub vn: u32,
    pub ok: bool,
    pub buf: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct AppendX {
    pub etd: u64,
    pub esize: u64,
    pub ety: Ty,
    pub s: X,
    /// `append(s, t...)`: the spread slice or string.
    pub spread: Option<X>,
    pub items: Box<[X]>,
    pub tmp: u32,
    pub loc: u32,
}

/// Where the words of a closure come from.
#[derive(Debug)]
pub(crate) enum CapSrc {
    /// The cell pointer in a frame slot.
    Cell(u32),
    /// A value copied into a fresh cell.
    Spill(X, Ty),
    /// A word as is (bound method receivers).
    Val(X),
}

#[derive(Debug)]
pub(crate) struct ClosureX {
    pub fi: u64,
    /// Captured cells of a function literal.
    pub caps: Box<[CapSrc]>,
    /// Or words held by value (bound receivers, deferred arguments),
    /// evaluated into `tmp` first.
    pub recv: Option<(X, u32)>,
    /// Nil-check the first word (method values of interfaces).
    pub nilchk: bool,
    pub tmp: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct IfaceConvX {
    pub x: X,
    pub from_empty: bool,
    pub to_empty: bool,
    pub to_td: u64,
    pub tmp: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) enum AssertTo {
    /// To an interface type (`empty`: the result's first word is the type).
    Iface { td: u64, empty: bool },
    /// To a concrete type.
    Concrete { td: u64, ty: Ty },
}

#[derive(Debug)]
pub(crate) struct AssertX {
    pub x: X,
    /// The static interface type of x: its descriptor and emptiness.
    pub xtd: u64,
    pub xempty: bool,
    pub to: AssertTo,
    pub ok: bool,
    pub tmp: u32,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct MinMaxX {
    pub min: bool,
    pub kind: MinMaxKind,
    pub args: Box<[X]>,
    pub tmp: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MinMaxKind {
    Float,
    Str,
    Signed,
    Unsigned,
}

/// What `print`/`println` do with one operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PrintKind {
    Bool,
    Int,
    Uint,
    Float,
    Float32,
    Complex,
    Complex64,
    Str,
    Pointer,
    Slice,
    Iface,
}

#[derive(Debug)]
pub(crate) struct BuiltinX {
    pub b: Builtin,
    /// Operands with their word counts, evaluated into `tmp` in order.
    pub ops: Box<[(X, u32)]>,
    pub tmp: u32,
    /// print/println: how to print each operand.
    pub kinds: Box<[PrintKind]>,
    /// delete/clear: the map type; copy/clear: element size.
    pub td: u64,
    pub esize: u64,
    /// recover: the function calling it.
    pub fid: u32,
    pub loc: u32,
}

/// An assignable location.
#[derive(Debug)]
pub(crate) enum Pl {
    Blank,
    /// Frame words (a variable not in a cell).
    Slots {
        slot: u32,
        ty: Ty,
    },
    /// Memory at `addr + off`; `aslot` holds the address once evaluated.
    Mem {
        addr: X,
        off: i32,
        ty: Ty,
        aslot: u32,
    },
    /// A map entry: `buf` gets [map type, map, key...] when evaluated.
    Map(Box<MapPl>),
}

#[derive(Debug)]
pub(crate) struct MapPl {
    pub mtd: u64,
    pub m: X,
    pub key: X,
    pub kn: u32,
    pub vty: Ty,
    /// [mtd, m, key..., value...] for map_set.
    pub buf: u32,
    /// Scratch for map_get.
    pub gbuf: u32,
    pub loc: u32,
}

impl Pl {
    pub fn ty(&self) -> Option<&Ty> {
        match self {
            Pl::Blank => None,
            Pl::Slots { ty, .. } | Pl::Mem { ty, .. } => Some(ty),
            Pl::Map(m) => Some(&m.vty),
        }
    }
}

/// How control leaves a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Flow {
    Next,
    Break(u16),
    Continue(u16),
    Goto(u16),
    Fallthrough,
    Return,
}

/// A statement.
#[derive(Debug)]
pub(crate) enum S {
    /// Evaluate for side effects (multi-word values go to `tmp`).
    Expr {
        x: X,
        n: u32,
        tmp: u32,
    },
    /// Evaluate into `tmp` (n words) for later statements to read.
    Eval {
        x: X,
        n: u32,
        tmp: u32,
    },
    /// fp[slot] = x
    Set {
        slot: u32,
        x: X,
    },
    /// fp[slot..slot+n] = x (evaluated into tmp first)
    SetM {
        slot: u32,
        n: u32,
        x: X,
        tmp: u32,
    },
    /// A new cell of type `ty` holding x (zero if None) in fp[slot].
    NewCell {
        slot: u32,
        ty: Ty,
        x: Option<X>,
        tmp: u32,
    },
    /// Store into a place: `pl = x` (place evaluated first).
    Store {
        pl: Pl,
        x: X,
        tmp: u32,
    },
    /// `*(addr + off) = x` for a one-word value.
    StoreW {
        addr: X,
        off: i32,
        mt: MemType,
        x: X,
    },
    /// `*(addr + off) op= ...`: the current word goes to `cur`, then `x`
    /// (which reads it) is stored.
    UpdateW {
        addr: X,
        off: i32,
        mt: MemType,
        x: X,
        cur: u32,
    },
    /// `pl op= x` / `pl++`: read, combine (x reads the current value from
    /// `cur`), write.
    Update {
        pl: Pl,
        x: X,
        cur: u32,
        tmp: u32,
    },
    /// Places first, then every value into its temp, then the stores.
    Parallel {
        pls: Box<[Pl]>,
        xs: Box<[(X, u32)]>,
    },
    /// Evaluate places, then `x` into tmp, then store the parts (converted
    /// by `parts`, which read the temp) into the places.
    MultiStore {
        pls: Box<[Pl]>,
        x: X,
        tmp: u32,
        parts: Box<[(X, u32)]>,
    },
    Block(Box<Block>),
    If {
        cond: X,
        then: Box<Block>,
        els: Option<Box<S>>,
    },
    For(Box<ForS>),
    Switch(Box<SwitchS>),
    TypeSwitch(Box<TypeSwitchS>),
    RangeInt(Box<RangeS>),
    RangeSlice(Box<RangeS>),
    RangeStr(Box<RangeS>),
    RangeMap(Box<RangeMapS>),
    /// `for v := range ch`.
    RangeChan(Box<RangeChanS>),
    Select(Box<SelectS>),
    /// Results written to the result area, then return.
    Ret(Box<[(X, u32, u32)]>),
    /// Functions with defers: results stored into the result cells.
    RetCells(Box<[(X, u32, Ty, u32)]>),
    Branch(Flow),
    /// A labeled statement (a goto target).
    Label(u16, Box<S>),
    /// defer_push(mark, closure)
    Defer {
        mark: u32,
        x: X,
    },
    /// Results stored into cells (a `return` in a range-over-func body).
    StoreCells(Box<[(X, u32, Ty, u32)]>),
    /// In a yield body: panic if the loop already stopped.
    RangeCheck {
        ctl: u32,
        loc: u32,
    },
    /// In a yield body: stop the loop with `code` (return false).
    StopBody {
        ctl: u32,
        code: i64,
        res: u32,
    },
    /// The loop body of a yield function (target `id`): true unless it
    /// broke out.
    RangeYield {
        id: u16,
        body: Box<Block>,
        ctl: u32,
        res: u32,
    },
    /// After the iterator returned: the statement for the stop code.
    RangeDispatch {
        ctl: u32,
        cases: Box<[(i64, S)]>,
    },
    /// Raise an internal error.
    Fail(Box<str>),
}

#[derive(Debug)]
pub(crate) struct Block {
    pub stmts: Box<[S]>,
    /// Goto targets among the statements: (label, index).
    pub labels: Box<[(u16, u32)]>,
}

#[derive(Debug)]
pub(crate) struct ForS {
    pub id: u16,
    pub cond: Option<X>,
    pub body: Block,
    pub post: Option<S>,
    /// Escaping loop variables: a fresh cell per iteration (slot, type).
    pub cells: Box<[(u32, Ty)]>,
}

#[derive(Debug)]
pub(crate) struct Clause {
    pub tests: Box<[X]>,
    pub body: Block,
}

#[derive(Debug)]
pub(crate) struct SwitchS {
    pub id: u16,
    /// The tag evaluated into `tmp` (absent: tests are conditions).
    pub tag: Option<(X, u32, u32)>,
    pub clauses: Box<[Clause]>,
    pub default: Option<u32>,
}

#[derive(Debug)]
pub(crate) enum TTest {
    Nil,
    /// Does the dynamic type implement interface `td`; with `slot`, the
    /// itab found is kept there for the clause's variable.
    Iface {
        td: u64,
        empty: bool,
        slot: Option<u32>,
    },
    Concrete {
        td: u64,
    },
}

#[derive(Debug)]
pub(crate) struct TClause {
    pub tests: Box<[TTest]>,
    /// Declaration of the clause's variable.
    pub bind: Option<S>,
    pub body: Block,
}

#[derive(Debug)]
pub(crate) struct TypeSwitchS {
    pub id: u16,
    /// The interface value, evaluated into tmp (2 words).
    pub x: X,
    pub tmp: u32,
    pub empty: bool,
    /// Slot of the dynamic type.
    pub dyn_slot: u32,
    pub clauses: Box<[TClause]>,
    pub default: Option<u32>,
}

#[derive(Debug)]
pub(crate) struct RangeS {
    pub id: u16,
    /// The range expression, evaluated into `tmp`.
    pub x: X,
    pub tmp: u32,
    /// Integers: the count; slices/arrays: where the element comes from.
    pub kind: ElemKind,
    pub len: u64,
    pub esize: u64,
    /// The loop index / string position slot, and the current element's
    /// address (slices) or rune (strings) slot.
    pub islot: u32,
    pub eslot: u32,
    /// Assignments run at the top of each iteration.
    pub assign: Box<[S]>,
    pub body: Block,
}

#[derive(Debug)]
pub(crate) struct RangeMapS {
    pub id: u16,
    pub mtd: u64,
    pub m: X,
    /// [mtd, it] then (ok, key..., value...) of map_iter_next.
    pub buf: u32,
    pub nbuf: u32,
    pub assign: Box<[S]>,
    pub body: Block,
    pub loc: u32,
}

#[derive(Debug)]
pub(crate) struct RangeChanS {
    pub id: u16,
    /// The channel, evaluated into `tmp`.
    pub x: X,
    pub tmp: u32,
    /// chan_recv of the channel in `tmp`: (value words, ok) into `vtmp`.
    pub recv: X,
    pub vtmp: u32,
    pub n: u32,
    pub assign: Box<[S]>,
    pub body: Block,
}

#[derive(Debug)]
pub(crate) struct SelCase {
    pub chan: X,
    /// A cell with the value to send, or the cell receiving into.
    pub elem: X,
    pub send: bool,
}

#[derive(Debug)]
pub(crate) struct SelectS {
    pub id: u16,
    pub cases: Box<[SelCase]>,
    pub has_default: bool,
    /// Slot of the case array; the (chan, elem) of case k are at
    /// `arr + 1 + 2k`, `arr + 2 + 2k`.
    pub arr: u32,
    /// select_go's buffer: (chosen, ok) after the call.
    pub buf: u32,
    /// (case index or -1 for default, binding of a receive, body).
    pub arms: Box<[(i64, Option<S>, Block)]>,
    /// The runtime's select_go.
    pub f: NativeFn,
    pub loc: u32,
}

/// One function instance, ready to run.
#[derive(Debug)]
pub(crate) struct Func {
    /// Its FuncInfo id (the IR function id).
    pub id: u32,
    /// Parameter words (including env/receiver) and result words; results
    /// live at `fp[np..np+nr]`.
    pub np: u32,
    pub nr: u32,
    pub frame: u32,
    pub body: Body,
}

#[derive(Debug)]
pub(crate) enum Body {
    Tree(TreeBody),
    /// A bodiless library function: a runtime native.
    Native(NativeFn),
    /// A function the embedder provides: its index in `Shared::hosts`.
    Host(u64),
    Glue(GlueBody),
    /// Could not be prepared; calling it is an internal error.
    Fail(String),
}

#[derive(Debug)]
pub(crate) struct TreeBody {
    pub body: Block,
    /// Functions with defers: the mark slot, and the result cells.
    pub defers: Option<DeferInfo>,
    /// Location of the function's end (returns, deferred calls).
    pub end_loc: u32,
}

#[derive(Debug)]
pub(crate) struct DeferInfo {
    pub mark: u32,
    pub cells: Box<[(u32, Ty, u32)]>,
}

/// Steps from a receiver value to the value a method is called on.
#[derive(Debug)]
pub(crate) enum Step {
    Off(i32),
    /// Load the pointer at the current address + off and nil-check it.
    Deref(i32),
}

/// A receiver found through embedded fields (see `lower::call::call_method_on`).
#[derive(Debug)]
pub(crate) struct MethodPlan {
    /// The receiver's type.
    pub recv: Ty,
    pub steps: Box<[Step]>,
    /// The final holder's type.
    pub holder: Ty,
    pub how: MethodHow,
}

#[derive(Debug)]
pub(crate) enum MethodHow {
    /// The holder is an interface: call method `index` of its itab.
    Iface(u32),
    /// Call `id` with a pointer to the holder (pointer receiver).
    PtrOfHolder(u32),
    /// Call `id` with the holder's value (a pointer, or a value).
    Value(u32),
    /// Call `id` with the value the holder (a pointer) points at.
    Deref(u32, Ty),
    Missing,
}

#[derive(Debug)]
pub(crate) enum GlueBody {
    /// Call `target` with the parameters after the env word.
    FuncValue(u32),
    /// (data, args...): method through an interface's data word; the
    /// panic when the data word is a nil pointer the method cannot take
    /// (`origin::panicwrap_message`).
    IfaceMethod(MethodPlan, Option<std::rc::Rc<str>>),
    /// Bound method value: env = [fi, receiver words...].
    Bound {
        target: u32,
        recv_words: u32,
    },
    BoundIface {
        index: u32,
    },
    /// (env, receiver words, args...).
    MethodExpr(MethodPlan),
    /// env = [fi, fv, args...].
    DeferCall {
        arg_words: u32,
    },
    /// env = [fi, operand words...].
    DeferBuiltin(X),
}
