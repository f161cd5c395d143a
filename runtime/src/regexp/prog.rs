//! Compilation of a parsed regexp to an instruction list, and a Pike VM
//! running it over UTF-8 bytes (invalid bytes read as U+FFFD, one byte
//! wide, as Go does). Threads are kept in priority order, which gives
//! leftmost-first submatches; the longest mode keeps the longest match
//! among those starting leftmost, as Go's `Longest` does.

use super::parse::{Look, Node, Ranges, ERR_LARGE};
use crate::strings::decode_rune;

/// Go's limit on program size (instructions).
const MAX_INSTS: usize = (128 << 20) / 40;

#[derive(Clone, Debug)]
enum Inst {
    Char(Ranges),
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    Look(Look),
    Match,
}

pub struct Prog {
    insts: Vec<Inst>,
    /// Two slots per group, the whole match included.
    pub nslots: usize,
    anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> Result<usize, &'static str> {
        if self.insts.len() >= MAX_INSTS {
            return Err(ERR_LARGE);
        }
        self.insts.push(i);
        Ok(self.insts.len() - 1)
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn patch_split(&mut self, at: usize, body: usize, out: usize, greedy: bool) {
        self.insts[at] = if greedy { Inst::Split(body, out) } else { Inst::Split(out, body) };
    }

    fn node(&mut self, n: &Node) -> Result<(), &'static str> {
        match n {
            Node::Empty => {}
            Node::Class(r) => {
                self.emit(Inst::Char(r.clone()))?;
            }
            Node::Look(l) => {
                self.emit(Inst::Look(*l))?;
            }
            Node::Cap(i, sub) => {
                self.emit(Inst::Save(2 * i))?;
                self.node(sub)?;
                self.emit(Inst::Save(2 * i + 1))?;
            }
            Node::Cat(v) => {
                for x in v {
                    self.node(x)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, x) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0))?;
                        self.node(x)?;
                        jumps.push(self.emit(Inst::Jmp(0))?);
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.node(x)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Rep { sub, min, max, greedy, .. } => self.rep(sub, *min, *max, *greedy)?,
        }
        Ok(())
    }

    fn star(&mut self, sub: &Node, greedy: bool) -> Result<(), &'static str> {
        if sub.nullable() {
            // (x+)? keeps the priority order right for empty iterations.
            let split = self.emit(Inst::Split(0, 0))?;
            self.plus(sub, greedy)?;
            let end = self.pc();
            self.patch_split(split, split + 1, end, greedy);
            return Ok(());
        }
        let split = self.emit(Inst::Split(0, 0))?;
        self.node(sub)?;
        self.emit(Inst::Jmp(split))?;
        let end = self.pc();
        self.patch_split(split, split + 1, end, greedy);
        Ok(())
    }

    fn plus(&mut self, sub: &Node, greedy: bool) -> Result<(), &'static str> {
        let start = self.pc();
        self.node(sub)?;
        let split = self.emit(Inst::Split(0, 0))?;
        self.patch_split(split, start, split + 1, greedy);
        Ok(())
    }

    fn rep(&mut self, sub: &Node, min: u32, max: Option<u32>, greedy: bool) -> Result<(), &'static str> {
        match max {
            None => match min {
                0 => self.star(sub, greedy),
                _ => {
                    for _ in 1..min {
                        self.node(sub)?;
                    }
                    self.plus(sub, greedy)
                }
            },
            Some(max) => {
                for _ in 0..min {
                    self.node(sub)?;
                }
                // x{n,m}: the optional copies nest, x(x(x)?)?.
                let mut splits = Vec::new();
                for _ in min..max {
                    splits.push(self.emit(Inst::Split(0, 0))?);
                    self.node(sub)?;
                }
                let end = self.pc();
                for s in splits {
                    self.patch_split(s, s + 1, end, greedy);
                }
                Ok(())
            }
        }
    }
}

fn anchored(n: &Node) -> bool {
    match n {
        Node::Look(Look::BeginText) => true,
        Node::Cat(v) => v.first().is_some_and(anchored),
        Node::Cap(_, s) => anchored(s),
        _ => false,
    }
}

pub fn compile(n: &Node, ncap: usize) -> Result<Prog, &'static str> {
    let mut c = Compiler { insts: Vec::new() };
    c.emit(Inst::Save(0))?;
    c.node(n)?;
    c.emit(Inst::Save(1))?;
    c.emit(Inst::Match)?;
    Ok(Prog { insts: c.insts, nslots: 2 * (ncap + 1), anchored: anchored(n) })
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn look_holds(l: Look, s: &[u8], pos: usize) -> bool {
    let prev = if pos > 0 { Some(s[pos - 1]) } else { None };
    let next = s.get(pos).copied();
    match l {
        Look::BeginText => pos == 0,
        Look::EndText => pos == s.len(),
        Look::BeginLine => prev.is_none_or(|c| c == b'\n'),
        Look::EndLine => next.is_none_or(|c| c == b'\n'),
        Look::WordBoundary => prev.is_some_and(is_word) != next.is_some_and(is_word),
        Look::NotWordBoundary => prev.is_some_and(is_word) == next.is_some_and(is_word),
    }
}

fn class_has(r: &[(u32, u32)], c: u32) -> bool {
    if r.len() <= 8 {
        return r.iter().any(|&(lo, hi)| lo <= c && c <= hi);
    }
    let k = r.partition_point(|&(_, hi)| hi < c);
    r.get(k).is_some_and(|&(lo, _)| lo <= c)
}

/// The threads of one position: a sparse set of visited instructions and
/// the threads (instruction, offset of its slots) in priority order.
#[derive(Default)]
struct List {
    sparse: Vec<u32>,
    dense: Vec<u32>,
    threads: Vec<(usize, usize)>,
    slots: Vec<i64>,
}

impl List {
    fn reset(&mut self, n: usize) {
        if self.sparse.len() < n {
            self.sparse.resize(n, 0);
        }
        self.dense.clear();
        self.threads.clear();
        self.slots.clear();
    }
    fn visit(&mut self, pc: usize) -> bool {
        let k = self.sparse[pc] as usize;
        if k < self.dense.len() && self.dense[k] as usize == pc {
            return false;
        }
        self.sparse[pc] = self.dense.len() as u32;
        self.dense.push(pc as u32);
        true
    }
}

enum Job {
    Pc(usize),
    Restore(usize, i64),
}

/// Scratch space of the VM, reused between searches.
#[derive(Default)]
pub struct Machine {
    clist: List,
    nlist: List,
    stack: Vec<Job>,
    scratch: Vec<i64>,
    best: Vec<i64>,
}

impl Prog {
    /// Follows empty transitions from `pc` at `pos`, adding the threads
    /// reached to `list` with slots from `caps`.
    fn add(&self, list: &mut List, stack: &mut Vec<Job>, pc0: usize, s: &[u8], pos: usize, caps: &mut [i64]) {
        stack.push(Job::Pc(pc0));
        while let Some(job) = stack.pop() {
            let pc = match job {
                Job::Restore(k, v) => {
                    caps[k] = v;
                    continue;
                }
                Job::Pc(pc) => pc,
            };
            if !list.visit(pc) {
                continue;
            }
            match &self.insts[pc] {
                Inst::Jmp(x) => stack.push(Job::Pc(*x)),
                Inst::Split(x, y) => {
                    stack.push(Job::Pc(*y));
                    stack.push(Job::Pc(*x));
                }
                Inst::Save(k) => {
                    if *k < caps.len() {
                        stack.push(Job::Restore(*k, caps[*k]));
                        caps[*k] = pos as i64;
                    }
                    stack.push(Job::Pc(pc + 1));
                }
                Inst::Look(l) => {
                    if look_holds(*l, s, pos) {
                        stack.push(Job::Pc(pc + 1));
                    }
                }
                Inst::Char(_) | Inst::Match => {
                    let off = list.slots.len();
                    list.slots.extend_from_slice(caps);
                    list.threads.push((pc, off));
                }
            }
        }
    }

    /// Searches `s` from byte `start` (the text before it still counts
    /// for ^, \b), filling `out` (up to nslots entries, -1 for groups that
    /// did not participate). With `quick`, only whether there is a match.
    pub fn exec(&self, m: &mut Machine, s: &[u8], start: usize, longest: bool, quick: bool, out: &mut [i64]) -> bool {
        if start > s.len() {
            return false;
        }
        let nslots = out.len().clamp(2, self.nslots);
        let n = self.insts.len();
        m.clist.reset(n);
        m.nlist.reset(n);
        m.scratch.clear();
        m.scratch.resize(nslots, -1);
        m.best.clear();
        m.best.resize(nslots, -1);
        let mut matched = false;
        let mut pos = start;
        loop {
            if !matched && (!self.anchored || pos == 0) {
                m.scratch.fill(-1);
                self.add(&mut m.clist, &mut m.stack, 0, s, pos, &mut m.scratch);
            }
            if m.clist.threads.is_empty() && (matched || pos >= s.len() || (self.anchored && pos > 0)) {
                break;
            }
            let (r, w) = if pos < s.len() { decode_rune(&s[pos..]) } else { (u32::MAX, 0) };
            let mut i = 0;
            while i < m.clist.threads.len() {
                let (pc, off) = m.clist.threads[i];
                i += 1;
                if longest && matched && m.clist.slots[off] > m.best[0] {
                    continue;
                }
                match &self.insts[pc] {
                    Inst::Match => {
                        if quick {
                            return true;
                        }
                        let caps = &m.clist.slots[off..off + nslots];
                        if !longest {
                            m.best.copy_from_slice(caps);
                            matched = true;
                            break;
                        }
                        if !matched || caps[1] > m.best[1] {
                            m.best.copy_from_slice(caps);
                        }
                        matched = true;
                    }
                    Inst::Char(class) if w > 0 && class_has(class, r) => {
                        m.scratch.copy_from_slice(&m.clist.slots[off..off + nslots]);
                        self.add(&mut m.nlist, &mut m.stack, pc + 1, s, pos + w, &mut m.scratch);
                    }
                    _ => {}
                }
            }
            if pos >= s.len() {
                break;
            }
            pos += w;
            std::mem::swap(&mut m.clist, &mut m.nlist);
            m.nlist.reset(n);
        }
        if matched {
            for (o, &b) in out.iter_mut().zip(m.best.iter()) {
                *o = b;
            }
            for o in out.iter_mut().skip(nslots) {
                *o = -1;
            }
        }
        matched
    }
}
