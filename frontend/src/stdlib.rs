//! The Go standard library sources mvm compiles with every program that
//! imports them. Functions declared without a body are runtime natives
//! named `pkg.Func` (see docs/decisions/0007-standard-library.md).

macro_rules! lib {
    ($($pkg:literal => [$($file:literal),*]),* $(,)?) => {
        /// (import path, [(file name, source)])
        pub static PACKAGES: &[(&str, &[(&str, &str)])] = &[
            $(($pkg, &[$(($file, include_str!(concat!("../lib/", $pkg, "/", $file)))),*])),*
        ];
    };
}

lib! {
    "runtime" => ["runtime.go"],
    "errors" => ["errors.go"],
    "io" => ["io.go"],
    "os" => ["os.go"],
    "fmt" => ["fmt.go"],
}

/// Files of a library package, named as they appear in messages.
pub fn load(path: &str) -> Option<Vec<(String, String)>> {
    let (_, files) = PACKAGES.iter().find(|(p, _)| *p == path)?;
    Some(files.iter().map(|(name, src)| (format!("$GOROOT/src/{path}/{name}"), src.to_string())).collect())
}
