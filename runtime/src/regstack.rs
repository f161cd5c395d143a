//! Register stacks: one reserved, lazily committed region per goroutine.

/// A register stack; its address range never moves, so frames and pointers
/// into them stay valid.
pub struct RegStack {
    base: *mut u64,
    words: usize,
}

impl RegStack {
    pub fn new(bytes: usize) -> RegStack {
        // SAFETY: anonymous private mapping; MAP_NORESERVE so only touched
        // pages cost memory.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            crate::fatal("cannot reserve a register stack");
        }
        RegStack { base: p as *mut u64, words: bytes / 8 }
    }

    pub fn base(&self) -> *mut u64 {
        self.base
    }

    pub fn end(&self) -> *mut u64 {
        // SAFETY: one past the end of the mapping.
        unsafe { self.base.add(self.words) }
    }

    /// Points a context at this stack.
    pub fn install(&self, ctx: &mut crate::Ctx) {
        ctx.reg_base = self.base as usize;
        ctx.reg_top = self.base as usize;
        ctx.reg_end = self.end() as usize;
    }
}

impl Drop for RegStack {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the region mapped in `new`.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.words * 8) };
    }
}
