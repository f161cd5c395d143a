//! When code is promoted to the next tier.

/// Thresholds for promotion; `u32::MAX` means never.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Calls after which a function is compiled.
    pub call_threshold: u32,
    /// Back-edge trips, in one loop, after which the loop of the running
    /// frame is compiled and entered (OSR).
    pub loop_threshold: u32,
}

impl Policy {
    /// Never promote: the interpreter alone.
    pub const INTERPRET: Policy = Policy { call_threshold: u32::MAX, loop_threshold: u32::MAX };

    /// The tiered policy for a `--jit-threshold` value. A loop needs at
    /// least one trip before it can be entered mid-run, so 0 means "compile
    /// functions at their first call, loops at their first back edge".
    pub fn tiered(threshold: u32) -> Policy {
        Policy { call_threshold: threshold, loop_threshold: threshold.max(1) }
    }

    /// Tiered, with OSR turned off.
    pub fn without_osr(self) -> Policy {
        Policy { loop_threshold: u32::MAX, ..self }
    }

    pub fn call_is_hot(&self, calls: u32) -> bool {
        calls >= self.call_threshold
    }

    pub fn loop_is_hot(&self, trips: u32) -> bool {
        trips == self.loop_threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds() {
        let p = Policy::tiered(0);
        assert!(p.call_is_hot(0) && p.call_is_hot(1));
        assert!(!p.loop_is_hot(0) && p.loop_is_hot(1));
        let p = Policy::tiered(1000);
        assert!(!p.call_is_hot(999) && p.call_is_hot(1000));
        assert!(p.loop_is_hot(1000) && !p.loop_is_hot(1001));
        assert!(!Policy::INTERPRET.call_is_hot(u32::MAX - 1));
        assert_eq!(p.without_osr().loop_threshold, u32::MAX);
    }
}
