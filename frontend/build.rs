//! Embeds the Go sources of the library packages (`lib/<import path>/*.go`)
//! so that adding a package needs no code change.

use std::fmt::Write;
use std::path::Path;

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<String>)>) {
    let mut files = Vec::new();
    let mut subdirs = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            subdirs.push(p);
        } else if p.extension().is_some_and(|e| e == "go") {
            files.push(p.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    if !files.is_empty() {
        let path = dir.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        out.push((path, files));
    }
    for d in subdirs {
        collect(root, &d, out);
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed=lib");
    let mut pkgs = Vec::new();
    collect(&root, &root, &mut pkgs);
    let mut src = String::from(
        "/// (import path, [(file name, source)])\npub static PACKAGES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (path, files) in &pkgs {
        // Directories must be watched too, for files added later.
        println!("cargo:rerun-if-changed=lib/{path}");
        let _ = write!(src, "    ({path:?}, &[");
        for f in files {
            let full = root.join(path).join(f);
            let _ = write!(src, "({f:?}, include_str!({:?})), ", full.to_string_lossy());
        }
        src.push_str("]),\n");
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib_packages.rs");
    std::fs::write(out, src).unwrap();
}
