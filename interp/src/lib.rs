//! Mvm's register bytecode and its interpreter, with threaded and switch
//! dispatch built from the same instruction definitions.

pub mod bytecode;
pub mod compile;
pub mod disasm;
pub mod engine;
pub mod exec;
pub mod regalloc;
pub mod stack;

pub use engine::{Dispatch, Interp, Options, Tier};
pub use exec::Exit;
pub use stack::RegStack;
