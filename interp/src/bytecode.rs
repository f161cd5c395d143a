//! The bytecode: fixed 16-byte instructions naming frame slots.
//!
//! Word 0 of an instruction is the address of its handler (threaded
//! dispatch) or its opcode (switch dispatch); the other 8 bytes are four
//! 16-bit operands. `cd` joins the last two into a signed 32-bit immediate
//! (constants, memory offsets, jump displacements in instructions).

use runtime::FuncInfo;
use std::cell::Cell;

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Instr {
    pub h: usize,
    pub a: u16,
    pub b: u16,
    pub c: u16,
    pub d: u16,
}

impl Instr {
    #[inline(always)]
    pub fn cd(&self) -> i32 {
        (self.c as u32 | ((self.d as u32) << 16)) as i32
    }
    #[inline(always)]
    pub fn bi(&self) -> i64 {
        self.b as i16 as i64
    }
    pub fn set_cd(&mut self, v: i32) {
        self.c = v as u32 as u16;
        self.d = ((v as u32) >> 16) as u16;
    }
    /// The raw 64-bit constant stored in a data slot after `Const64`.
    #[inline(always)]
    pub fn raw(&self) -> u64 {
        (self.a as u64) | (self.b as u64) << 16 | (self.c as u64) << 32 | (self.d as u64) << 48
    }
    pub fn from_raw(v: u64) -> Instr {
        Instr { h: 0, a: v as u16, b: (v >> 16) as u16, c: (v >> 32) as u16, d: (v >> 48) as u16 }
    }
}

/// Operand shapes, for the disassembler.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Fmt {
    None,
    A,
    AB,
    ABC,
    ABCD,
    /// a, b, immediate cd
    ABI,
    /// a, immediate cd
    AI,
    /// a, 64-bit constant in the next slot
    AK,
    /// jump by cd
    J,
    /// jump by cd, loop id b
    JL,
    /// a, jump by cd
    AJ,
    /// a, b, jump by cd
    ABJ,
    /// a, immediate b, jump by cd
    AIJ,
    /// base a, function cd
    Call,
    /// base a, function descriptor in b
    CallInd,
    /// base a, native cd
    Native,
    /// value a, address b + cd
    Store,
}

/// Per-function state the interpreter keeps.
pub struct BcFunc {
    pub code: Vec<Instr>,
    /// Slots used by values, plus the call area and its header.
    pub frame_size: u32,
    pub nparams: u32,
    pub nresults: u32,
    pub fi: *const FuncInfo,
    /// Module location per instruction, for tracebacks.
    pub locs: Vec<u32>,
    /// (slot of the defer marker, pc of the recover block).
    pub unwind: Option<(u16, u32)>,
    /// Back-edge counters and OSR entries, per loop.
    pub loop_counts: Vec<Cell<u32>>,
    pub loop_headers: Vec<ir::Block>,
    pub osr: Vec<Cell<*const u8>>,
    /// Frame slot of every IR value (for OSR entries).
    pub slots: Vec<u16>,
    pub compiled: bool,
    /// Tier-up was already requested (it may have been declined).
    pub tier_tried: Cell<bool>,
    /// Opcode of each instruction (the code itself may hold handler
    /// addresses), for the disassembler.
    pub ops: Vec<u16>,
}

impl BcFunc {
    pub fn placeholder(fi: *const FuncInfo) -> BcFunc {
        BcFunc {
            code: Vec::new(),
            frame_size: 0,
            nparams: 0,
            nresults: 0,
            fi,
            locs: Vec::new(),
            unwind: None,
            loop_counts: Vec::new(),
            loop_headers: Vec::new(),
            osr: Vec::new(),
            slots: Vec::new(),
            compiled: false,
            tier_tried: Cell::new(false),
            ops: Vec::new(),
        }
    }
}
