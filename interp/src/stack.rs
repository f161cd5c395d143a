//! Register stacks live in the runtime (the scheduler makes one per
//! goroutine); re-exported here for the interpreter's users.

pub use runtime::regstack::RegStack;
