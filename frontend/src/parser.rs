//! A recursive-descent parser for Go (the Go 1.22+ grammar, generics
//! included), producing the AST of `ast.rs`.
//!
//! The structure follows gc's parser (cmd/compile/internal/syntax) closely,
//! because Mvm reports syntax errors with gc's wording and positions: the
//! same grammar decisions, followed by the same error paths, produce the
//! same messages. Types are parsed as expressions wherever gc does so.
//!
//! Robustness: no input makes the parser panic, loop or overflow the stack.
//! Nesting (of expressions, types, statements, composite literals) is
//! capped at `MAX_NESTING` levels of parser recursion, and the height of
//! every tree, including chains built by loops (`a.b.c...`, `a+b+c...`),
//! at `MAX_HEIGHT`, so that later passes, and even dropping the AST, have a
//! known recursion bound. Every loop either consumes a token or stops.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use crate::ast::*;
use crate::lexer::{unquote_string, Lexer};
use crate::source::Diagnostic;
use crate::token::{Op, Tok};

/// The deepest nesting of syntax (expressions, types, blocks, statements)
/// accepted; deeper input is rejected with "syntax error: nesting too
/// deep". Chosen so that a debug build parses it on a 2 MiB thread stack.
pub const MAX_NESTING: u32 = 500;

/// The greatest height of an expression tree (or of a function body,
/// counting statement nesting) accepted. Larger than `MAX_NESTING` because
/// generated code has long operator chains such as `"..." + "..." + ...`
/// with ~1000 terms, which the parser builds without recursing.
pub const MAX_HEIGHT: u32 = 5000;

/// gc stops after this many errors ("too many errors").
const MAX_ERRORS: usize = 10;

/// Result of parsing one file, with gc's notion of which errors stop
/// compilation: gc type-checks a file that only has lexical errors (or
/// other errors not prefixed with "syntax error"), so a driver that wants
/// gc's exact output continues with `file` when `syntax_errors` is false.
#[derive(Debug)]
pub struct ParseOutput {
    pub file: File,
    /// Errors sorted by position, at most one syntax error per line, at
    /// most 10; when there were more, a final "too many errors" entry at
    /// the position of the 10th (as gc prints it).
    pub diagnostics: Vec<Diagnostic>,
    /// Some diagnostic is a syntax error.
    pub syntax_errors: bool,
}

/// Parses one Go source file. `ids` is the NodeId counter shared by all
/// files of a program.
pub fn parse_file(fs_index: u32, src: &str, ids: &mut u32) -> Result<File, Vec<Diagnostic>> {
    parse_file_named(fs_index, "", src, ids)
}

/// `parse_file` with the file's display name (see `parse_named`).
pub fn parse_file_named(fs_index: u32, name: &str, src: &str, ids: &mut u32) -> Result<File, Vec<Diagnostic>> {
    let out = parse_named(fs_index, name, src, ids);
    if out.diagnostics.is_empty() {
        Ok(out.file)
    } else {
        Err(out.diagnostics)
    }
}

/// Parses one file, returning the (possibly partial) AST with all errors.
pub fn parse(fs_index: u32, src: &str, ids: &mut u32) -> ParseOutput {
    parse_named(fs_index, "", src, ids)
}

/// Like `parse`, with the file's display name: gc mentions other
/// positions in a few messages (`label L already defined at x.go:3:1`),
/// and writes them as `name:line:col` (just `line:col` without a name).
pub fn parse_named(fs_index: u32, name: &str, src: &str, ids: &mut u32) -> ParseOutput {
    let mut p = Parser::new(fs_index, src, *ids);
    p.name = name.to_string();
    p.next();
    let file = p.file();
    *ids = p.next_id;
    let (diagnostics, syntax_errors) = p.finish();
    ParseOutput { file, diagnostics, syntax_errors }
}

/// Parses a single expression (for tests and tools).
pub fn parse_expr(fs_index: u32, src: &str, ids: &mut u32) -> Result<Expr, Vec<Diagnostic>> {
    let mut p = Parser::new(fs_index, src, *ids);
    p.next();
    let x = p.expr();
    if p.tok == Tok::Semi {
        p.next();
    }
    if p.tok != Tok::Eof {
        p.syntax_error("after expression");
    }
    *ids = p.next_id;
    let (diags, _) = p.finish();
    if diags.is_empty() {
        Ok(x)
    } else {
        Err(diags)
    }
}

/// A parameter as the grammar sees it before names and types are paired
/// up: `a` in `a, b int` has a name and no type yet.
struct PField {
    pos: Pos,
    name: Option<Ident>,
    ty: Option<Expr>,
}

/// Simple statements, plus the two forms only headers may contain.
enum Simple {
    Stmt(Stmt),
    /// `[lhs (=|:=)] range x`; pos is that of `range`.
    Range {
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
    },
    /// `v := x.(type)`; the expression is the `TypeAssert(x, None)`.
    Guard {
        pos: Pos,
        bind: Ident,
        x: Expr,
    },
}

/// A control clause header; boxed parts keep the parser's frames small.
struct Header {
    init: Option<Box<Simple>>,
    cond: Option<Box<Simple>>,
    post: Option<Box<Stmt>>,
}

/// Which kind of list `param_list` parses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ParamCtx {
    Params,
    Results,
    Recv,
    TypeParams,
    /// Type parameters of a type declaration, where `[P]` could also have
    /// been an array length.
    TypeDeclParams,
    /// `I[A, B]` embedded in an interface.
    TypeArgs,
}

enum ArrayOrTArgs {
    Array(Expr),
    TArgs(Vec<Expr>),
}

/// Statements that start with these keywords are good places to resume
/// after a syntax error inside a function.
const STOPSET: [Tok; 14] = [
    Tok::Break,
    Tok::Const,
    Tok::Continue,
    Tok::Defer,
    Tok::Fallthrough,
    Tok::For,
    Tok::Go,
    Tok::Goto,
    Tok::If,
    Tok::Return,
    Tok::Select,
    Tok::Switch,
    Tok::Type,
    Tok::Var,
];

fn tokstring(t: Tok) -> String {
    match t {
        Tok::Comma => "comma".to_string(),
        Tok::Semi => "semicolon or newline".to_string(),
        t if t.is_keyword() => format!("keyword {}", t.as_str()),
        t => t.as_str().to_string(),
    }
}

fn bin_op(op: Op) -> BinOp {
    match op {
        Op::OrOr => BinOp::LOr,
        Op::AndAnd => BinOp::LAnd,
        Op::Eql => BinOp::Eq,
        Op::Neq => BinOp::Ne,
        Op::Lss => BinOp::Lt,
        Op::Leq => BinOp::Le,
        Op::Gtr => BinOp::Gt,
        Op::Geq => BinOp::Ge,
        Op::Add => BinOp::Add,
        Op::Sub => BinOp::Sub,
        Op::Or => BinOp::Or,
        Op::Xor => BinOp::Xor,
        Op::Mul => BinOp::Mul,
        Op::Div => BinOp::Div,
        Op::Rem => BinOp::Rem,
        Op::And => BinOp::And,
        Op::AndNot => BinOp::AndNot,
        Op::Shl => BinOp::Shl,
        Op::Shr => BinOp::Shr,
        // Not binary operators; the lexer never gives them a precedence.
        Op::None | Op::Not | Op::Tilde => BinOp::Add,
    }
}

fn unparen(x: &Expr) -> &Expr {
    let mut x = x;
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// Whether `x` must be a value (not a type) syntactically.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit(..)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit(_)
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert(..)
        | ExprKind::Call { .. }
        | ExprKind::Unary(..)
        | ExprKind::Binary(..) => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index(x, idx) => is_value(x) || idx.iter().any(is_value),
        _ => false,
    }
}

/// Whether `x` is a type element that cannot be an ordinary expression.
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Binary(_, a, b) => is_type_elem(a) || is_type_elem(b),
        ExprKind::Unary(op, a) => *op == UnOp::Tilde || is_type_elem(a),
        ExprKind::Star(a) | ExprKind::Paren(a) => is_type_elem(a),
        _ => false,
    }
}

struct Parser<'a> {
    lex: Lexer<'a>,
    file: u32,
    /// Display name of the file, for positions inside messages.
    name: String,
    line_starts: Vec<u32>,

    // The current token.
    tok: Tok,
    pos: Pos,
    lit: Cow<'a, str>,
    kind: LitKind,
    bad: bool,
    op: Op,
    prec: u8,
    /// Tokens consumed so far (to check that loops make progress).
    ntok: u64,

    next_id: u32,
    base_id: u32,
    /// Height of the tree under each node id (from `base_id`); 0 for Idents.
    heights: Vec<u32>,
    /// Positions of `*` in binary multiplications, for turning `P *C` into
    /// a pointer type when it turns out to be a type parameter.
    mul_pos: HashMap<u32, Pos>,
    /// Recursion depth, in units weighted by the parser's stack use.
    depth: u32,
    /// Syntactic nesting level: the depth in the final tree at which nodes
    /// are being built, and the highest level+height seen (see mk).
    level: u32,
    wm: u32,

    /// Expression level: < 0 in control clause headers, where `T{` does not
    /// start a composite literal unless parenthesized.
    xnest: i32,
    /// Function nesting: inside functions, statement keywords stop error
    /// recovery.
    fnest: i32,

    names: HashMap<&'a str, Name>,
    /// Where a block whose `{` was missing ended.
    rbrace_pos: Pos,

    diags: Vec<Diagnostic>,
    first_err: bool,
    errcnt: u32,
    last_syntax_line: Option<u32>,
    last_other: Option<(u32, String)>,
    syntax_errors: bool,
    too_many: Option<Pos>,
    abort: bool,
}

impl<'a> Parser<'a> {
    fn new(file: u32, src: &'a str, first_id: u32) -> Self {
        let mut line_starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Parser {
            lex: Lexer::new(file, src),
            file,
            name: String::new(),
            line_starts,
            tok: Tok::Eof,
            pos: 0,
            lit: Cow::Borrowed(""),
            kind: LitKind::Int,
            bad: false,
            op: Op::None,
            prec: 0,
            ntok: 0,
            next_id: first_id,
            base_id: first_id,
            heights: Vec::new(),
            mul_pos: HashMap::new(),
            depth: 0,
            level: 0,
            wm: 0,
            xnest: 0,
            fnest: 0,
            names: HashMap::new(),
            rbrace_pos: 0,
            diags: Vec::new(),
            first_err: false,
            errcnt: 0,
            last_syntax_line: None,
            last_other: None,
            syntax_errors: false,
            too_many: None,
            abort: false,
        }
    }

    fn finish(mut self) -> (Vec<Diagnostic>, bool) {
        // gc sorts the errors of a compilation by position before printing.
        self.diags.sort_by_key(|d| d.pos);
        self.diags.dedup();
        if let Some(pos) = self.too_many {
            self.diags.push(Diagnostic::new(self.file, pos, "too many errors"));
        }
        (self.diags, self.syntax_errors)
    }

    // ---- tokens ------------------------------------------------------

    fn next(&mut self) {
        if self.abort {
            self.tok = Tok::Eof;
            return;
        }
        let t = self.lex.next_token();
        if !self.lex.errors.is_empty() {
            let errs = std::mem::take(&mut self.lex.errors);
            for e in errs {
                self.report(e.pos, e.msg);
            }
        }
        self.ntok += 1;
        self.tok = if self.abort { Tok::Eof } else { t.tok };
        self.pos = t.pos;
        self.lit = t.lit;
        self.kind = t.kind;
        self.bad = t.bad;
        self.op = t.op;
        self.prec = t.prec;
    }

    fn got(&mut self, t: Tok) -> bool {
        if self.tok == t {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, t: Tok) {
        if !self.got(t) {
            self.want_error(t);
        }
    }

    #[inline(never)]
    fn want_error(&mut self, t: Tok) {
        self.syntax_error(&format!("expected {}", tokstring(t)));
        self.advance(&[]);
    }

    /// Skips tokens up to one in `follow` (or a statement keyword inside a
    /// function); with an empty list, skips one token.
    fn advance(&mut self, follow: &[Tok]) {
        if follow.is_empty() {
            if self.tok != Tok::Eof {
                self.next();
            }
            return;
        }
        while self.tok != Tok::Eof && !follow.contains(&self.tok) && !(self.fnest > 0 && STOPSET.contains(&self.tok)) {
            self.next();
        }
    }

    // ---- errors ------------------------------------------------------

    fn line_of(&self, pos: Pos) -> u32 {
        match self.line_starts.binary_search(&pos) {
            Ok(i) => i as u32,
            Err(i) => i as u32 - 1,
        }
    }

    /// Records an error, filtered as gc's error reporter does: one syntax
    /// error per line, no repeated identical message on a line, and a stop
    /// after 10 errors.
    fn report(&mut self, pos: Pos, msg: String) {
        self.first_err = true;
        self.errcnt += 1;
        if self.errcnt > 10_000 {
            self.stop();
        }
        if self.abort {
            return;
        }
        let line = self.line_of(pos);
        if msg.starts_with("syntax error") {
            self.syntax_errors = true;
            if self.last_syntax_line == Some(line) {
                return;
            }
            self.last_syntax_line = Some(line);
        } else {
            if let Some((l, m)) = &self.last_other {
                if *l == line && *m == msg {
                    return;
                }
            }
            self.last_other = Some((line, msg.clone()));
        }
        self.diags.push(Diagnostic::new(self.file, pos, msg));
        if self.diags.len() >= MAX_ERRORS {
            self.too_many = Some(pos);
            self.stop();
        }
    }

    /// Stops parsing: from now on the input appears to end here.
    fn stop(&mut self) {
        self.abort = true;
        self.tok = Tok::Eof;
    }

    /// A plain (non-syntax) error at the current token.
    fn error(&mut self, msg: &str) {
        self.report(self.pos, msg.to_string());
    }

    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.pos, msg);
    }

    /// Reports "syntax error: unexpected <tok><msg>" for messages starting
    /// with "in ", "at ", "after " or "expected ", else "syntax error: msg".
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok == Tok::Eof && self.first_err {
            return; // avoid meaningless follow-up errors
        }
        let suffix = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {}", msg)
        } else if msg.starts_with("expected ") {
            format!(", {}", msg)
        } else {
            self.report(pos, format!("syntax error: {}", msg));
            return;
        };
        let tok = match self.tok {
            Tok::Name => format!("name {}", self.lit),
            Tok::Semi => self.lit.to_string(),
            Tok::Literal => format!("literal {}", self.lit),
            Tok::Operator => self.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", self.op.as_str()),
            Tok::IncOp => format!("{0}{0}", self.op.as_str()),
            t => tokstring(t),
        };
        self.report(pos, format!("syntax error: unexpected {}{}", tok, suffix));
    }

    // ---- nodes, ids and nesting ---------------------------------------

    fn fresh_id(&mut self) -> NodeId {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        self.heights.push(0);
        NodeId(id)
    }

    fn height(&self, e: &Expr) -> u32 {
        let i = e.id.0.wrapping_sub(self.base_id) as usize;
        self.heights.get(i).copied().unwrap_or(1)
    }

    fn fields_height(&self, fields: &[Field]) -> u32 {
        fields.iter().map(|f| self.height(&f.ty)).max().unwrap_or(0)
    }

    fn opt_height(&self, e: &Option<Box<Expr>>) -> u32 {
        e.as_ref().map_or(0, |e| self.height(e))
    }

    /// Height of the tallest child of a node of this kind.
    fn kind_height(&self, kind: &ExprKind) -> u32 {
        use ExprKind::*;
        match kind {
            Ident(_) | BasicLit(..) | Bad | Ellipsis(None) | FuncLit(_) => 0,
            CompositeLit { ty, elts, .. } => {
                let m = elts.iter().map(|e| self.height(e)).max().unwrap_or(0);
                m.max(self.opt_height(ty))
            }
            KeyValue(a, b) | Binary(_, a, b) | MapType(a, b) => self.height(a).max(self.height(b)),
            Paren(x) | Selector(x, _) | Star(x) | Unary(_, x) | ChanType(_, x) | Ellipsis(Some(x)) => self.height(x),
            Index(x, idx) => idx.iter().map(|e| self.height(e)).max().unwrap_or(0).max(self.height(x)),
            Slice { x, lo, hi, max, .. } => {
                self.height(x).max(self.opt_height(lo)).max(self.opt_height(hi)).max(self.opt_height(max))
            }
            TypeAssert(x, t) => self.height(x).max(self.opt_height(t)),
            Call { fun, args, .. } => args.iter().map(|e| self.height(e)).max().unwrap_or(0).max(self.height(fun)),
            ArrayType { len, elem } => self.height(elem).max(self.opt_height(len)),
            StructType(fields) => self.fields_height(fields),
            FuncType(ft) => self.fields_height(&ft.params).max(self.fields_height(&ft.results)),
            InterfaceType(elems) => elems
                .iter()
                .map(|e| match e {
                    InterfaceElem::Method { sig, .. } => {
                        self.fields_height(&sig.params).max(self.fields_height(&sig.results))
                    }
                    InterfaceElem::Embed(x) => self.height(x),
                })
                .max()
                .unwrap_or(0),
        }
    }

    fn mk(&mut self, pos: Pos, kind: ExprKind) -> Expr {
        let h = 1 + self.kind_height(&kind);
        self.mk_h(pos, kind, h)
    }

    /// Makes a node whose subtree has height `h`. Nodes built at nesting
    /// depth d must have d + h <= MAX_HEIGHT: this bounds the height of
    /// the final tree, including chains built by loops rather than by
    /// recursion.
    fn mk_h(&mut self, pos: Pos, kind: ExprKind, h: u32) -> Expr {
        let id = self.fresh_id();
        if let Some(last) = self.heights.last_mut() {
            *last = h;
        }
        if self.level + h > MAX_HEIGHT {
            self.too_deep(pos);
        }
        self.wm = self.wm.max(self.level + h);
        Expr { id, pos, kind }
    }

    fn bad_expr(&mut self, pos: Pos) -> Expr {
        self.mk(pos, ExprKind::Bad)
    }

    fn too_deep(&mut self, pos: Pos) {
        if !self.abort {
            self.report(pos, "syntax error: nesting too deep".to_string());
        }
        self.stop();
    }

    fn enter(&mut self) {
        self.enter_n(1);
    }

    fn leave(&mut self) {
        self.leave_n(1);
    }

    /// Enters one nesting level that costs `units` of the recursion budget
    /// (constructs whose parsing uses more stack count for more).
    fn enter_n(&mut self, units: u32) {
        self.depth += units;
        self.level += 1;
        if self.depth > MAX_NESTING || self.level > MAX_HEIGHT {
            let pos = self.pos;
            self.too_deep(pos);
        }
        self.wm = self.wm.max(self.level);
    }

    fn leave_n(&mut self, units: u32) {
        self.depth -= units;
        self.level -= 1;
    }

    fn intern(&mut self, s: &'a str) -> Name {
        if let Some(n) = self.names.get(s) {
            return n.clone();
        }
        let n: Name = Rc::from(s);
        self.names.insert(s, n.clone());
        n
    }

    fn current_name(&mut self) -> Name {
        match &self.lit {
            Cow::Borrowed(s) => {
                let s: &'a str = s;
                self.intern(s)
            }
            Cow::Owned(s) => Rc::from(s.as_str()),
        }
    }

    fn new_ident(&mut self, pos: Pos, name: &str) -> Ident {
        Ident { id: self.fresh_id(), pos, name: Rc::from(name) }
    }

    fn name(&mut self) -> Ident {
        if self.tok == Tok::Name {
            let name = self.current_name();
            let id = self.fresh_id();
            let n = Ident { id, pos: self.pos, name };
            self.next();
            return n;
        }
        let n = self.new_ident(self.pos, "_");
        self.syntax_error("expected name");
        self.advance(&[]);
        n
    }

    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    /// An identifier used as an expression keeps its id.
    fn ident_expr(&mut self, n: Ident) -> Expr {
        let i = n.id.0.wrapping_sub(self.base_id) as usize;
        if let Some(h) = self.heights.get_mut(i) {
            *h = 1;
        }
        Expr { id: n.id, pos: n.pos, kind: ExprKind::Ident(n.name) }
    }

    /// `{ sep f } close`, with gc's error for a missing separator.
    fn list(&mut self, context: &str, sep: Tok, close: Tok, f: &mut dyn FnMut(&mut Self) -> bool) -> Pos {
        let mut done = false;
        while self.tok != Tok::Eof && self.tok != close && !done {
            let start = self.ntok;
            done = f(self);
            if !self.got(sep) && self.tok != close && self.list_error(context, sep, close) {
                return self.pos;
            }
            if self.ntok == start {
                self.advance(&[]); // never loop without progress
            }
        }
        let pos = self.pos;
        self.want(close);
        pos
    }

    /// A missing list separator; true if the list should be abandoned.
    #[inline(never)]
    fn list_error(&mut self, context: &str, sep: Tok, close: Tok) -> bool {
        self.syntax_error(&format!("in {}; possibly missing {} or {}", context, tokstring(sep), tokstring(close)));
        self.advance(&[Tok::RParen, Tok::RBrack, Tok::RBrace]);
        self.tok != close
    }

    // ---- declarations ------------------------------------------------

    fn file(&mut self) -> File {
        let mut f = File {
            file: self.file,
            package: Ident { id: NodeId(u32::MAX), pos: 0, name: Rc::from("_") },
            imports: Vec::new(),
            decls: Vec::new(),
        };
        f.package.id = self.fresh_id();
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            return f;
        }
        f.package = self.name();
        self.want(Tok::Semi);
        if self.first_err {
            return f; // don't bother continuing if the package clause has errors
        }

        let mut prev = Tok::Import;
        let mut bodyless_func = false;
        while self.tok != Tok::Eof {
            let start = self.ntok;
            if self.tok == Tok::Import && prev != Tok::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok;
            let pos = self.pos;
            match self.tok {
                Tok::Import => {
                    self.next();
                    let mut specs = Vec::new();
                    self.group(&mut |p, _| {
                        if let Some(s) = p.import_spec() {
                            specs.push(s);
                        }
                    });
                    f.imports.extend(specs);
                    bodyless_func = false;
                }
                Tok::Const | Tok::Var | Tok::Type => {
                    let d = self.gen_decl();
                    f.decls.push(Decl::Gen(d));
                    bodyless_func = false;
                }
                Tok::Func => {
                    self.next();
                    let d = self.func_decl(pos);
                    bodyless_func = d.body.is_none();
                    f.decls.push(Decl::Func(Rc::new(d)));
                }
                _ => {
                    if self.tok == Tok::LBrace && bodyless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    if self.ntok == start {
                        self.advance(&[]);
                    }
                    continue;
                }
            }
            if self.tok != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
            if self.ntok == start {
                self.advance(&[]);
            }
        }
        f
    }

    /// A single spec or a parenthesized group of them; `f` gets the index
    /// of the spec in its group.
    fn group(&mut self, f: &mut dyn FnMut(&mut Self, u32)) {
        if self.tok == Tok::LParen {
            self.next();
            let mut i = 0;
            self.list("grouped declaration", Tok::Semi, Tok::RParen, &mut |p| {
                f(p, i);
                i += 1;
                false
            });
        } else {
            f(self, 0);
        }
    }

    fn import_spec(&mut self) -> Option<ImportSpec> {
        let pos = self.pos;
        let name = match self.tok {
            Tok::Name => Some(self.name()),
            Tok::Dot => {
                let n = self.new_ident(self.pos, ".");
                self.next();
                Some(n)
            }
            _ => None,
        };
        if self.tok != Tok::Literal {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::RParen]);
            return None;
        }
        let path_pos = self.pos;
        let (kind, bad) = (self.kind, self.bad);
        let path =
            if !bad && kind == LitKind::String { unquote_string(&self.lit).unwrap_or_default() } else { String::new() };
        self.next();
        if !bad && kind != LitKind::String {
            self.syntax_error_at(path_pos, "import path must be a string");
        }
        Some(ImportSpec { pos, name, path, path_pos })
    }

    /// `const`, `var` or `type` declaration, at its keyword.
    fn gen_decl(&mut self) -> GenDecl {
        let pos = self.pos;
        let kind = match self.tok {
            Tok::Const => GenKind::Const,
            Tok::Var => GenKind::Var,
            _ => GenKind::Type,
        };
        self.next();
        let mut specs = Vec::new();
        // The previous const spec with a type or values, for implicit repetition.
        let mut last: Option<(Option<Expr>, Vec<Expr>)> = None;
        self.group(&mut |p, i| {
            let s = match kind {
                GenKind::Const => Spec::Value(Rc::new(p.const_spec(i, &mut last))),
                GenKind::Var => Spec::Value(Rc::new(p.var_spec())),
                GenKind::Type => Spec::Type(Rc::new(p.type_spec())),
            };
            specs.push(s);
        });
        GenDecl { pos, kind, specs }
    }

    fn const_spec(&mut self, iota: u32, last: &mut Option<(Option<Expr>, Vec<Expr>)>) -> ValueSpec {
        let pos = self.pos;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.tok != Tok::Eof && self.tok != Tok::Semi && self.tok != Tok::RParen {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        let mut implicit = false;
        if ty.is_none() && values.is_empty() {
            if let Some((lt, lv)) = last.as_ref() {
                // Repeat the previous type and values, with fresh node ids.
                let (lt, lv) = (lt.clone(), lv.clone());
                ty = lt.map(|mut t| {
                    self.renumber_expr(&mut t);
                    t
                });
                values = lv
                    .into_iter()
                    .map(|mut v| {
                        self.renumber_expr(&mut v);
                        v
                    })
                    .collect();
                implicit = true;
            }
        } else {
            *last = Some((ty.clone(), values.clone()));
        }
        ValueSpec { pos, names, ty, values, iota, implicit }
    }

    fn var_spec(&mut self) -> ValueSpec {
        let pos = self.pos;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec { pos, names, ty, values, iota: 0, implicit: false }
    }

    fn got_assign(&mut self) -> bool {
        match self.tok {
            Tok::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn type_spec(&mut self) -> TypeSpec {
        let pos = self.pos;
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty;
        if self.tok == Tok::LBrack {
            // An array or slice type, or a type parameter list.
            let lpos = self.pos;
            self.next();
            match self.tok {
                Tok::Name => {
                    // `[P C]`, `[P *C]`, `[N]T`, `[N*M]T`...: parse an
                    // expression and see whether it splits into a
                    // parameter name and a constraint (as gc decides).
                    let n = self.name();
                    let mut x = self.ident_expr(n);
                    if self.tok != Tok::LBrack {
                        self.xnest += 1;
                        let px = self.pexpr_loop(x);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok == Tok::Comma;
                    match self.extract_name(x, force) {
                        Ok((pname, ptype)) if ptype.is_some() || self.tok != Tok::RBrack => {
                            type_params = self.param_list(Some(pname), ptype, Tok::RBrack, ParamCtx::TypeDeclParams);
                            alias = self.got_assign();
                            ty = self.type_or_nil();
                        }
                        Ok((pname, _)) => {
                            let x = self.ident_expr(pname);
                            ty = Some(self.array_type(lpos, Some(x)));
                        }
                        Err(x) => ty = Some(self.array_type(lpos, Some(x))),
                    }
                }
                Tok::RBrack => {
                    self.next();
                    ty = Some(self.slice_type(lpos));
                }
                _ => ty = Some(self.array_type(lpos, None)),
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_nil();
        }
        let ty = match ty {
            Some(t) => t,
            None => {
                let b = self.bad_expr(self.pos);
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::RParen]);
                b
            }
        };
        TypeSpec { pos, name, type_params, alias, ty }
    }

    /// Splits `x` into a type parameter name and constraint if it can be
    /// read as `name constraint`: `P *C` (when C is a type element or a
    /// comma follows), `P *C | D`, `P(C)`, or a lone name.
    fn extract_name(&mut self, x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
        let Expr { id, pos, kind } = x;
        match kind {
            ExprKind::Ident(name) => Ok((Ident { id, pos, name }, None)),
            ExprKind::Binary(BinOp::Mul, l, r)
                if matches!(l.kind, ExprKind::Ident(_)) && (force || is_type_elem(&r)) =>
            {
                let star_pos = self.mul_pos.get(&id.0).copied().unwrap_or(r.pos);
                let l = *l;
                let name = match l.kind {
                    ExprKind::Ident(n) => Ident { id: l.id, pos: l.pos, name: n },
                    _ => unreachable!(),
                };
                let h = self.height(&r) + 1;
                let star = self.mk_h(star_pos, ExprKind::Star(r), h);
                Ok((name, Some(star)))
            }
            ExprKind::Binary(BinOp::Or, l, r) => {
                let f = force || is_type_elem(&r);
                match self.extract_name(*l, f) {
                    Ok((name, Some(lhs))) => {
                        let e = self.mk(lhs.pos, ExprKind::Binary(BinOp::Or, Box::new(lhs), r));
                        Ok((name, Some(e)))
                    }
                    Ok((name, None)) => {
                        let l = Expr { id: name.id, pos: name.pos, kind: ExprKind::Ident(name.name) };
                        Err(Expr { id, pos, kind: ExprKind::Binary(BinOp::Or, Box::new(l), r) })
                    }
                    Err(l) => Err(Expr { id, pos, kind: ExprKind::Binary(BinOp::Or, Box::new(l), r) }),
                }
            }
            ExprKind::Call { fun, mut args, ellipsis: None, rparen, .. }
                if matches!(fun.kind, ExprKind::Ident(_)) && args.len() == 1 && (force || is_type_elem(&args[0])) =>
            {
                let _ = rparen;
                let fun = *fun;
                let name = match fun.kind {
                    ExprKind::Ident(n) => Ident { id: fun.id, pos: fun.pos, name: n },
                    _ => unreachable!(),
                };
                Ok((name, args.pop()))
            }
            kind => Err(Expr { id, pos, kind }),
        }
    }

    /// After `func`: a function or method declaration.
    fn func_decl(&mut self, pos: Pos) -> FuncDecl {
        let mut recv = None;
        let is_method = self.tok == Tok::LParen;
        if is_method {
            self.next();
            // Methods may have type parameters since Go 1.27 (gc accepts
            // them); the checker decides whether to allow them.
            let rcvr = self.param_list(None, None, Tok::RParen, ParamCtx::Recv);
            let n: usize = rcvr.iter().map(|f| f.names.len().max(1)).sum();
            if n == 0 {
                self.error("method has no receiver");
            } else if n > 1 {
                self.error("method has multiple receivers");
            }
            recv = rcvr.into_iter().next();
        }
        let (name, type_params, sig) = if self.tok == Tok::Name {
            let name = self.name();
            let (tps, sig) = self.func_type("", pos);
            (name, tps, sig)
        } else {
            let name = self.new_ident(self.pos, "_");
            let sig = FuncType { pos, params: Vec::new(), results: Vec::new() };
            self.syntax_error(if is_method { "expected name" } else { "expected name or (" });
            self.advance(&[Tok::LBrace, Tok::Semi]);
            (name, Vec::new(), sig)
        };
        let body = if self.tok == Tok::LBrace { Some(self.func_body()) } else { None };
        FuncDecl { pos, recv, name, type_params, sig, body }
    }

    fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let errcnt = self.errcnt;
        let b = self.block_stmt("");
        self.fnest -= 1;
        // As gc, check labels and branches only in bodies without errors.
        if errcnt == self.errcnt {
            self.check_branches(&b);
        }
        b
    }

    #[inline(never)]
    fn check_branches(&mut self, body: &Block) {
        let mut c = BranchChecker { errs: Vec::new(), labels: HashMap::new(), order: Vec::new(), blocks: Vec::new() };
        c.check(body);
        for (pos, msg) in c.errs {
            let msg = self.expand_positions(&msg);
            self.report(pos, msg);
        }
    }

    /// Replaces `\u{0}<offset>\u{0}` markers with `file:line:col`.
    fn expand_positions(&self, msg: &str) -> String {
        let mut out = String::new();
        let mut parts = msg.split('\u{0}');
        if let Some(first) = parts.next() {
            out.push_str(first);
        }
        let mut is_pos = true;
        for part in parts {
            if is_pos {
                let off: Pos = part.parse().unwrap_or(0);
                let line = self.line_of(off);
                let col = off - self.line_starts[line as usize] + 1;
                if self.name.is_empty() {
                    out.push_str(&format!("{}:{}", line + 1, col));
                } else {
                    out.push_str(&format!("{}:{}:{}", self.name, line + 1, col));
                }
            } else {
                out.push_str(part);
            }
            is_pos = !is_pos;
        }
        out
    }

    /// `[TypeParams] (Params) Results`; `context` names what may not have
    /// type parameters ("" for function declarations).
    fn func_type(&mut self, context: &str, pos: Pos) -> (Vec<Field>, FuncType) {
        let mut tparams = Vec::new();
        if self.tok == Tok::LBrack {
            let lpos = self.pos;
            self.next();
            if !context.is_empty() {
                self.syntax_error_at(lpos, &format!("{} must have no type parameters", context));
            }
            if self.tok == Tok::RBrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Tok::RBrack, ParamCtx::TypeParams);
            }
        }
        self.want(Tok::LParen);
        let params = self.param_list(None, None, Tok::RParen, ParamCtx::Params);
        let results = self.func_result();
        (tparams, FuncType { pos, params, results })
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::LParen) {
            return self.param_list(None, None, Tok::RParen, ParamCtx::Results);
        }
        let pos = self.pos;
        match self.type_or_nil() {
            Some(ty) => vec![Field { pos, names: Vec::new(), ty, tag: None }],
            None => Vec::new(),
        }
    }

    /// A parameter, result, receiver or type parameter list after its
    /// opening token, through `close`. `name`/`typ` are an already parsed
    /// first parameter (from the type declaration ambiguity).
    fn param_list(&mut self, name: Option<Ident>, typ: Option<Expr>, close: Tok, ctx: ParamCtx) -> Vec<Field> {
        if let (Some(n), Some(t)) = (&name, &typ) {
            if self.tok == close {
                self.next();
                let f = Field { pos: n.pos, names: vec![n.clone()], ty: t.clone(), tag: None };
                return vec![f];
            }
        }
        let mut list: Vec<PField> = Vec::new();
        let mut name = name;
        let mut typ = typ;
        let end = self.list("parameter list", Tok::Comma, close, &mut |p| {
            let par = if typ.is_some() {
                let n = name.take();
                Some(PField { pos: n.as_ref().map_or(p.pos, |n| n.pos), name: n, ty: typ.take() })
            } else {
                p.param_decl_or_nil(name.take(), close)
            };
            list.extend(par);
            false
        });
        self.finish_param_list(list, end, ctx)
    }

    /// Pairs names with types (`a, b int`), reports missing ones, and
    /// groups the parameters into Fields.
    #[inline(never)]
    fn finish_param_list(&mut self, mut list: Vec<PField>, end: Pos, ctx: ParamCtx) -> Vec<Field> {
        if list.is_empty() {
            return Vec::new();
        }
        let require_names = matches!(ctx, ParamCtx::TypeParams | ParamCtx::TypeDeclParams);
        let named = list.iter().filter(|p| p.name.is_some() && p.ty.is_some()).count();
        let typed = list.iter().filter(|p| p.ty.is_some()).count();
        if named == 0 && !require_names {
            // All unnamed: the names found are type names.
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.ty = Some(self.ident_expr(n));
                }
            }
        } else if named != list.len() {
            // Some named (or type parameters): all must be named; a name
            // without a type takes the type of the next typed parameter.
            let mut err_pos = None;
            let mut have_type = false;
            for i in (0..list.len()).rev() {
                if list[i].ty.is_some() {
                    have_type = true;
                    if list[i].name.is_none() {
                        let p = list[i].ty.as_ref().map_or(0, |t| t.pos);
                        err_pos = Some(p);
                        list[i].name = Some(self.new_ident(p, "_"));
                    }
                } else if !have_type {
                    let p = list[i].name.as_ref().map_or(0, |n| n.pos);
                    err_pos = Some(p);
                    list[i].ty = Some(self.bad_expr(p));
                }
            }
            if let Some(mut ep) = err_pos {
                if named == typed {
                    ep = end; // the missing types are at the end
                }
                let mut msg = if require_names {
                    if named == typed {
                        "missing type constraint".to_string()
                    } else {
                        "missing type parameter name".to_string()
                    }
                } else if named == typed {
                    "missing parameter type".to_string()
                } else {
                    "missing parameter name".to_string()
                };
                if ctx == ParamCtx::TypeDeclParams && list.len() == 1 {
                    msg.push_str(" or invalid array length");
                }
                self.syntax_error_at(ep, &msg);
            }
        }

        // Group `a, b T` into one Field.
        let mut out = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_pos = None;
        for par in list {
            match par.ty {
                None => {
                    pending_pos.get_or_insert(par.pos);
                    pending.extend(par.name);
                }
                Some(ty) => {
                    let pos = pending_pos.take().unwrap_or(par.pos);
                    let mut names = std::mem::take(&mut pending);
                    names.extend(par.name);
                    out.push(Field { pos, names, ty, tag: None });
                }
            }
        }
        if ctx != ParamCtx::TypeArgs {
            self.check_dots(&out, ctx);
        }
        out
    }

    /// `...T` is only allowed as the type of a final (single) parameter;
    /// the first misuse in a list is reported, as gc does.
    fn check_dots(&mut self, fields: &[Field], ctx: ParamCtx) {
        for (i, f) in fields.iter().enumerate() {
            if let ExprKind::Ellipsis(Some(elem)) = &f.ty.kind {
                if matches!(elem.kind, ExprKind::Bad) {
                    continue; // "... is missing type" was reported
                }
                let last = i + 1 == fields.len() && f.names.len() <= 1;
                if ctx == ParamCtx::Params && last {
                    continue;
                }
                let msg = if ctx == ParamCtx::Params {
                    "can only use ... with final parameter"
                } else {
                    "invalid use of ..."
                };
                self.report(f.ty.pos, msg.to_string());
                return;
            }
        }
    }

    fn union_follows(&self, type_sets_ok: bool) -> bool {
        type_sets_ok && self.tok == Tok::Operator && self.op == Op::Or
    }

    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Tok) -> Option<PField> {
        let type_sets_ok = follow == Tok::RBrack;
        let pos = self.pos;
        if name.is_none() && type_sets_ok && self.tok == Tok::Operator && self.op == Op::Tilde {
            let t = self.embedded_elem(None);
            return Some(PField { pos, name: None, ty: Some(t) });
        }
        if let Some(n) = name {
            return self.param_after_name(n, follow);
        }
        if self.tok == Tok::Name {
            let n = self.name();
            return self.param_after_name(n, follow);
        }
        self.param_type(pos, None, follow)
    }

    /// After a parameter's first name: `T[A]`, `a [N]T`, `pkg.T`, `A | B`
    /// or `name Type`.
    #[inline(never)]
    fn param_after_name(&mut self, name: Ident, follow: Tok) -> Option<PField> {
        let type_sets_ok = follow == Tok::RBrack;
        let pos = name.pos;
        let mut f = PField { pos, name: None, ty: None };
        if self.tok == Tok::LBrack {
            match self.array_or_targs() {
                ArrayOrTArgs::TArgs(idx) => {
                    let x = self.ident_expr(name);
                    f.ty = Some(self.mk(x.pos, ExprKind::Index(Box::new(x), idx)));
                }
                ArrayOrTArgs::Array(t) => {
                    f.name = Some(name);
                    f.ty = Some(t);
                }
            }
            if self.union_follows(type_sets_ok) {
                f.ty = Some(self.embedded_elem(f.ty.take()));
            }
            return Some(f);
        }
        if self.tok == Tok::Dot {
            let x = self.ident_expr(name);
            f.ty = Some(self.qualified_name(Some(x)));
            if self.union_follows(type_sets_ok) {
                f.ty = Some(self.embedded_elem(f.ty.take()));
            }
            return Some(f);
        }
        if self.union_follows(type_sets_ok) {
            let x = self.ident_expr(name);
            f.ty = Some(self.embedded_elem(Some(x)));
            return Some(f);
        }
        self.param_type(pos, Some(name), follow)
    }

    /// The type part of a parameter (`...T`, `~T`, `T`, `A | B`), after an
    /// optional name.
    #[inline(never)]
    fn param_type(&mut self, pos: Pos, name: Option<Ident>, follow: Tok) -> Option<PField> {
        let type_sets_ok = follow == Tok::RBrack;
        if self.tok == Tok::DotDotDot {
            let ty = self.dots_type();
            return Some(PField { pos, name, ty: Some(ty) });
        }
        if type_sets_ok && self.tok == Tok::Operator && self.op == Op::Tilde {
            let ty = self.embedded_elem(None);
            return Some(PField { pos, name, ty: Some(ty) });
        }
        let mut ty = self.type_or_nil();
        if ty.is_some() && self.union_follows(type_sets_ok) {
            ty = Some(self.embedded_elem(ty));
        }
        if name.is_none() && ty.is_none() {
            self.syntax_error(&format!("expected {}", tokstring(follow)));
            self.advance(&[Tok::Comma, follow]);
            return None;
        }
        Some(PField { pos, name, ty })
    }

    #[inline(never)]
    fn dots_type(&mut self) -> Expr {
        let dpos = self.pos;
        self.next();
        let elem = match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr(self.pos);
                self.syntax_error("... is missing type");
                b
            }
        };
        self.mk(dpos, ExprKind::Ellipsis(Some(Box::new(elem))))
    }

    // ---- types -------------------------------------------------------

    fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => self.missing_type(),
        }
    }

    #[inline(never)]
    fn missing_type(&mut self) -> Expr {
        let b = self.bad_expr(self.pos);
        self.syntax_error("expected type");
        self.advance(&[Tok::Comma, Tok::Colon, Tok::Semi, Tok::RParen, Tok::RBrack, Tok::RBrace]);
        b
    }

    fn type_or_nil(&mut self) -> Option<Expr> {
        self.enter();
        let t = match self.tok {
            Tok::Star => self.ptr_type(),
            Tok::Arrow => self.recv_chan_type(),
            Tok::Func => self.func_type_expr(),
            Tok::LBrack => self.array_or_slice_type(),
            Tok::Chan => self.chan_type(),
            Tok::Map => self.map_type(),
            Tok::Struct => self.struct_type(),
            Tok::Interface => self.interface_type(),
            Tok::Name => self.qualified_name(None),
            Tok::LParen => self.paren_type(),
            _ => {
                self.leave();
                return None;
            }
        };
        self.leave();
        Some(t)
    }

    #[inline(never)]
    fn ptr_type(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        let t = self.type_();
        self.mk(pos, ExprKind::Star(Box::new(t)))
    }

    #[inline(never)]
    fn recv_chan_type(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        self.want(Tok::Chan);
        let elem = self.chan_elem();
        self.mk(pos, ExprKind::ChanType(ChanDir::Recv, Box::new(elem)))
    }

    #[inline(never)]
    fn func_type_expr(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        self.enter_n(2);
        let (_, ft) = self.func_type("function type", pos);
        self.leave_n(2);
        self.mk(pos, ExprKind::FuncType(ft))
    }

    #[inline(never)]
    fn array_or_slice_type(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        if self.got(Tok::RBrack) {
            self.slice_type(pos)
        } else {
            self.array_type(pos, None)
        }
    }

    #[inline(never)]
    fn chan_type(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        let dir = if self.got(Tok::Arrow) { ChanDir::Send } else { ChanDir::Both };
        self.enter();
        let elem = self.chan_elem();
        self.leave();
        self.mk(pos, ExprKind::ChanType(dir, Box::new(elem)))
    }

    #[inline(never)]
    fn map_type(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        self.want(Tok::LBrack);
        self.enter();
        let k = self.type_();
        self.want(Tok::RBrack);
        let v = self.type_();
        self.leave();
        self.mk(pos, ExprKind::MapType(Box::new(k), Box::new(v)))
    }

    #[inline(never)]
    fn paren_type(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        let t = self.type_();
        self.want(Tok::RParen);
        self.mk(pos, ExprKind::Paren(Box::new(t)))
    }

    /// After `[]`.
    fn slice_type(&mut self, pos: Pos) -> Expr {
        let elem = self.type_();
        self.mk(pos, ExprKind::ArrayType { len: None, elem: Box::new(elem) })
    }

    /// After `[`, or after `[len` when `len` is given.
    fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => l,
            None if self.tok == Tok::DotDotDot => {
                let p = self.pos;
                self.next();
                self.mk(p, ExprKind::Ellipsis(None))
            }
            None => {
                self.xnest += 1;
                let e = self.expr();
                self.xnest -= 1;
                e
            }
        };
        if self.tok == Tok::Comma {
            // Trailing commas are fine in type parameter lists only.
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Tok::RBrack);
        let elem = self.type_();
        self.mk(pos, ExprKind::ArrayType { len: Some(Box::new(len)), elem: Box::new(elem) })
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr(self.pos);
                self.syntax_error("missing channel element type");
                b
            }
        }
    }

    /// `Name`, `pkg.Name`, optionally instantiated: `Name[T1, T2]`.
    fn qualified_name(&mut self, name: Option<Expr>) -> Expr {
        let mut x = match name {
            Some(x) => x,
            None if self.tok == Tok::Name => {
                let n = self.name();
                self.ident_expr(n)
            }
            None => {
                let n = self.new_ident(self.pos, "_");
                let x = self.ident_expr(n);
                self.syntax_error("expected name");
                self.advance(&[Tok::Dot, Tok::Semi, Tok::RBrace]);
                x
            }
        };
        if self.tok == Tok::Dot {
            self.next();
            let sel = self.name();
            x = self.mk(x.pos, ExprKind::Selector(Box::new(x), sel));
        }
        if self.tok == Tok::LBrack {
            x = self.type_instance(x);
        }
        x
    }

    fn type_instance(&mut self, x: Expr) -> Expr {
        self.want(Tok::LBrack);
        let idx = if self.tok == Tok::RBrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr(self.pos)]
        } else {
            self.type_list(true).0
        };
        self.want(Tok::RBrack);
        self.mk(x.pos, ExprKind::Index(Box::new(x), idx))
    }

    /// `[` after a name where either an array/slice type (`a [N]T`) or
    /// type arguments (`T[A, B]`) may follow.
    fn array_or_targs(&mut self) -> ArrayOrTArgs {
        let pos = self.pos;
        self.want(Tok::LBrack);
        if self.got(Tok::RBrack) {
            return ArrayOrTArgs::Array(self.slice_type(pos));
        }
        let (mut n, comma) = self.type_list(false);
        self.want(Tok::RBrack);
        if !comma && n.len() == 1 {
            if let Some(elem) = self.type_or_nil() {
                let len = n.pop().map(Box::new);
                return ArrayOrTArgs::Array(self.mk(pos, ExprKind::ArrayType { len, elem: Box::new(elem) }));
            }
        }
        ArrayOrTArgs::TArgs(n)
    }

    /// A non-empty comma-separated list of types (the first may be an
    /// expression unless `strict`); reports whether a comma was seen.
    fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut l = vec![first];
        let mut comma = false;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                l.push(t);
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => l.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (l, comma)
    }

    fn struct_type(&mut self) -> Expr {
        let pos = self.pos;
        self.want(Tok::Struct);
        self.want(Tok::LBrace);
        let mut fields = Vec::new();
        self.enter_n(2);
        self.list("struct type", Tok::Semi, Tok::RBrace, &mut |p| {
            p.field_decl(&mut fields);
            false
        });
        self.leave_n(2);
        self.mk(pos, ExprKind::StructType(fields))
    }

    fn tag(&mut self) -> Option<String> {
        if self.tok != Tok::Literal {
            return None;
        }
        let v = if self.kind == LitKind::String && !self.bad { unquote_string(&self.lit) } else { None };
        self.next();
        v
    }

    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos;
        match self.tok {
            Tok::Name => {
                let name = self.name();
                if matches!(self.tok, Tok::Dot | Tok::Literal | Tok::Semi | Tok::RBrace) {
                    // Embedded type.
                    let x = self.ident_expr(name);
                    let ty = self.qualified_name(Some(x));
                    let tag = self.tag();
                    fields.push(Field { pos, names: Vec::new(), ty, tag });
                    return;
                }
                let names = self.name_list(name);
                let ty = if names.len() == 1 && self.tok == Tok::LBrack {
                    // `T[A, B]` (embedded instance) or `a [N]E`.
                    match self.array_or_targs() {
                        ArrayOrTArgs::TArgs(idx) => {
                            let n = names.into_iter().next().unwrap_or_else(|| unreachable!());
                            let x = self.ident_expr(n);
                            let ty = self.mk(x.pos, ExprKind::Index(Box::new(x), idx));
                            let tag = self.tag();
                            fields.push(Field { pos, names: Vec::new(), ty, tag });
                            return;
                        }
                        ArrayOrTArgs::Array(t) => t,
                    }
                } else {
                    self.type_()
                };
                let tag = self.tag();
                fields.push(Field { pos, names, ty, tag });
            }
            Tok::Star => {
                self.next();
                let ty = if self.tok == Tok::LParen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Tok::RParen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let ty = self.mk(pos, ExprKind::Star(Box::new(ty)));
                fields.push(Field { pos, names: Vec::new(), ty, tag });
            }
            Tok::LParen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.tok == Tok::Star {
                    let spos = self.pos;
                    self.next();
                    let t = self.qualified_name(None);
                    self.mk(spos, ExprKind::Star(Box::new(t)))
                } else {
                    self.qualified_name(None)
                };
                self.got(Tok::RParen);
                let tag = self.tag();
                fields.push(Field { pos, names: Vec::new(), ty, tag });
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Tok::Semi, Tok::RBrace]);
            }
        }
    }

    fn interface_type(&mut self) -> Expr {
        let pos = self.pos;
        self.want(Tok::Interface);
        self.want(Tok::LBrace);
        let mut elems = Vec::new();
        self.enter_n(2);
        self.list("interface type", Tok::Semi, Tok::RBrace, &mut |p| {
            let e = if p.tok == Tok::Name {
                match p.method_decl() {
                    Ok(m) => m,
                    Err(t) => InterfaceElem::Embed(p.embedded_elem(Some(t))),
                }
            } else {
                InterfaceElem::Embed(p.embedded_elem(None))
            };
            elems.push(e);
            false
        });
        self.leave_n(2);
        self.mk(pos, ExprKind::InterfaceType(elems))
    }

    /// A method spec, or (Err) the embedded type that starts like one.
    #[inline(never)]
    fn method_decl(&mut self) -> Result<InterfaceElem, Expr> {
        let name = self.name();
        match self.tok {
            Tok::LParen => {
                self.enter_n(2);
                let (_, sig) = self.func_type("interface method", name.pos);
                self.leave_n(2);
                Ok(InterfaceElem::Method { name, sig })
            }
            Tok::LBrack => {
                // A generic method m[T C](...) (invalid, but parsed) or an
                // embedded instance T[A, B].
                let lpos = self.pos;
                self.next();
                if self.tok == Tok::RBrack {
                    let rpos = self.pos;
                    self.next();
                    if self.tok == Tok::LParen {
                        self.report(rpos, "empty type parameter list".to_string());
                        let (_, sig) = self.func_type("", name.pos);
                        return Ok(InterfaceElem::Method { name, sig });
                    }
                    self.report(rpos, "empty type argument list".to_string());
                    return Err(self.ident_expr(name));
                }
                let list = self.param_list(None, None, Tok::RBrack, ParamCtx::TypeArgs);
                if self.tok == Tok::LParen {
                    self.report(lpos, "interface method must have no type parameters".to_string());
                    let (_, sig) = self.func_type("", name.pos);
                    return Ok(InterfaceElem::Method { name, sig });
                }
                let idx: Vec<Expr> = list.into_iter().map(|f| f.ty).collect();
                let x = self.ident_expr(name);
                Err(self.mk(x.pos, ExprKind::Index(Box::new(x), idx)))
            }
            _ => {
                let x = self.ident_expr(name);
                Err(self.qualified_name(Some(x)))
            }
        }
    }

    /// `term { "|" term }` in interfaces and constraints.
    fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        while self.tok == Tok::Operator && self.op == Op::Or {
            self.next();
            let y = self.embedded_term();
            x = self.mk(x.pos, ExprKind::Binary(BinOp::Or, Box::new(x), Box::new(y)));
        }
        x
    }

    fn embedded_term(&mut self) -> Expr {
        if self.tok == Tok::Operator && self.op == Op::Tilde {
            let pos = self.pos;
            self.next();
            let t = self.type_();
            return self.mk(pos, ExprKind::Unary(UnOp::Tilde, Box::new(t)));
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr(self.pos);
                self.syntax_error("expected ~ term or type");
                self.advance(&[Tok::Operator, Tok::Semi, Tok::RParen, Tok::RBrack, Tok::RBrace]);
                b
            }
        }
    }

    // ---- expressions -------------------------------------------------

    fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    fn expr_list(&mut self) -> Vec<Expr> {
        let mut l = vec![self.expr()];
        while self.got(Tok::Comma) {
            l.push(self.expr());
        }
        l
    }

    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while (self.tok == Tok::Operator || self.tok == Tok::Star) && self.prec > prec {
            let (op, tprec, opos) = (self.op, self.prec, self.pos);
            self.next();
            let y = self.binary_expr(None, tprec);
            x = self.mk(x.pos, ExprKind::Binary(bin_op(op), Box::new(x), Box::new(y)));
            if op == Op::Mul {
                self.mul_pos.insert(x.id.0, opos);
            }
        }
        x
    }

    fn unary_expr(&mut self) -> Expr {
        self.enter();
        let x = match self.tok {
            Tok::Operator | Tok::Star
                if matches!(self.op, Op::Mul | Op::Add | Op::Sub | Op::Not | Op::Xor | Op::Tilde | Op::And) =>
            {
                self.unary_op_expr()
            }
            Tok::Arrow => self.recv_expr(),
            _ => self.pexpr(true),
        };
        self.leave();
        x
    }

    #[inline(never)]
    fn unary_op_expr(&mut self) -> Expr {
        let pos = self.pos;
        let op = match self.op {
            Op::Add => UnOp::Pos,
            Op::Sub => UnOp::Neg,
            Op::Not => UnOp::Not,
            Op::Xor => UnOp::Xor,
            Op::Tilde => UnOp::Tilde,
            Op::And => UnOp::Addr,
            _ => {
                self.next();
                let x = self.unary_expr();
                return self.mk(pos, ExprKind::Star(Box::new(x)));
            }
        };
        self.next();
        let x = self.unary_expr();
        self.mk(pos, ExprKind::Unary(op, Box::new(x)))
    }

    #[inline(never)]
    fn recv_expr(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        // `<-chan T` is a type; `<-x` a receive. Only the parsed operand
        // tells them apart.
        let mut x = self.unary_expr();
        if matches!(x.kind, ExprKind::ChanType(..)) {
            self.reassociate_recv_chan(&mut x);
            x.pos = pos;
            return x;
        }
        self.mk(pos, ExprKind::Unary(UnOp::Recv, Box::new(x)))
    }

    /// `<-` applied to a channel type `chan E` makes it `<-chan E`; applied
    /// to `chan<- chan E` it makes `<-chan <-chan E`, and so on.
    #[inline(never)]
    fn reassociate_recv_chan(&mut self, x: &mut Expr) {
        // First find how many channel levels `<-` applies to, then apply.
        let mut levels = 0;
        let mut err: Option<String> = None;
        let mut t: &Expr = x;
        loop {
            match &t.kind {
                ExprKind::ChanType(d, elem) => {
                    levels += 1;
                    if *d == ChanDir::Recv && err.is_none() {
                        err = Some("unexpected <-, expected chan".to_string());
                    }
                    if *d != ChanDir::Send {
                        break;
                    }
                    t = elem;
                }
                _ => {
                    // `<-chan<- E` where E is not a channel type
                    if err.is_none() {
                        err = Some(format!("unexpected {}, expected chan", expr_string(t)));
                    }
                    break;
                }
            }
        }
        let mut t: &mut Expr = x;
        for _ in 0..levels {
            match &mut t.kind {
                ExprKind::ChanType(d, elem) => {
                    *d = ChanDir::Recv;
                    t = elem;
                }
                _ => break,
            }
        }
        if let Some(e) = err {
            self.syntax_error(&e);
        }
    }

    fn pexpr(&mut self, keep_parens: bool) -> Expr {
        let x = self.operand(keep_parens);
        self.pexpr_loop(x)
    }

    /// Postfix operations: selectors, type assertions, index and slice
    /// expressions, instantiations, calls and composite literals.
    fn pexpr_loop(&mut self, mut x: Expr) -> Expr {
        loop {
            let tok = self.tok;
            x = match tok {
                Tok::Dot => self.selector_or_assert(x),
                Tok::LBrack => self.index_or_slice(x),
                Tok::LParen => self.call_expr(x),
                Tok::LBrace if self.complit_ok(&x) => self.complit_expr(Some(x)),
                _ => break,
            };
        }
        x
    }

    /// Does `{` after `x` start a composite literal (rather than a block)?
    #[inline(never)]
    fn complit_ok(&mut self, x: &Expr) -> bool {
        let t = unparen(x);
        let ok = match &t.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.xnest >= 0,
            ExprKind::Index(..) => self.xnest >= 0 && !is_value(t),
            ExprKind::ArrayType { .. } | ExprKind::StructType(_) | ExprKind::MapType(..) => true,
            _ => false,
        };
        if ok && matches!(x.kind, ExprKind::Paren(_)) {
            self.syntax_error("cannot parenthesize type in composite literal");
        }
        ok
    }

    #[inline(never)]
    fn selector_or_assert(&mut self, x: Expr) -> Expr {
        let pos = x.pos;
        self.next(); // .
        match self.tok {
            Tok::Name => {
                let sel = self.name();
                self.mk(pos, ExprKind::Selector(Box::new(x), sel))
            }
            Tok::LParen => {
                self.next();
                let t = if self.got(Tok::Type) { None } else { Some(Box::new(self.type_())) };
                let x = self.mk(pos, ExprKind::TypeAssert(Box::new(x), t));
                self.want(Tok::RParen);
                x
            }
            _ => {
                self.syntax_error("expected name or (");
                self.advance(&[Tok::Semi, Tok::RParen]);
                x
            }
        }
    }

    #[inline(never)]
    fn index_or_slice(&mut self, x: Expr) -> Expr {
        self.enter();
        let x = self.index_or_slice_inner(x);
        self.leave();
        x
    }

    fn index_or_slice_inner(&mut self, x: Expr) -> Expr {
        let pos = x.pos;
        self.next(); // [
        let mut idx = Vec::new();
        if self.tok != Tok::Colon {
            let comma;
            if self.tok == Tok::RBrack {
                self.syntax_error("expected operand");
                idx.push(self.bad_expr(self.pos));
                comma = false;
            } else {
                (idx, comma) = self.type_list(false);
            }
            if comma || self.tok == Tok::RBrack {
                self.want(Tok::RBrack);
                return self.mk(pos, ExprKind::Index(Box::new(x), idx));
            }
        }
        self.slice_rest(x, idx.pop())
    }

    /// `x[lo` has been parsed (lo may be absent): the rest of a slice
    /// expression.
    #[inline(never)]
    fn slice_rest(&mut self, x: Expr, lo: Option<Expr>) -> Expr {
        let pos = x.pos;
        // x[lo:...
        if !self.got(Tok::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[Tok::Comma, Tok::Colon, Tok::RBrack]);
        }
        self.xnest += 1;
        let lo = lo.map(Box::new);
        let mut hi = None;
        let mut max = None;
        let mut three = false;
        if self.tok != Tok::Colon && self.tok != Tok::RBrack {
            hi = Some(Box::new(self.expr()));
        }
        if self.tok == Tok::Colon {
            three = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
            }
            self.next();
            if self.tok != Tok::RBrack {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
            }
        }
        self.xnest -= 1;
        self.want(Tok::RBrack);
        self.mk(pos, ExprKind::Slice { x: Box::new(x), lo, hi, max, three })
    }

    #[inline(never)]
    fn call_expr(&mut self, x: Expr) -> Expr {
        let pos = x.pos;
        let lparen = self.pos;
        self.next(); // (
        self.xnest += 1;
        self.enter();
        let mut args = Vec::new();
        let mut ellipsis = None;
        let rparen = self.list("argument list", Tok::Comma, Tok::RParen, &mut |p| {
            args.push(p.expr());
            if p.tok == Tok::DotDotDot {
                ellipsis = Some(p.pos);
                p.next();
                return true;
            }
            false
        });
        self.leave();
        self.xnest -= 1;
        self.mk(pos, ExprKind::Call { fun: Box::new(x), args, ellipsis, lparen, rparen })
    }

    fn operand(&mut self, _keep_parens: bool) -> Expr {
        // (gc drops redundant parentheses unless asked to keep them; Mvm
        // always keeps them, as go/ast does.)
        match self.tok {
            Tok::Name => {
                let n = self.name();
                self.ident_expr(n)
            }
            Tok::Literal => self.basic_lit(),
            Tok::LParen => self.paren_expr(),
            Tok::Func => self.func_lit_or_type(),
            Tok::LBrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => self.bad_operand(),
        }
    }

    #[inline(never)]
    fn basic_lit(&mut self) -> Expr {
        let pos = self.pos;
        // A malformed literal was reported by the lexer; the checker
        // treats Bad silently.
        let kind = if self.bad { ExprKind::Bad } else { ExprKind::BasicLit(self.kind, self.lit.to_string()) };
        self.next();
        self.mk(pos, kind)
    }

    #[inline(never)]
    fn bad_operand(&mut self) -> Expr {
        let x = self.bad_expr(self.pos);
        self.syntax_error("expected expression");
        self.advance(&[Tok::RParen, Tok::RBrack, Tok::RBrace]);
        x
    }

    #[inline(never)]
    fn paren_expr(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        self.xnest += 1;
        self.enter();
        let x = self.expr();
        self.leave();
        self.xnest -= 1;
        self.want(Tok::RParen);
        self.mk(pos, ExprKind::Paren(Box::new(x)))
    }

    #[inline(never)]
    fn func_lit_or_type(&mut self) -> Expr {
        let pos = self.pos;
        self.next();
        // The literal's height is the deepest nesting reached in it.
        let saved_wm = self.wm;
        self.wm = self.level;
        self.enter_n(2);
        let (_, sig) = self.func_type("function type", pos);
        let x = if self.tok == Tok::LBrace {
            self.xnest += 1;
            let body = self.func_body();
            self.xnest -= 1;
            self.leave_n(2);
            let h = self.wm - self.level + 1;
            self.mk_h(pos, ExprKind::FuncLit(Rc::new(FuncLit { sig, body })), h)
        } else {
            self.leave_n(2);
            self.mk(pos, ExprKind::FuncType(sig))
        };
        self.wm = self.wm.max(saved_wm);
        x
    }

    /// `{ elements }`, with `ty` the literal's type (None when elided).
    #[inline(never)]
    fn complit_expr(&mut self, ty: Option<Expr>) -> Expr {
        self.enter();
        let pos = ty.as_ref().map_or(self.pos, |t| t.pos);
        self.xnest += 1;
        self.want(Tok::LBrace);
        let mut elts = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::RBrace, &mut |p| {
            let e = p.bare_complit_expr();
            let e = if p.tok == Tok::Colon { p.key_value(e) } else { e };
            elts.push(e);
            false
        });
        self.xnest -= 1;
        self.leave();
        self.mk(pos, ExprKind::CompositeLit { ty: ty.map(Box::new), elts, rbrace })
    }

    #[inline(never)]
    fn key_value(&mut self, k: Expr) -> Expr {
        self.next(); // :
        let v = self.bare_complit_expr();
        self.mk(k.pos, ExprKind::KeyValue(Box::new(k), Box::new(v)))
    }

    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok == Tok::LBrace {
            return self.complit_expr(None);
        }
        self.expr()
    }

    // ---- statements --------------------------------------------------

    fn block_stmt(&mut self, context: &str) -> Block {
        let pos = self.pos;
        if !self.got(Tok::LBrace) && self.missing_lbrace(context) {
            return Block { pos, stmts: Vec::new(), end: self.pos_before_rbrace() };
        }
        self.enter();
        let stmts = self.stmt_list();
        self.leave();
        let end = self.pos;
        self.want(Tok::RBrace);
        Block { pos, stmts, end }
    }

    /// Reports a missing `{`; true if the (empty) block ended at a `}`.
    #[inline(never)]
    fn missing_lbrace(&mut self, context: &str) -> bool {
        self.syntax_error(&format!("expected {{ after {}", context));
        self.advance(&[Tok::Name, Tok::RBrace]);
        self.rbrace_pos = self.pos;
        self.got(Tok::RBrace)
    }

    fn pos_before_rbrace(&self) -> Pos {
        self.rbrace_pos
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut l = Vec::new();
        while !matches!(self.tok, Tok::Eof | Tok::RBrace | Tok::Case | Tok::Default) {
            let start = self.ntok;
            match self.stmt_or_nil() {
                Some(s) => l.push(s),
                None => break,
            }
            self.stmt_end(start);
        }
        l
    }

    /// After a statement in a list: `;` is optional before `}`.
    #[inline(never)]
    fn stmt_end(&mut self, start: u64) {
        if !self.got(Tok::Semi) && self.tok != Tok::RBrace {
            self.syntax_error("at end of statement");
            self.advance(&[Tok::Semi, Tok::RBrace, Tok::Case, Tok::Default]);
            self.got(Tok::Semi);
        }
        if self.ntok == start {
            self.advance(&[]);
        }
    }

    /// A statement, or None if the current token cannot start one. Each
    /// kind is parsed by its own function so that the frames on the
    /// recursive path stay small.
    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        self.enter();
        let s = match self.tok {
            Tok::Name => self.name_stmt(),
            Tok::Var | Tok::Const | Tok::Type => self.decl_stmt(),
            Tok::LBrace => self.block_as_stmt(),
            Tok::Operator | Tok::Star => {
                if matches!(self.op, Op::Add | Op::Sub | Op::Mul | Op::And | Op::Xor | Op::Not) {
                    self.simple_as_stmt()
                } else {
                    None
                }
            }
            Tok::Literal
            | Tok::Func
            | Tok::LParen
            | Tok::LBrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => self.simple_as_stmt(),
            Tok::For => self.for_stmt(),
            Tok::Switch => self.switch_stmt(),
            Tok::Select => self.select_stmt(),
            Tok::If => self.if_stmt(),
            Tok::Fallthrough | Tok::Break | Tok::Continue | Tok::Goto => self.branch_stmt(),
            Tok::Go | Tok::Defer => self.go_defer_stmt(),
            Tok::Return => self.return_stmt(),
            Tok::Semi => Some(Stmt { pos: self.pos, kind: StmtKind::Empty }),
            _ => None,
        };
        self.leave();
        s
    }

    /// A statement starting with a name: a labeled or a simple statement.
    #[inline(never)]
    fn name_stmt(&mut self) -> Option<Stmt> {
        let lhs = self.expr_list();
        if lhs.len() == 1 && self.tok == Tok::Colon && matches!(lhs[0].kind, ExprKind::Ident(_)) {
            let label = match lhs.into_iter().next() {
                Some(Expr { id, pos, kind: ExprKind::Ident(name) }) => Ident { id, pos, name },
                _ => unreachable!(),
            };
            return self.labeled_stmt(label);
        }
        self.simple_from(lhs)
    }

    #[inline(never)]
    fn simple_from(&mut self, lhs: Vec<Expr>) -> Option<Stmt> {
        let s = self.simple_stmt(Some(lhs), None);
        Some(self.simple_to_stmt(s))
    }

    #[inline(never)]
    fn simple_as_stmt(&mut self) -> Option<Stmt> {
        let s = self.simple_stmt(None, None);
        Some(self.simple_to_stmt(s))
    }

    #[inline(never)]
    fn decl_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        let d = self.gen_decl();
        Some(Stmt { pos, kind: StmtKind::Decl(d) })
    }

    #[inline(never)]
    fn block_as_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        let b = self.block_stmt("");
        Some(Stmt { pos, kind: StmtKind::Block(b) })
    }

    #[inline(never)]
    fn branch_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        let tok = self.tok;
        self.next();
        let kind = match tok {
            Tok::Fallthrough => StmtKind::Branch(BranchKind::Fallthrough, None),
            Tok::Goto => StmtKind::Branch(BranchKind::Goto, Some(self.name())),
            _ => {
                let k = if tok == Tok::Break { BranchKind::Break } else { BranchKind::Continue };
                let label = if self.tok == Tok::Name { Some(self.name()) } else { None };
                StmtKind::Branch(k, label)
            }
        };
        Some(Stmt { pos, kind })
    }

    #[inline(never)]
    fn go_defer_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        let is_go = self.tok == Tok::Go;
        self.next();
        let mut x = self.pexpr(self.tok == Tok::LParen);
        if let ExprKind::Paren(_) = x.kind {
            let kw = if is_go { "go" } else { "defer" };
            self.report(x.pos, format!("expression in {} must not be parenthesized", kw));
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
        }
        Some(Stmt { pos, kind: if is_go { StmtKind::Go(x) } else { StmtKind::Defer(x) } })
    }

    #[inline(never)]
    fn return_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        self.next();
        let results = if self.tok != Tok::Semi && self.tok != Tok::RBrace { self.expr_list() } else { Vec::new() };
        Some(Stmt { pos, kind: StmtKind::Return(results) })
    }

    #[inline(never)]
    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let colon = self.pos;
        self.want(Tok::Colon);
        if self.tok == Tok::RBrace {
            // A label at the end of a block labels an empty statement.
            let e = Stmt { pos: self.pos, kind: StmtKind::Empty };
            return Some(Stmt { pos: label.pos, kind: StmtKind::Labeled(label, Box::new(e)) });
        }
        self.enter();
        let s = self.stmt_or_nil();
        self.leave();
        self.finish_labeled(label, colon, s)
    }

    #[inline(never)]
    fn finish_labeled(&mut self, label: Ident, colon: Pos, s: Option<Stmt>) -> Option<Stmt> {
        match s {
            Some(s) => Some(Stmt { pos: label.pos, kind: StmtKind::Labeled(label, Box::new(s)) }),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    #[inline(never)]
    fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Stmt(s) => s,
            Simple::Range { x, .. } => {
                // Only headers produce range clauses.
                Stmt { pos: x.pos, kind: StmtKind::Expr(x) }
            }
            Simple::Guard { pos, bind, x } => {
                let lhs = self.ident_expr(bind);
                Stmt { pos, kind: StmtKind::Assign { lhs: vec![lhs], op: AssignOp::Define, rhs: vec![x] } }
            }
        }
    }

    /// A simple statement; `lhs` is an already parsed expression list.
    /// `keyword` is the statement whose header this is (for/if/switch).
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Simple {
        if keyword == Some(Tok::For) && self.tok == Tok::Range {
            return self.range_clause(Vec::new(), false);
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && self.tok != Tok::Assign && self.tok != Tok::Define {
            return Simple::Stmt(self.simple_single(lhs));
        }
        if self.tok == Tok::Assign || self.tok == Tok::Define {
            return self.assign_stmt(lhs, keyword);
        }
        self.syntax_error("expected := or = or comma");
        self.advance(&[Tok::Semi, Tok::RBrace]);
        let x = lhs.into_iter().next().unwrap_or_else(|| unreachable!());
        Simple::Stmt(Stmt { pos: x.pos, kind: StmtKind::Expr(x) })
    }

    /// `x op= y`, `x++`, `x <- y` or an expression statement.
    #[inline(never)]
    fn simple_single(&mut self, lhs: Vec<Expr>) -> Stmt {
        let pos = self.pos;
        let x = lhs.into_iter().next().unwrap_or_else(|| unreachable!());
        match self.tok {
            Tok::AssignOp => {
                let op = bin_op(self.op);
                self.next();
                let rhs = self.expr();
                Stmt { pos, kind: StmtKind::Assign { lhs: vec![x], op: AssignOp::Op(op), rhs: vec![rhs] } }
            }
            Tok::IncOp => {
                let inc = self.op == Op::Add;
                self.next();
                Stmt { pos, kind: StmtKind::IncDec(x, inc) }
            }
            Tok::Arrow => {
                self.next();
                let v = self.expr();
                Stmt { pos, kind: StmtKind::Send(x, v) }
            }
            _ => Stmt { pos: x.pos, kind: StmtKind::Expr(x) },
        }
    }

    /// `lhs = rhs` or `lhs := rhs` (or a range clause or type switch guard
    /// in headers). Positioned at the operator, as gc does.
    #[inline(never)]
    fn assign_stmt(&mut self, mut lhs: Vec<Expr>, keyword: Option<Tok>) -> Simple {
        let pos = self.pos;
        let define = self.tok == Tok::Define;
        self.next();
        if keyword == Some(Tok::For) && self.tok == Tok::Range {
            return self.range_clause(lhs, define);
        }
        let rhs = self.expr_list();
        if keyword == Some(Tok::Switch)
            && define
            && lhs.len() == 1
            && rhs.len() == 1
            && matches!(lhs[0].kind, ExprKind::Ident(_))
            && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None))
        {
            let bind = match lhs.pop() {
                Some(Expr { id, pos, kind: ExprKind::Ident(name) }) => Ident { id, pos, name },
                _ => unreachable!(),
            };
            let x = rhs.into_iter().next().unwrap_or_else(|| unreachable!());
            return Simple::Guard { pos, bind, x };
        }
        let op = if define { AssignOp::Define } else { AssignOp::Assign };
        Simple::Stmt(Stmt { pos, kind: StmtKind::Assign { lhs, op, rhs } })
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        self.next(); // range
        let x = self.expr();
        Simple::Range { lhs, define, x }
    }

    /// The header of an if, for or switch statement (after the keyword):
    /// init statement, condition (or tag, or range clause), post statement.
    #[inline(never)]
    fn header(&mut self, keyword: Tok) -> Header {
        self.enter_n(2);
        let h = self.header_inner(keyword);
        self.leave_n(2);
        h
    }

    fn header_inner(&mut self, keyword: Tok) -> Header {
        let mut h = Header { init: None, cond: None, post: None };
        if self.tok == Tok::LBrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
            }
            return h;
        }
        let outer = self.xnest;
        self.xnest = -1;

        if self.tok != Tok::Semi {
            // accept a var declaration but complain
            if self.got(Tok::Var) {
                self.syntax_error(&format!("var declaration not allowed in {} initializer", keyword.as_str()));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if matches!(s, Simple::Range { .. }) {
                self.xnest = outer;
                h.init = Some(Box::new(s));
                return h;
            }
            h.init = Some(Box::new(s));
        }

        let mut semi: Option<(Pos, String)> = None;
        if self.tok != Tok::LBrace {
            if self.tok == Tok::Semi {
                semi = Some((self.pos, self.lit.to_string()));
                self.next();
            } else {
                // asking for a '{' rather than a ';' gives a better message
                self.want(Tok::LBrace);
                if self.tok != Tok::LBrace {
                    self.advance(&[Tok::LBrace, Tok::RBrace]);
                }
            }
            if keyword == Tok::For {
                'cond: {
                    if self.tok != Tok::Semi {
                        if self.tok == Tok::LBrace {
                            self.syntax_error("expected for loop condition");
                            break 'cond;
                        }
                        h.cond = Some(Box::new(self.simple_stmt(None, None)));
                    }
                    self.want(Tok::Semi);
                    if self.tok != Tok::LBrace {
                        let s = self.simple_stmt(None, None);
                        let s = self.simple_to_stmt(s);
                        if let StmtKind::Assign { op: AssignOp::Define, .. } = s.kind {
                            self.syntax_error_at(s.pos, "cannot declare in post statement of for loop");
                        }
                        h.post = Some(Box::new(s));
                    }
                }
            } else if self.tok != Tok::LBrace {
                h.cond = Some(Box::new(self.simple_stmt(None, Some(keyword))));
            }
        } else {
            h.cond = h.init.take();
        }

        match h.cond.as_deref() {
            None => {
                if keyword == Tok::If {
                    if let Some((spos, lit)) = semi {
                        if lit != "semicolon" {
                            self.syntax_error_at(spos, &format!("unexpected {}, expected {{ after if clause", lit));
                        } else {
                            self.syntax_error_at(spos, "missing condition in if statement");
                        }
                    }
                }
            }
            Some(Simple::Stmt(Stmt { kind: StmtKind::Expr(_), .. })) | Some(Simple::Guard { .. }) => {}
            Some(Simple::Stmt(s)) => {
                let str = match &s.kind {
                    StmtKind::Assign { lhs, op: AssignOp::Assign, rhs } => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    _ => stmt_string(s),
                };
                self.syntax_error_at(s.pos, &format!("cannot use {} as value", str));
            }
            Some(Simple::Range { .. }) => {}
        }
        self.xnest = outer;
        h
    }

    fn opt_simple_to_stmt(&mut self, s: Option<Box<Simple>>) -> Option<Box<Stmt>> {
        s.map(|s| Box::new(self.simple_to_stmt(*s)))
    }

    /// The condition of an if or for header: an expression statement's
    /// expression; anything else was reported and becomes Bad.
    fn cond_expr(&mut self, s: Option<Box<Simple>>) -> Option<Expr> {
        match s.map(|s| *s) {
            Some(Simple::Stmt(Stmt { kind: StmtKind::Expr(x), .. })) => Some(x),
            Some(s) => {
                let s = self.simple_to_stmt(s);
                Some(self.bad_expr(s.pos))
            }
            None => None,
        }
    }

    #[inline(never)]
    fn if_header(&mut self, pos: Pos) -> (Option<Box<Stmt>>, Expr) {
        let h = self.header(Tok::If);
        let init = self.opt_simple_to_stmt(h.init);
        let cond = match self.cond_expr(h.cond) {
            Some(c) => c,
            None => self.bad_expr(pos),
        };
        (init, cond)
    }

    /// An if statement with its else-if chain. Chains can be long in
    /// generated code, so they are parsed iteratively; each link still
    /// counts as one level of the tree's height.
    #[inline(never)]
    fn if_stmt(&mut self) -> Option<Stmt> {
        let mut links: Vec<(Pos, Option<Box<Stmt>>, Expr, Block)> = Vec::new();
        let mut tail: Option<Box<Stmt>> = None;
        let base_level = self.level;
        loop {
            let pos = self.pos;
            self.next(); // if
            self.level += 1;
            if self.level > MAX_HEIGHT {
                self.too_deep(pos);
            }
            self.wm = self.wm.max(self.level);
            let (init, cond) = self.if_header(pos);
            let then = self.block_stmt("if clause");
            links.push((pos, init, cond, then));
            if !self.got(Tok::Else) {
                break;
            }
            match self.tok {
                Tok::If => {}
                Tok::LBrace => {
                    tail = self.block_as_stmt().map(Box::new);
                    break;
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::RBrace]);
                    break;
                }
            }
        }
        self.level = base_level;
        let mut els = tail;
        while let Some((pos, init, cond, then)) = links.pop() {
            els = Some(Box::new(Stmt { pos, kind: StmtKind::If { init, cond, then, els } }));
        }
        els.map(|s| *s)
    }

    #[inline(never)]
    fn for_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        self.next(); // for
        let h = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        Some(self.finish_for(pos, h, body))
    }

    #[inline(never)]
    fn finish_for(&mut self, pos: Pos, h: Header, body: Block) -> Stmt {
        let Header { init, cond, post } = h;
        if matches!(init.as_deref(), Some(Simple::Range { .. })) {
            let Some(Simple::Range { lhs, define, x }) = init.map(|s| *s) else { unreachable!() };
            if lhs.len() > 2 {
                self.report(lhs[2].pos, "range clause permits at most two iteration variables".to_string());
            }
            let mut it = lhs.into_iter();
            let key = it.next();
            let value = it.next();
            return Stmt { pos, kind: StmtKind::Range { key, value, define, x, body } };
        }
        let init = self.opt_simple_to_stmt(init);
        let cond = self.cond_expr(cond);
        Stmt { pos, kind: StmtKind::For { init, cond, post, body } }
    }

    #[inline(never)]
    fn switch_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        self.next(); // switch
        let h = self.header(Tok::Switch);
        if !self.got(Tok::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::RBrace]);
        }
        let mut clauses = Vec::new();
        while self.tok != Tok::Eof && self.tok != Tok::RBrace {
            let start = self.ntok;
            clauses.push(self.case_clause());
            if self.ntok == start {
                self.advance(&[]);
            }
        }
        let rbrace = self.pos;
        self.want(Tok::RBrace);
        Some(self.finish_switch(pos, h, clauses, rbrace))
    }

    #[inline(never)]
    fn finish_switch(&mut self, pos: Pos, h: Header, clauses: Vec<CaseClause>, rbrace: Pos) -> Stmt {
        let Header { init, cond, .. } = h;
        let init = self.opt_simple_to_stmt(init);
        let (bind, x) = match cond.map(|s| *s) {
            Some(Simple::Guard { bind, x, .. }) => (Some(bind), x),
            Some(Simple::Stmt(Stmt { kind: StmtKind::Expr(x), .. }))
                if matches!(x.kind, ExprKind::TypeAssert(_, None)) =>
            {
                (None, x)
            }
            Some(Simple::Stmt(Stmt { kind: StmtKind::Expr(x), .. })) => {
                return Stmt { pos, kind: StmtKind::Switch { init, tag: Some(x), body: clauses, rbrace } };
            }
            Some(s) => {
                let s = self.simple_to_stmt(s);
                let b = self.bad_expr(s.pos);
                return Stmt { pos, kind: StmtKind::Switch { init, tag: Some(b), body: clauses, rbrace } };
            }
            None => return Stmt { pos, kind: StmtKind::Switch { init, tag: None, body: clauses, rbrace } },
        };
        let x = match x.kind {
            ExprKind::TypeAssert(x, None) => *x,
            _ => self.bad_expr(pos),
        };
        let body = clauses
            .into_iter()
            .map(|c| TypeCaseClause {
                pos: c.pos,
                types: c.exprs,
                is_default: c.is_default,
                body: c.body,
                implicit_id: self.fresh_id(),
            })
            .collect();
        Stmt { pos, kind: StmtKind::TypeSwitch { init, bind, x, body, rbrace } }
    }

    #[inline(never)]
    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos;
        let mut exprs = Vec::new();
        let mut is_default = false;
        match self.tok {
            Tok::Case => {
                self.next();
                exprs = self.expr_list();
            }
            Tok::Default => {
                self.next();
                is_default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace]);
            }
        }
        self.want(Tok::Colon);
        self.enter_n(2);
        let body = self.stmt_list();
        self.leave_n(2);
        CaseClause { pos, exprs, is_default, body }
    }

    #[inline(never)]
    fn select_stmt(&mut self) -> Option<Stmt> {
        let pos = self.pos;
        self.next(); // select
        if !self.got(Tok::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::RBrace]);
        }
        let mut clauses = Vec::new();
        while self.tok != Tok::Eof && self.tok != Tok::RBrace {
            let start = self.ntok;
            clauses.push(self.comm_clause());
            if self.ntok == start {
                self.advance(&[]);
            }
        }
        self.want(Tok::RBrace);
        Some(Stmt { pos, kind: StmtKind::Select(clauses) })
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos;
        let comm = self.comm_case();
        self.want(Tok::Colon);
        self.enter_n(2);
        let body = self.stmt_list();
        self.leave_n(2);
        CommClause { pos, comm, body }
    }

    #[inline(never)]
    fn comm_case(&mut self) -> Option<Box<Stmt>> {
        match self.tok {
            Tok::Case => {
                self.next();
                // Any simple statement parses; the checker restricts them
                // to sends and receives.
                let s = self.simple_stmt(None, None);
                Some(Box::new(self.simple_to_stmt(s)))
            }
            Tok::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace]);
                None
            }
        }
    }

    // ---- fresh ids for repeated const expressions ---------------------

    fn renumber_ident(&mut self, i: &mut Ident) {
        i.id = self.fresh_id();
    }

    fn renumber_fields(&mut self, fs: &mut [Field]) {
        for f in fs {
            for n in &mut f.names {
                self.renumber_ident(n);
            }
            self.renumber_expr(&mut f.ty);
        }
    }

    fn renumber_functype(&mut self, ft: &mut FuncType) {
        self.renumber_fields(&mut ft.params);
        self.renumber_fields(&mut ft.results);
    }

    fn renumber_opt(&mut self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.renumber_expr(e);
        }
    }

    /// Gives every node under `e` a fresh id (keeping recorded heights).
    fn renumber_expr(&mut self, e: &mut Expr) {
        let h = self.height(e);
        use ExprKind::*;
        match &mut e.kind {
            Ident(_) | BasicLit(..) | Bad | Ellipsis(None) => {}
            CompositeLit { ty, elts, .. } => {
                self.renumber_opt(ty);
                for x in elts {
                    self.renumber_expr(x);
                }
            }
            KeyValue(a, b) | Binary(_, a, b) | MapType(a, b) => {
                self.renumber_expr(a);
                self.renumber_expr(b);
            }
            FuncLit(f) => {
                let f = Rc::make_mut(f);
                self.renumber_functype(&mut f.sig);
                self.renumber_block(&mut f.body);
            }
            Paren(x) | Star(x) | Unary(_, x) | ChanType(_, x) | Ellipsis(Some(x)) => self.renumber_expr(x),
            Selector(x, sel) => {
                self.renumber_expr(x);
                self.renumber_ident(sel);
            }
            Index(x, idx) => {
                self.renumber_expr(x);
                for i in idx {
                    self.renumber_expr(i);
                }
            }
            Slice { x, lo, hi, max, .. } => {
                self.renumber_expr(x);
                self.renumber_opt(lo);
                self.renumber_opt(hi);
                self.renumber_opt(max);
            }
            TypeAssert(x, t) => {
                self.renumber_expr(x);
                self.renumber_opt(t);
            }
            Call { fun, args, .. } => {
                self.renumber_expr(fun);
                for a in args {
                    self.renumber_expr(a);
                }
            }
            ArrayType { len, elem } => {
                self.renumber_opt(len);
                self.renumber_expr(elem);
            }
            StructType(fs) => self.renumber_fields(fs),
            FuncType(ft) => self.renumber_functype(ft),
            InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.renumber_ident(name);
                            self.renumber_functype(sig);
                        }
                        InterfaceElem::Embed(x) => self.renumber_expr(x),
                    }
                }
            }
        }
        let old = e.id;
        e.id = self.fresh_id();
        if let Some(last) = self.heights.last_mut() {
            *last = h;
        }
        if let Some(p) = self.mul_pos.get(&old.0).copied() {
            self.mul_pos.insert(e.id.0, p);
        }
    }

    fn renumber_block(&mut self, b: &mut Block) {
        for s in &mut b.stmts {
            self.renumber_stmt(s);
        }
    }

    fn renumber_opt_stmt(&mut self, s: &mut Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.renumber_stmt(s);
        }
    }

    fn renumber_stmts(&mut self, l: &mut [Stmt]) {
        for s in l {
            self.renumber_stmt(s);
        }
    }

    fn renumber_gendecl(&mut self, d: &mut GenDecl) {
        for spec in &mut d.specs {
            match spec {
                Spec::Value(v) => {
                    let v = Rc::make_mut(v);
                    for n in &mut v.names {
                        self.renumber_ident(n);
                    }
                    if let Some(t) = &mut v.ty {
                        self.renumber_expr(t);
                    }
                    for x in &mut v.values {
                        self.renumber_expr(x);
                    }
                }
                Spec::Type(t) => {
                    let t = Rc::make_mut(t);
                    self.renumber_ident(&mut t.name);
                    self.renumber_fields(&mut t.type_params);
                    self.renumber_expr(&mut t.ty);
                }
            }
        }
    }

    fn renumber_stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Decl(d) => self.renumber_gendecl(d),
            StmtKind::Empty => {}
            StmtKind::Labeled(l, s) => {
                self.renumber_ident(l);
                self.renumber_stmt(s);
            }
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec(x, _) => self.renumber_expr(x),
            StmtKind::Send(a, b) => {
                self.renumber_expr(a);
                self.renumber_expr(b);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                for x in lhs.iter_mut().chain(rhs.iter_mut()) {
                    self.renumber_expr(x);
                }
            }
            StmtKind::Return(xs) => {
                for x in xs {
                    self.renumber_expr(x);
                }
            }
            StmtKind::Branch(_, l) => {
                if let Some(l) = l {
                    self.renumber_ident(l);
                }
            }
            StmtKind::Block(b) => self.renumber_block(b),
            StmtKind::If { init, cond, then, els } => {
                self.renumber_opt_stmt(init);
                self.renumber_expr(cond);
                self.renumber_block(then);
                self.renumber_opt_stmt(els);
            }
            StmtKind::Switch { init, tag, body, .. } => {
                self.renumber_opt_stmt(init);
                if let Some(t) = tag {
                    self.renumber_expr(t);
                }
                for c in body {
                    for x in &mut c.exprs {
                        self.renumber_expr(x);
                    }
                    self.renumber_stmts(&mut c.body);
                }
            }
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.renumber_opt_stmt(init);
                if let Some(b) = bind {
                    self.renumber_ident(b);
                }
                self.renumber_expr(x);
                for c in body {
                    for t in &mut c.types {
                        self.renumber_expr(t);
                    }
                    self.renumber_stmts(&mut c.body);
                    c.implicit_id = self.fresh_id();
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.renumber_opt_stmt(&mut c.comm);
                    self.renumber_stmts(&mut c.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.renumber_opt_stmt(init);
                if let Some(c) = cond {
                    self.renumber_expr(c);
                }
                self.renumber_opt_stmt(post);
                self.renumber_block(body);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                if let Some(k) = key {
                    self.renumber_expr(k);
                }
                if let Some(v) = value {
                    self.renumber_expr(v);
                }
                self.renumber_expr(x);
                self.renumber_block(body);
            }
        }
    }
}

// ---- printing, in gc's short form (as used in its messages) ----------

fn emphasize(l: &[Expr]) -> String {
    let s = expr_list_string(l);
    if l.len() == 1 && matches!(l[0].kind, ExprKind::Binary(..)) {
        format!("({})", s)
    } else {
        s
    }
}

fn expr_list_string(l: &[Expr]) -> String {
    let v: Vec<String> = l.iter().map(expr_string).collect();
    v.join(", ")
}

fn fields_string(fs: &[Field], sep: &str) -> String {
    let v: Vec<String> = fs
        .iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| &*n.name).collect();
            let mut s = if names.is_empty() {
                expr_string(&f.ty)
            } else {
                format!("{} {}", names.join(", "), expr_string(&f.ty))
            };
            if let Some(t) = &f.tag {
                s.push_str(&format!(" {:?}", t));
            }
            s
        })
        .collect();
    v.join(sep)
}

fn sig_string(ft: &FuncType) -> String {
    let mut s = format!("({})", fields_string(&ft.params, ", "));
    match ft.results.as_slice() {
        [] => {}
        [f] if f.names.is_empty() => {
            s.push(' ');
            s.push_str(&expr_string(&f.ty));
        }
        rs => s.push_str(&format!(" ({})", fields_string(rs, ", "))),
    }
    s
}

fn binop_str(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::AndNot => "&^",
        BinOp::LAnd => "&&",
        BinOp::LOr => "||",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
    }
}

fn binop_prec(op: BinOp) -> u8 {
    match op {
        BinOp::LOr => 1,
        BinOp::LAnd => 2,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
        BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 4,
        _ => 5,
    }
}

/// An expression as gc prints it in messages: function bodies and
/// composite literal contents elided as `{…}`.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

fn write_expr(s: &mut String, e: &Expr, prec: u8) {
    use ExprKind::*;
    match &e.kind {
        Ident(n) => s.push_str(n),
        BasicLit(_, lit) => s.push_str(lit),
        CompositeLit { ty, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, 6);
            }
            s.push_str("{…}");
        }
        KeyValue(k, v) => {
            write_expr(s, k, 0);
            s.push_str(": ");
            write_expr(s, v, 0);
        }
        FuncLit(f) => {
            s.push_str("func");
            s.push_str(&sig_string(&f.sig));
            s.push_str(" {…}");
        }
        Paren(x) => {
            s.push('(');
            write_expr(s, x, 0);
            s.push(')');
        }
        Selector(x, sel) => {
            write_expr(s, x, 6);
            s.push('.');
            s.push_str(&sel.name);
        }
        Index(x, idx) => {
            write_expr(s, x, 6);
            s.push('[');
            s.push_str(&expr_list_string(idx));
            s.push(']');
        }
        Slice { x, lo, hi, max, three } => {
            write_expr(s, x, 6);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, 0);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, 0);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m, 0);
                }
            }
            s.push(']');
        }
        TypeAssert(x, t) => {
            write_expr(s, x, 6);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t, 0),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        Call { fun, args, ellipsis, .. } => {
            write_expr(s, fun, 6);
            s.push('(');
            s.push_str(&expr_list_string(args));
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        Star(x) => {
            s.push('*');
            write_expr(s, x, 6);
        }
        Unary(op, x) => {
            s.push_str(match op {
                UnOp::Pos => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                UnOp::Xor => "^",
                UnOp::Addr => "&",
                UnOp::Recv => "<-",
                UnOp::Tilde => "~",
            });
            write_expr(s, x, 6);
        }
        Binary(op, a, b) => {
            let p = binop_prec(*op);
            if p < prec {
                s.push('(');
            }
            write_expr(s, a, p);
            s.push(' ');
            s.push_str(binop_str(*op));
            s.push(' ');
            write_expr(s, b, p + 1);
            if p < prec {
                s.push(')');
            }
        }
        ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, 0);
            }
            s.push(']');
            write_expr(s, elem, 0);
        }
        Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                write_expr(s, x, 0);
            }
        }
        StructType(fs) => {
            s.push_str("struct{");
            s.push_str(&fields_string(fs, "; "));
            s.push('}');
        }
        FuncType(ft) => {
            s.push_str("func");
            s.push_str(&sig_string(ft));
        }
        InterfaceType(elems) => {
            s.push_str("interface{");
            let v: Vec<String> = elems
                .iter()
                .map(|el| match el {
                    InterfaceElem::Method { name, sig } => format!("{}{}", name.name, sig_string(sig)),
                    InterfaceElem::Embed(x) => expr_string(x),
                })
                .collect();
            s.push_str(&v.join("; "));
            s.push('}');
        }
        MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k, 0);
            s.push(']');
            write_expr(s, v, 0);
        }
        ChanType(dir, x) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren = *dir != ChanDir::Recv && matches!(x.kind, ChanType(ChanDir::Recv, _));
            if paren {
                s.push('(');
            }
            write_expr(s, x, 0);
            if paren {
                s.push(')');
            }
        }
        Bad => s.push_str("BadExpr"),
    }
}

fn stmt_string(st: &Stmt) -> String {
    match &st.kind {
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Send(c, v) => format!("{} <- {}", expr_string(c), expr_string(v)),
        StmtKind::IncDec(x, inc) => format!("{}{}", expr_string(x), if *inc { "++" } else { "--" }),
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(o) => format!("{}=", binop_str(*o)),
            };
            format!("{} {} {}", expr_list_string(lhs), op, expr_list_string(rhs))
        }
        _ => String::new(),
    }
}

// ---- labels and branch statements ---------------------------------------
//
// gc's parser checks, for every function body without syntax errors, that
// labels are defined once and used, that break/continue/goto/fallthrough
// have valid targets, and that gotos jump neither into blocks nor over
// variable declarations. Mvm does the same here, with gc's messages.

/// What a label labels, as far as break and continue care.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    For,
    Switch,
    Select,
    Other,
}

/// What an unlabeled break, continue or fallthrough may refer to.
#[derive(Clone, Copy)]
struct Targets {
    /// The innermost for/switch/select: (kind, is type switch, clause count).
    breaks: Option<(TargetKind, bool, usize)>,
    continues: bool,
    /// Index of the current clause of the innermost switch, or -1.
    case_index: i64,
}

struct LabelInfo {
    block: usize,
    pos: Pos,
    kind: TargetKind,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: Pos,
    /// Position of the label of the statement this block belongs to.
    lstmt: Option<Pos>,
}

/// A goto not yet matched with a label: (label name, position of the
/// label in the goto statement).
type Goto = (Name, Pos);

struct BranchChecker {
    errs: Vec<(Pos, String)>,
    labels: HashMap<Name, LabelInfo>,
    /// Label names in declaration order (for deterministic reports).
    order: Vec<Name>,
    blocks: Vec<BlockInfo>,
}

/// A position inside a message, expanded by `Parser::expand_positions`.
fn pos_marker(p: Pos) -> String {
    format!("\u{0}{}\u{0}", p)
}

fn target_kind(s: &Stmt) -> TargetKind {
    match s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => TargetKind::For,
        StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => TargetKind::Switch,
        StmtKind::Select(_) => TargetKind::Select,
        _ => TargetKind::Other,
    }
}

impl BranchChecker {
    fn err(&mut self, pos: Pos, msg: String) {
        self.errs.push((pos, msg));
    }

    fn check(&mut self, body: &Block) {
        let ctxt = Targets { breaks: None, continues: false, case_index: -1 };
        let fwd = self.block(None, ctxt, None, body.pos, &body.stmts);
        // Gotos still unresolved jump into a block, or to no label at all.
        for (name, pos) in fwd {
            match self.labels.get_mut(&name) {
                Some(l) => {
                    l.used = true;
                    let start = self.blocks[l.block].start;
                    self.err(pos, format!("goto {} jumps into block starting at {}", name, pos_marker(start)));
                }
                None => self.err(pos, format!("label {} not defined", name)),
            }
        }
        let order = std::mem::take(&mut self.order);
        for name in order {
            if let Some(l) = self.labels.get(&name) {
                if !l.used {
                    let pos = l.pos;
                    self.err(pos, format!("label {} defined and not used", name));
                }
            }
        }
    }

    /// The label's statement if it labels `b` or an enclosing block:
    /// Some(Some(kind)); Some(None) if the label exists elsewhere.
    fn enclosing_target(&mut self, b: usize, name: &Name) -> Option<Option<TargetKind>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let (lpos, kind) = (l.pos, l.kind);
        let mut cur = Some(b);
        while let Some(i) = cur {
            if self.blocks[i].lstmt == Some(lpos) {
                return Some(Some(kind));
            }
            cur = self.blocks[i].parent;
        }
        Some(None)
    }

    /// Whether the label is declared in `b` or an enclosing block.
    fn goto_target(&mut self, b: usize, name: &Name) -> bool {
        let Some(l) = self.labels.get_mut(name) else { return false };
        l.used = true;
        let lb = l.block;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if i == lb {
                return true;
            }
            cur = self.blocks[i].parent;
        }
        false
    }

    /// Checks a block's statements; returns the gotos it leaves unresolved.
    fn block(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<Pos>,
        start: Pos,
        body: &[Stmt],
    ) -> Vec<Goto> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo { parent, start, lstmt });
        // The last variable declaration seen, and the forward gotos that
        // precede it (jumping over it unless they leave the block).
        let mut var: Option<(Pos, String)> = None;
        let mut bad: Vec<Pos> = Vec::new();
        let mut fwd: Vec<Goto> = Vec::new();
        let inner = Targets { case_index: -1, ..ctxt };
        // Trailing empty statements do not count (for fallthrough).
        let mut n = body.len();
        while n > 0 && matches!(body[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        let body = &body[..n];

        for (index, stmt) in body.iter().enumerate() {
            let mut lstmt: Option<Pos> = None;
            let mut s = stmt;
            while let StmtKind::Labeled(label, inner_stmt) = &s.kind {
                if &*label.name != "_" {
                    let lpos = self.declare(b, label, inner_stmt);
                    // Resolve the forward gotos to this label.
                    let mut keep = Vec::new();
                    for g in std::mem::take(&mut fwd) {
                        if g.0 == label.name {
                            if let Some(l) = self.labels.get_mut(&label.name) {
                                l.used = true;
                            }
                            if let Some((vpos, vname)) = &var {
                                if bad.contains(&g.1) {
                                    let msg = format!(
                                        "goto {} jumps over declaration of {} at {}",
                                        g.0,
                                        vname,
                                        pos_marker(*vpos)
                                    );
                                    self.err(g.1, msg);
                                }
                            }
                        } else {
                            keep.push(g);
                        }
                    }
                    fwd = keep;
                    // A redefined label labels nothing (types2 does not
                    // declare it): branches to it see the first one.
                    lstmt = lpos;
                }
                s = inner_stmt;
            }
            match &s.kind {
                StmtKind::Decl(d) if d.kind == GenKind::Var => {
                    if let Some(Spec::Value(v)) = d.specs.first() {
                        let name = v.names.first().map_or("_".to_string(), |n| n.name.to_string());
                        var = Some((v.pos, name));
                        bad = fwd.iter().map(|g| g.1).collect();
                    }
                }
                StmtKind::Assign { lhs, op: AssignOp::Define, .. } => {
                    var = Some((s.pos, expr_list_string(lhs)));
                    bad = fwd.iter().map(|g| g.1).collect();
                }
                StmtKind::Branch(kind, None) => self.unlabeled_branch(*kind, s.pos, ctxt, index, body.len()),
                StmtKind::Branch(kind, Some(label)) => match kind {
                    BranchKind::Break => match self.enclosing_target(b, &label.name) {
                        Some(Some(TargetKind::For | TargetKind::Switch | TargetKind::Select)) => {}
                        Some(_) => self.err(label.pos, format!("invalid break label {}", label.name)),
                        None => self.err(label.pos, format!("break label not defined: {}", label.name)),
                    },
                    BranchKind::Continue => match self.enclosing_target(b, &label.name) {
                        Some(Some(TargetKind::For)) => {}
                        Some(_) => self.err(label.pos, format!("invalid continue label {}", label.name)),
                        None => self.err(label.pos, format!("continue label not defined: {}", label.name)),
                    },
                    BranchKind::Goto => {
                        if !self.goto_target(b, &label.name) {
                            fwd.push((label.name.clone(), label.pos));
                        }
                    }
                    BranchKind::Fallthrough => {}
                },
                StmtKind::Block(blk) => {
                    let g = self.block(Some(b), inner, lstmt, blk.pos, &blk.stmts);
                    fwd.extend(g);
                }
                StmtKind::If { .. } => {
                    let g = self.if_chain(b, inner, lstmt, s);
                    fwd.extend(g);
                }
                StmtKind::For { body: blk, .. } | StmtKind::Range { body: blk, .. } => {
                    let t = Targets { breaks: Some((TargetKind::For, false, 0)), continues: true, case_index: -1 };
                    let g = self.block(Some(b), t, lstmt, blk.pos, &blk.stmts);
                    fwd.extend(g);
                }
                StmtKind::Switch { body: clauses, .. } => {
                    for (i, cc) in clauses.iter().enumerate() {
                        let t = Targets {
                            breaks: Some((TargetKind::Switch, false, clauses.len())),
                            continues: ctxt.continues,
                            case_index: i as i64,
                        };
                        let g = self.block(Some(b), t, lstmt, cc.pos, &cc.body);
                        fwd.extend(g);
                    }
                }
                StmtKind::TypeSwitch { body: clauses, .. } => {
                    for (i, cc) in clauses.iter().enumerate() {
                        let t = Targets {
                            breaks: Some((TargetKind::Switch, true, clauses.len())),
                            continues: ctxt.continues,
                            case_index: i as i64,
                        };
                        let g = self.block(Some(b), t, lstmt, cc.pos, &cc.body);
                        fwd.extend(g);
                    }
                }
                StmtKind::Select(clauses) => {
                    for cc in clauses {
                        let t = Targets {
                            breaks: Some((TargetKind::Select, false, 0)),
                            continues: ctxt.continues,
                            case_index: -1,
                        };
                        let g = self.block(Some(b), t, lstmt, cc.pos, &cc.body);
                        fwd.extend(g);
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    /// An if statement and its else-if chain, iteratively: each else
    /// branch is a block holding a single statement, as gc sees it.
    fn if_chain(&mut self, b: usize, inner: Targets, lstmt: Option<Pos>, s: &Stmt) -> Vec<Goto> {
        let mut fwd = Vec::new();
        let mut parent = b;
        let mut lstmt = lstmt;
        let mut cur = s;
        while let StmtKind::If { then, els, .. } = &cur.kind {
            let g = self.block(Some(parent), inner, lstmt, then.pos, &then.stmts);
            fwd.extend(g);
            let Some(e) = els else { break };
            let eb = self.blocks.len();
            self.blocks.push(BlockInfo { parent: Some(parent), start: e.pos, lstmt });
            match &e.kind {
                StmtKind::If { .. } => {
                    parent = eb;
                    lstmt = None;
                    cur = e;
                }
                StmtKind::Block(blk) => {
                    let g = self.block(Some(eb), inner, None, blk.pos, &blk.stmts);
                    fwd.extend(g);
                    break;
                }
                _ => break,
            }
        }
        fwd
    }

    fn declare(&mut self, b: usize, label: &Ident, s: &Stmt) -> Option<Pos> {
        if let Some(alt) = self.labels.get(&label.name) {
            let apos = alt.pos;
            self.err(label.pos, format!("label {} already defined at {}", label.name, pos_marker(apos)));
            return None;
        }
        self.labels
            .insert(label.name.clone(), LabelInfo { block: b, pos: label.pos, kind: target_kind(s), used: false });
        self.order.push(label.name.clone());
        Some(label.pos)
    }

    fn unlabeled_branch(&mut self, kind: BranchKind, pos: Pos, ctxt: Targets, index: usize, len: usize) {
        match kind {
            BranchKind::Break => {
                if ctxt.breaks.is_none() {
                    self.err(pos, "break is not in a loop, switch, or select".to_string());
                }
            }
            BranchKind::Continue => {
                if !ctxt.continues {
                    self.err(pos, "continue is not in a loop".to_string());
                }
            }
            BranchKind::Fallthrough => {
                let mut msg = "fallthrough statement out of place";
                if let Some((TargetKind::Switch, is_type, n)) = ctxt.breaks {
                    if is_type {
                        msg = "cannot fallthrough in type switch";
                    } else if ctxt.case_index < 0 || index + 1 < len {
                        // nested in a block, or not the last statement
                    } else if ctxt.case_index as usize + 1 == n {
                        msg = "cannot fallthrough final case in switch";
                    } else {
                        return; // fallthrough is fine here
                    }
                }
                self.err(pos, msg.to_string());
            }
            BranchKind::Goto => {}
        }
    }
}
