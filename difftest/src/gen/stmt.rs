//! Statements and the fixed patterns (probes, goroutines, map ranges).

use super::types::*;
use super::{Gen, Loop, Place, Var};

impl Gen {
    /// Generates statements into a separate buffer one level deeper, in
    /// a new scope; returns the lines.
    pub fn sub(&mut self, f: impl FnOnce(&mut Self)) -> Vec<String> {
        let saved = std::mem::take(&mut self.lines);
        self.ind += 1;
        self.push_scope();
        f(self);
        self.pop_scope();
        self.ind -= 1;
        std::mem::replace(&mut self.lines, saved)
    }

    /// A block of `1..=n` statements.
    pub fn block(&mut self, d: u32, n: usize) -> Vec<String> {
        let n = 1 + self.rng.below(n.max(1));
        self.sub(|g| {
            for _ in 0..n {
                if g.fr().budget <= 1.0 {
                    break;
                }
                g.stmt(d);
            }
        })
    }

    fn blen(&self, d: u32) -> usize {
        (self.opts.block_len / (4 - d.min(3) as usize)).max(2)
    }

    fn open_loop(&mut self) -> String {
        let label = self.fresh("L");
        self.frame().loops.push(Loop { label: label.clone(), label_used: false, is_loop: true });
        label
    }

    /// Closes the innermost loop; returns its label line if a branch used it.
    fn close_loop(&mut self) -> Option<String> {
        let l = self.frame().loops.pop().unwrap();
        if l.label_used {
            Some(format!("{}:", l.label))
        } else {
            None
        }
    }

    /// Runs `f` (generating a loop body) with the budget divided by `trips`.
    fn with_trips<R>(&mut self, trips: f64, f: impl FnOnce(&mut Self) -> R) -> R {
        let b0 = self.fr().budget;
        let share = b0 / trips.max(1.0);
        self.frame().budget = share;
        let r = f(self);
        let used = share - self.fr().budget;
        self.frame().budget = b0 - used * trips.max(1.0);
        r
    }

    fn emit_lines(&mut self, ls: Vec<String>) {
        self.lines.extend(ls);
    }

    pub fn stmt(&mut self, d: u32) {
        self.frame().budget -= 1.0;
        let fr = self.fr().clone();
        let breakable = !fr.loops.is_empty();
        let gfx = fr.global_fx;
        let deep = d > 0 && fr.budget > 8.0;
        let ps = self.places();
        let has_write = ps.iter().any(|p| p.write);
        let has_int_write = ps.iter().any(|p| p.write && self.t.int_kind(&p.ty).is_some());
        let has_elem = ps.iter().any(|p| match &p.ty {
            Ty::Slice(_) | Ty::Map(..) => p.elem_write,
            Ty::Arr(..) => p.write,
            _ => false,
        });
        let has_owner = ps.iter().any(|p| p.owner && matches!(p.ty, Ty::Slice(_)));
        let has_map = ps.iter().any(|p| matches!(p.ty, Ty::Map(..)));
        let has_iface = ps.iter().any(|p| matches!(p.ty, Ty::Iface(_)));
        let top = fr.loops.is_empty() && self.scopes.len() <= self.frame_scope_base() + 1;
        let not_main = !fr.is_main;
        let alts = [
            (10, true),                                    // 0 decl
            (7, has_write),                                // 1 assign
            (6, has_int_write),                            // 2 compound
            (5, has_elem),                                 // 3 element write
            (4, has_owner),                                // 4 append
            (2, has_elem),                                 // 5 copy/sort
            (5, deep),                                     // 6 if
            (5, deep),                                     // 7 for
            (4, deep),                                     // 8 range
            (3, deep),                                     // 9 switch
            (6, gfx),                                      // 10 print
            (4, gfx),                                      // 11 mix
            (4, true),                                     // 12 call stmt
            (2, deep),                                     // 13 closure
            (3, deep),                                     // 14 probe
            (2, gfx && top && fr.defers < 2),              // 15 defer
            (3, breakable),                                // 16 break/continue
            (2, has_write),                                // 17 tuple assign
            (2, has_map || has_iface),                     // 18 comma-ok
            (1, deep && gfx && !fr.goroutines),            // 19 goroutines
            (2, deep),                                     // 20 range over func
            (2, deep && has_map),                          // 21 map range
            (2, deep && has_iface),                        // 22 type switch
            (2, true),                                     // 23 effectful method
            (1, deep),                                     // 24 generic types
            (1, deep),                                     // 25 loop closures
            (2, not_main && d < 3 && !fr.rets.is_empty()), // 26 early return
            (1, deep),                                     // 27 select
            (1, deep),                                     // 28 any type switch
        ];
        loop {
            let c = self.choose(&alts);
            if self.stmt_alt(c, d) {
                return;
            }
        }
    }

    /// Index of the first scope of the current frame.
    fn frame_scope_base(&self) -> usize {
        let f = self.cur_frame();
        self.scopes.iter().position(|(sf, _)| *sf == f).unwrap_or(0)
    }

    /// A writable place. Assigning a whole variable is not a use of it
    /// (gc's rule), so only field and element targets count as uses.
    fn writable(&mut self, pred: impl Fn(&Place) -> bool) -> Option<Place> {
        let fo = self.fresh_only;
        let ps: Vec<Place> = self
            .places()
            .into_iter()
            .filter(|p| p.write && pred(p) && !(fo && !p.elem_write && self.t.refish(&p.ty)))
            .collect();
        if ps.is_empty() {
            return None;
        }
        let p = ps[self.rng.below(ps.len())].clone();
        if p.text.contains('.') {
            self.mark_used(p.var);
        }
        Some(p)
    }

    fn stmt_alt(&mut self, c: usize, d: u32) -> bool {
        let dd = d.saturating_sub(1);
        match c {
            0 => self.decl_stmt(d),
            1 => {
                let Some(p) = self.writable(|_| true) else { return false };
                let e = self.store_expr(&p.ty, 2);
                self.emit(format!("{} = {}", p.text, e.s));
            }
            2 => {
                let tb = self.t.clone();
                let Some(p) = self.writable(|p| tb.int_kind(&p.ty).is_some() || p.ty.is_float() || p.ty == Ty::Str)
                else {
                    return false;
                };
                if let Some(k) = self.t.int_kind(&p.ty) {
                    match self.rng.below(5) {
                        0 => {
                            let op = if self.rng.one_in(2) { "++" } else { "--" };
                            self.emit(format!("{}{op}", p.text));
                        }
                        1 => {
                            let op = if self.rng.one_in(2) { "<<=" } else { ">>=" };
                            let ck = *self.rng.pick(&UNSIGNED_KINDS);
                            let e = self.expr(&Ty::Int(ck), 1);
                            let e = self.typed(&Ty::Int(ck), e);
                            self.emit(format!("{} {op} {e} % {}", p.text, k.bits() + 3));
                        }
                        2 => {
                            let op = if self.rng.one_in(2) { "/=" } else { "%=" };
                            let e = self.expr(&p.ty, 2);
                            self.emit(format!("{} {op} ({} | 1)", p.text, e.s));
                        }
                        _ => {
                            let op = *self.rng.pick(&["+=", "-=", "*=", "|=", "&=", "^=", "&^="]);
                            let e = self.expr(&p.ty, 2);
                            self.emit(format!("{} {op} {}", p.text, e.s));
                        }
                    }
                } else if p.ty == Ty::Str {
                    let e = self.expr(&Ty::Str, 2);
                    self.emit(format!("{} += {}", p.text, e.s));
                    self.emit(format!("{0} = cut({0})", p.text));
                } else {
                    let op = *self.rng.pick(&["+=", "-=", "*=", "/="]);
                    let e = self.expr(&p.ty, 2);
                    self.emit(format!("{} {op} {}", p.text, e.s));
                }
            }
            3 => {
                let Some(p) = self.pick_place(|p| match &p.ty {
                    Ty::Slice(_) | Ty::Map(..) => p.elem_write,
                    Ty::Arr(..) => p.write,
                    _ => false,
                }) else {
                    return false;
                };
                match p.ty.clone() {
                    Ty::Slice(e) => {
                        let i = self.index_expr(&format!("len({})", p.text), None, 1);
                        let v = self.store_expr(&e, 2);
                        self.emit(format!("{}[{i}] = {}", p.text, v.s));
                    }
                    Ty::Arr(e, n) => {
                        let i = self.index_expr("", Some(n), 1);
                        let v = self.store_expr(&e, 2);
                        self.emit(format!("{}[{i}] = {}", p.text, v.s));
                    }
                    Ty::Map(k, v) => {
                        let key = self.expr(&k, 1);
                        match self.rng.below(5) {
                            0 => self.emit(format!("delete({}, {})", p.text, key.s)),
                            1 if self.t.int_kind(&v).is_some() => {
                                let e = self.expr(&v, 1);
                                self.emit(format!("{}[{}] += {}", p.text, key.s, e.s));
                            }
                            2 if self.rng.one_in(3) => self.emit(format!("clear({})", p.text)),
                            _ => {
                                let e = self.store_expr(&v, 2);
                                self.emit(format!("{}[{}] = {}", p.text, key.s, e.s));
                            }
                        }
                    }
                    _ => unreachable!(),
                }
            }
            4 => {
                let Some(p) = self.pick_place(|p| p.owner && matches!(p.ty, Ty::Slice(_))) else { return false };
                let Ty::Slice(e) = p.ty.clone() else { unreachable!() };
                match self.rng.below(4) {
                    0 => {
                        let t = if self.t.refish(&e) { self.store_expr(&p.ty, 2) } else { self.texpr(&p.ty, 2) };
                        // Appending a slice to itself in a loop doubles it.
                        self.emit(format!(
                            "if len({0}) < 64 {{\n\t{0} = append({0}, {1}...)\n}}",
                            p.text,
                            Gen::indent_tail(&t.s, 1)
                        ));
                    }
                    1 => {
                        let i = self.fresh("i");
                        self.emit(format!("if len({}) > 1 {{", p.text));
                        self.ind += 1;
                        let ie = self.index_expr(&format!("len({})", p.text), None, 1);
                        self.emit(format!("{i} := {ie}"));
                        self.emit(format!("{0} = append({0}[:{i}], {0}[{i}+1:]...)", p.text));
                        self.ind -= 1;
                        self.emit("}");
                    }
                    _ => {
                        let n = 1 + self.rng.below(3);
                        let xs: Vec<String> = (0..n).map(|_| self.store_expr(&e, 2).s).collect();
                        self.emit(format!("{} = append({}, {})", p.text, p.text, xs.join(", ")));
                    }
                }
            }
            5 => {
                let Some(p) = self.pick_place(|p| matches!(p.ty, Ty::Slice(_)) && p.elem_write) else { return false };
                let Ty::Slice(e) = p.ty.clone() else { unreachable!() };
                let sortable = matches!(*e, Ty::Str) || matches!(*e, Ty::Int(_));
                match self.rng.below(4) {
                    0 if sortable => self.emit(format!("slices.Sort({})", p.text)),
                    1 => self.emit(format!("slices.Reverse({})", p.text)),
                    2 if sortable && self.rng.one_in(2) => {
                        let op = if self.rng.one_in(2) { "<" } else { ">" };
                        self.emit(format!(
                            "sort.Slice({0}, func(i, j int) bool {{\n\treturn {0}[i] {op} {0}[j]\n}})",
                            p.text
                        ));
                    }
                    _ => {
                        let src = if self.t.refish(&e) { self.store_expr(&p.ty, 2) } else { self.texpr(&p.ty, 2) };
                        if self.rng.one_in(2) {
                            let n = self.fresh("n");
                            self.emit(format!("{n} := copy({}, {})", p.text, src.s));
                            self.declare(&n, Ty::Int(IntK::Int), false);
                        } else {
                            let i = self.index_expr(&format!("len({})", p.text), None, 1);
                            self.emit(format!("copy({}[{i}:], {})", p.text, src.s));
                        }
                    }
                }
            }
            6 => {
                let c = self.expr(&Ty::Bool, 2);
                let b1 = self.block(dd, self.blen(d));
                self.emit(format!("if {} {{", c.s));
                self.emit_lines(b1);
                match self.rng.below(3) {
                    0 => self.emit("}"),
                    1 => {
                        let b2 = self.block(dd, self.blen(d));
                        self.emit("} else {");
                        self.emit_lines(b2);
                        self.emit("}");
                    }
                    _ => {
                        let c2 = self.expr(&Ty::Bool, 2);
                        let b2 = self.block(dd, self.blen(d));
                        let b3 = self.block(dd, self.blen(d));
                        self.emit(format!("}} else if {} {{", c2.s));
                        self.emit_lines(b2);
                        self.emit("} else {");
                        self.emit_lines(b3);
                        self.emit("}");
                    }
                }
            }
            7 => self.for_stmt(d),
            8 => return self.range_stmt(d),
            9 => self.switch_stmt(d),
            10 => self.print_stmt(),
            11 => {
                let t = self.any_ty(2);
                let e = self.gen(&t, 2, super::expr::Mode { nonconst: true, transient: true });
                let Some(h) = self.hash_of(&t, &e.s) else { return false };
                self.emit(format!("mix({h})"));
            }
            12 => return self.call_stmt(),
            13 => self.closure_stmt(d),
            14 => self.probe(),
            15 => return self.defer_stmt(),
            16 => return self.branch_stmt(),
            17 => return self.tuple_assign(),
            18 => return self.comma_ok(),
            19 => self.goroutine_pattern(),
            20 => self.rangefunc_stmt(d),
            21 => return self.map_range(d),
            22 => return self.type_switch(d),
            23 => return self.method_stmt(),
            24 => self.generic_types(),
            25 => self.loop_closures(),
            26 => {
                let rets = self.fr().rets.clone();
                let c = self.expr(&Ty::Bool, 2);
                let es: Vec<String> = rets.iter().map(|t| self.expr(t, 2).s).collect();
                self.emit(format!("if {} {{", c.s));
                self.emit(format!("\treturn {}", indent_tail(&es.join(", "), 1)));
                self.emit("}");
            }
            27 => self.select_stmt(d),
            28 => self.any_switch(d),
            _ => return false,
        }
        true
    }

    fn decl_stmt(&mut self, d: u32) {
        let t = if self.rng.one_in(3) {
            // Prefer a type that something visible has, for more reads.
            let ps = self.places();
            if ps.is_empty() {
                self.any_ty(2)
            } else {
                ps[self.rng.below(ps.len())].ty.clone()
            }
        } else {
            self.any_ty(2)
        };
        let _ = d;
        let name = self.fresh("v");
        let b0 = self.borrow_reads;
        let e = self.expr(&t, 3);
        let borrowed = self.borrow_reads != b0;
        if e.untyped || self.rng.one_in(4) {
            let tg = self.t.go(&t);
            self.emit(format!("var {name} {tg} = {}", e.s));
        } else {
            self.emit(format!("{name} := {}", e.s));
        }
        let owner = matches!(t, Ty::Slice(_)) && !borrowed;
        self.declare(&name, t, owner);
        if borrowed {
            self.last_var().elem_write = false;
        }
    }

    fn for_stmt(&mut self, d: u32) {
        let dd = d - 1;
        let n = self.rng.range(1, 8);
        let form = self.rng.below(6);
        self.open_loop();
        let iv = self.fresh("i");
        let (head, pre, trips, ity): (String, Option<String>, i64, Option<Ty>) = match form {
            0 => {
                let k = *self.rng.pick(&[IntK::Int, IntK::Int, IntK::I8, IntK::U16, IntK::I64, IntK::U8]);
                let init = if k == IntK::Int { "0".to_string() } else { format!("{}(0)", k.name()) };
                (format!("for {iv} := {init}; {iv} < {n}; {iv}++ {{"), None, n, Some(Ty::Int(k)))
            }
            1 => (format!("for {iv} := range {n} {{"), None, n, Some(Ty::Int(IntK::Int))),
            2 => {
                let (_, e) = self.some_int(1, false);
                (format!("for {iv} := range int({}) & 7 {{", e.s), None, 7, Some(Ty::Int(IntK::Int)))
            }
            3 => {
                let pre = format!("{iv} := 0");
                (format!("for {iv} < {n} {{\n\t{iv}++"), Some(pre), n, Some(Ty::Int(IntK::Int)))
            }
            4 => {
                let pre = format!("{iv} := 0");
                (
                    format!("for {{\n\t{iv}++\n\tif {iv} > {n} {{\n\t\tbreak\n\t}}"),
                    Some(pre),
                    n,
                    Some(Ty::Int(IntK::Int)),
                )
            }
            _ => (
                format!("for {iv} := {n}; {iv} > 0; {iv} -= {} {{", self.rng.range(1, 2)),
                None,
                n,
                Some(Ty::Int(IntK::Int)),
            ),
        };
        let mut used = true;
        let body = self.with_trips(trips as f64 + 1.0, |g| {
            g.sub(|g| {
                if let Some(t) = &ity {
                    let frame = g.cur_frame();
                    g.declare_var(Var {
                        used: form > 2 || form == 0 || form == 5,
                        ..Var::new(iv.clone(), t.clone(), frame)
                    });
                }
                let nst = 1 + g.rng.below(g.blen(d));
                for _ in 0..nst {
                    if g.fr().budget <= 1.0 {
                        break;
                    }
                    g.stmt(dd);
                }
                if form == 1 || form == 2 {
                    // `for i := range n` with i unused becomes `for range n`.
                    used = g.keep_if_mentioned(&iv);
                }
            })
        });
        let head = if !used { head.replacen(&format!("{iv} := "), "", 1) } else { head };
        if let Some(pre) = pre {
            self.emit(pre);
        }
        if let Some(l) = self.close_loop() {
            self.emit(l);
        }
        self.emit(head);
        self.emit_lines(body);
        self.emit("}");
    }

    fn range_stmt(&mut self, d: u32) -> bool {
        let dd = d - 1;
        // What to range over.
        let choice = self.rng.below(5);
        let (src, kt, vt, frozen_var, trips): (String, Ty, Option<Ty>, Option<(usize, usize)>, f64) = match choice {
            0 | 1 => {
                let p = self.pick_place(|p| matches!(p.ty, Ty::Slice(_) | Ty::Arr(..)));
                match p {
                    Some(p) => {
                        let (Ty::Slice(e) | Ty::Arr(e, _)) = p.ty.clone() else { unreachable!() };
                        let fz = if matches!(p.ty, Ty::Slice(_)) { Some(p.var) } else { None };
                        (p.text, Ty::Int(IntK::Int), Some(*e), fz, 8.0)
                    }
                    None => {
                        let et = self.elem_ty(1);
                        let e = self.texpr(&Ty::slice(et.clone()), 2);
                        (e.s, Ty::Int(IntK::Int), Some(et), None, 6.0)
                    }
                }
            }
            2 => {
                let s = self.expr(&Ty::Str, 2);
                (s.s, Ty::Int(IntK::Int), Some(Ty::Int(IntK::I32)), None, 12.0)
            }
            3 => {
                let k = *self.rng.pick(&INT_KINDS);
                let n = self.rng.range(0, 6);
                let s = if k == IntK::Int { n.to_string() } else { format!("{}({n})", k.name()) };
                (s, Ty::Int(k), None, None, n as f64)
            }
            _ => {
                let et = self.elem_ty(1);
                let e = self.texpr(&Ty::slice(et.clone()), 2);
                (e.s, Ty::Int(IntK::Int), Some(et), None, 6.0)
            }
        };
        if let Some(fv) = frozen_var {
            self.var(fv).frozen = true;
        }
        let label = self.open_loop();
        let _ = label;
        let kn = self.fresh("k");
        let vn = self.fresh("x");
        let mut k_used = false;
        let mut v_used = false;
        let body = self.with_trips(trips + 1.0, |g| {
            g.sub(|g| {
                let frame = g.cur_frame();
                g.declare_var(Var::new(kn.clone(), kt.clone(), frame));
                if let Some(vt) = &vt {
                    let simple = !g.t.refish(vt);
                    g.declare_var(Var {
                        assign: simple,
                        elem_write: simple,
                        ..Var::new(vn.clone(), vt.clone(), frame)
                    });
                }
                let nst = 1 + g.rng.below(g.blen(d));
                for _ in 0..nst {
                    if g.fr().budget <= 1.0 {
                        break;
                    }
                    g.stmt(dd);
                }
                k_used = g.keep_if_mentioned(&kn);
                v_used = g.keep_if_mentioned(&vn);
            })
        });
        if let Some(fv) = frozen_var {
            self.var(fv).frozen = false;
        }
        let head = match (k_used, v_used) {
            (_, true) => format!("for {}, {vn} := range {src} {{", if k_used { kn.as_str() } else { "_" }),
            (true, false) => format!("for {kn} := range {src} {{"),
            (false, false) => format!("for range {src} {{"),
        };
        if let Some(l) = self.close_loop() {
            self.emit(l);
        }
        self.emit(head);
        self.emit_lines(body);
        self.emit("}");
        true
    }

    fn switch_stmt(&mut self, d: u32) {
        let dd = d - 1;
        let kind = self.rng.below(3);
        let (tag, ty) = match kind {
            0 => {
                let t = Ty::Int(*self.rng.pick(&INT_KINDS));
                (Some(self.nexpr(&t, 2).s), Some(t))
            }
            1 => (Some(self.nexpr(&Ty::Str, 2).s), Some(Ty::Str)),
            _ => (None, None),
        };
        let n = 1 + self.rng.below(4);
        self.frame().loops.push(Loop { label: String::new(), label_used: false, is_loop: false });
        let mut clauses: Vec<(String, Vec<String>)> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for i in 0..n {
            let mut vals = Vec::new();
            let nv = 1 + self.rng.below(2);
            for _ in 0..nv {
                let v = match &ty {
                    Some(Ty::Int(k)) => {
                        let x = self.int_lit(*k);
                        if x < 0 {
                            format!("({x})")
                        } else {
                            x.to_string()
                        }
                    }
                    Some(Ty::Str) => {
                        if self.rng.one_in(2) {
                            // Values the tag is likely to have.
                            self.str_lit()
                        } else {
                            format!("\"{}\"", self.rng.pick(&["a", "b", "ab", "0", "Go"]))
                        }
                    }
                    _ => self.nexpr(&Ty::Bool, 2).s,
                };
                if seen.contains(&v) {
                    continue;
                }
                seen.push(v.clone());
                vals.push(v);
            }
            if vals.is_empty() {
                continue;
            }
            let mut body = self.block(dd, self.blen(d));
            if i + 1 < n && self.rng.one_in(5) {
                body.push(format!("{}fallthrough", "\t".repeat(self.ind + 1)));
            }
            clauses.push((format!("case {}:", vals.join(", ")), body));
        }
        if self.rng.one_in(2) || clauses.is_empty() {
            let body = self.block(dd, self.blen(d));
            clauses.push(("default:".into(), body));
        }
        // `fallthrough` may not end the last clause.
        if let Some((_, b)) = clauses.last_mut() {
            if b.last().is_some_and(|l| l.trim() == "fallthrough") {
                b.pop();
            }
        }
        self.frame().loops.pop();
        match tag {
            Some(t) => self.emit(format!("switch {t} {{")),
            None => self.emit("switch {"),
        }
        for (h, b) in clauses {
            self.emit(h);
            self.emit_lines(b);
        }
        self.emit("}");
    }

    fn print_stmt(&mut self) {
        let tag = self.fresh("p");
        let n = 1 + self.rng.below(3);
        match self.rng.below(4) {
            0 | 1 => {
                let mut args = vec![format!("\"{tag}:\"")];
                for _ in 0..n {
                    let t = self.print_ty();
                    let e = self.texpr(&t, 2);
                    let e = self.typed(&t, e);
                    args.push(self.t.show(&t, &e));
                }
                self.emit(format!("fmt.Println({})", args.join(", ")));
            }
            2 => {
                let mut verbs = Vec::new();
                let mut args = Vec::new();
                for _ in 0..n {
                    let t = self.print_ty();
                    let e = self.texpr(&t, 2);
                    let e = self.typed(&t, e);
                    verbs.push(self.verb_for(&t));
                    args.push(e);
                }
                self.emit(format!("fmt.Printf(\"{tag}: {}\\n\", {})", verbs.join(" "), args.join(", ")));
            }
            _ => {
                let t = self.print_ty();
                let e = self.texpr(&t, 2);
                let e = self.typed(&t, e);
                let e = self.t.show(&t, &e);
                self.emit(format!("fmt.Print(\"{tag}: \", {e}, \"\\n\")"));
            }
        }
    }

    /// An argument for a parameter of an effectful call: a fresh value or
    /// a place that may be written through.
    fn writable_arg(&mut self, t: &Ty) -> String {
        if !self.t.refish(t) {
            return self.texpr(t, 2).s;
        }
        if let Ty::Ptr(inner) = t {
            if self.rng.one_in(2) {
                if let Some(p) = self.pick_place(|p| p.ty == **inner && p.addressable && p.write && p.elem_write) {
                    return format!("&{}", p.text);
                }
            }
        }
        let saved = self.fresh_only;
        self.fresh_only = true;
        let e = self.texpr(t, 2);
        self.fresh_only = saved;
        e.s
    }

    fn call_stmt(&mut self) -> bool {
        let fr = self.fr().clone();
        let cands: Vec<usize> = (0..fr.callable)
            .filter(|&i| {
                let f = &self.t.funcs[i];
                (!f.global_fx || fr.global_fx) && f.cost <= fr.budget && (!f.effectful || !fr.goroutines)
            })
            .collect();
        if cands.is_empty() {
            return false;
        }
        let i = cands[self.rng.below(cands.len())];
        let f = self.t.funcs[i].clone();
        self.frame().budget -= f.cost;
        let b0 = self.borrow_reads;
        let mut args = Vec::new();
        for (k, p) in f.params.iter().enumerate() {
            if k == 0 && f.recursive {
                args.push(self.rng.range(0, 6).to_string());
            } else if f.effectful {
                args.push(self.writable_arg(p));
            } else {
                args.push(self.texpr(p, 2).s);
            }
        }
        let call = format!("{}({})", f.name, args.join(", "));
        if self.rng.one_in(4) {
            self.emit(call);
            return true;
        }
        let names: Vec<String> = f.rets.iter().map(|_| self.fresh("r")).collect();
        let mut shown = names.clone();
        if names.len() == 2 && self.rng.one_in(3) {
            shown[0] = "_".into();
        }
        self.emit(format!("{} := {call}", shown.join(", ")));
        let borrowed = self.borrow_reads != b0;
        for (n, (s, t)) in names.iter().zip(shown.iter().zip(f.rets.iter())) {
            if s != "_" {
                let owner = matches!(t, Ty::Slice(_)) && !borrowed;
                self.declare(n, t.clone(), owner);
                if borrowed {
                    self.last_var().elem_write = false;
                }
            }
        }
        true
    }

    fn closure_stmt(&mut self, _d: u32) {
        let fx = self.rng.one_in(2);
        let np = self.rng.below(3);
        let ps: Vec<Ty> = (0..np).map(|_| self.basic_ty()).collect();
        let ret = self.basic_ty();
        let name = self.fresh("c");
        let pnames: Vec<String> = (0..np).map(|i| format!("{name}a{i}")).collect();
        let sig: Vec<String> = pnames.iter().zip(&ps).map(|(n, t)| format!("{n} {}", self.t.go(t))).collect();
        let parent = self.fr().clone();
        let mut fr = self.new_frame(vec![ret.clone()], parent.effectful && fx, parent.global_fx, parent.callable);
        fr.captured_writes = fx;
        fr.goroutines = parent.goroutines;
        fr.budget = 30.0;
        self.frames.push(fr);
        self.push_scope();
        for (n, t) in pnames.iter().zip(&ps) {
            self.declare_param(n, t.clone(), false);
        }
        let n = 1 + self.rng.below(3);
        let body = self.func_body(n);
        self.frames.pop();
        let rg = self.t.go(&ret);
        self.emit(format!("{name} := func({}) {rg} {{\n{body}}}", sig.join(", ")));
        let ft = Ty::Func(ps.clone(), Box::new(ret.clone()));
        self.declare(&name, ft, false);
        self.last_var().fx_closure = fx;
        // Call it once or twice right away.
        for _ in 0..1 + self.rng.below(2) {
            self.frame().budget -= 30.0;
            let args: Vec<String> = ps.iter().map(|t| self.texpr(t, 1).s).collect();
            let r = self.fresh("r");
            self.emit(format!("{r} := {name}({})", args.join(", ")));
            self.declare(&r, ret.clone(), false);
        }
        self.mark_last_named(&name);
    }

    fn mark_last_named(&mut self, name: &str) {
        for (_, sc) in self.scopes.iter_mut().rev() {
            if let Some(v) = sc.vars.iter_mut().find(|v| v.name == name) {
                v.used = true;
                return;
            }
        }
    }

    /// A statement that may panic, inside a function literal that
    /// recovers and returns what it recovered.
    pub fn probe(&mut self) {
        self.probe_count += 1;
        let name = self.fresh("pr");
        let mut pre: Vec<String> = Vec::new();
        let op: String = match self.rng.below(16) {
            0 | 1 => {
                // Index out of range.
                match self.pick_place(|p| matches!(p.ty, Ty::Slice(_) | Ty::Arr(..) | Ty::Str)) {
                    Some(p) => {
                        let (_, e) = self.some_int(1, false);
                        format!("{}[int({}) % 9]", p.text, e.s)
                    }
                    None => {
                        let (_, e) = self.some_int(1, false);
                        format!("[]int{{1, 2, 3}}[int({}) % 5]", e.s)
                    }
                }
            }
            2 => {
                let k = *self.rng.pick(&INT_KINDS);
                let t = Ty::Int(k);
                let a = self.nexpr(&t, 2);
                let b = self.nexpr(&t, 1);
                let op = if self.rng.one_in(2) { "/" } else { "%" };
                format!("{} {op} ({} % 3)", a.s, b.s)
            }
            3 => {
                pre.push("var nm_ map[string]int".into());
                let v = self.expr(&Ty::Int(IntK::Int), 1);
                pre.push(format!("nm_[\"k\"] = {}", v.s));
                "len(nm_)".into()
            }
            4 => {
                let structs: Vec<usize> =
                    (0..self.t.named.len()).filter(|&i| matches!(self.t.named[i].under, Under::Struct(_))).collect();
                let n = *self.rng.pick(&structs);
                let d = self.t.named[n].clone();
                let Under::Struct(fs) = &d.under else { unreachable!() };
                pre.push(format!("var np_ *{}", d.name));
                format!("np_.{}", fs[0].0)
            }
            5 | 6 if !self.t.ifaces.is_empty() => {
                let i = self.rng.below(self.t.ifaces.len());
                let impls = self.t.ifaces[i].impls.clone();
                let a = *self.rng.pick(&impls);
                let b = *self.rng.pick(&impls);
                let v = self.impl_value(a, 1);
                let bt = if self.t.named[b].ptr_recv {
                    format!("*{}", self.t.named[b].name)
                } else {
                    self.t.named[b].name.clone()
                };
                if self.rng.one_in(2) {
                    pre.push(format!("var iv_ {} = {v}", self.t.ifaces[i].name));
                } else {
                    pre.push(format!("var iv_ any = {v}"));
                }
                match self.rng.below(3) {
                    0 => "iv_.(fmt.Stringer).String()".into(),
                    _ => format!("iv_.({bt})"),
                }
            }
            7 => match self.pick_place(|p| matches!(p.ty, Ty::Slice(_) | Ty::Str)) {
                Some(p) => {
                    let (_, a) = self.some_int(1, false);
                    let (_, b) = self.some_int(1, false);
                    // Bounds are checked against the capacity, which
                    // append's growth decides: cut it to the length first.
                    let base = if matches!(p.ty, Ty::Slice(_)) {
                        pre.push(format!("sl_ := {0}[:len({0}):len({0})]", p.text));
                        "sl_".to_string()
                    } else {
                        p.text.clone()
                    };
                    // Known: mvm words negative low bounds differently.
                    let avoid = self.opts.avoid_known;
                    let bound = |e: &str, m: u32| {
                        if avoid {
                            format!("int(uint({e}) % {m})")
                        } else {
                            format!("int({e}) % {m}")
                        }
                    };
                    if self.rng.one_in(3) && matches!(p.ty, Ty::Slice(_)) {
                        let (_, c) = self.some_int(1, false);
                        format!("{base}[{}:{}:{}]", bound(&a.s, 4), bound(&b.s, 6), bound(&c.s, 7))
                    } else {
                        format!("{base}[{}:{}]", bound(&a.s, 6), bound(&b.s, 6))
                    }
                }
                None => {
                    let (_, a) = self.some_int(1, false);
                    if self.opts.avoid_known {
                        format!("\"abc\"[int(uint({}) % 6):]", a.s)
                    } else {
                        format!("\"abc\"[int({}) % 6:]", a.s)
                    }
                }
            },
            8 => {
                let v = self.expr(&Ty::Str, 2);
                match self.rng.below(4) {
                    0 => format!("func() int {{\n\tpanic({})\n}}()", indent_tail(&v.s, 1)),
                    1 => {
                        let (_, e) = self.some_int(1, false);
                        format!(
                            "func() int {{\n\tpanic(fmt.Errorf(\"wrapped %d: %w\", {}, errors.New({})))\n}}()",
                            indent_tail(&e.s, 1),
                            indent_tail(&v.s, 1)
                        )
                    }
                    2 => {
                        let (_, e) = self.some_int(1, false);
                        format!(
                            "func() int {{\n\tpanic(&myErr{{int({}), {}}})\n}}()",
                            indent_tail(&e.s, 1),
                            indent_tail(&v.s, 1)
                        )
                    }
                    _ => {
                        let (_, e) = self.some_int(1, false);
                        format!("func() int {{\n\tpanic({})\n}}()", indent_tail(&e.s, 1))
                    }
                }
            }
            9 => {
                let et = Ty::Int(*self.rng.pick(&INT_KINDS));
                let s = self.texpr(&Ty::slice(et.clone()), 2);
                let n = 1 + self.rng.below(4);
                format!("[{n}]{}({})", self.t.go(&et), s.s)
            }
            10 => {
                let k = *self.rng.pick(&INT_KINDS);
                let a = self.nexpr(&Ty::Int(k), 2);
                let sk = *self.rng.pick(&[IntK::Int, IntK::I8, IntK::I32, IntK::I64]);
                let s = self.nexpr(&Ty::Int(sk), 1);
                format!("{} << {}", a.s, s.s)
            }
            11 => {
                let (_, e) = self.some_int(1, false);
                format!("len(make([]int, int({}) % 5))", e.s)
            }
            12 => {
                pre.push("ch_ := make(chan int, 1)".into());
                pre.push("close(ch_)".into());
                if self.rng.one_in(2) {
                    pre.push("close(ch_)".into());
                } else {
                    pre.push("ch_ <- 1".into());
                }
                "len(ch_)".into()
            }
            13 => {
                // Unwinding through frames with deferred calls.
                let v = self.expr(&Ty::Str, 1);
                pre.push("var dp_ func(int) int".into());
                pre.push(format!(
                    "dp_ = func(n_ int) int {{\n\tif n_ <= 0 {{\n\t\tpanic(\"deep \" + {})\n\t}}\n\tdefer func() {{\n\t\tn_++\n\t}}()\n\treturn dp_(n_-1) + n_\n}}",
                    indent_tail(&v.s, 2)
                ));
                format!("dp_({})", 1 + self.rng.below(4))
            }
            14 => {
                // A panic while panicking: the later one is recovered.
                pre.push("defer func() {\n\tpanic(\"second\")\n}()".into());
                let v = self.expr(&Ty::Str, 1);
                format!("func() int {{\n\tpanic({})\n}}()", indent_tail(&v.s, 1))
            }
            _ => {
                let s = self.expr(&Ty::Str, 1);
                let (_, e) = self.some_int(1, false);
                format!("strings.Repeat({}, int({}) % 3)", s.s, e.s)
            }
        };
        let mut text =
            format!("{name} := func() (out_ string) {{\n\tdefer func() {{\n\t\tout_ = fmt.Sprint(\"rec:\", recover())\n\t}}()\n");
        for l in pre {
            for x in l.lines() {
                text.push_str(&format!("\t{x}\n"));
            }
        }
        let op_lines: Vec<&str> = op.lines().collect();
        if self.t.exact_floats {
            text.push_str(&format!("\treturn fmt.Sprintf(\"%.7v\", {}", op_lines[0]));
        } else {
            text.push_str(&format!("\treturn fmt.Sprint({}", op_lines[0]));
        }
        for l in &op_lines[1..] {
            text.push_str(&format!("\n\t{l}"));
        }
        text.push_str(")\n}()");
        self.emit(text);
        self.declare(&name, Ty::Str, false);
        if self.fr().global_fx && !self.fr().goroutines && self.rng.one_in(2) {
            self.emit(format!("fmt.Println(\"{name}\", {name})"));
            self.mark_last_named(&name);
        }
    }

    fn defer_stmt(&mut self) -> bool {
        self.frame().defers += 1;
        match self.rng.below(3) {
            0 => {
                let t = self.print_ty();
                let e = self.texpr(&t, 2);
                let e = self.typed(&t, e);
                let e = self.t.show(&t, &e);
                let tag = self.fresh("d");
                self.emit(format!("defer fmt.Println(\"{tag}\", {e})"));
            }
            1 => {
                let Some(p) = self.pick_place(|p| !matches!(p.ty, Ty::Func(..))) else { return false };
                let Some(h) = self.hash_of(&p.ty, &p.text) else { return false };
                self.emit(format!("defer func() {{\n\tmix({h})\n}}()"));
            }
            _ => {
                let n = 1 + self.rng.below(3);
                let i = self.fresh("i");
                self.emit(format!("for {i} := range {n} {{\n\tdefer func() {{\n\t\tmix(uint64({i}) * 77)\n\t}}()\n}}"));
            }
        }
        true
    }

    fn branch_stmt(&mut self) -> bool {
        let c = self.expr(&Ty::Bool, 1);
        let loops = self.fr().loops.clone();
        let innermost_loop = loops.iter().rposition(|l| l.is_loop);
        let cont = innermost_loop.is_some() && self.rng.one_in(2);
        let kw = if cont { "continue" } else { "break" };
        // Pick the target: the innermost, or a labeled outer loop.
        let mut target = String::new();
        if self.rng.one_in(2) {
            let cands: Vec<usize> = (0..loops.len()).filter(|&i| loops[i].is_loop).collect();
            if !cands.is_empty() {
                let i = *self.rng.pick(&cands);
                if i + 1 != loops.len() || self.rng.one_in(2) {
                    self.frame().loops[i].label_used = true;
                    target = format!(" {}", loops[i].label);
                }
            }
        }
        if target.is_empty() && cont && innermost_loop.is_none() {
            return false;
        }
        self.emit(format!("if {} {{\n\t{kw}{target}\n}}", c.s));
        true
    }

    fn tuple_assign(&mut self) -> bool {
        let tb = self.t.clone();
        let Some(a) = self.writable(|p| p.elem_write || !tb.refish(&p.ty)) else { return false };
        let t = a.ty.clone();
        let at = a.text.clone();
        let b = self.writable(|p| p.ty == t && p.text != at && (p.elem_write || !tb.refish(&p.ty)));
        match b {
            Some(b) if self.rng.one_in(2) => {
                self.emit(format!("{}, {} = {}, {}", a.text, b.text, b.text, a.text));
            }
            Some(b) => {
                let e1 = self.store_expr(&t, 2);
                let e2 = self.store_expr(&t, 2);
                self.emit(format!("{}, {} = {}, {}", a.text, b.text, e1.s, e2.s));
            }
            None => {
                // `i, s[i] = ...`: the index is evaluated before assigning.
                if self.t.int_kind(&t).is_none() {
                    return false;
                }
                if let Some(s) = self.pick_place(|p| matches!(p.ty, Ty::Slice(_)) && p.elem_write) {
                    let Ty::Slice(e) = s.ty.clone() else { unreachable!() };
                    let e1 = self.expr(&t, 2);
                    let e2 = self.expr(&e, 2);
                    self.emit(format!(
                        "{}, {}[uint({})%uint(len({}))] = {}, {}",
                        a.text, s.text, a.text, s.text, e1.s, e2.s
                    ));
                } else {
                    return false;
                }
            }
        }
        true
    }

    fn comma_ok(&mut self) -> bool {
        if self.rng.one_in(2) {
            let Some(p) = self.pick_place(|p| matches!(p.ty, Ty::Map(..))) else { return false };
            let Ty::Map(k, v) = p.ty.clone() else { unreachable!() };
            let key = self.expr(&k, 2);
            let vn = self.fresh("mv");
            let ok = self.fresh("ok");
            self.emit(format!("{vn}, {ok} := {}[{}]", p.text, key.s));
            // A missing key gives the zero value: "" is allowed for a
            // moment, then fixed so strings stay non-empty.
            if *v == Ty::Str {
                self.emit(format!("if !{ok} {{\n\t{vn} = \"none\"\n}}"));
                self.declare(&vn, *v, false);
                self.declare(&ok, Ty::Bool, false);
                self.mark_last_named(&ok);
            } else {
                self.declare(&vn, *v, false);
                self.declare(&ok, Ty::Bool, false);
            }
        } else {
            let Some(p) = self.pick_place(|p| matches!(p.ty, Ty::Iface(_))) else { return false };
            let Ty::Iface(i) = p.ty else { unreachable!() };
            let impls = self.t.ifaces[i].impls.clone();
            let n = *self.rng.pick(&impls);
            let d = self.t.named[n].clone();
            let (tn, ty) = if d.ptr_recv {
                (format!("*{}", d.name), Ty::ptr(Ty::Named(n)))
            } else {
                (d.name.clone(), Ty::Named(n))
            };
            let vn = self.fresh("ta");
            let ok = self.fresh("ok");
            self.emit(format!("{vn}, {ok} := {}.({tn})", p.text));
            // On failure the value is the zero value (nil pointer, empty
            // strings): only use it when ok.
            self.declare(&ok, Ty::Bool, false);
            self.mark_last_named(&ok);
            let body = self.sub(|g| {
                let frame = g.cur_frame();
                g.declare_var(Var::new(vn.clone(), ty.clone(), frame));
                g.stmt(1);
            });
            self.emit(format!("if {ok} {{"));
            self.emit_lines(body);
            self.emit("} else {");
            self.emit(format!("\t_ = {vn}"));
            self.emit("}");
        }
        true
    }

    /// Goroutines in deterministic patterns: results sorted, written to
    /// own slots, summed under a mutex, or passed in order down a
    /// pipeline.
    pub fn goroutine_pattern(&mut self) {
        let n = 2 + self.rng.below(4);
        let kind = self.rng.below(4);
        let t = match kind {
            0 => Ty::Int(*self.rng.pick(&INT_KINDS)),
            1 => self.basic_ty(),
            2 => Ty::Int(*self.rng.pick(&INT_KINDS)),
            _ => self.basic_ty(),
        };
        let tg = self.t.go(&t);
        self.frame().budget -= 40.0 * n as f64;
        // The worker's value: an expression over its index, in a frame
        // that reads captured variables and has no global effects.
        let worker = |g: &mut Gen, idx: &str| -> (String, bool) {
            let mut fr = g.new_frame(vec![], false, false, g.fr().callable);
            fr.goroutines = true;
            fr.budget = 40.0;
            g.frames.push(fr);
            g.push_scope();
            g.declare_param(idx, Ty::Int(IntK::Int), false);
            g.last_var().used = false;
            let e = g.expr(&t, 3);
            let e = g.typed(&t, e);
            let used = super::prelude::mentions(&e, idx);
            g.scopes.pop();
            g.frames.pop();
            (e, used)
        };
        let range_head = |v: &str, used: bool, what: &str| -> String {
            if used {
                format!("for {v} := range {what} {{")
            } else {
                format!("for range {what} {{")
            }
        };
        match kind {
            0 => {
                let ch = self.fresh("ch");
                let res = self.fresh("res");
                let w = self.fresh("w");
                let buf = if self.rng.one_in(2) { n } else { 0 };
                let (e, used) = worker(self, &w);
                self.emit(format!("{ch} := make(chan {tg}, {buf})"));
                let h = range_head(&w, used, &n.to_string());
                self.emit(format!("{h}\n\tgo func() {{\n\t\t{ch} <- {}\n\t}}()\n}}", indent_tail(&e, 2)));
                self.emit(format!("{res} := make([]{tg}, 0, {n})"));
                self.emit(format!("for range {n} {{\n\t{res} = append({res}, <-{ch})\n}}"));
                self.emit(format!("slices.Sort({res})"));
                self.declare(&res, Ty::slice(t.clone()), true);
            }
            1 => {
                let wg = self.fresh("wg");
                let out = self.fresh("out");
                let i = self.fresh("i");
                let (e, _) = worker(self, &i);
                self.emit(format!("var {wg} sync.WaitGroup"));
                self.emit(format!("{out} := make([]{tg}, {n})"));
                self.emit(format!(
                    "for {i} := range {n} {{\n\t{wg}.Add(1)\n\tgo func() {{\n\t\tdefer {wg}.Done()\n\t\t{out}[{i}] = {}\n\t}}()\n}}",
                    indent_tail(&e, 2)
                ));
                self.emit(format!("{wg}.Wait()"));
                self.declare(&out, Ty::slice(t.clone()), true);
            }
            2 => {
                let mu = self.fresh("mu");
                let wg = self.fresh("wg");
                let tot = self.fresh("tot");
                let i = self.fresh("i");
                let (e, used) = worker(self, &i);
                self.emit(format!("var {mu} sync.Mutex\nvar {wg} sync.WaitGroup\nvar {tot} {tg}"));
                let h = range_head(&i, used, &n.to_string());
                self.emit(format!(
                    "{h}\n\t{wg}.Add(1)\n\tgo func() {{\n\t\tdefer {wg}.Done()\n\t\tx_ := {}\n\t\t{mu}.Lock()\n\t\t{tot} += x_\n\t\t{mu}.Unlock()\n\t}}()\n}}",
                    indent_tail(&e, 2)
                ));
                self.emit(format!("{wg}.Wait()"));
                self.declare(&tot, t.clone(), false);
            }
            _ => {
                let src = self.fresh("src");
                let dst = self.fresh("dst");
                let v = self.fresh("v");
                let col = self.fresh("col");
                let (e, used) = worker(self, &v);
                let buf = self.rng.below(3);
                self.emit(format!("{src} := make(chan int)\n{dst} := make(chan {tg}, {buf})"));
                self.emit(format!(
                    "go func() {{\n\tfor i_ := range {n} {{\n\t\t{src} <- i_\n\t}}\n\tclose({src})\n}}()"
                ));
                let h = range_head(&v, used, &src);
                self.emit(format!(
                    "go func() {{\n\t{h}\n\t\t{dst} <- {}\n\t}}\n\tclose({dst})\n}}()",
                    indent_tail(&e, 2)
                ));
                self.emit(format!("var {col} []{tg}\nfor r_ := range {dst} {{\n\t{col} = append({col}, r_)\n}}"));
                self.declare(&col, Ty::slice(t.clone()), false);
            }
        }
    }

    fn rangefunc_stmt(&mut self, d: u32) {
        let dd = d - 1;
        let form = self.rng.below(3);
        let kn = self.fresh("k");
        let vn = self.fresh("x");
        let (src, kt, vt): (String, Ty, Option<Ty>) = match form {
            0 => (format!("seq({})", self.rng.range(0, 7)), Ty::Int(IntK::Int), None),
            1 => {
                let et = self.basic_ty();
                let s = self.texpr(&Ty::slice(et.clone()), 2);
                (format!("pairs({})", s.s), Ty::Int(IntK::Int), Some(et))
            }
            _ => {
                let n = self.rng.range(1, 6);
                let m = self.rng.range(2, 9);
                (
                    format!("func(yield func(int) bool) {{\n\tfor i := 0; i < {n}; i++ {{\n\t\tif !yield(i * i % {m}) {{\n\t\t\treturn\n\t\t}}\n\t}}\n}}"),
                    Ty::Int(IntK::Int),
                    None,
                )
            }
        };
        self.open_loop();
        let mut k_used = false;
        let mut v_used = false;
        let body = self.with_trips(7.0, |g| {
            g.sub(|g| {
                let frame = g.cur_frame();
                for (n, t) in [(kn.clone(), Some(kt.clone())), (vn.clone(), vt.clone())] {
                    if let Some(t) = t {
                        g.declare_var(Var::new(n, t, frame));
                    }
                }
                let nst = 1 + g.rng.below(g.blen(d));
                for _ in 0..nst {
                    if g.fr().budget <= 1.0 {
                        break;
                    }
                    g.stmt(dd);
                }
                k_used = g.keep_if_mentioned(&kn);
                v_used = g.keep_if_mentioned(&vn);
            })
        });
        let head = if vt.is_some() && v_used {
            format!("for {}, {vn} := range {src} {{", if k_used { kn.as_str() } else { "_" })
        } else if k_used {
            format!("for {kn} := range {src} {{")
        } else {
            format!("for range {src} {{")
        };
        if let Some(l) = self.close_loop() {
            self.emit(l);
        }
        self.emit(head);
        self.emit_lines(body);
        self.emit("}");
    }

    fn map_range(&mut self, d: u32) -> bool {
        let Some(p) = self.pick_place(|p| matches!(p.ty, Ty::Map(..))) else { return false };
        let Ty::Map(kt, vt) = p.ty.clone() else { unreachable!() };
        let sortable = self.t.ordered(&kt);
        if sortable && self.rng.one_in(2) {
            // Through sorted keys; the body may do anything.
            let keys = self.fresh("keys");
            let kg = self.t.go(&kt);
            match self.rng.below(3) {
                0 => {
                    self.emit(format!("{keys} := make([]{kg}, 0, len({}))", p.text));
                    self.emit(format!("for k_ := range {} {{\n\t{keys} = append({keys}, k_)\n}}", p.text));
                    self.emit(format!("slices.Sort({keys})"));
                }
                1 => {
                    self.emit(format!("var {keys} []{kg}"));
                    self.emit(format!("for k_ := range {} {{\n\t{keys} = append({keys}, k_)\n}}", p.text));
                    self.emit(format!(
                        "sort.Slice({keys}, func(i, j int) bool {{\n\treturn {keys}[i] < {keys}[j]\n}})"
                    ));
                }
                _ => self.emit(format!("{keys} := slices.Sorted(maps.Keys({}))", p.text)),
            }
            self.declare(&keys, Ty::slice((*kt).clone()), true);
            self.mark_last_named(&keys);
            let kn = self.fresh("k");
            let mut k_used = false;
            self.open_loop();
            let body = self.with_trips(5.0, |g| {
                g.sub(|g| {
                    let frame = g.cur_frame();
                    g.declare_var(Var::new(kn.clone(), (*kt).clone(), frame));
                    let n = 1 + g.rng.below(3);
                    for _ in 0..n {
                        g.stmt(d - 1);
                    }
                    k_used = g.keep_if_mentioned(&kn);
                })
            });
            if let Some(l) = self.close_loop() {
                self.emit(l);
            }
            if k_used {
                self.emit(format!("for _, {kn} := range {keys} {{"));
            } else {
                self.emit(format!("for range {keys} {{"));
            }
            self.emit_lines(body);
            self.emit("}");
            return true;
        }
        // An order-independent accumulation.
        let acc = self.fresh("acc");
        let ak = *self.rng.pick(&INT_KINDS);
        let at = Ty::Int(ak);
        let kn = self.fresh("k");
        let vn = self.fresh("x");
        let mut fr = self.new_frame(vec![], false, false, self.fr().callable);
        fr.budget = 30.0;
        fr.goroutines = self.fr().goroutines;
        self.frames.push(fr);
        self.push_scope();
        self.declare_param(&kn, (*kt).clone(), false);
        self.declare_param(&vn, (*vt).clone(), false);
        let e = self.nexpr(&at, 2);
        let cond = self.expr(&Ty::Bool, 1);
        self.scopes.pop();
        self.frames.pop();
        self.frame().budget -= 150.0;
        let op = *self.rng.pick(&["+=", "^=", "+="]);
        self.emit(format!("var {acc} {}", ak.name()));
        if self.rng.one_in(3) {
            self.emit(format!(
                "for {kn}, {vn} := range {} {{\n\tif {} {{\n\t\t{acc} {op} {}\n\t}}\n\t_, _ = {kn}, {vn}\n}}",
                p.text,
                indent_tail(&cond.s, 1),
                indent_tail(&e.s, 2)
            ));
        } else {
            self.emit(format!(
                "for {kn}, {vn} := range {} {{\n\t{acc} {op} {}\n\t_, _ = {kn}, {vn}\n}}",
                p.text,
                indent_tail(&e.s, 1)
            ));
        }
        self.declare(&acc, at, false);
        true
    }

    fn type_switch(&mut self, d: u32) -> bool {
        let Some(p) = self.pick_place(|p| matches!(p.ty, Ty::Iface(_))) else { return false };
        let Ty::Iface(i) = p.ty else { unreachable!() };
        let impls = self.t.ifaces[i].impls.clone();
        let x = self.fresh("sw");
        self.frame().loops.push(Loop { label: String::new(), label_used: false, is_loop: false });
        let mut clauses = Vec::new();
        let mut any_used = false;
        let n = 1 + self.rng.below(impls.len());
        for &im in impls.iter().take(n) {
            let nd = self.t.named[im].clone();
            let (tn, ty) = if nd.ptr_recv {
                (format!("*{}", nd.name), Ty::ptr(Ty::Named(im)))
            } else {
                (nd.name.clone(), Ty::Named(im))
            };
            let mut used = false;
            let body = self.sub(|g| {
                let frame = g.cur_frame();
                g.declare_var(Var::new(x.clone(), ty.clone(), frame));
                g.stmt(d - 1);
                used = g.keep_if_mentioned(&x);
            });
            any_used |= used;
            clauses.push((format!("case {tn}:"), body));
        }
        if self.rng.one_in(2) {
            let body = self.block(d - 1, 2);
            clauses.push(("default:".into(), body));
        }
        self.frame().loops.pop();
        if any_used {
            self.emit(format!("switch {x} := {}.(type) {{", p.text));
        } else {
            self.emit(format!("switch {}.(type) {{", p.text));
        }
        for (h, b) in clauses {
            self.emit(h);
            self.emit_lines(b);
        }
        self.emit("}");
        true
    }

    fn any_switch(&mut self, d: u32) {
        let t = self.print_ty();
        let e = self.texpr(&t, 2);
        let e = self.typed(&t, e);
        let a = self.fresh("av");
        let x = self.fresh("sw");
        self.emit(format!("var {a} any = {e}"));
        let cases: Vec<(&str, Ty)> = vec![
            ("int", Ty::Int(IntK::Int)),
            ("string", Ty::Str),
            ("float64", Ty::F64),
            ("bool", Ty::Bool),
            ("int8, uint8, int16", Ty::Bool),
            ("[]int", Ty::slice(Ty::Int(IntK::Int))),
        ];
        self.frame().loops.push(Loop { label: String::new(), label_used: false, is_loop: false });
        let mut clauses = Vec::new();
        let mut any_used = false;
        for (name, ty) in cases {
            if !self.rng.one_in(2) {
                continue;
            }
            let multi = name.contains(',');
            let mut used = false;
            let body = self.sub(|g| {
                if !multi {
                    let frame = g.cur_frame();
                    g.declare_var(Var::new(x.clone(), ty.clone(), frame));
                }
                g.stmt(d - 1);
                used = g.keep_if_mentioned(&x);
            });
            any_used |= used;
            clauses.push((format!("case {name}:"), body));
        }
        let body = self.block(d - 1, 2);
        clauses.push(("default:".into(), body));
        self.frame().loops.pop();
        if any_used {
            self.emit(format!("switch {x} := {a}.(type) {{"));
        } else {
            self.emit(format!("switch {a}.(type) {{"));
        }
        for (h, b) in clauses {
            self.emit(h);
            self.emit_lines(b);
        }
        self.emit("}");
    }

    fn method_stmt(&mut self) -> bool {
        if self.fr().goroutines || self.in_method_pub() {
            return false;
        }
        let mut cands: Vec<(Place, usize)> = Vec::new();
        for p in self.places() {
            let ii = match &p.ty {
                Ty::Iface(i) if p.elem_write => Some(*i),
                Ty::Ptr(inner) if p.elem_write => match **inner {
                    Ty::Named(n) if self.t.named[n].ptr_recv => self.t.named[n].iface,
                    _ => None,
                },
                _ => None,
            };
            if let Some(ii) = ii {
                cands.push((p.clone(), ii));
            }
        }
        if cands.is_empty() || self.fr().budget < 60.0 {
            return false;
        }
        let (p, ii) = cands[self.rng.below(cands.len())].clone();
        let ms = self.t.ifaces[ii].methods.clone();
        let m = self.rng.pick(&ms).clone();
        self.mark_used(p.var);
        self.frame().budget -= 60.0;
        let args: Vec<String> = m.params.iter().map(|t| self.texpr(t, 1).s).collect();
        let r = self.fresh("mr");
        self.emit(format!("{r} := {}.{}({})", p.text, m.name, args.join(", ")));
        self.declare(&r, m.ret.clone(), false);
        true
    }

    pub fn in_method_pub(&self) -> bool {
        self.scopes.iter().any(|(f, sc)| *f >= 1 && sc.vars.iter().any(|v| v.name == "r"))
    }

    fn generic_types(&mut self) {
        if self.rng.one_in(2) {
            let t = self.basic_ty();
            let tg = self.t.go(&t);
            let st = self.fresh("st");
            self.emit(format!("{st} := &gStack[{tg}]{{}}"));
            for _ in 0..1 + self.rng.below(3) {
                let e = self.expr(&t, 2);
                self.emit(format!("{st}.push({})", e.s));
            }
            let v = self.fresh("pv");
            let ok = self.fresh("ok");
            self.emit(format!("{v}, {ok} := {st}.pop()"));
            let fill = self.expr(&t, 1);
            self.emit(format!("if !{ok} {{\n\t{v} = {}\n}}", indent_tail(&fill.s, 1)));
            self.declare(&v, t, false);
        } else {
            let a = self.basic_ty();
            let b = self.basic_ty();
            let ea = self.nexpr(&a, 2);
            let eb = self.nexpr(&b, 2);
            let pr = self.fresh("pair");
            self.emit(format!("{pr} := mkPair({}, {}).swap()", ea.s, eb.s));
            let x = self.fresh("pa");
            let y = self.fresh("pb");
            self.emit(format!("{x}, {y} := {pr}.a, {pr}.b"));
            self.declare(&x, b, false);
            self.declare(&y, a, false);
        }
    }

    fn loop_closures(&mut self) {
        let t = Ty::Int(*self.rng.pick(&INT_KINDS));
        let tg = self.t.go(&t);
        let fs = self.fresh("fs");
        let i = self.fresh("i");
        let n = 2 + self.rng.below(4);
        let e = self.nexpr(&t, 1);
        self.frame().budget -= 20.0;
        self.emit(format!("var {fs} []func() {tg}"));
        self.emit(format!(
            "for {i} := range {n} {{\n\t{fs} = append({fs}, func() {tg} {{\n\t\treturn {tg}({i})*3 + {}\n\t}})\n}}",
            indent_tail(&e.s, 2)
        ));
        let acc = self.fresh("acc");
        self.emit(format!("var {acc} {tg}\nfor _, f_ := range {fs} {{\n\t{acc} = {acc}*7 + f_()\n}}"));
        self.declare(&acc, t, false);
    }

    fn select_stmt(&mut self, d: u32) {
        let c1 = self.fresh("sc");
        let t = self.basic_ty();
        let tg = self.t.go(&t);
        let ready = self.rng.one_in(2);
        self.emit(format!("{c1} := make(chan {tg}, 1)"));
        if ready {
            let e = self.expr(&t, 2);
            self.emit(format!("{c1} <- {}", e.s));
        }
        self.frame().loops.push(Loop { label: String::new(), label_used: false, is_loop: false });
        let v = self.fresh("sv");
        let mut used = false;
        let b1 = self.sub(|g| {
            let frame = g.cur_frame();
            g.declare_var(Var::new(v.clone(), t.clone(), frame));
            g.stmt(d - 1);
            used = g.keep_if_mentioned(&v);
        });
        let b2 = self.block(d - 1, 2);
        self.frame().loops.pop();
        self.emit("select {");
        if used {
            self.emit(format!("case {v} := <-{c1}:"));
        } else {
            self.emit(format!("case <-{c1}:"));
        }
        self.emit_lines(b1);
        self.emit("default:");
        self.emit_lines(b2);
        self.emit("}");
    }

    /// A call of the function with `i` drawn from a loop, several times,
    /// so that tier-up happens mid-run; the results are printed or mixed.
    pub fn call_drill(&mut self, f: usize) {
        let fd = self.t.funcs[f].clone();
        let n = 3 + self.rng.below(5);
        if fd.cost * n as f64 > self.fr().budget {
            return;
        }
        let i = self.fresh("i");
        let mut used = false;
        let body = self.with_trips(n as f64, |g| {
            g.sub(|g| {
                g.frame().budget -= fd.cost;
                let frame = g.cur_frame();
                g.declare_var(Var::new(i.clone(), Ty::Int(IntK::Int), frame));
                let mut args = Vec::new();
                for (k, p) in fd.params.iter().enumerate() {
                    if k == 0 && fd.recursive {
                        g.mark_last_named(&i);
                        args.push(format!("{i} % 7"));
                        continue;
                    }
                    let a = if g.t.int_kind(p).is_some() && g.rng.one_in(2) {
                        g.mark_last_named(&i);
                        let pg = g.t.go(p);
                        let e = g.expr(p, 1);
                        format!("{pg}({i})*{} + {}", g.rng.range(1, 9), e.s)
                    } else if fd.effectful {
                        g.writable_arg(p)
                    } else {
                        g.texpr(p, 2).s
                    };
                    args.push(a);
                }
                let names: Vec<String> = fd.rets.iter().map(|_| g.fresh("r")).collect();
                g.emit(format!("{} := {}({})", names.join(", "), fd.name, args.join(", ")));
                for (n, t) in names.iter().zip(&fd.rets) {
                    let printable = g.t.printable(t);
                    if printable && g.rng.one_in(2) {
                        g.mark_last_named(&i);
                        let shown = g.t.show(t, n);
                        g.emit(format!("fmt.Println(\"{}\", {i}, {shown})", fd.name));
                    } else if let Some(h) = g.hash_of(t, n) {
                        g.emit(format!("mix({h})"));
                    } else {
                        g.emit(format!("_ = {n}"));
                    }
                }
                used = g.keep_if_mentioned(&i);
            })
        });
        if used {
            self.emit(format!("for {i} := range {n} {{"));
        } else {
            self.emit(format!("for range {n} {{"));
        }
        self.emit_lines(body);
        self.emit("}");
    }
}

fn indent_tail(s: &str, n: usize) -> String {
    Gen::indent_tail(s, n)
}
