//! Reduction of a mismatching program: delta debugging over the
//! program's lines, with blocks (a line opening `{` up to its closing
//! `}`, `else` and `case` parts included) removed as units, from top-level
//! declarations down to single statements, keeping every cut after which
//! the two chosen engines still disagree.

use crate::gen::prelude::{strip_header, with_imports};

/// A removable unit: lines `start..end` of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Unit {
    start: usize,
    end: usize,
    depth: usize,
}

fn indent(l: &str) -> usize {
    l.chars().take_while(|&c| c == '\t').count()
}

fn is_continuation(l: &str) -> bool {
    let t = l.trim_start();
    t.starts_with('}') || t.starts_with(')')
}

fn is_label(l: &str) -> bool {
    let t = l.trim();
    t.ends_with(':') && !t.starts_with("case ") && t != "default:" && !t.contains(' ')
}

/// The end (exclusive) of the statement starting at line `i`.
fn span_end(lines: &[String], i: usize) -> usize {
    let d = indent(&lines[i]);
    if is_label(&lines[i]) && i + 1 < lines.len() {
        return span_end(lines, i + 1);
    }
    let is_case = {
        let t = lines[i].trim_start();
        t.starts_with("case ") || t.starts_with("default:")
    };
    let mut j = i + 1;
    while j < lines.len() {
        let l = &lines[j];
        if l.trim().is_empty() {
            if d == 0 {
                break;
            }
            j += 1;
            continue;
        }
        let dj = indent(l);
        if dj > d {
            j += 1;
            continue;
        }
        if dj == d && !is_case {
            let t = l.trim_start();
            if is_continuation(l) || t.starts_with("case ") || t.starts_with("default:") {
                j += 1;
                continue;
            }
        }
        break;
    }
    j
}

fn units(lines: &[String]) -> Vec<Unit> {
    let mut out = Vec::new();
    for i in 0..lines.len() {
        let l = &lines[i];
        if l.trim().is_empty() || is_continuation(l) {
            continue;
        }
        // Lines that continue a statement opened above (inside a
        // multi-line expression) are units only if they start a statement.
        let end = span_end(lines, i);
        out.push(Unit { start: i, end, depth: indent(l) });
    }
    out
}

/// Adds `_ = x` after declarations, so that removing the uses of a
/// variable does not make the program invalid.
pub fn add_blank_uses(body: &str) -> String {
    let lines: Vec<String> = body.lines().map(String::from).collect();
    let mut inserts: Vec<(usize, String)> = Vec::new();
    for i in 0..lines.len() {
        let l = &lines[i];
        let d = indent(l);
        if d == 0 {
            continue;
        }
        let t = l.trim();
        let names: Vec<String> = if let Some(rest) = t.strip_prefix("var ") {
            rest.split_whitespace().next().map(|n| vec![n.to_string()]).unwrap_or_default()
        } else if let Some(p) = t.find(" := ") {
            let lhs = &t[..p];
            if lhs.starts_with("for ")
                || lhs.starts_with("if ")
                || lhs.starts_with("switch ")
                || lhs.starts_with("case ")
            {
                vec![]
            } else {
                lhs.split(',').map(|s| s.trim().to_string()).collect()
            }
        } else {
            vec![]
        };
        let names: Vec<String> =
            names.into_iter().filter(|n| n != "_" && n.chars().all(|c| c.is_alphanumeric() || c == '_')).collect();
        if names.is_empty() {
            continue;
        }
        let end = span_end(&lines, i);
        let tabs = "\t".repeat(d);
        for n in names {
            inserts.push((end, format!("{tabs}_ = {n}")));
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    inserts.sort_by_key(|x| x.0);
    for (i, l) in lines.iter().enumerate() {
        while k < inserts.len() && inserts[k].0 == i {
            out.push(inserts[k].1.clone());
            k += 1;
        }
        out.push(l.clone());
    }
    while k < inserts.len() {
        out.push(inserts[k].1.clone());
        k += 1;
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

/// Reduces `src` while `interesting` holds for the candidate (a whole
/// program). Returns the smallest program found.
pub fn reduce(src: &str, mut interesting: impl FnMut(&str) -> bool, max_tests: usize, log: bool) -> String {
    let body = strip_header(src);
    let prepared = add_blank_uses(&body);
    let mut cur: Vec<String> = if interesting(&with_imports(&prepared)) {
        prepared.lines().map(String::from).collect()
    } else {
        body.lines().map(String::from).collect()
    };
    let mut tests = 0usize;
    let render = |ls: &[String]| {
        let mut s = ls.join("\n");
        s.push('\n');
        with_imports(&s)
    };
    let mut changed = true;
    while changed && tests < max_tests {
        changed = false;
        let max_depth = cur.iter().map(|l| indent(l)).max().unwrap_or(0);
        for depth in 0..=max_depth {
            // ddmin over the units at this depth: chunks of decreasing
            // size; after a successful cut, go on with the next chunk.
            let outer_units = |cur: &[String]| -> Vec<Unit> {
                let mut outer: Vec<Unit> = Vec::new();
                for u in units(cur).into_iter().filter(|u| u.depth == depth) {
                    // A label's unit covers its loop.
                    if outer.last().is_none_or(|o: &Unit| u.start >= o.end) {
                        outer.push(u);
                    }
                }
                outer
            };
            let mut gran = 2usize;
            loop {
                let mut outer = outer_units(&cur);
                if outer.is_empty() {
                    break;
                }
                let chunk = outer.len().div_ceil(gran.min(outer.len()));
                let mut any = false;
                let mut k = 0;
                while k < outer.len() && tests < max_tests {
                    let group = &outer[k..(k + chunk).min(outer.len())];
                    let cand: Vec<String> = cur
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !group.iter().any(|u| *i >= u.start && *i < u.end))
                        .map(|(_, l)| l.clone())
                        .collect();
                    tests += 1;
                    if interesting(&render(&cand)) {
                        cur = cand;
                        any = true;
                        changed = true;
                        if log {
                            eprintln!("  reduce: {} lines after {tests} tests (depth {depth})", cur.len());
                        }
                        outer = outer_units(&cur);
                    } else {
                        k += chunk;
                    }
                }
                if tests >= max_tests || (chunk <= 1 && !any) {
                    break;
                }
                if chunk > 1 {
                    gran *= 2;
                }
            }
        }
        // Unwrap blocks: keep a loop's or an if's body without the
        // statement around it.
        let mut i = 0;
        while i < cur.len() && tests < max_tests {
            let l = cur[i].clone();
            let t = l.trim();
            let opener = (t.starts_with("if ") || t.starts_with("for ") || t == "{" || t.starts_with("switch "))
                && t.ends_with('{');
            if opener {
                let end = span_end(&cur, i);
                if end > i + 2
                    && cur[end - 1].trim() == "}"
                    && !cur[i + 1..end - 1].iter().any(|x| indent(x) <= indent(&l))
                {
                    let mut cand: Vec<String> = cur[..i].to_vec();
                    for x in &cur[i + 1..end - 1] {
                        cand.push(x.strip_prefix('\t').unwrap_or(x).to_string());
                    }
                    cand.extend_from_slice(&cur[end..]);
                    tests += 1;
                    if interesting(&render(&cand)) {
                        cur = cand;
                        changed = true;
                        if log {
                            eprintln!("  reduce: {} lines after {tests} tests (unwrap)", cur.len());
                        }
                        continue;
                    }
                }
            }
            i += 1;
        }
        // Blank lines and `_ = x` lines left over.
        let mut i = 0;
        while i < cur.len() && tests < max_tests {
            let t = cur[i].trim().to_string();
            if t.starts_with("_ = ") || t.starts_with("_, _ = ") {
                let mut cand = cur.clone();
                cand.remove(i);
                tests += 1;
                if interesting(&render(&cand)) {
                    cur = cand;
                    changed = true;
                    continue;
                }
            }
            i += 1;
        }
    }
    let mut out: Vec<String> = Vec::new();
    for l in cur {
        if l.trim().is_empty() && out.last().is_some_and(|p: &String| p.trim().is_empty()) {
            continue;
        }
        out.push(l);
    }
    render(&out)
}
