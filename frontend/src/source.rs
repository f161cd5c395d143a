//! Source files and positions.

use crate::ast::Pos;

/// One Go source file: its display name, text, and line-start table.
#[derive(Debug)]
pub struct SourceFile {
    /// The name shown in messages (as given on the command line, or
    /// `$GOROOT/src/<pkg>/<file>` style for embedded library sources).
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile { name: name.into(), text, line_starts }
    }

    /// 1-based line and column (column counted in bytes, as gc does).
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos - self.line_starts[line] + 1)
    }
}

/// The files of one program; `ast::File::file` indexes into it.
#[derive(Debug, Default)]
pub struct FileSet {
    pub files: Vec<SourceFile>,
}

impl FileSet {
    pub fn add(&mut self, f: SourceFile) -> u32 {
        self.files.push(f);
        self.files.len() as u32 - 1
    }

    /// `name:line:col`
    pub fn position(&self, file: u32, pos: Pos) -> String {
        let f = &self.files[file as usize];
        let (l, c) = f.line_col(pos);
        format!("{}:{}:{}", f.name, l, c)
    }
}

/// A compile-time error at a position: printed as `file:line:col: msg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: u32,
    pub pos: Pos,
    pub msg: String,
}

impl Diagnostic {
    pub fn new(file: u32, pos: Pos, msg: impl Into<String>) -> Self {
        Diagnostic { file, pos, msg: msg.into() }
    }

    pub fn render(&self, fs: &FileSet) -> String {
        format!("{}: {}", fs.position(self.file, self.pos), self.msg)
    }
}
