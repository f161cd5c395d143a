//! Natives of packages math/rand and math/rand/v2: the random seed of
//! their top-level functions.

use crate::ctx::Ctx;
use crate::native::{Args, NativeFn};

pub const NATIVES: &[(&str, NativeFn)] = &[("rand.runtimeSeed", runtime_seed), ("v2.runtimeSeed", runtime_seed)];

/// A random 64-bit number: std's hasher keys come from the operating
/// system's random source (and differ for every RandomState), mixed with
/// the clock.
pub fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    h.write_u128(now);
    h.finish()
}

/// () -> uint64
extern "C" fn runtime_seed(_ctx: &mut Ctx, a: Args) {
    a.set(0, random_u64());
}

#[cfg(test)]
mod tests {
    #[test]
    fn seeds_differ() {
        assert_ne!(super::random_u64(), super::random_u64());
    }
}
