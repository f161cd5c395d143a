//! Mvm's intermediate representation: SSA with block parameters.
//!
//! The IR knows nothing of Go. Registers hold 64-bit integers or 64-bit
//! floats (see docs/decisions/0002-ir-values.md); narrower integers are kept
//! canonically extended by whoever produces them, and narrower memory is only
//! visible through typed loads and stores. Aggregates that need memory are
//! addressed through pointers (plain I64 values).

pub mod builder;
pub mod dom;
pub mod entities;
pub mod function;
pub mod hash;
pub mod inst;
pub mod module;
pub mod parse;
pub mod passes;
pub mod print;
pub mod types;
pub mod verify;

pub use builder::{FunctionBuilder, Variable};
pub use entities::{Block, FuncId, Inst, Loc, NativeId, SigId, SymId, Value};
pub use function::{BlockData, Function, InstData, Signature, Unwind, ValueDef};
pub use inst::{BinOp, BlockCall, FloatCC, InstKind, IntCC, Terminator, UnOp};
pub use module::{Module, NativeDecl, SourceLoc, SymDecl};
pub use types::{MemType, Type};
