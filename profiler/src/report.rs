//! A snapshot of the tier-up counters, and its text report.

use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierState {
    /// Never called (or not yet compiled to bytecode).
    Cold,
    Interpreted,
    Compiled,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopProfile {
    /// IR block of the loop header.
    pub header: ir::Block,
    /// Back-edge trips counted by the interpreter.
    pub trips: u32,
    /// Entered through an OSR entry.
    pub osr: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncProfile {
    pub name: String,
    pub calls: u32,
    pub loops: Vec<LoopProfile>,
    pub tier: TierState,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub funcs: Vec<FuncProfile>,
}

impl Profile {
    /// Functions that ran, hottest first (by calls, then loop trips).
    pub fn hottest(&self) -> Vec<&FuncProfile> {
        let mut v: Vec<&FuncProfile> =
            self.funcs.iter().filter(|f| f.calls > 0 || f.loops.iter().any(|l| l.trips > 0)).collect();
        let trips = |f: &FuncProfile| f.loops.iter().map(|l| l.trips as u64).sum::<u64>();
        v.sort_by(|a, b| (b.calls, trips(b), &a.name).cmp(&(a.calls, trips(a), &b.name)));
        v
    }

    /// A table of the `limit` hottest functions.
    pub fn render(&self, limit: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{:>12} {:>12}  {:<11} function", "calls", "loop trips", "tier");
        for f in self.hottest().into_iter().take(limit) {
            let trips: u64 = f.loops.iter().map(|l| l.trips as u64).sum();
            let mut tier = match f.tier {
                TierState::Cold => "cold".to_string(),
                TierState::Interpreted => "interp".to_string(),
                TierState::Compiled => "jit".to_string(),
            };
            let osr = f.loops.iter().filter(|l| l.osr).count();
            if osr > 0 {
                tier.push_str(&format!("+osr{osr}"));
            }
            let _ = writeln!(s, "{:>12} {:>12}  {:<11} {}", f.calls, trips, tier, f.name);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str, calls: u32, trips: u32) -> FuncProfile {
        FuncProfile {
            name: name.into(),
            calls,
            loops: vec![LoopProfile { header: ir::Block(1), trips, osr: trips > 10 }],
            tier: TierState::Interpreted,
        }
    }

    #[test]
    fn orders_and_renders() {
        let p = Profile { funcs: vec![f("a", 1, 50), f("b", 9, 0), f("idle", 0, 0), f("c", 1, 5)] };
        let names: Vec<&str> = p.hottest().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["b", "a", "c"]);
        let text = p.render(2);
        assert_eq!(text.lines().count(), 3);
        assert!(text.contains("interp+osr1 a"), "{text}");
    }
}
