//! Go maps: open addressing with linear probing over GC-allocated arrays.
//!
//! Keys and values are stored in their memory layout in fixed-size slots.
//! Natives take keys and values as register words (their flat form) and
//! convert using the map type's descriptors, so one native serves every
//! key and value type (see `native` for the `#` signature suffixes).

use crate::ctx::Ctx;
use crate::iface;
use crate::layout::{load_flat, store_flat};
use crate::native::Args;
use crate::panic::{raise_runtime, RtErr};
use crate::types::{Kind, TypeDesc};
use std::cell::Cell;

const EMPTY: u8 = 0;
const DELETED: u8 = 1;
const FULL: u8 = 0x80;

/// The map object; `count` is first so `len(m)` is a single load.
#[repr(C)]
pub struct MapHdr {
    count: u64,
    mtype: *const TypeDesc,
    ctrl: *mut u8,
    slots: *mut u8,
    cap: u64,
    tombstones: u64,
    seed: u64,
}

thread_local! {
    static RNG: Cell<u64> = const { Cell::new(0x9E37_79B9_7F4A_7C15) };
}

/// A cheap pseudo-random number (map seeds, NaN hashes).
pub fn random_u64() -> u64 {
    RNG.with(|r| {
        let mut x = r.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        r.set(x);
        x
    })
}

struct Shape<'a> {
    key: &'a TypeDesc,
    val: &'a TypeDesc,
    koff: usize,
    voff: usize,
    slot: usize,
}

fn align8(n: u64) -> usize {
    (n as usize + 7) & !7
}

fn shape(mt: &TypeDesc) -> Shape<'_> {
    let (key, val) = (mt.key(), mt.elem());
    let ks = align8(key.size);
    Shape { key, val, koff: 0, voff: ks, slot: (ks + align8(val.size)).max(8) }
}

impl MapHdr {
    fn mtype(&self) -> &TypeDesc {
        // SAFETY: maps keep their type descriptor, which is immortal.
        unsafe { &*self.mtype }
    }
}

/// Allocates a map with room for `hint` entries.
pub fn make(ctx: &mut Ctx, mt: *const TypeDesc, hint: u64) -> *mut MapHdr {
    let m = ctx.alloc(std::mem::size_of::<MapHdr>(), false) as *mut MapHdr;
    // SAFETY: m is a fresh, zeroed MapHdr-sized object.
    unsafe {
        (*m).mtype = mt;
        (*m).seed = random_u64();
    }
    // The hint is advisory: gc returns an empty map for hints it cannot
    // allocate; here preallocation stops at 2^24 entries and the map grows.
    let mut cap = 8u64;
    while cap * 7 / 8 < hint.min(1 << 24) {
        cap *= 2;
    }
    resize(ctx, m, cap);
    m
}

fn resize(ctx: &mut Ctx, m: *mut MapHdr, newcap: u64) {
    // SAFETY: m is a live map; the arrays are reached through it, and the
    // old ones stay reachable from the locals below while we allocate.
    unsafe {
        let mt = &*(*m).mtype;
        let sh = shape(mt);
        let noscan = sh.key.noscan && sh.val.noscan;
        let ctrl = ctx.alloc(newcap as usize, true);
        let slots = ctx.alloc(newcap as usize * sh.slot, noscan);
        let (old_ctrl, old_slots, old_cap) = ((*m).ctrl, (*m).slots, (*m).cap);
        (*m).ctrl = ctrl;
        (*m).slots = slots;
        (*m).cap = newcap;
        (*m).tombstones = 0;
        for i in 0..old_cap as usize {
            if *old_ctrl.add(i) & FULL != 0 {
                let src = old_slots.add(i * sh.slot);
                let h = key_hash(&sh, src, (*m).seed).unwrap_or(0);
                let j = probe_empty(m, h);
                *ctrl.add(j) = FULL | (h >> 57) as u8;
                std::ptr::copy_nonoverlapping(src, slots.add(j * sh.slot), sh.slot);
            }
        }
        std::hint::black_box((old_ctrl, old_slots));
    }
}

/// # Safety
/// `k` points at a key of the map's key type.
unsafe fn key_hash(sh: &Shape, k: *const u8, seed: u64) -> Result<u64, *const TypeDesc> {
    match sh.key.kind {
        Kind::Int | Kind::Int64 | Kind::Uint | Kind::Uint64 | Kind::Pointer | Kind::Uintptr => {
            Ok(iface::mix(seed, (k as *const u64).read_unaligned()))
        }
        _ => iface::hash(sh.key, k, seed),
    }
}

/// # Safety
/// `a` and `b` point at keys of the map's key type.
unsafe fn key_eq(sh: &Shape, a: *const u8, b: *const u8) -> bool {
    match sh.key.kind {
        Kind::Int | Kind::Int64 | Kind::Uint | Kind::Uint64 | Kind::Pointer | Kind::Uintptr => {
            (a as *const u64).read_unaligned() == (b as *const u64).read_unaligned()
        }
        _ => iface::equal(sh.key, a, b).unwrap_or(false),
    }
}

/// # Safety
/// `m` is a live map with at least one empty slot.
unsafe fn probe_empty(m: *mut MapHdr, h: u64) -> usize {
    let mask = (*m).cap as usize - 1;
    let mut i = h as usize & mask;
    while *(*m).ctrl.add(i) & FULL != 0 {
        i = (i + 1) & mask;
    }
    i
}

/// Finds the slot holding key `k`.
///
/// # Safety
/// `m` is a live map, `k` a key of its type.
unsafe fn find(m: *mut MapHdr, sh: &Shape, k: *const u8, h: u64) -> Option<usize> {
    let mask = (*m).cap as usize - 1;
    let tag = FULL | (h >> 57) as u8;
    let mut i = h as usize & mask;
    loop {
        let c = *(*m).ctrl.add(i);
        if c == EMPTY {
            return None;
        }
        if c == tag && key_eq(sh, (*m).slots.add(i * sh.slot + sh.koff), k) {
            return Some(i);
        }
        i = (i + 1) & mask;
    }
}

/// Reads the key words at args[base..] into memory form.
fn key_bytes(sh: &Shape, a: Args, base: usize, buf: &mut Vec<u64>) -> *const u8 {
    buf.clear();
    buf.resize(sh.key.size.div_ceil(8).max(1) as usize, 0);
    // SAFETY: buf holds key.size bytes; the words come from the caller.
    unsafe { store_flat(sh.key, a.words(base, sh.key.words()), buf.as_mut_ptr() as *mut u8) };
    buf.as_ptr() as *const u8
}

fn unhashable(ctx: &mut Ctx, t: *const TypeDesc) {
    // SAFETY: descriptors are immortal.
    let msg = format!("hash of unhashable type {}", unsafe { &(*t).name });
    raise_runtime(ctx, RtErr::ErrorString, &msg);
}

/// (map type, hint) -> map
pub extern "C" fn make_map(ctx: &mut Ctx, a: Args) {
    // gc's makemap: a negative hint is 0, never a panic.
    let hint = (a.get(1) as i64).max(0);
    let m = make(ctx, a.get(0) as *const TypeDesc, hint as u64);
    a.set(0, m as u64);
}

/// (map type, map, key...) -> (value..., ok)
pub extern "C" fn map_get(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes the map's type descriptor.
    let mt = unsafe { &*(a.get(0) as *const TypeDesc) };
    let sh = shape(mt);
    let m = a.get(1) as *mut MapHdr;
    let vw = sh.val.words();
    let mut buf = Vec::new();
    let k = key_bytes(&sh, a, 2, &mut buf);
    let found = if m.is_null() {
        // Lookups in a nil map still hash (and may panic on) the key.
        // SAFETY: k is a key in memory form.
        if let Err(t) = unsafe { key_hash(&sh, k, 0) } {
            return unhashable(ctx, t);
        }
        None
    } else {
        // SAFETY: m is a live map of this type.
        unsafe {
            match key_hash(&sh, k, (*m).seed) {
                Err(t) => return unhashable(ctx, t),
                Ok(h) => find(m, &sh, k, h),
            }
        }
    };
    let out = a.words(0, vw + 1);
    match found {
        Some(i) => {
            // SAFETY: slot i is full.
            unsafe { load_flat(ctx, sh.val, (*m).slots.add(i * sh.slot + sh.voff), out) };
            out[vw] = 1;
        }
        None => {
            if sh.val.is_mem {
                out[0] = ctx.alloc(sh.val.size as usize, sh.val.noscan) as u64;
            } else {
                out[..vw].iter_mut().for_each(|w| *w = 0);
            }
            out[vw] = 0;
        }
    }
}

/// (map type, map, key..., value...)
pub extern "C" fn map_set(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes the map's type descriptor.
    let mt = unsafe { &*(a.get(0) as *const TypeDesc) };
    let sh = shape(mt);
    let m = a.get(1) as *mut MapHdr;
    if m.is_null() {
        return raise_runtime(ctx, RtErr::Plain, "assignment to entry in nil map");
    }
    let kw = sh.key.words();
    let mut buf = Vec::new();
    let k = key_bytes(&sh, a, 2, &mut buf);
    // SAFETY: m is a live map; slots are written in memory form.
    unsafe {
        let h = match key_hash(&sh, k, (*m).seed) {
            Err(t) => return unhashable(ctx, t),
            Ok(h) => h,
        };
        let i = match find(m, &sh, k, h) {
            Some(i) => {
                // gc updates the stored key as well (needkeyupdate): an
                // equal key may differ, as -0 from +0.
                std::ptr::copy_nonoverlapping(k, (*m).slots.add(i * sh.slot + sh.koff), sh.key.size as usize);
                i
            }
            None => {
                if ((*m).count + (*m).tombstones + 1) * 8 > (*m).cap * 7 {
                    let grow = if (*m).tombstones > (*m).count / 2 { 1 } else { 2 };
                    resize(ctx, m, (*m).cap * grow);
                }
                let i = probe_empty(m, h);
                if *(*m).ctrl.add(i) == DELETED {
                    (*m).tombstones -= 1;
                }
                *(*m).ctrl.add(i) = FULL | (h >> 57) as u8;
                std::ptr::copy_nonoverlapping(k, (*m).slots.add(i * sh.slot + sh.koff), sh.key.size as usize);
                (*m).count += 1;
                i
            }
        };
        store_flat(sh.val, a.words(2 + kw, sh.val.words()), (*m).slots.add(i * sh.slot + sh.voff));
    }
}

/// (map type, map, key...)
pub extern "C" fn map_delete(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes the map's type descriptor.
    let mt = unsafe { &*(a.get(0) as *const TypeDesc) };
    let sh = shape(mt);
    let m = a.get(1) as *mut MapHdr;
    let mut buf = Vec::new();
    let k = key_bytes(&sh, a, 2, &mut buf);
    // SAFETY: m is null or a live map.
    unsafe {
        let h = match key_hash(&sh, k, if m.is_null() { 0 } else { (*m).seed }) {
            Err(t) => return unhashable(ctx, t),
            Ok(h) => h,
        };
        if m.is_null() {
            return;
        }
        if let Some(i) = find(m, &sh, k, h) {
            *(*m).ctrl.add(i) = DELETED;
            std::ptr::write_bytes((*m).slots.add(i * sh.slot), 0, sh.slot);
            (*m).count -= 1;
            (*m).tombstones += 1;
        }
    }
}

/// (map type, map)
pub extern "C" fn map_clear(_ctx: &mut Ctx, a: Args) {
    let m = a.get(1) as *mut MapHdr;
    if m.is_null() {
        return;
    }
    // SAFETY: m is a live map.
    unsafe {
        let sh = shape((*m).mtype());
        std::ptr::write_bytes((*m).ctrl, 0, (*m).cap as usize);
        std::ptr::write_bytes((*m).slots, 0, (*m).cap as usize * sh.slot);
        (*m).count = 0;
        (*m).tombstones = 0;
    }
}

/// Iteration state, a heap object: the map and the arrays being walked
/// (which stay the old ones if the map grows meanwhile).
#[repr(C)]
struct MapIter {
    m: *mut MapHdr,
    ctrl: *mut u8,
    slots: *mut u8,
    cap: u64,
    /// Slots visited so far; iteration starts at `start` and wraps.
    done: u64,
    start: u64,
}

/// (map type, map) -> iterator
pub extern "C" fn map_iter_init(ctx: &mut Ctx, a: Args) {
    let m = a.get(1) as *mut MapHdr;
    let it = ctx.alloc(std::mem::size_of::<MapIter>(), false) as *mut MapIter;
    if !m.is_null() {
        // SAFETY: it is fresh; m is a live map.
        unsafe {
            (*it).m = m;
            (*it).ctrl = (*m).ctrl;
            (*it).slots = (*m).slots;
            (*it).cap = (*m).cap;
            // Go randomizes the starting point; programs must not depend on
            // iteration order, so a random start keeps them honest.
            (*it).start = random_u64() & ((*m).cap - 1);
        }
    }
    a.set(0, it as u64);
}

/// (map type, iterator) -> (ok, key..., value...)
pub extern "C" fn map_iter_next(ctx: &mut Ctx, a: Args) {
    // SAFETY: the frontend passes the map's type descriptor.
    let mt = unsafe { &*(a.get(0) as *const TypeDesc) };
    let sh = shape(mt);
    let it = a.get(1) as *mut MapIter;
    let (kw, vw) = (sh.key.words(), sh.val.words());
    // SAFETY: `it` came from map_iter_init; its arrays are kept alive by it.
    unsafe {
        let m = (*it).m;
        while !m.is_null() && (*it).done < (*it).cap {
            let i = (((*it).start + (*it).done) & ((*it).cap - 1)) as usize;
            (*it).done += 1;
            if *(*it).ctrl.add(i) & FULL == 0 {
                continue;
            }
            let kp = (*it).slots.add(i * sh.slot + sh.koff);
            let vp: *const u8 = if (*it).ctrl == (*m).ctrl {
                (*it).slots.add(i * sh.slot + sh.voff)
            } else {
                // The map was resized: the entry may have been deleted or
                // updated since, so look the key up in the live table.
                let h = key_hash(&sh, kp, (*m).seed).unwrap_or(0);
                match find(m, &sh, kp, h) {
                    Some(j) => (*m).slots.add(j * sh.slot + sh.voff),
                    None => continue,
                }
            };
            let out = a.words(0, 1 + kw + vw);
            out[0] = 1;
            load_flat(ctx, sh.key, kp, &mut out[1..1 + kw]);
            load_flat(ctx, sh.val, vp, &mut out[1 + kw..]);
            return;
        }
    }
    a.set(0, 0);
}

/// The entries of map `m` (key, value addresses), sorted as fmt prints
/// them (internal/fmtsort order).
pub fn sorted_entries(_ctx: &mut Ctx, mt: &TypeDesc, m: u64) -> Vec<(*const u8, *const u8)> {
    let m = m as *mut MapHdr;
    if m.is_null() {
        return vec![];
    }
    let sh = shape(mt);
    let mut out = Vec::new();
    // SAFETY: m is a live map; slots of full entries hold keys and values.
    unsafe {
        for i in 0..(*m).cap as usize {
            if *(*m).ctrl.add(i) & FULL != 0 {
                let s = (*m).slots.add(i * sh.slot);
                out.push((s.add(sh.koff) as *const u8, s.add(sh.voff) as *const u8));
            }
        }
    }
    // SAFETY: every pointer collected above addresses a key of the map's key type.
    out.sort_by(|a, b| unsafe { compare_keys(sh.key, a.0, b.0) });
    out
}

/// Ordering of map keys for printing.
///
/// # Safety
/// `a` and `b` must point at values of type `t` in memory layout.
pub unsafe fn compare_keys(t: &TypeDesc, a: *const u8, b: *const u8) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    use Kind::*;
    // SAFETY: a and b point at keys of type t (the caller's contract).
    unsafe {
        match t.kind {
            Bool | Uint8 => (*a).cmp(&*b),
            Int8 => (*(a as *const i8)).cmp(&*(b as *const i8)),
            Int16 => (a as *const i16).read_unaligned().cmp(&(b as *const i16).read_unaligned()),
            Uint16 => (a as *const u16).read_unaligned().cmp(&(b as *const u16).read_unaligned()),
            Int32 => (a as *const i32).read_unaligned().cmp(&(b as *const i32).read_unaligned()),
            Uint32 => (a as *const u32).read_unaligned().cmp(&(b as *const u32).read_unaligned()),
            Int | Int64 => (a as *const i64).read_unaligned().cmp(&(b as *const i64).read_unaligned()),
            Uint | Uint64 | Uintptr | Pointer | Chan | UnsafePointer => {
                (a as *const u64).read_unaligned().cmp(&(b as *const u64).read_unaligned())
            }
            Float32 | Float64 => {
                let (x, y) = if t.kind == Float32 {
                    ((a as *const f32).read_unaligned() as f64, (b as *const f32).read_unaligned() as f64)
                } else {
                    ((a as *const f64).read_unaligned(), (b as *const f64).read_unaligned())
                };
                match (x.is_nan(), y.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                }
            }
            String => {
                let (x, y) = (a as *const u64, b as *const u64);
                crate::strings::bytes_of(*x, *x.add(1)).cmp(crate::strings::bytes_of(*y, *y.add(1)))
            }
            Struct => {
                for f in &t.fields {
                    let o = f.offset as usize;
                    let c = compare_keys(&*f.typ, a.add(o), b.add(o));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Array => {
                let e = t.elem();
                for i in 0..t.len as usize {
                    let o = i * e.size as usize;
                    let c = compare_keys(e, a.add(o), b.add(o));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Interface => {
                let (x, y) = (a as *const u64, b as *const u64);
                let (tx, ty) = (iface::iface_type(t, *x), iface::iface_type(t, *y));
                if tx == 0 || ty == 0 {
                    return (tx != 0).cmp(&(ty != 0));
                }
                if tx != ty {
                    // gc orders by descriptor address, which its linker
                    // decides; ours are heap addresses, which differ from
                    // run to run. The type's name is a stable order that
                    // every engine shares (the address only separates
                    // distinct types printed alike).
                    let (dx, dy) = (&*(tx as *const TypeDesc), &*(ty as *const TypeDesc));
                    return dx.name.cmp(&dy.name).then(tx.cmp(&ty));
                }
                let dt = &*(tx as *const TypeDesc);
                let (mut ta, mut tb) = ([0u64; 2], [0u64; 2]);
                let pa = crate::layout::iface_value_ptr(dt, *x.add(1), &mut ta);
                let pb = crate::layout::iface_value_ptr(dt, *y.add(1), &mut tb);
                compare_keys(dt, pa, pb)
            }
            _ => Ordering::Equal,
        }
    }
}
