//! The Go standard library sources mvm compiles with every program that
//! imports them (embedded by build.rs from `frontend/lib/<path>/*.go`).
//! Functions declared without a body are runtime natives named `pkg.Func`
//! (see docs/decisions/0007-standard-library.md).

include!(concat!(env!("OUT_DIR"), "/stdlib_packages.rs"));

/// Files of a library package, named as they appear in messages.
pub fn load(path: &str) -> Option<Vec<(String, String)>> {
    let (_, files) = PACKAGES.iter().find(|(p, _)| *p == path)?;
    Some(files.iter().map(|(name, src)| (format!("$GOROOT/src/{path}/{name}"), src.to_string())).collect())
}
