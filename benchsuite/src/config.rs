//! The suite manifest (`programs/suite.toml`), the peers file
//! (`peers.toml`) and command templates.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One benchmark as listed in `programs/suite.toml`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProgramSpec {
    pub name: String,
    /// Source file relative to the programs directory; default `<name>.go`.
    #[serde(default)]
    pub source: Option<String>,
    /// Arguments of a full run (default: none, the program's full size).
    #[serde(default)]
    pub args: Vec<String>,
    /// Arguments of a `--quick` run.
    #[serde(default)]
    pub quick: Vec<String>,
    /// What the program measures, one line.
    #[serde(default)]
    pub about: String,
    /// A start-up measurement: left out of the geometric means.
    #[serde(default)]
    pub startup: bool,
    /// Generated input of a full run (`<kind>:<size>`, see `inputs`): its
    /// path replaces `{input}` in the arguments, or it is fed on stdin.
    #[serde(default)]
    pub input: Option<String>,
    /// Generated input of a `--quick` run.
    #[serde(default)]
    pub quick_input: Option<String>,
    /// Feed the input on stdin rather than naming it in the arguments.
    #[serde(default)]
    pub stdin: bool,
}

impl ProgramSpec {
    pub fn source_file(&self) -> String {
        self.source.clone().unwrap_or_else(|| format!("{}.go", self.name))
    }

    /// Expected stdout: `<name>.out`, or `<name>.quick.out` in quick mode.
    pub fn expected_file(&self, quick: bool) -> String {
        if quick {
            format!("{}.quick.out", self.name)
        } else {
            format!("{}.out", self.name)
        }
    }

    pub fn args_for(&self, quick: bool) -> &[String] {
        if quick {
            &self.quick
        } else {
            &self.args
        }
    }

    pub fn input_for(&self, quick: bool) -> Option<&str> {
        if quick {
            self.quick_input.as_deref()
        } else {
            self.input.as_deref()
        }
    }

    /// The arguments with `{input}` replaced by the input's path.
    pub fn expand_args(&self, quick: bool, input: Option<&Path>) -> Vec<String> {
        let path = input.map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        self.args_for(quick).iter().map(|a| a.replace("{input}", &path)).collect()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SuiteFile {
    #[serde(rename = "program", default)]
    programs: Vec<ProgramSpec>,
}

/// Parses the text of a suite manifest.
pub fn parse_suite(text: &str) -> Result<Vec<ProgramSpec>, String> {
    let f: SuiteFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut seen = std::collections::HashSet::new();
    for p in &f.programs {
        if !seen.insert(p.name.clone()) {
            return Err(format!("program {} is listed twice", p.name));
        }
        if p.name.is_empty() || p.name.contains(',') || p.name.contains('/') {
            return Err(format!("bad program name {:?}", p.name));
        }
        for i in [&p.input, &p.quick_input].into_iter().flatten() {
            crate::inputs::parse(i).map_err(|e| format!("program {}: {e}", p.name))?;
        }
        if p.input.is_some() != p.quick_input.is_some() {
            return Err(format!("program {}: give both input and quick_input, or neither", p.name));
        }
        if p.stdin && p.input.is_none() {
            return Err(format!("program {}: stdin = true needs an input", p.name));
        }
    }
    Ok(f.programs)
}

pub fn load_suite(dir: &Path) -> Result<Vec<ProgramSpec>, String> {
    let path = dir.join("suite.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_suite(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// An external runtime to compare against.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PeerSpec {
    pub name: String,
    /// Command template: whitespace-separated words, where `{prog}` is the
    /// absolute path of the Go source and `{args}` expands to the program's
    /// arguments (zero or more words). Not run through a shell.
    pub command: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PeersFile {
    #[serde(rename = "peer", default)]
    peers: Vec<PeerSpec>,
}

pub fn parse_peers(text: &str) -> Result<Vec<PeerSpec>, String> {
    let f: PeersFile = toml::from_str(text).map_err(|e| e.to_string())?;
    for p in &f.peers {
        if split_template(&p.command).is_empty() {
            return Err(format!("peer {}: empty command", p.name));
        }
    }
    Ok(f.peers)
}

/// Splits a template into words: whitespace separates, single or double
/// quotes group (no escapes inside).
pub fn split_template(t: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for ch in t.chars() {
        match quote {
            Some(q) if ch == q => quote = None,
            Some(_) => cur.push(ch),
            None if ch == '\'' || ch == '"' => {
                quote = Some(ch);
                in_word = true;
            }
            None if ch.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            None => {
                cur.push(ch);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

/// Expands a command template into argv. A word that is exactly `{args}`
/// becomes the program's arguments; `{prog}` is replaced inside any word.
pub fn expand_template(t: &str, prog: &Path, args: &[String]) -> Vec<String> {
    let prog = prog.to_string_lossy();
    let mut out = Vec::new();
    for w in split_template(t) {
        if w == "{args}" {
            out.extend(args.iter().cloned());
        } else {
            out.push(w.replace("{prog}", &prog).replace("{args}", &args.join(" ")));
        }
    }
    out
}

/// Finds an executable on PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suite_defaults() {
        let s = parse_suite(
            r#"
            [[program]]
            name = "fib"
            quick = ["20"]

            [[program]]
            name = "binary-trees-18"
            source = "binary-trees.go"
            args = ["18"]
            "#,
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].source_file(), "fib.go");
        assert_eq!(s[0].args_for(false), &[] as &[String]);
        assert_eq!(s[0].args_for(true), &["20".to_string()]);
        assert_eq!(s[0].expected_file(true), "fib.quick.out");
        assert_eq!(s[1].source_file(), "binary-trees.go");
        assert_eq!(s[1].expected_file(false), "binary-trees-18.out");
    }

    #[test]
    fn inputs_expand_into_args() {
        let s = parse_suite(
            "[[program]]\nname = \"lines\"\nargs = [\"{input}\"]\nquick = [\"-q\", \"{input}\"]\n\
             input = \"lines:100\"\nquick_input = \"lines:10\"\n",
        )
        .unwrap();
        assert_eq!(s[0].input_for(true), Some("lines:10"));
        assert_eq!(s[0].expand_args(false, Some(Path::new("/t/in.txt"))), vec!["/t/in.txt"]);
        assert_eq!(s[0].expand_args(true, Some(Path::new("/t/q.txt"))), vec!["-q", "/t/q.txt"]);
    }

    #[test]
    fn suite_rejects_duplicates_and_typos() {
        assert!(parse_suite("[[program]]\nname = \"a\"\n[[program]]\nname = \"a\"\n").is_err());
        assert!(parse_suite("[[program]]\nname = \"a\"\nargz = []\n").is_err());
        assert!(parse_suite("[[program]]\nname = \"a,b\"\n").is_err());
        assert!(parse_suite("[[program]]\nname = \"a\"\ninput = \"fasta:10\"\n").is_err());
        assert!(parse_suite("[[program]]\nname = \"a\"\ninput = \"x:1\"\nquick_input = \"x:1\"\n").is_err());
        assert!(parse_suite("[[program]]\nname = \"a\"\nstdin = true\n").is_err());
    }

    #[test]
    fn peers_parse() {
        let p = parse_peers("[[peer]]\nname = \"yaegi\"\ncommand = \"yaegi run {prog} {args}\"\n").unwrap();
        assert_eq!(p, vec![PeerSpec { name: "yaegi".into(), command: "yaegi run {prog} {args}".into() }]);
        assert!(parse_peers("[[peer]]\nname = \"x\"\ncommand = \"  \"\n").is_err());
        assert_eq!(parse_peers("").unwrap(), vec![]);
    }

    #[test]
    fn template_expansion() {
        let argv = expand_template("yaegi run {prog} {args}", Path::new("/p/fib.go"), &["35".into(), "x".into()]);
        assert_eq!(argv, vec!["yaegi", "run", "/p/fib.go", "35", "x"]);
        let argv = expand_template("yaegi run {prog} {args}", Path::new("/p/fib.go"), &[]);
        assert_eq!(argv, vec!["yaegi", "run", "/p/fib.go"]);
        let argv = expand_template("sh -c 'gorun {prog} {args}'", Path::new("/a b.go"), &["1".into()]);
        assert_eq!(argv, vec!["sh", "-c", "gorun /a b.go 1"]);
        let argv = expand_template("run --file={prog}", Path::new("/x.go"), &[]);
        assert_eq!(argv, vec!["run", "--file=/x.go"]);
    }

    #[test]
    fn split_handles_quotes_and_spaces() {
        assert_eq!(split_template("  a  'b c'  \"d\"e "), vec!["a", "b c", "de"]);
        assert_eq!(split_template("''"), vec![""]);
        assert!(split_template("   ").is_empty());
    }
}
