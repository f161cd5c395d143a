//! The Go abstract syntax tree, shaped after go/ast.
//!
//! Every expression carries a `NodeId` so the type checker can record facts
//! (types, constant values, resolved objects) in side tables instead of
//! mutating the tree. Identifiers carry their own id for the same reason.
//! Positions are byte offsets into the source file; `source::SourceFile`
//! turns them into line:column.

use std::rc::Rc;

/// Byte offset into the file's source text.
pub type Pos = u32;

/// Identifier and label names; cheap to clone.
pub type Name = Rc<str>;

/// Unique (per parse of one program) id of an expression or identifier.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub pos: Pos,
    pub name: Name,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        &*self.name == "_"
    }
}

#[derive(Clone, Debug)]
pub struct File {
    /// Index of this file in the program's file set.
    pub file: u32,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    /// All top-level declarations in source order, imports excluded.
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub pos: Pos,
    /// `import name "path"`, `import . "path"`, `import _ "path"`.
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    pub path_pos: Pos,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Gen(GenDecl),
    Func(Rc<FuncDecl>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Const,
    Var,
    Type,
}

#[derive(Clone, Debug)]
pub struct GenDecl {
    pub pos: Pos,
    pub kind: GenKind,
    pub specs: Vec<Spec>,
}

#[derive(Clone, Debug)]
pub enum Spec {
    Value(Rc<ValueSpec>),
    Type(Rc<TypeSpec>),
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// For constants: the values, after the parser has applied the implicit
    /// repetition rule (a spec with no type and no values repeats the
    /// previous spec's type and expressions; `implicit` is then true and the
    /// expressions are clones carrying fresh NodeIds).
    pub values: Vec<Expr>,
    /// Index of the spec within its const group (the value of `iota`).
    pub iota: u32,
    pub implicit: bool,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub pos: Pos,
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B`
    pub alias: bool,
    pub ty: Expr,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub pos: Pos,
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    pub body: Option<Block>,
}

/// A parameter, result, struct field, receiver, type parameter or interface
/// method group: `a, b int`, `int`, `x ...T`, `*T "tag"`.
#[derive(Clone, Debug)]
pub struct Field {
    pub pos: Pos,
    /// Empty for anonymous parameters and embedded fields.
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub tag: Option<String>,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub pos: Pos,
    pub stmts: Vec<Stmt>,
    /// Position of the closing brace (functions return "at" it).
    pub end: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Pos,   // +
    Neg,   // -
    Not,   // !
    Xor,   // ^ (bitwise complement)
    Addr,  // &
    Recv,  // <-
    Tilde, // ~ (only in constraints)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^
    LAnd,   // &&
    LOr,    // ||
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send, // chan<- T
    Recv, // <-chan T
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(Name),
    /// The raw literal text as written (quotes and prefixes included).
    BasicLit(LitKind, String),
    /// `T{...}`; `ty` is None for elided types inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Expr>,
        rbrace: Pos,
    },
    /// `key: value` inside a composite literal.
    KeyValue(Box<Expr>, Box<Expr>),
    FuncLit(Rc<FuncLit>),
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or a generic instantiation `f[A, B]` (several indices).
    Index(Box<Expr>, Vec<Expr>),
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is None for `x.(type)` in a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// Position of `...` in `f(xs...)`.
        ellipsis: Option<Pos>,
        lparen: Pos,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),

    // Types.
    /// `[N]T`, `[...]T` (len is `Ellipsis(None)`), or `[]T` (len None).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `...` in an array length, or `...T` as the type of a final parameter.
    Ellipsis(Option<Box<Expr>>),
    StructType(Vec<Field>),
    FuncType(FuncType),
    InterfaceType(Vec<InterfaceElem>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    /// Placeholder after a syntax error was reported.
    Bad,
}

#[derive(Clone, Debug)]
pub struct FuncLit {
    pub sig: FuncType,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, sig: FuncType },
    /// An embedded interface or a type-set term list such as `~int | string`
    /// (unions are `Binary(Or, ..)`, tilde terms `Unary(Tilde, ..)`).
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign, // =
    Define, // :=
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Decl(GenDecl),
    Empty,
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    Send(Expr, Expr),
    IncDec(Expr, bool),
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch(BranchKind, Option<Ident>),
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Another `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        rbrace: Pos,
    },
    TypeSwitch {
        init: Option<Box<Stmt>>,
        /// `v` in `switch v := x.(type)`.
        bind: Option<Ident>,
        /// The `x` of `x.(type)`.
        x: Expr,
        body: Vec<TypeCaseClause>,
        rbrace: Pos,
    },
    Select(Vec<CommClause>),
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// `:=` rather than `=`.
        define: bool,
        x: Expr,
        body: Block,
    },
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// Empty for `default:`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct TypeCaseClause {
    pub pos: Pos,
    /// Types listed in the case; `nil` appears as an Ident expression.
    pub types: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// Id for the implicitly declared variable of this clause (when the
    /// switch has a binding), so the checker can record its object.
    pub implicit_id: NodeId,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    /// `None` for `default:`; otherwise a Send, an Expr (receive), or an
    /// Assign whose rhs is a receive expression.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}
