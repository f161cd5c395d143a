//! Parses a corpus of realistic Go (tests/testdata/corpus_*.go, two files of
//! one package that gc compiles) and checks the shapes of the AST.

use std::collections::HashSet;
use std::rc::Rc;

use frontend::ast::*;
use frontend::parser::{expr_string, parse_file};

const CORPUS_A: &str = include_str!("testdata/corpus_a.go");
const CORPUS_B: &str = include_str!("testdata/corpus_b.go");

fn parse_both() -> (File, File, u32) {
    let mut ids = 0;
    let a = parse_file(0, CORPUS_A, &mut ids).unwrap_or_else(|e| panic!("corpus_a: {:?}", e));
    let b = parse_file(1, CORPUS_B, &mut ids).unwrap_or_else(|e| panic!("corpus_b: {:?}", e));
    (a, b, ids)
}

fn func<'a>(f: &'a File, name: &str) -> &'a FuncDecl {
    for d in &f.decls {
        if let Decl::Func(fd) = d {
            if &*fd.name.name == name && fd.recv.is_none() {
                return fd;
            }
        }
    }
    panic!("no func {name}")
}

fn method<'a>(f: &'a File, name: &str) -> &'a FuncDecl {
    for d in &f.decls {
        if let Decl::Func(fd) = d {
            if &*fd.name.name == name && fd.recv.is_some() {
                return fd;
            }
        }
    }
    panic!("no method {name}")
}

fn type_spec<'a>(f: &'a File, name: &str) -> &'a TypeSpec {
    for d in &f.decls {
        if let Decl::Gen(g) = d {
            for s in &g.specs {
                if let Spec::Type(t) = s {
                    if &*t.name.name == name {
                        return t;
                    }
                }
            }
        }
    }
    panic!("no type {name}")
}

fn value_spec<'a>(f: &'a File, name: &str) -> (&'a GenDecl, &'a Rc<ValueSpec>) {
    for d in &f.decls {
        if let Decl::Gen(g) = d {
            for s in &g.specs {
                if let Spec::Value(v) = s {
                    if v.names.iter().any(|n| &*n.name == name) {
                        return (g, v);
                    }
                }
            }
        }
    }
    panic!("no value {name}")
}

fn body(fd: &FuncDecl) -> &[Stmt] {
    &fd.body.as_ref().expect("body").stmts
}

fn s(e: &Expr) -> String {
    expr_string(e)
}

fn ident(e: &Expr) -> &str {
    match &e.kind {
        ExprKind::Ident(n) => n,
        k => panic!("not an ident: {:?}", k),
    }
}

/// The rhs of the `_ = <expr>` statements of a function, in order.
fn blank_assigned(fd: &FuncDecl) -> Vec<&Expr> {
    let mut out = Vec::new();
    for st in body(fd) {
        if let StmtKind::Assign { lhs, op: AssignOp::Assign, rhs } = &st.kind {
            if lhs.len() == 1 && matches!(&lhs[0].kind, ExprKind::Ident(n) if &**n == "_") {
                out.push(&rhs[0]);
            }
        }
    }
    out
}

#[test]
fn corpus_parses_without_errors() {
    let (a, b, ids) = parse_both();
    assert_eq!(&*a.package.name, "main");
    assert_eq!(&*b.package.name, "main");
    assert_eq!(a.file, 0);
    assert_eq!(b.file, 1);
    assert!(ids > 1000);
}

// ---- node ids --------------------------------------------------------

#[derive(Default)]
struct Ids {
    seen: Vec<u32>,
}

impl Ids {
    fn id(&mut self, id: NodeId) {
        self.seen.push(id.0);
    }
    fn ident(&mut self, i: &Ident) {
        self.id(i.id);
    }
    fn fields(&mut self, fs: &[Field]) {
        for f in fs {
            for n in &f.names {
                self.ident(n);
            }
            self.expr(&f.ty);
        }
    }
    fn sig(&mut self, ft: &FuncType) {
        self.fields(&ft.params);
        self.fields(&ft.results);
    }
    fn opt(&mut self, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }
    fn expr(&mut self, e: &Expr) {
        self.id(e.id);
        use ExprKind::*;
        match &e.kind {
            Ident(_) | BasicLit(..) | Bad | Ellipsis(None) => {}
            CompositeLit { ty, elts, .. } => {
                self.opt(ty);
                elts.iter().for_each(|x| self.expr(x));
            }
            KeyValue(a, b) | Binary(_, a, b) | MapType(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            FuncLit(f) => {
                self.sig(&f.sig);
                self.block(&f.body);
            }
            Paren(x) | Star(x) | Unary(_, x) | ChanType(_, x) | Ellipsis(Some(x)) => self.expr(x),
            Selector(x, sel) => {
                self.expr(x);
                self.ident(sel);
            }
            Index(x, idx) => {
                self.expr(x);
                idx.iter().for_each(|i| self.expr(i));
            }
            Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                self.opt(lo);
                self.opt(hi);
                self.opt(max);
            }
            TypeAssert(x, t) => {
                self.expr(x);
                self.opt(t);
            }
            Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ArrayType { len, elem } => {
                self.opt(len);
                self.expr(elem);
            }
            StructType(fs) => self.fields(fs),
            FuncType(ft) => self.sig(ft),
            InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.ident(name);
                            self.sig(sig);
                        }
                        InterfaceElem::Embed(x) => self.expr(x),
                    }
                }
            }
        }
    }
    fn block(&mut self, b: &Block) {
        b.stmts.iter().for_each(|s| self.stmt(s));
    }
    fn gen(&mut self, g: &GenDecl) {
        for sp in &g.specs {
            match sp {
                Spec::Value(v) => {
                    v.names.iter().for_each(|n| self.ident(n));
                    if let Some(t) = &v.ty {
                        self.expr(t);
                    }
                    v.values.iter().for_each(|x| self.expr(x));
                }
                Spec::Type(t) => {
                    self.ident(&t.name);
                    self.fields(&t.type_params);
                    self.expr(&t.ty);
                }
            }
        }
    }
    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(g) => self.gen(g),
            StmtKind::Empty => {}
            StmtKind::Labeled(l, s) => {
                self.ident(l);
                self.stmt(s);
            }
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec(x, _) => self.expr(x),
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|x| self.expr(x)),
            StmtKind::Return(xs) => xs.iter().for_each(|x| self.expr(x)),
            StmtKind::Branch(_, l) => {
                if let Some(l) = l {
                    self.ident(l);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    c.exprs.iter().for_each(|x| self.expr(x));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(b) = bind {
                    self.ident(b);
                }
                self.expr(x);
                for c in body {
                    self.id(c.implicit_id);
                    c.types.iter().for_each(|x| self.expr(x));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Select(cl) => {
                for c in cl {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::For { init, cond, post, body } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                if let Some(k) = key {
                    self.expr(k);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(x);
                self.block(body);
            }
        }
    }
    fn file(&mut self, f: &File) {
        self.ident(&f.package);
        for i in &f.imports {
            if let Some(n) = &i.name {
                self.ident(n);
            }
        }
        for d in &f.decls {
            match d {
                Decl::Gen(g) => self.gen(g),
                Decl::Func(fd) => {
                    if let Some(r) = &fd.recv {
                        self.fields(std::slice::from_ref(r));
                    }
                    self.ident(&fd.name);
                    self.fields(&fd.type_params);
                    self.sig(&fd.sig);
                    if let Some(b) = &fd.body {
                        self.block(b);
                    }
                }
            }
        }
    }
}

#[test]
fn node_ids_are_unique_and_in_range() {
    let (a, b, ids) = parse_both();
    let mut c = Ids::default();
    c.file(&a);
    let a_max = c.seen.iter().copied().max().unwrap();
    let mut cb = Ids::default();
    cb.file(&b);
    let b_min = cb.seen.iter().copied().min().unwrap();
    assert!(a_max < b_min, "the second file's ids follow the first's");
    c.seen.extend(cb.seen);
    let n = c.seen.len();
    let set: HashSet<u32> = c.seen.iter().copied().collect();
    assert_eq!(set.len(), n, "duplicate node ids");
    assert!(c.seen.iter().all(|&i| i < ids));
}

// ---- shapes ----------------------------------------------------------

#[test]
fn imports() {
    let (a, _, _) = parse_both();
    let got: Vec<(Option<&str>, &str)> =
        a.imports.iter().map(|i| (i.name.as_ref().map(|n| &*n.name), i.path.as_str())).collect();
    assert_eq!(
        got,
        [
            (None, "errors"),
            (None, "fmt"),
            (Some("m"), "math"),
            (Some("_"), "os"),
            (Some("."), "strings"),
            (None, "sync")
        ]
    );
    assert!(a.decls.iter().all(|d| !matches!(d, Decl::Gen(g) if g.specs.is_empty())));
}

#[test]
fn const_groups_iota_and_implicit_repetition() {
    let (a, _, _) = parse_both();
    let (g, _) = value_spec(&a, "KB");
    assert_eq!(g.kind, GenKind::Const);
    let specs: Vec<&ValueSpec> = g
        .specs
        .iter()
        .map(|s| match s {
            Spec::Value(v) => &**v,
            _ => panic!(),
        })
        .collect();
    assert_eq!(specs.len(), 3);
    assert_eq!(specs.iter().map(|v| v.iota).collect::<Vec<_>>(), [0, 1, 2]);
    assert_eq!(specs.iter().map(|v| v.implicit).collect::<Vec<_>>(), [false, true, true]);
    assert_eq!(s(&specs[1].values[0]), "1 << (10 * (iota + 1))");
    assert_ne!(specs[0].values[0].id, specs[1].values[0].id);
    assert_ne!(specs[1].values[0].id, specs[2].values[0].id);

    let (g, _) = value_spec(&a, "A");
    let specs: Vec<&ValueSpec> = g
        .specs
        .iter()
        .map(|s| match s {
            Spec::Value(v) => &**v,
            _ => panic!(),
        })
        .collect();
    assert_eq!(specs.len(), 4);
    assert!(specs[3].implicit);
    assert_eq!(specs[3].iota, 3);
    assert_eq!(specs[3].values.iter().map(s).collect::<Vec<_>>(), ["iota", "iota * 10"]);
    assert_eq!(specs[2].names.iter().map(|n| &*n.name).collect::<Vec<_>>(), ["_", "_"]);

    let (_, monday) = value_spec(&a, "Monday");
    assert!(monday.implicit);
    assert_eq!(monday.iota, 1);
    assert_eq!(ident(monday.ty.as_ref().unwrap()), "Weekday");
    assert_eq!(s(&monday.values[0]), "iota");

    let (_, single) = value_spec(&a, "single");
    assert_eq!(single.iota, 0);
    assert!(!single.implicit);
    assert!(matches!(&single.values[0].kind, ExprKind::BasicLit(LitKind::Char, t) if t == "'x'"));
    let (_, hexf) = value_spec(&a, "hexf");
    assert!(matches!(&hexf.values[0].kind, ExprKind::BasicLit(LitKind::Float, t) if t == "0x1p-2"));
    let (_, im) = value_spec(&a, "imag");
    assert!(matches!(&im.values[0].kind, ExprKind::BasicLit(LitKind::Imag, t) if t == "2.5i"));
    let (_, raw) = value_spec(&a, "raw");
    assert!(matches!(&raw.values[0].kind, ExprKind::BasicLit(LitKind::String, t) if t == "`a\\nb`"));
}

#[test]
fn channel_types() {
    let (a, _, _) = parse_both();
    let ty = |n: &str| s(value_spec(&a, n).1.ty.as_ref().unwrap());
    let kind = |n: &str| value_spec(&a, n).1.ty.clone().unwrap().kind;
    assert_eq!(ty("ch"), "chan<- int");
    assert_eq!(ty("rch"), "<-chan <-chan int");
    assert_eq!(ty("pch"), "chan (<-chan int)");
    assert_eq!(ty("sch"), "chan<- chan int");
    match kind("rch") {
        ExprKind::ChanType(ChanDir::Recv, inner) => {
            assert!(matches!(inner.kind, ExprKind::ChanType(ChanDir::Recv, _)))
        }
        k => panic!("{:?}", k),
    }
    match kind("pch") {
        ExprKind::ChanType(ChanDir::Both, inner) => match &inner.kind {
            ExprKind::Paren(x) => assert!(matches!(x.kind, ExprKind::ChanType(ChanDir::Recv, _))),
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    match kind("sch") {
        ExprKind::ChanType(ChanDir::Send, inner) => {
            assert!(matches!(inner.kind, ExprKind::ChanType(ChanDir::Both, _)))
        }
        k => panic!("{:?}", k),
    }
}

#[test]
fn struct_fields_tags_and_embedding() {
    let (a, _, _) = parse_both();
    let ExprKind::StructType(fields) = &type_spec(&a, "Point").ty.kind else { panic!() };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].names.iter().map(|n| &*n.name).collect::<Vec<_>>(), ["X", "Y"]);
    assert_eq!(fields[0].tag.as_deref(), Some("json:\"x,omitempty\""));

    let ExprKind::StructType(fields) = &type_spec(&a, "Named").ty.kind else { panic!() };
    let shapes: Vec<(usize, String, Option<&str>)> =
        fields.iter().map(|f| (f.names.len(), s(&f.ty), f.tag.as_deref())).collect();
    assert_eq!(
        shapes,
        [
            (0, "Point".to_string(), None),
            (0, "*sync.Mutex".to_string(), None),
            (0, "fmt.Stringer".to_string(), None),
            (1, "string".to_string(), Some("legacy tag")),
            (1, "[0]func()".to_string(), None),
        ]
    );
    assert!(matches!(fields[1].ty.kind, ExprKind::Star(_)));

    let (_, anon) = value_spec(&a, "anon");
    assert_eq!(s(anon.ty.as_ref().unwrap()), "struct{a, b int \"json:\\\"a\\\"\"; c string}");
    assert!(type_spec(&a, "Alias").alias);
    assert!(!type_spec(&a, "Celsius").alias);
}

#[test]
fn generic_declarations() {
    let (a, _, _) = parse_both();
    let list = type_spec(&a, "List");
    assert_eq!(list.type_params.len(), 1);
    assert_eq!(&*list.type_params[0].names[0].name, "T");
    assert_eq!(s(&list.type_params[0].ty), "any");

    let pair = type_spec(&a, "Pair");
    assert_eq!(pair.type_params.iter().map(|f| s(&f.ty)).collect::<Vec<_>>(), ["comparable", "any"]);

    let tree = type_spec(&a, "Tree");
    assert_eq!(s(&tree.type_params[0].ty), "interface{Less(T) bool}");

    let pc = type_spec(&a, "PtrConstraint");
    assert_eq!(s(&pc.ty), "interface{*T}");

    let set = type_spec(&a, "Set");
    assert!(set.alias);
    assert_eq!(set.type_params.len(), 1);

    let f = func(&a, "F");
    assert_eq!(f.type_params.len(), 2);
    assert_eq!(s(&f.type_params[1].ty), "~int | string");
    match &f.type_params[1].ty.kind {
        ExprKind::Binary(BinOp::Or, l, r) => {
            assert!(matches!(l.kind, ExprKind::Unary(UnOp::Tilde, _)));
            assert_eq!(ident(r), "string");
        }
        k => panic!("{:?}", k),
    }
    let ms = func(&a, "MapSlice");
    assert_eq!(ms.type_params.len(), 1);
    assert_eq!(ms.type_params[0].names.len(), 2);
    let keys = func(&a, "Keys");
    assert_eq!(keys.type_params.iter().map(|f| s(&f.ty)).collect::<Vec<_>>(), ["~map[K]V", "comparable", "any"]);
    let sum = func(&a, "Sum");
    assert!(matches!(sum.sig.params[0].ty.kind, ExprKind::Ellipsis(Some(_))));
    let zero = func(&a, "Zero");
    assert_eq!(&*zero.sig.results[0].names[0].name, "z");

    let number = type_spec(&a, "Number");
    let ExprKind::InterfaceType(elems) = &number.ty.kind else { panic!() };
    assert_eq!(elems.len(), 1);
    let InterfaceElem::Embed(u) = &elems[0] else { panic!() };
    assert_eq!(s(u), "~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64");

    let stringish = type_spec(&a, "Stringish");
    let ExprKind::InterfaceType(elems) = &stringish.ty.kind else { panic!() };
    assert!(matches!(&elems[0], InterfaceElem::Embed(e) if s(e) == "~string"));
    assert!(matches!(&elems[1], InterfaceElem::Method { name, .. } if &*name.name == "Len"));
}

#[test]
fn generic_receivers_and_instantiation() {
    let (a, _, _) = parse_both();
    let push = method(&a, "Push");
    let recv = push.recv.as_ref().unwrap();
    assert_eq!(&*recv.names[0].name, "l");
    match &recv.ty.kind {
        ExprKind::Star(x) => match &x.kind {
            ExprKind::Index(base, idx) => {
                assert_eq!(ident(base), "List");
                assert_eq!(idx.len(), 1);
                assert_eq!(ident(&idx[0]), "T");
            }
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    let len = method(&a, "Len");
    let recv = len.recv.as_ref().unwrap();
    assert_eq!(recv.names.len(), 1);
    assert_eq!(s(&recv.ty), "List[_]");

    let ug = func(&a, "useGenerics");
    let xs = blank_assigned(ug);
    assert_eq!(s(xs[0]), "List[string]{…}");
    match &xs[0].kind {
        ExprKind::CompositeLit { ty: Some(t), elts, .. } => {
            assert!(elts.is_empty());
            assert!(matches!(t.kind, ExprKind::Index(..)));
        }
        k => panic!("{:?}", k),
    }
    match &xs[1].kind {
        ExprKind::Call { fun, args, .. } => {
            assert_eq!(s(fun), "Sum[float64]");
            assert_eq!(args.len(), 2);
        }
        k => panic!("{:?}", k),
    }
    assert_eq!(s(xs[4]), "Pair[string, int]{…}");
    match &xs[4].kind {
        ExprKind::CompositeLit { ty: Some(t), .. } => {
            assert!(matches!(&t.kind, ExprKind::Index(_, idx) if idx.len() == 2))
        }
        k => panic!("{:?}", k),
    }
}

#[test]
fn expression_shapes() {
    let (_, b, _) = parse_both();
    let ex = func(&b, "expressions");
    let xs: Vec<String> = blank_assigned(ex).into_iter().map(s).collect();
    let want = [
        "string(b[1:3])",
        "(*int)(nil)",
        "(*Point).Move",
        "Point.String",
        "(func())(nil)",
        "[]int(nil)",
        "map[string]int(nil)",
        "(<-chan int)(nil)",
        "xs[1:2:3]",
        "xs[:]",
        "xs[1:]",
        "xs[:2]",
        "s[len(s) - 1]",
        "p.X + p.Y * 2 - (p.X << 2) >> 1 &^ 3",
        "!true || false && 1 < 2 == (3 >= 4)",
        "-p.X + +p.Y ^ ^p.X | p.Y % 2",
        "&Point{…}",
        "*p",
        "&p.X",
    ];
    assert_eq!(&xs[..want.len()], &want);

    let all = blank_assigned(ex);
    // (*Point).Move: a selector on a parenthesized pointer type.
    match &all[2].kind {
        ExprKind::Selector(x, sel) => {
            assert_eq!(&*sel.name, "Move");
            assert!(matches!(&x.kind, ExprKind::Paren(p) if matches!(p.kind, ExprKind::Star(_))));
        }
        k => panic!("{:?}", k),
    }
    // []byte(s): a conversion is a call of a type.
    let first = &body(ex)[0];
    match &first.kind {
        StmtKind::Assign { op: AssignOp::Define, rhs, .. } => match &rhs[0].kind {
            ExprKind::Call { fun, .. } => {
                assert!(matches!(&fun.kind, ExprKind::ArrayType { len: None, .. }))
            }
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    // The position of an assignment is that of its operator (as in gc).
    let off = CORPUS_B.find("b := []byte(s)").unwrap() as u32;
    assert_eq!(first.pos, off + 2);
    // p.X + p.Y*2 ... : precedence.
    match &all[13].kind {
        ExprKind::Binary(BinOp::Sub, l, _) => assert!(matches!(l.kind, ExprKind::Binary(BinOp::Add, _, _))),
        k => panic!("{:?}", k),
    }
    match &all[8].kind {
        ExprKind::Slice { three, max, .. } => assert!(*three && max.is_some()),
        k => panic!("{:?}", k),
    }
    let rest: Vec<String> = all[want.len()..].iter().map(|e| s(e)).collect();
    assert!(rest.contains(&"func(a, b int) int {…}(1, 2)".to_string()), "{:?}", rest);
    assert!(rest.contains(&"[][]Point{…}".to_string()));
    assert!(rest.contains(&"'a' + '\\n'".to_string()));

    // Composite literals in control clauses must be parenthesized.
    let if_stmt =
        body(ex).iter().find(|s| matches!(&s.kind, StmtKind::If { init: Some(_), .. })).expect("if with init");
    let StmtKind::If { init: Some(init), cond, .. } = &if_stmt.kind else { panic!() };
    assert_eq!(s(cond), "p.X > 0");
    match &init.kind {
        StmtKind::Assign { op: AssignOp::Define, rhs, .. } => {
            assert!(matches!(&rhs[0].kind, ExprKind::Paren(x) if matches!(x.kind, ExprKind::CompositeLit { .. })))
        }
        k => panic!("{:?}", k),
    }
}

#[test]
fn statements() {
    let (_, b, _) = parse_both();
    let cf = func(&b, "controlFlow");
    let stmts = body(cf);
    let labeled = stmts.iter().find(|s| matches!(s.kind, StmtKind::Labeled(..))).unwrap();
    match &labeled.kind {
        StmtKind::Labeled(l, inner) => {
            assert_eq!(&*l.name, "outer");
            assert!(matches!(inner.kind, StmtKind::For { .. }));
        }
        _ => unreachable!(),
    }
    let ranges: Vec<(Option<String>, Option<String>, bool, String)> = stmts
        .iter()
        .filter_map(|st| match &st.kind {
            StmtKind::Range { key, value, define, x, .. } => {
                Some((key.as_ref().map(s), value.as_ref().map(s), *define, s(x)))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        ranges,
        [
            (Some("k".into()), Some("v".into()), true, "ms".into()),
            (Some("k".into()), Some("v".into()), false, "ms".into()),
            (None, None, false, "3".into()),
            (Some("i".into()), None, true, "10".into()),
            (None, None, false, "c".into()),
        ]
    );
    let fors: Vec<(bool, bool, bool)> = stmts
        .iter()
        .filter_map(|st| match &st.kind {
            StmtKind::For { init, cond, post, .. } => Some((init.is_some(), cond.is_some(), post.is_some())),
            _ => None,
        })
        .collect();
    assert_eq!(fors, [(false, true, false), (false, false, false), (true, true, true)]);
    let switches: Vec<(bool, bool, usize)> = stmts
        .iter()
        .filter_map(|st| match &st.kind {
            StmtKind::Switch { init, tag, body, .. } => Some((init.is_some(), tag.is_some(), body.len())),
            _ => None,
        })
        .collect();
    assert_eq!(switches, [(false, false, 3), (true, true, 2)]);
    let first_switch = stmts.iter().find(|st| matches!(st.kind, StmtKind::Switch { .. })).unwrap();
    let StmtKind::Switch { body: clauses, .. } = &first_switch.kind else { unreachable!() };
    assert!(clauses[2].is_default);
    assert!(matches!(clauses[0].body.last().unwrap().kind, StmtKind::Branch(BranchKind::Fallthrough, None)));

    // Labeled statements: `done:` labels a switch.
    assert!(stmts.iter().any(|st| matches!(&st.kind, StmtKind::Labeled(l, s)
        if &*l.name == "done" && matches!(s.kind, StmtKind::Switch { .. }))));
}

#[test]
fn type_switches() {
    let (_, b, _) = parse_both();
    let ts = func(&b, "typeSwitches");
    let stmts = body(ts);
    let StmtKind::TypeSwitch { init, bind, x, body: clauses, .. } = &stmts[0].kind else {
        panic!("{:?}", stmts[0].kind)
    };
    assert!(init.is_none());
    assert_eq!(&*bind.as_ref().unwrap().name, "x");
    assert_eq!(s(x), "v");
    assert_eq!(clauses.len(), 5);
    assert_eq!(ident(&clauses[0].types[0]), "nil");
    assert_eq!(
        clauses[2].types.iter().map(s).collect::<Vec<_>>(),
        ["[]byte", "map[string]int", "func()", "chan int", "*Point", "struct{}"]
    );
    assert!(clauses[4].is_default);
    let ids: HashSet<NodeId> = clauses.iter().map(|c| c.implicit_id).collect();
    assert_eq!(ids.len(), 5);

    let StmtKind::TypeSwitch { bind: None, init: None, .. } = &stmts[1].kind else { panic!() };
    let StmtKind::TypeSwitch { bind: Some(t), init: Some(_), .. } = &stmts[2].kind else { panic!() };
    assert_eq!(&*t.name, "t");
    let StmtKind::If { init: Some(init), .. } = &stmts[3].kind else { panic!() };
    match &init.kind {
        StmtKind::Assign { lhs, rhs, .. } => {
            assert_eq!(lhs.len(), 2);
            assert!(matches!(&rhs[0].kind, ExprKind::TypeAssert(_, Some(_))));
        }
        k => panic!("{:?}", k),
    }
}

#[test]
fn select_and_go() {
    let (_, b, _) = parse_both();
    let chans = func(&b, "channels");
    let stmts = body(chans);
    assert!(matches!(&stmts[1].kind, StmtKind::Go(x) if matches!(x.kind, ExprKind::Call { .. })));
    let StmtKind::Select(clauses) = &stmts[2].kind else { panic!() };
    assert_eq!(clauses.len(), 5);
    let kinds: Vec<&str> = clauses
        .iter()
        .map(|c| match c.comm.as_deref().map(|s| &s.kind) {
            None => "default",
            Some(StmtKind::Assign { lhs, op: AssignOp::Define, rhs }) => {
                assert!(matches!(rhs[0].kind, ExprKind::Unary(UnOp::Recv, _)));
                if lhs.len() == 2 {
                    "recv2"
                } else {
                    "recv1"
                }
            }
            Some(StmtKind::Send(..)) => "send",
            Some(StmtKind::Expr(x)) => {
                assert!(matches!(x.kind, ExprKind::Unary(UnOp::Recv, _)));
                "recv"
            }
            Some(k) => panic!("{:?}", k),
        })
        .collect();
    assert_eq!(kinds, ["recv1", "recv2", "send", "recv", "default"]);
    assert!(matches!(&stmts[3].kind, StmtKind::Select(c) if c.is_empty()));

    let div = func(&b, "divide");
    assert!(matches!(&body(div)[0].kind, StmtKind::Defer(x) if matches!(x.kind, ExprKind::Call { .. })));
    let StmtKind::If { els: Some(els), .. } = &body(div)[1].kind else { panic!() };
    let StmtKind::If { els: Some(last), .. } = &els.kind else { panic!() };
    assert!(matches!(last.kind, StmtKind::Block(_)));
    let closures = func(&b, "closures");
    assert!(matches!(&body(closures)[2].kind, StmtKind::Expr(x) if matches!(&x.kind,
        ExprKind::Call { fun, .. } if matches!(fun.kind, ExprKind::FuncLit(_)))));
}

#[test]
fn branches_and_labels() {
    let (_, b, _) = parse_both();
    let l = func(&b, "labeled");
    let stmts = body(l);
    assert!(matches!(&stmts[1].kind, StmtKind::Branch(BranchKind::Goto, Some(id)) if &*id.name == "M"));
    assert!(
        matches!(&stmts[2].kind, StmtKind::Labeled(id, s) if &*id.name == "M" && matches!(s.kind, StmtKind::Empty))
    );
    let StmtKind::Labeled(_, lf) = &stmts[0].kind else { panic!() };
    let StmtKind::For { body: fb, .. } = &lf.kind else { panic!() };
    let StmtKind::Select(cl) = &fb.stmts[0].kind else { panic!() };
    assert!(matches!(&cl[0].body[0].kind, StmtKind::Branch(BranchKind::Break, Some(id)) if &*id.name == "L"));
}

#[test]
fn blocks_record_closing_brace() {
    let (_, b, _) = parse_both();
    let main = func(&b, "main");
    let blk = main.body.as_ref().unwrap();
    assert_eq!(&CORPUS_B[blk.pos as usize..blk.pos as usize + 1], "{");
    assert_eq!(&CORPUS_B[blk.end as usize..blk.end as usize + 1], "}");
    assert_eq!(blk.end as usize, CORPUS_B.trim_end().len() - 1);
}
