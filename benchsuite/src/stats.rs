//! Robust summary statistics over a handful of timings.

use serde::{Deserialize, Serialize};

/// Summary of a sample of positive numbers (seconds, ratios...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub n: usize,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    /// Median absolute deviation from the median (unscaled).
    pub mad: f64,
}

impl Summary {
    /// Summarises `xs`; `None` when it is empty or holds a non-finite value.
    pub fn of(xs: &[f64]) -> Option<Summary> {
        if xs.is_empty() || xs.iter().any(|x| !x.is_finite()) {
            return None;
        }
        let med = median(xs);
        let dev: Vec<f64> = xs.iter().map(|x| (x - med).abs()).collect();
        Some(Summary {
            n: xs.len(),
            median: med,
            min: xs.iter().cloned().fold(f64::INFINITY, f64::min),
            max: xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
            mean: xs.iter().sum::<f64>() / xs.len() as f64,
            mad: median(&dev),
        })
    }

    /// Half the min-max range relative to the median, in percent: the `±`
    /// shown beside a median in the tables.
    pub fn spread_pct(&self) -> f64 {
        if self.median == 0.0 {
            return 0.0;
        }
        (self.max - self.min) / 2.0 / self.median * 100.0
    }
}

/// Median of a non-empty sample (mean of the two middle values when even).
pub fn median(xs: &[f64]) -> f64 {
    assert!(!xs.is_empty(), "median of an empty sample");
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).expect("NaN in sample"));
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// Ratios `num[i] / den[i]` of runs paired by round: a round pairs the i-th
/// timed run of two engines, which ran back to back. Rounds missing on
/// either side (`None`) are skipped.
pub fn paired_ratios(num: &[Option<f64>], den: &[Option<f64>]) -> Vec<f64> {
    num.iter()
        .zip(den.iter())
        .filter_map(|(a, b)| match (a, b) {
            (Some(a), Some(b)) if *b > 0.0 => Some(a / b),
            _ => None,
        })
        .collect()
}

/// Geometric mean of positive values; `None` when empty.
pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|&x| x <= 0.0 || !x.is_finite()) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_even() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(&[7.0]), 7.0);
    }

    #[test]
    fn summary_fields() {
        let s = Summary::of(&[1.0, 2.0, 3.0, 4.0, 100.0]).unwrap();
        assert_eq!(s.n, 5);
        assert_eq!(s.median, 3.0);
        assert_eq!(s.min, 1.0);
        assert_eq!(s.max, 100.0);
        assert_eq!(s.mean, 22.0);
        // deviations 2,1,0,1,97 -> median 1
        assert_eq!(s.mad, 1.0);
        assert!((s.spread_pct() - 99.0 / 2.0 / 3.0 * 100.0).abs() < 1e-9);
    }

    #[test]
    fn summary_rejects_empty_and_nan() {
        assert!(Summary::of(&[]).is_none());
        assert!(Summary::of(&[1.0, f64::NAN]).is_none());
    }

    #[test]
    fn single_sample_has_no_spread() {
        let s = Summary::of(&[0.5]).unwrap();
        assert_eq!(s.mad, 0.0);
        assert_eq!(s.spread_pct(), 0.0);
    }

    #[test]
    fn ratios_pair_by_round() {
        let a = [Some(2.0), None, Some(6.0), Some(1.0)];
        let b = [Some(1.0), Some(1.0), Some(2.0), None];
        assert_eq!(paired_ratios(&a, &b), vec![2.0, 3.0]);
    }

    #[test]
    fn geomean_basic() {
        assert!((geomean(&[1.0, 4.0]).unwrap() - 2.0).abs() < 1e-12);
        assert!(geomean(&[]).is_none());
        assert!(geomean(&[1.0, 0.0]).is_none());
    }
}
