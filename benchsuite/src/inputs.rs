//! Input files that programs read (`input = "fasta:1000000"` in suite.toml).
//!
//! Inputs are generated deterministically by the harness, not stored in the
//! repository (the line-reading benchmark reads 100 MB), and cached by name
//! in a directory under the system temp dir, so every engine of a run, and
//! later runs, read the same bytes. A generator is `<kind>:<size>`:
//!
//! - `fasta:N`: the Benchmarks Game fasta output for N (about 10N bytes),
//!   the input of k-nucleotide and reverse-complement;
//! - `words:N`: N words of text, 12 to a line, drawn from a skewed
//!   distribution over a vocabulary of a few thousand made-up words;
//! - `lines:BYTES`: lines of a log-like record (id, word, number, key=value
//!   fields) until the file holds at least BYTES bytes.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Bumped when a generator's output changes, so stale caches are not reused.
const VERSION: u32 = 1;

/// The directory inputs are cached in.
pub fn cache_dir() -> PathBuf {
    std::env::temp_dir().join("mvm-benchsuite-inputs")
}

/// Parses `<kind>:<size>`.
pub fn parse(spec: &str) -> Result<(&str, u64), String> {
    let (kind, n) = spec.split_once(':').ok_or_else(|| format!("input {spec:?}: want <kind>:<size>"))?;
    let n: u64 = n.parse().map_err(|_| format!("input {spec:?}: bad size"))?;
    match kind {
        "fasta" | "words" | "lines" => Ok((kind, n)),
        _ => Err(format!("input {spec:?}: unknown kind {kind:?} (fasta, words, lines)")),
    }
}

/// The path of the input `spec`, generating it into `dir` when missing.
pub fn ensure(dir: &Path, spec: &str) -> Result<PathBuf, String> {
    let (kind, n) = parse(spec)?;
    let path = dir.join(format!("{kind}-{n}-v{VERSION}.txt"));
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // Write to a private name, then rename: a concurrent or interrupted run
    // never sees a half-written file under the final name.
    let tmp = dir.join(format!("{kind}-{n}-v{VERSION}.{}.tmp", std::process::id()));
    let file = std::fs::File::create(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    let mut w = BufWriter::with_capacity(1 << 16, file);
    let r = match kind {
        "fasta" => fasta(&mut w, n as usize),
        "words" => words(&mut w, n),
        _ => lines(&mut w, n),
    };
    r.and_then(|_| w.flush()).map_err(|e| format!("{}: {e}", tmp.display()))?;
    drop(w);
    std::fs::rename(&tmp, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

const ALU: &[u8] = b"GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG\
GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA\
CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT\
ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA\
GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG\
AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC\
AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

const IUB: &[(u8, f64)] = &[
    (b'a', 0.27),
    (b'c', 0.12),
    (b'g', 0.12),
    (b't', 0.27),
    (b'B', 0.02),
    (b'D', 0.02),
    (b'H', 0.02),
    (b'K', 0.02),
    (b'M', 0.02),
    (b'N', 0.02),
    (b'R', 0.02),
    (b'S', 0.02),
    (b'V', 0.02),
    (b'W', 0.02),
    (b'Y', 0.02),
];

const HOMO_SAPIENS: &[(u8, f64)] = &[
    (b'a', 0.302_954_942_668_0),
    (b'c', 0.197_988_391_526_2),
    (b'g', 0.197_547_833_723_9),
    (b't', 0.301_508_832_081_9),
];

const LINE: usize = 60;

/// The fasta benchmark's LCG, as in the reference programs.
struct Lcg(u32);

impl Lcg {
    fn next(&mut self, max: f64) -> f64 {
        const IM: u32 = 139_968;
        self.0 = (self.0 * 3877 + 29_573) % IM;
        max * f64::from(self.0) / f64::from(IM)
    }
}

fn fasta(w: &mut impl Write, n: usize) -> std::io::Result<()> {
    w.write_all(b">ONE Homo sapiens alu\n")?;
    let mut pos = 0;
    let mut left = 2 * n;
    while left > 0 {
        let l = left.min(LINE);
        for _ in 0..l {
            w.write_all(&[ALU[pos]])?;
            pos = (pos + 1) % ALU.len();
        }
        w.write_all(b"\n")?;
        left -= l;
    }
    let mut rng = Lcg(42);
    random_fasta(w, b">TWO IUB ambiguity codes\n", IUB, 3 * n, &mut rng)?;
    random_fasta(w, b">THREE Homo sapiens frequency\n", HOMO_SAPIENS, 5 * n, &mut rng)
}

fn random_fasta(
    w: &mut impl Write,
    header: &[u8],
    table: &[(u8, f64)],
    n: usize,
    rng: &mut Lcg,
) -> std::io::Result<()> {
    w.write_all(header)?;
    // Cumulative probabilities, summed in the same order as the reference.
    let mut cum = Vec::with_capacity(table.len());
    let mut acc = 0.0;
    for &(c, p) in table {
        acc += p;
        cum.push((c, acc));
    }
    let mut line = [0u8; LINE + 1];
    let mut left = n;
    while left > 0 {
        let l = left.min(LINE);
        for slot in line.iter_mut().take(l) {
            let r = rng.next(1.0);
            *slot = cum.iter().find(|&&(_, p)| r < p).map_or(cum[cum.len() - 1].0, |&(c, _)| c);
        }
        line[l] = b'\n';
        w.write_all(&line[..=l])?;
        left -= l;
    }
    Ok(())
}

/// A 64-bit xorshift generator for the text inputs.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// The made-up vocabulary: words of two to four syllables.
fn vocabulary() -> Vec<String> {
    const SYL: &[&str] = &[
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "an", "el", "or", "ust", "ber", "gan", "dor", "fin", "pel",
        "qua", "zen", "hal",
    ];
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let mut seen = std::collections::HashSet::new();
    let mut v = Vec::new();
    while v.len() < 4000 {
        let k = 1 + (rng.next() % 3) as usize;
        let w: String = (0..k).map(|_| SYL[(rng.next() % SYL.len() as u64) as usize]).collect();
        if seen.insert(w.clone()) {
            v.push(w);
        }
    }
    v
}

/// Picks a vocabulary index with a skewed (roughly Zipf-like) distribution:
/// the product of two uniforms favours small indices.
fn skewed(rng: &mut XorShift, len: usize) -> usize {
    let a = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
    let b = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
    ((a * b * a) * len as f64) as usize % len
}

fn words(w: &mut impl Write, n: u64) -> std::io::Result<()> {
    let vocab = vocabulary();
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    for i in 0..n {
        let word = &vocab[skewed(&mut rng, vocab.len())];
        // Some words capitalised or followed by punctuation, as in prose.
        match rng.next() % 16 {
            0 => {
                let mut cs = word.chars();
                if let Some(c) = cs.next() {
                    write!(w, "{}{}", c.to_ascii_uppercase(), cs.as_str())?;
                }
            }
            1 => write!(w, "{word},")?,
            _ => w.write_all(word.as_bytes())?,
        }
        w.write_all(if i % 12 == 11 || i + 1 == n { b"\n" } else { b" " })?;
    }
    Ok(())
}

fn lines(w: &mut impl Write, bytes: u64) -> std::io::Result<()> {
    let vocab = vocabulary();
    let mut rng = XorShift(0xd1b5_4a32_d192_ed03);
    let mut written = 0u64;
    let mut id = 0u64;
    let mut buf = Vec::with_capacity(256);
    while written < bytes {
        buf.clear();
        let word = &vocab[skewed(&mut rng, vocab.len())];
        let level = ["INFO", "WARN", "DEBUG", "ERROR"][(rng.next() % 4) as usize];
        let value = rng.next() % 100_000;
        let ms = rng.next() % 5_000;
        write!(buf, "{id:08} {level} {word} value={value} latency={ms}ms")?;
        // A variable-length tail, so lines are not all alike.
        for _ in 0..rng.next() % 4 {
            let extra = &vocab[(rng.next() % vocab.len() as u64) as usize];
            write!(buf, " {extra}")?;
        }
        buf.push(b'\n');
        w.write_all(&buf)?;
        written += buf.len() as u64;
        id += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gen(spec: &str) -> Vec<u8> {
        let (kind, n) = parse(spec).unwrap();
        let mut v = Vec::new();
        match kind {
            "fasta" => fasta(&mut v, n as usize),
            "words" => words(&mut v, n),
            _ => lines(&mut v, n),
        }
        .unwrap();
        v
    }

    #[test]
    fn parse_rejects_bad_specs() {
        assert_eq!(parse("fasta:10").unwrap(), ("fasta", 10));
        assert!(parse("fasta").is_err());
        assert!(parse("fasta:x").is_err());
        assert!(parse("zip:10").is_err());
    }

    #[test]
    fn fasta_matches_the_reference_start() {
        // The first line of each section, as the fasta program of the suite
        // (and the reference implementations) write them.
        let v = gen("fasta:1000");
        let text = String::from_utf8(v).unwrap();
        let mut l = text.lines();
        assert_eq!(l.next(), Some(">ONE Homo sapiens alu"));
        assert_eq!(l.next(), Some("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGA"));
        let two = text.lines().position(|s| s.starts_with(">TWO")).unwrap();
        assert_eq!(text.lines().nth(two + 1), Some("cttBtatcatatgctaKggNcataaaSatgtaaaDcDRtBggDtctttataattcBgtcg"));
        let three = text.lines().position(|s| s.starts_with(">THREE")).unwrap();
        assert_eq!(text.lines().nth(three + 1), Some("aacacttcaccaggtatcgtgaaggctcaagattacccagagaacctttgcaatataaga"));
    }

    #[test]
    fn text_inputs_are_deterministic_and_sized() {
        let w = gen("words:1000");
        assert_eq!(w, gen("words:1000"));
        assert_eq!(String::from_utf8(w).unwrap().split_whitespace().count(), 1000);
        let l = gen("lines:10000");
        assert!(l.len() >= 10000 && l.len() < 10200);
        assert!(l.ends_with(b"\n"));
    }

    #[test]
    fn ensure_caches() {
        let dir = std::env::temp_dir().join(format!("mvm-inputs-test-{}", std::process::id()));
        let a = ensure(&dir, "lines:5000").unwrap();
        let t = std::fs::metadata(&a).unwrap().modified().unwrap();
        let b = ensure(&dir, "lines:5000").unwrap();
        assert_eq!(a, b);
        assert_eq!(std::fs::metadata(&b).unwrap().modified().unwrap(), t);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
