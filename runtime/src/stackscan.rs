//! Exposing callee-saved registers to the conservative stack scan.

/// Runs `f` with every callee-saved register stored in this frame, passing
/// the lowest stack address that must be scanned. Values held only in
/// registers by callers (JIT code, the interpreter) are thereby on the
/// stack when the collector scans it.
#[inline(never)]
pub fn with_registers_spilled<R>(f: impl FnOnce(usize) -> R) -> R {
    let mut regs = [0usize; 12];
    spill(&mut regs);
    let sp = regs.as_ptr() as usize;
    let r = f(sp);
    std::hint::black_box(&regs);
    r
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn spill(regs: &mut [usize; 12]) {
    // SAFETY: only stores register contents into the local array.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn spill(regs: &mut [usize; 12]) {
    // SAFETY: only stores register contents into the local array.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]",
            "stp x21, x22, [{0}, #16]",
            "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            "stp x27, x28, [{0}, #64]",
            "stp x29, x30, [{0}, #80]",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
}

/// An address in the caller's frame: the top of what a scan started from a
/// deeper frame must cover.
#[inline(always)]
pub fn approx_sp() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}
