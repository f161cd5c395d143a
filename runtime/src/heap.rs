//! The garbage-collected heap: a non-moving mark-sweep collector over
//! size-class spans carved from one reserved address range.
//!
//! Roots are scanned conservatively (any word that points into a live
//! object keeps it alive, interior pointers included), so neither the
//! interpreter nor JIT code needs stack maps; see
//! docs/decisions/0004-garbage-collector.md. Objects allocated "noscan"
//! (strings, byte and number slices) are never scanned for pointers.

use std::ptr;

/// log2 of the span (page) size.
pub const PAGE_SHIFT: usize = 16;
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
/// Address space reserved for the heap (not committed until touched);
/// smaller reservations are tried where address space is limited
/// (`ulimit -v`, valgrind).
const ARENA_SIZES: [usize; 5] = [64 << 30, 16 << 30, 4 << 30, 1 << 30, 256 << 20];
/// Objects above this size get spans of their own.
pub const MAX_SMALL: usize = 32 << 10;
/// Collection is not considered before the heap holds this much.
const MIN_HEAP: usize = 4 << 20;

const CLASSES: [u32; 42] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536,
    1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192, 10240, 12288, 14336, 16384, 20480, 24576, 28672, 32768,
];
const NCLASS: usize = CLASSES.len();

fn class_of(size: usize) -> usize {
    CLASSES.partition_point(|&c| (c as usize) < size)
}

struct Span {
    start: usize,
    npages: usize,
    elem_size: usize,
    nelems: usize,
    /// Size class index, or NCLASS for a large-object span.
    class: usize,
    noscan: bool,
    in_use: bool,
    /// Slots whose memory may hold old data and must be cleared on reuse.
    needs_zero: bool,
    alloc: Vec<u64>,
    mark: Vec<u64>,
    /// Word of `alloc` where the search for a free slot resumes.
    next_word: usize,
}

impl Span {
    #[inline]
    fn take_free(&mut self) -> Option<usize> {
        while self.next_word < self.alloc.len() {
            let w = self.alloc[self.next_word];
            if w != u64::MAX {
                let bit = (!w).trailing_zeros() as usize;
                let idx = self.next_word * 64 + bit;
                if idx >= self.nelems {
                    self.next_word = self.alloc.len();
                    return None;
                }
                self.alloc[self.next_word] |= 1 << bit;
                return Some(self.start + idx * self.elem_size);
            }
            self.next_word += 1;
        }
        None
    }
}

#[derive(Default, Debug, Clone)]
pub struct GcStats {
    pub collections: u64,
    pub total_allocated: u64,
    pub live_after_last: usize,
    pub peak_in_use: usize,
}

/// Conservative root scanning context handed to root providers.
pub struct Marker<'h> {
    heap: &'h mut Heap,
}

impl Marker<'_> {
    /// Scans every aligned word in `[start, end)`.
    pub fn scan_range(&mut self, start: usize, end: usize) {
        self.heap.scan_range(start, end);
    }

    pub fn mark_word(&mut self, w: usize) {
        self.heap.mark_word(w);
    }
}

pub struct Heap {
    base: usize,
    next: usize,
    limit: usize,
    free_runs: Vec<(usize, usize)>,
    /// Page index -> span id + 1 (0: no span).
    page_span: Vec<u32>,
    spans: Vec<Span>,
    free_span_ids: Vec<u32>,
    current: [Option<u32>; NCLASS * 2],
    partial: Vec<Vec<u32>>,
    gray: Vec<usize>,
    /// Bytes in allocated slots (live or not yet found dead).
    in_use: usize,
    next_gc: usize,
    gogc: usize,
    pub enabled: bool,
    pub stats: GcStats,
    /// Upper bound on `in_use`, for embedders bounding guest memory.
    pub max_bytes: usize,
    pub trace: bool,
    zerobase: u64,
}

impl Drop for Heap {
    fn drop(&mut self) {
        // SAFETY: base..limit is exactly the mapping made in `new`; no
        // guest code runs once the heap is dropped.
        unsafe {
            libc::munmap(self.base as *mut libc::c_void, self.limit - self.base);
        }
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        // SAFETY: an anonymous private mapping; MAP_NORESERVE so the
        // reservation costs nothing until pages are touched.
        let reserve = |size: usize| unsafe {
            libc::mmap(
                ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        let Some((base, arena)) = ARENA_SIZES.iter().map(|&s| (reserve(s), s)).find(|(p, _)| *p != libc::MAP_FAILED)
        else {
            crate::fatal("cannot reserve address space for the heap");
        };
        let base = base as usize;
        let gogc = match std::env::var("GOGC") {
            Ok(v) if v == "off" => 0,
            Ok(v) => v.parse().unwrap_or(100),
            Err(_) => 100,
        };
        Heap {
            base,
            next: base,
            limit: base + arena,
            free_runs: Vec::new(),
            page_span: vec![0; arena / PAGE_SIZE],
            spans: Vec::new(),
            free_span_ids: Vec::new(),
            current: [None; NCLASS * 2],
            partial: vec![Vec::new(); NCLASS * 2],
            gray: Vec::new(),
            in_use: 0,
            next_gc: MIN_HEAP,
            gogc,
            enabled: gogc != 0,
            stats: GcStats::default(),
            max_bytes: usize::MAX,
            trace: std::env::var_os("MVM_GCTRACE").is_some(),
            zerobase: 0,
        }
    }

    /// True when the next allocation should be preceded by a collection.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.enabled && self.in_use >= self.next_gc
    }

    pub fn in_use(&self) -> usize {
        self.in_use
    }

    /// Allocates `size` zeroed bytes, 8-byte aligned (16 for sizes >= 16).
    /// Never collects; callers check `should_collect` first at safe points.
    pub fn alloc(&mut self, size: usize, noscan: bool) -> *mut u8 {
        if size == 0 {
            return &mut self.zerobase as *mut u64 as *mut u8;
        }
        self.stats.total_allocated += size as u64;
        if size > MAX_SMALL {
            return self.alloc_large(size, noscan);
        }
        let c = class_of(size);
        let idx = c * 2 + noscan as usize;
        loop {
            if let Some(s) = self.current[idx] {
                let span = &mut self.spans[s as usize];
                if let Some(p) = span.take_free() {
                    let es = span.elem_size;
                    if span.needs_zero {
                        // SAFETY: p is a slot of `es` bytes inside a span we own.
                        unsafe { ptr::write_bytes(p as *mut u8, 0, es) };
                    }
                    self.in_use += es;
                    if self.in_use > self.stats.peak_in_use {
                        self.stats.peak_in_use = self.in_use;
                    }
                    return p as *mut u8;
                }
                self.current[idx] = None;
            }
            if let Some(s) = self.partial[idx].pop() {
                self.current[idx] = Some(s);
                continue;
            }
            let s = self.new_span(c, 1, CLASSES[c] as usize, noscan);
            self.current[idx] = Some(s);
        }
    }

    fn alloc_large(&mut self, size: usize, noscan: bool) -> *mut u8 {
        let npages = size.div_ceil(PAGE_SIZE);
        let s = self.new_span(NCLASS, npages, npages * PAGE_SIZE, noscan);
        let span = &mut self.spans[s as usize];
        span.alloc[0] = 1;
        let p = span.start;
        if span.needs_zero {
            // SAFETY: the span's pages belong to us.
            unsafe { ptr::write_bytes(p as *mut u8, 0, npages * PAGE_SIZE) };
        }
        self.in_use += npages * PAGE_SIZE;
        if self.in_use > self.stats.peak_in_use {
            self.stats.peak_in_use = self.in_use;
        }
        p as *mut u8
    }

    fn take_pages(&mut self, npages: usize) -> (usize, bool) {
        // First fit among freed runs; their memory may hold old data.
        if let Some(i) = self.free_runs.iter().position(|&(_, n)| n >= npages) {
            let (start, n) = self.free_runs[i];
            if n == npages {
                self.free_runs.swap_remove(i);
            } else {
                self.free_runs[i] = (start + npages * PAGE_SIZE, n - npages);
            }
            return (start, true);
        }
        let start = self.next;
        if start + npages * PAGE_SIZE > self.limit {
            crate::fatal("out of memory: heap address space exhausted");
        }
        self.next += npages * PAGE_SIZE;
        (start, false)
    }

    fn new_span(&mut self, class: usize, npages: usize, elem_size: usize, noscan: bool) -> u32 {
        if self.in_use + npages * PAGE_SIZE > self.max_bytes {
            crate::fatal("out of memory: the program exceeded its memory limit");
        }
        let (start, dirty) = self.take_pages(npages);
        let nelems = (npages * PAGE_SIZE) / elem_size;
        let words = nelems.div_ceil(64);
        let span = Span {
            start,
            npages,
            elem_size,
            nelems,
            class,
            noscan,
            in_use: true,
            needs_zero: dirty,
            alloc: vec![0; words],
            mark: vec![0; words],
            next_word: 0,
        };
        let id = match self.free_span_ids.pop() {
            Some(id) => {
                self.spans[id as usize] = span;
                id
            }
            None => {
                self.spans.push(span);
                self.spans.len() as u32 - 1
            }
        };
        let first = (start - self.base) >> PAGE_SHIFT;
        for p in first..first + npages {
            self.page_span[p] = id + 1;
        }
        id
    }

    /// Object start and size for an address inside a live object.
    pub fn find_object(&self, w: usize) -> Option<(usize, usize)> {
        if w < self.base || w >= self.next {
            return None;
        }
        let sid = self.page_span[(w - self.base) >> PAGE_SHIFT];
        if sid == 0 {
            return None;
        }
        let s = &self.spans[sid as usize - 1];
        let idx = (w - s.start) / s.elem_size;
        if idx >= s.nelems || s.alloc[idx / 64] & (1 << (idx % 64)) == 0 {
            return None;
        }
        Some((s.start + idx * s.elem_size, s.elem_size))
    }

    #[inline]
    fn mark_word(&mut self, w: usize) {
        if w < self.base || w >= self.next {
            return;
        }
        let sid = self.page_span[(w - self.base) >> PAGE_SHIFT];
        if sid == 0 {
            return;
        }
        let s = &mut self.spans[sid as usize - 1];
        let idx = (w - s.start) / s.elem_size;
        if idx >= s.nelems {
            return;
        }
        let (word, bit) = (idx / 64, 1u64 << (idx % 64));
        if s.alloc[word] & bit == 0 || s.mark[word] & bit != 0 {
            return;
        }
        s.mark[word] |= bit;
        if !s.noscan {
            self.gray.push(s.start + idx * s.elem_size);
        }
    }

    fn scan_range(&mut self, start: usize, end: usize) {
        let mut p = (start + 7) & !7;
        while p + 8 <= end {
            // SAFETY: callers pass ranges of readable memory (stacks, globals,
            // heap objects); the read is aligned.
            let w = unsafe { *(p as *const usize) };
            self.mark_word(w);
            p += 8;
        }
    }

    /// Runs a full collection. `roots` is called with a marker and must
    /// report every root range (stacks, globals, runtime tables).
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut Marker)) {
        let before = self.in_use;
        let t0 = std::time::Instant::now();
        {
            let mut m = Marker { heap: self };
            roots(&mut m);
        }
        while let Some(obj) = self.gray.pop() {
            let sid = self.page_span[(obj - self.base) >> PAGE_SHIFT];
            let size = self.spans[sid as usize - 1].elem_size;
            self.scan_range(obj, obj + size);
        }
        self.sweep();
        self.stats.collections += 1;
        self.stats.live_after_last = self.in_use;
        let goal = self.in_use + self.in_use * self.gogc / 100;
        self.next_gc = goal.max(MIN_HEAP);
        if self.trace {
            eprintln!(
                "gc {}: {} KiB -> {} KiB live, next at {} KiB, {:?}",
                self.stats.collections,
                before >> 10,
                self.in_use >> 10,
                self.next_gc >> 10,
                t0.elapsed()
            );
        }
    }

    fn sweep(&mut self) {
        self.current = [None; NCLASS * 2];
        for l in &mut self.partial {
            l.clear();
        }
        let mut in_use = 0;
        for id in 0..self.spans.len() {
            let s = &mut self.spans[id];
            if !s.in_use {
                continue;
            }
            let live: usize = s.mark.iter().map(|w| w.count_ones() as usize).sum();
            if live == 0 {
                self.free_span(id);
                continue;
            }
            std::mem::swap(&mut s.alloc, &mut s.mark);
            s.mark.iter_mut().for_each(|w| *w = 0);
            s.next_word = 0;
            s.needs_zero = true;
            in_use += live * s.elem_size;
            if live < s.nelems && s.class < NCLASS {
                self.partial[s.class * 2 + s.noscan as usize].push(id as u32);
            }
        }
        self.in_use = in_use;
    }

    fn free_span(&mut self, id: usize) {
        let s = &mut self.spans[id];
        s.in_use = false;
        let (start, npages) = (s.start, s.npages);
        s.alloc = Vec::new();
        s.mark = Vec::new();
        let first = (start - self.base) >> PAGE_SHIFT;
        for p in first..first + npages {
            self.page_span[p] = 0;
        }
        if npages >= 4 {
            // Give large runs back to the OS; they read as zero afterwards.
            // SAFETY: the pages lie inside our arena mapping.
            unsafe { libc::madvise(start as *mut libc::c_void, npages * PAGE_SIZE, libc::MADV_DONTNEED) };
        }
        self.free_runs.push((start, npages));
        self.free_span_ids.push(id as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreachable_objects_are_reused() {
        let mut h = Heap::new();
        let a = h.alloc(24, false) as usize;
        let b = h.alloc(24, false) as usize;
        assert_ne!(a, b);
        // Keep `a` only.
        let roots = [a];
        h.collect(&mut |m| m.scan_range(roots.as_ptr() as usize, roots.as_ptr() as usize + 8));
        assert!(h.find_object(a).is_some());
        assert!(h.find_object(b).is_none());
        let c = h.alloc(24, false) as usize;
        assert_eq!(c, b, "the freed slot is reused");
    }

    #[test]
    fn interior_pointers_and_transitive_marking() {
        let mut h = Heap::new();
        let a = h.alloc(64, false) as *mut usize;
        let b = h.alloc(100_000, true) as usize;
        // SAFETY: a is a fresh 64-byte object.
        unsafe { *a.add(3) = b + 5000 };
        let root = [a as usize + 16];
        h.collect(&mut |m| m.scan_range(root.as_ptr() as usize, root.as_ptr() as usize + 8));
        assert!(h.find_object(b).is_some());
        h.collect(&mut |_| {});
        assert!(h.find_object(a as usize).is_none());
        assert!(h.find_object(b).is_none());
        assert_eq!(h.in_use(), 0);
    }

    #[test]
    fn reused_memory_is_zeroed() {
        let mut h = Heap::new();
        let a = h.alloc(16, true) as *mut u64;
        // SAFETY: fresh 16-byte object.
        unsafe { *a = 77 };
        h.collect(&mut |_| {});
        let b = h.alloc(16, true) as *mut u64;
        assert_eq!(a, b);
        // SAFETY: fresh 16-byte object.
        assert_eq!(unsafe { *b }, 0);
    }
}
