//! Syntax and lexical error messages, compared with gc's output.
//!
//! Each expected list is what `go tool compile` (Go 1.27) prints for the
//! source, restricted to the errors the parser is responsible for (gc goes
//! on to type-check files whose only errors are lexical, so its full output
//! may hold more lines for those).

use frontend::parser::parse_named;
use frontend::source::{FileSet, SourceFile};

fn diagnostics(src: &str) -> Vec<String> {
    let mut fs = FileSet::default();
    let idx = fs.add(SourceFile::new("x.go", src));
    let mut ids = 0;
    let out = parse_named(idx, "x.go", src, &mut ids);
    out.diagnostics.iter().map(|d| d.render(&fs)).collect()
}

#[rustfmt::skip]
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "after_decl",
        "package main\nvar x int y\n",
        &["x.go:2:11: syntax error: unexpected name y after top level declaration"],
    ),
    (
        "args_nl",
        "package main\nfunc main() {\n\tf(1,\n\t2\n\t)\n}\n",
        &["x.go:4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"],
    ),
    (
        "arr_comma",
        "package main\nfunc main() {\n\tvar x [3,]int\n}\n",
        &["x.go:3:10: syntax error: unexpected comma; expected ]"],
    ),
    (
        "assign_list",
        "package main\nfunc main() {\n\ta, b\n}\n",
        &["x.go:3:6: syntax error: unexpected newline, expected := or = or comma"],
    ),
    (
        "b1",
        "package main\nfunc main() {\n\tgoto L\n\t{\n\tL:\n\t}\n\tgoto M\n\tx := 1\n\t_ = x\nM:\nN:\n\tfor {\n\t\tbreak N\n\t}\n}\n",
        &["x.go:3:7: goto L jumps into block starting at x.go:4:2", "x.go:7:7: goto M jumps over declaration of x at x.go:8:4"],
    ),
    (
        "b2",
        "package main\nfunc main() {\nL:\n\tfor {\n\t}\nL:\n\tfor {\n\t\tcontinue Q\n\t}\n\tbreak\n\tcontinue\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
        &["x.go:3:1: label L defined and not used", "x.go:6:1: label L already defined at x.go:3:1", "x.go:8:12: continue label not defined: Q", "x.go:10:2: break is not in a loop, switch, or select", "x.go:11:2: continue is not in a loop", "x.go:14:3: cannot fallthrough final case in switch"],
    ),
    (
        "b3",
        "package main\nfunc main() {\nL:\n\t{\n\t\tbreak L\n\t}\nM:\n\tswitch {\n\tdefault:\n\t\tcontinue M\n\t}\n\tvar x interface{}\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n\tgoto Z\n}\n",
        &["x.go:5:9: invalid break label L", "x.go:10:12: invalid continue label M", "x.go:15:3: cannot fallthrough in type switch", "x.go:18:7: label Z not defined"],
    ),
    (
        "b4",
        "package main\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tif true {\n\t\t\tfallthrough\n\t\t}\n\tcase false:\n\t\tfallthrough\n\t\tprintln()\n\tdefault:\n\t}\n\tfunc() {\n\tL:\n\t}()\n\tfallthrough\n}\n",
        &["x.go:14:2: label L defined and not used"],
    ),
    (
        "b5",
        "package main\nfunc main() {\n\tgoto M\n\tvar a, b int\n\t_, _ = a, b\nM:\n\tgoto N\n\tc, d := 1, 2\n\t_, _ = c, d\nN:\n\tgoto O\n\tvar (\n\t\te = 1\n\t)\n\t_ = e\nO:\n\tgoto P\n\tif x := 1; x > 0 {}\n\tconst k = 1\n\ttype T int\n\tvar _ = 1\nP:\n}\n",
        &["x.go:3:7: goto M jumps over declaration of a at x.go:4:6", "x.go:7:7: goto N jumps over declaration of c, d at x.go:8:7", "x.go:11:7: goto O jumps over declaration of e at x.go:13:3", "x.go:17:7: goto P jumps over declaration of _ at x.go:21:6"],
    ),
    (
        "binop_eof",
        "package main\nfunc main() {\n\tx := 1 +\n}\n",
        &["x.go:4:1: syntax error: unexpected }, expected expression"],
    ),
    (
        "bom",
        "package main\nvar x = 1\u{feff}\n",
        &["x.go:2:10: invalid BOM in the middle of the file"],
    ),
    (
        "brace_nl",
        "package main\nfunc main()\n{\n}\n",
        &["x.go:3:1: syntax error: unexpected semicolon or newline before {"],
    ),
    (
        "call_eof",
        "package main\nfunc main() {\n\tswitch x; x.(type) {\n\tcase int, string:\n\t}\n\tfoo(\n}\n",
        &["x.go:7:1: syntax error: unexpected }, expected expression"],
    ),
    (
        "case_bad",
        "package main\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n",
        &["x.go:4:2: syntax error: unexpected name foo, expected case or default or }", "x.go:5:2: syntax error: unexpected }, expected :"],
    ),
    (
        "chan_noelem",
        "package main\nvar c chan\n",
        &["x.go:3:1: syntax error: missing channel element type"],
    ),
    (
        "chan_send_nochan",
        "package main\nvar c = <-chan<- int(nil)\nvar d = <-<-chan int(nil)\n",
        &[],
    ),
    (
        "comment_eof",
        "package main\nfunc main() {\n\t/* unterminated\n",
        &["x.go:3:2: comment not terminated"],
    ),
    (
        "comment_nl",
        "package main\nfunc main() {\n\tvar x = 1 /* a\n b */ + 2\n\t_ = 1_000_ + 0x_1 + 0b12 + 0o8 + 1e + 0x1.0 + 0b1.0\n}\n",
        &["x.go:5:11: '_' must separate successive digits", "x.go:5:25: invalid digit '2' in binary literal", "x.go:5:31: invalid digit '8' in octal literal", "x.go:5:37: exponent has no digits", "x.go:5:45: hexadecimal mantissa requires a 'p' exponent", "x.go:5:51: invalid radix point in binary literal"],
    ),
    (
        "complit_if",
        "package main\nfunc main() {\n\tx = T{}.y\n\tif x == T{} {}\n}\n",
        &["x.go:4:14: syntax error: unexpected { at end of statement", "x.go:5:1: syntax error: non-declaration statement outside function body"],
    ),
    (
        "complit_nl",
        "package main\nfunc main() {\n\tx := []int{1,2\n\t}\n}\n",
        &["x.go:3:16: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
    ),
    (
        "const_define",
        "package main\nconst x := 1\n",
        &["x.go:2:9: syntax error: unexpected :=, expected ="],
    ),
    (
        "defer_paren",
        "package main\nfunc main() {\n\tdefer (f())\n\tgo func(){}\n}\n",
        &["x.go:3:8: expression in defer must not be parenthesized"],
    ),
    (
        "dot_import",
        "package main\nimport . \"fmt\"\nimport _ \"os\"\nimport (\n\t\"a\"\n\tb \"b\"\n)\nimport x\n",
        &["x.go:8:9: syntax error: missing import path"],
    ),
    (
        "dots_notype",
        "package main\nfunc f(...) {}\n",
        &["x.go:2:11: syntax error: ... is missing type"],
    ),
    (
        "dup_ellipsis",
        "package main\nfunc main() {\n\tf(a..., b)\n}\n",
        &["x.go:3:10: syntax error: unexpected name b, expected )"],
    ),
    (
        "else_for",
        "package main\nfunc main() {\n\tif x == 1 {\n\t} else for {\n\t}\n}\n",
        &["x.go:4:9: syntax error: else must be followed by if or statement block"],
    ),
    (
        "else_nl",
        "package main\nfunc main() {\n\tif x {\n\t}\n\telse {}\n}\n",
        &["x.go:5:2: syntax error: unexpected keyword else, expected }"],
    ),
    (
        "embed_paren",
        "package main\ntype T struct { a int; (b) ; *(c) }\n",
        &["x.go:2:24: syntax error: cannot parenthesize embedded type"],
    ),
    (
        "emptyfile",
        "",
        &["x.go:1:1: syntax error: package statement must be first"],
    ),
    (
        "eof_brace",
        "package foo\nfunc main() {\n\tfor {\n}\n",
        &["x.go:5:1: syntax error: unexpected EOF, expected }"],
    ),
    (
        "fallthrough_x",
        "package main\nfunc main() {\n\tfallthrough x\n}\n",
        &["x.go:3:14: syntax error: unexpected name x at end of statement"],
    ),
    (
        "for_cond",
        "package main\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n",
        &["x.go:3:21: syntax error: unexpected {, expected semicolon or newline", "x.go:4:2: syntax error: unexpected }, expected expression"],
    ),
    (
        "for_nl",
        "package main\nfunc main() {\n\tfor i := 0; i < 3; i++ \n\t{\n\t}\n}\n",
        &["x.go:3:25: syntax error: unexpected newline, expected { after for clause"],
    ),
    (
        "for_nocond",
        "package main\nfunc main() {\n\tvar x = [...]int{1}\n\tfor x; {\n\t}\n}\n",
        &["x.go:4:9: syntax error: unexpected {, expected for loop condition"],
    ),
    (
        "func_noname",
        "package main\nfunc () {}\nfunc (x T) () {}\n",
        &["x.go:2:9: method has no receiver", "x.go:2:9: syntax error: unexpected {, expected name", "x.go:3:12: syntax error: unexpected (, expected name"],
    ),
    (
        "functype_tp",
        "package main\nfunc main() {\n\tvar f = func[T any]() {}\n}\n",
        &["x.go:3:14: syntax error: function type must have no type parameters"],
    ),
    (
        "gen_inst",
        "package main\nvar x = f[]\nvar y = T[int,]{}\n",
        &["x.go:2:11: syntax error: unexpected ], expected operand"],
    ),
    (
        "goto_nolabel",
        "package main\nfunc main() {\n\tgoto\n}\n",
        &["x.go:4:1: syntax error: unexpected }, expected name"],
    ),
    (
        "hexesc",
        "package main\nvar x = \"\\xZZ\" + \"\\u12\" + \"\\z\"\n",
        &["x.go:2:12: invalid character 'Z' in hexadecimal escape", "x.go:2:23: invalid character '\"' in hexadecimal escape", "x.go:2:29: unknown escape"],
    ),
    (
        "ident_bad",
        "package main\nvar ab€c = 1\nvar x = ·\n",
        &["x.go:2:7: invalid character U+20AC '€' in identifier", "x.go:3:9: invalid character U+00B7 '·' in identifier"],
    ),
    (
        "idx_bad",
        "package main\nfunc main() {\n\t_ = x[1 2]\n}\n",
        &["x.go:3:10: syntax error: unexpected literal 2, expected comma, : or ]"],
    ),
    (
        "idx_empty",
        "package main\nfunc main() {\n\t_ = x[]\n}\n",
        &["x.go:3:8: syntax error: unexpected ], expected operand"],
    ),
    (
        "if_define",
        "package main\nfunc main() {\n\tif x := 0 {\n\t}\n\tif x = 0 {}\n\tif a + b = c {}\n\tif x++ {}\n\tif c <- 1 {}\n\tif x += 2 {}\n}\n",
        &["x.go:3:7: syntax error: cannot use x := 0 as value", "x.go:5:7: syntax error: cannot use assignment x = 0 as value", "x.go:6:11: syntax error: cannot use assignment (a + b) = c as value", "x.go:7:6: syntax error: cannot use x++ as value", "x.go:8:7: syntax error: cannot use c <- 1 as value", "x.go:9:7: syntax error: cannot use x += 2 as value"],
    ),
    (
        "if_nl",
        "package main\nfunc main() {\n\tif true\n\t{\n\t}\n}\n",
        &["x.go:3:9: syntax error: unexpected newline, expected { after if clause"],
    ),
    (
        "if_nocond",
        "package main\nfunc main() {\n\tif {\n\t}\n}\n",
        &["x.go:3:5: syntax error: missing condition in if statement"],
    ),
    (
        "if_semi",
        "package main\nfunc main() {\n\tif x; {\n\t}\n}\n",
        &["x.go:3:6: syntax error: missing condition in if statement"],
    ),
    (
        "iface_bad",
        "package main\ntype T interface {\n\t1\n}\n",
        &["x.go:3:2: syntax error: unexpected literal 1, expected ~ term or type"],
    ),
    (
        "iface_generic",
        "package main\ntype I interface {\n\tm[T any]()\n\tn[]()\n}\n",
        &["x.go:3:3: interface method must have no type parameters", "x.go:4:4: empty type parameter list"],
    ),
    (
        "imp_name",
        "package main\nimport fmt\n",
        &["x.go:2:11: syntax error: missing import path"],
    ),
    (
        "imp_num",
        "package main\nimport 5\n",
        &["x.go:2:8: syntax error: import path must be a string"],
    ),
    (
        "imports",
        "package main\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n",
        &["x.go:4:1: syntax error: imports must appear before other declarations"],
    ),
    (
        "kw_var",
        "package main\nfunc main() {\n\tvar := 1\n}\n",
        &["x.go:3:6: syntax error: unexpected :=, expected name"],
    ),
    (
        "kwrange",
        "package main\nfunc main() {\n\tx := range 3\n}\n",
        &["x.go:3:7: syntax error: unexpected keyword range, expected expression"],
    ),
    (
        "label_bad",
        "package main\nfunc main() {\n\tL: )\n}\n",
        &["x.go:3:3: syntax error: missing statement after label", "x.go:4:1: syntax error: non-declaration statement outside function body"],
    ),
    (
        "label_end",
        "package main\nfunc main() {\n\tL:\n}\n",
        &["x.go:3:2: label L defined and not used"],
    ),
    (
        "labels_chain",
        "package main\nfunc main() {\n\tA: B: C: for {}\n}\n",
        &["x.go:3:2: label A defined and not used", "x.go:3:5: label B defined and not used", "x.go:3:8: label C defined and not used"],
    ),
    (
        "many",
        "package main\nfunc main() {\n\ta b\n\tc d\n\te f\n\tg h\n\ti j\n\tk l\n\tm n\n\to p\n\tq r\n\ts t\n\tu v\n\tw x\n}\n",
        &["x.go:3:4: syntax error: unexpected name b at end of statement", "x.go:4:4: syntax error: unexpected name d at end of statement", "x.go:5:4: syntax error: unexpected name f at end of statement", "x.go:6:4: syntax error: unexpected name h at end of statement", "x.go:7:4: syntax error: unexpected name j at end of statement", "x.go:8:4: syntax error: unexpected name l at end of statement", "x.go:9:4: syntax error: unexpected name n at end of statement", "x.go:10:4: syntax error: unexpected name p at end of statement", "x.go:11:4: syntax error: unexpected name r at end of statement", "x.go:12:4: syntax error: unexpected name t at end of statement", "x.go:12:4: too many errors"],
    ),
    (
        "map_bad",
        "package main\nvar m map[string]\n",
        &["x.go:2:18: syntax error: unexpected newline, expected type"],
    ),
    (
        "map_nl",
        "package main\nfunc main() {\n\tx := map[string]int{\"a\": 1\n\t}\n}\n",
        &["x.go:3:28: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
    ),
    (
        "missing_ret_tp",
        "package main\nfunc f() (a int, b) {}\n",
        &["x.go:2:19: syntax error: missing parameter type"],
    ),
    (
        "nondecl",
        "package main\nx := 1\n",
        &["x.go:2:1: syntax error: non-declaration statement outside function body"],
    ),
    (
        "nopkg",
        "func main() {}\n",
        &["x.go:1:1: syntax error: package statement must be first"],
    ),
    (
        "nul",
        "package main\nvar x = \"a\u{0}b\"\n",
        &["x.go:2:11: invalid NUL character"],
    ),
    (
        "nums",
        "package main\nvar x = 0x1.0 + 1e + 0b1.0 + 0o + 0x.p1 + 1p3 + 0x1e3e1\n",
        &["x.go:2:14: hexadecimal mantissa requires a 'p' exponent", "x.go:2:19: exponent has no digits", "x.go:2:25: invalid radix point in binary literal", "x.go:2:32: octal literal has no digits", "x.go:2:38: hexadecimal literal has no digits", "x.go:2:44: 'p' exponent requires hexadecimal mantissa"],
    ),
    (
        "nums2",
        "package main\nvar x = 08 + 0_8 + 1__0 + 0x_ + 09.5 + 0778i\n",
        &["x.go:2:10: invalid digit '8' in octal literal", "x.go:2:22: '_' must separate successive digits", "x.go:2:30: hexadecimal literal has no digits"],
    ),
    (
        "octal",
        "package main\nfunc main() {\n\tx := 0778 + 1\n\t_ = x @ 2\n}\n",
        &["x.go:3:10: invalid digit '8' in octal literal", "x.go:4:8: invalid character U+0040 '@'", "x.go:4:10: syntax error: unexpected literal 2 at end of statement"],
    ),
    (
        "octdot",
        "package main\nvar x = 0o1.5 + 0b1e3 + 0x1e3p+ + 1.e5i\n",
        &["x.go:2:12: invalid radix point in octal literal", "x.go:2:20: 'e' exponent requires decimal mantissa", "x.go:2:32: exponent has no digits"],
    ),
    (
        "params1",
        "package main\nfunc f(a int, b) {}\nfunc g(a, b int, string) {}\n",
        &["x.go:2:16: syntax error: missing parameter type", "x.go:3:24: syntax error: missing parameter type"],
    ),
    (
        "params2",
        "package main\nfunc f(a int, []int) {}\n",
        &["x.go:2:15: syntax error: missing parameter name"],
    ),
    (
        "paren_type_complit",
        "package main\nvar x = (T){}\n",
        &["x.go:2:12: syntax error: cannot parenthesize type in composite literal"],
    ),
    (
        "pkg_eof",
        "package\n",
        &["x.go:2:1: syntax error: unexpected EOF, expected name"],
    ),
    (
        "post_decl",
        "package main\nfunc main() {\n\tfor i := 0; i < 3; i := 1 {}\n}\n",
        &["x.go:3:23: syntax error: cannot declare in post statement of for loop"],
    ),
    (
        "raw_eof",
        "package main\nvar x = `abc\n",
        &["x.go:2:9: string not terminated"],
    ),
    (
        "recv_multi",
        "package main\nfunc (a, b T) m() {}\nfunc () n() {}\n",
        &["x.go:2:15: method has multiple receivers", "x.go:3:9: method has no receiver"],
    ),
    (
        "recvchan",
        "package main\nvar x <-int\n",
        &["x.go:2:9: syntax error: unexpected name int, expected keyword chan"],
    ),
    (
        "return_bad",
        "package main\nfunc main() {\n\treturn )\n}\n",
        &["x.go:3:9: syntax error: unexpected ), expected expression"],
    ),
    (
        "rune_eof",
        "package main\nvar x = 'a",
        &["x.go:2:9: rune literal not terminated"],
    ),
    (
        "rune_misc",
        "package main\nvar x = ''\nvar y = '\\x4g'\nvar z = '\\uD800'\nvar w = '\\777'\nvar v = '\\U00110000'\n",
        &["x.go:2:10: empty rune literal or unescaped '", "x.go:3:13: invalid character 'g' in hexadecimal escape", "x.go:4:16: escape is invalid Unicode code point U+D800", "x.go:5:14: octal escape value 511 > 255", "x.go:6:20: escape is invalid Unicode code point U+110000"],
    ),
    (
        "rune_nl",
        "package main\nvar x = 'a\n",
        &["x.go:2:11: newline in rune literal"],
    ),
    (
        "runes",
        "package main\nfunc main() {\n\t_ = 'ab'\n\t_ = '\\q'\n\t_ = \"\\400\"\n}\n",
        &["x.go:3:6: more than one character in rune literal", "x.go:4:8: unknown escape", "x.go:5:11: octal escape value 256 > 255"],
    ),
    (
        "sel_bad",
        "package main\nfunc main() {\n\tx.1\n}\n",
        &["x.go:3:3: syntax error: unexpected literal .1 at end of statement"],
    ),
    (
        "sel_missing_brace",
        "package main\nfunc main() {\n\tselect x {\n\t}\n}\n",
        &["x.go:3:9: syntax error: missing { after select clause"],
    ),
    (
        "semi_pkg",
        "package main;;\nfunc main() {}\n",
        &["x.go:1:14: syntax error: non-declaration statement outside function body"],
    ),
    (
        "sep_end",
        "package main\nvar x = 1_ + 0b_1 + 0_x + 1_.5\n",
        &["x.go:2:10: '_' must separate successive digits", "x.go:2:23: syntax error: unexpected name x after top level declaration"],
    ),
    (
        "slice3",
        "package main\nfunc main() {\n\tx.(type)\n\t_ = a[1:2:]\n\t_ = a[::3]\n}\n",
        &["x.go:4:12: final index required in 3-index slice", "x.go:5:9: middle index required in 3-index slice"],
    ),
    (
        "stmt_tilde",
        "package main\nfunc main() {\n\t~x\n}\n",
        &["x.go:3:2: syntax error: unexpected ~, expected }"],
    ),
    (
        "str_eof",
        "package main\nvar x = \"abc",
        &["x.go:2:9: string not terminated"],
    ),
    (
        "str_nl",
        "package main\nfunc main() {\n\ts := \"abc\n}\n",
        &["x.go:3:11: newline in string"],
    ),
    (
        "struct_bad",
        "package main\ntype T struct {\n\t1\n}\n",
        &["x.go:3:2: syntax error: unexpected literal 1, expected field name or embedded type"],
    ),
    (
        "sw_missing_brace",
        "package main\nfunc main() {\n\tswitch x\n\t{\n\t}\n}\n",
        &[],
    ),
    (
        "tparams1",
        "package main\ntype T[P any,] struct{}\ntype U[P] int\ntype V[P *C] int\nfunc f[](){}\n",
        &["x.go:5:8: syntax error: empty type parameter list"],
    ),
    (
        "tparams2",
        "package main\ntype T[P any, Q] int\n",
        &["x.go:2:16: syntax error: missing type constraint"],
    ),
    (
        "tparams3",
        "package main\nfunc f[P, Q]() {}\n",
        &["x.go:2:12: syntax error: missing type constraint"],
    ),
    (
        "tparams4",
        "package main\ntype T[P any, []int] int\n",
        &["x.go:2:15: syntax error: missing type parameter name"],
    ),
    (
        "type_nothing",
        "package main\ntype T\n",
        &["x.go:2:7: syntax error: unexpected newline in type declaration"],
    ),
    (
        "typedecl_bad",
        "package main\ntype T[P any, Q any,] struct{}\ntype U[] int\ntype V[P C | D] int\n",
        &[],
    ),
    (
        "unexp_op",
        "package main\nfunc main() {\n\tx := 1 +* / 2\n\ty := %\n}\n",
        &["x.go:3:12: syntax error: unexpected /, expected expression"],
    ),
    (
        "unexp_rbrace",
        "package main\nfunc main() {\n\tx := [1, 2}\n}\n",
        &["x.go:3:9: syntax error: unexpected comma; expected ]", "x.go:4:1: syntax error: non-declaration statement outside function body"],
    ),
    (
        "var_if",
        "package main\nfunc main() {\n\tif var x = 1; x > 0 {}\n}\n",
        &["x.go:3:9: syntax error: var declaration not allowed in if initializer"],
    ),
];

#[test]
fn gc_error_messages() {
    let mut failures = Vec::new();
    for (name, src, want) in CASES {
        let got = diagnostics(src);
        if got != *want {
            failures.push(format!("{}:\n  want {:?}\n  got  {:?}", name, want, got));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn syntax_errors_flag() {
    let mut ids = 0;
    let out = frontend::parser::parse(0, "package p\nvar x = 08\n", &mut ids);
    assert_eq!(out.diagnostics.len(), 1);
    assert!(!out.syntax_errors, "a lexical error alone lets gc type-check");
    let out = frontend::parser::parse(0, "package p\nvar x = \n", &mut ids);
    assert!(out.syntax_errors);
}

#[test]
fn parse_file_result() {
    let mut ids = 0;
    assert!(frontend::parser::parse_file(0, "package p\n", &mut ids).is_ok());
    let errs = frontend::parser::parse_file(0, "package p\nfunc f() {\n", &mut ids).unwrap_err();
    assert_eq!(errs[0].msg, "syntax error: unexpected EOF, expected }");
    assert_eq!(errs[0].pos, 21);
}

#[test]
fn positions_in_messages_without_name() {
    let mut ids = 0;
    let out = frontend::parser::parse(0, "package p\nfunc f() {\nL:\nL:\n\tgoto L\n}\n", &mut ids);
    let msgs: Vec<_> = out.diagnostics.iter().map(|d| d.msg.as_str()).collect();
    assert_eq!(msgs, ["label L already defined at 3:1"]);
}

#[test]
fn at_most_ten_errors() {
    let mut src = String::from("package p\nfunc f() {\n");
    for _ in 0..30 {
        src.push_str("\ta b\n");
    }
    src.push_str("}\n");
    let got = diagnostics(&src);
    assert_eq!(got.len(), 11);
    assert_eq!(got[10], "x.go:12:4: too many errors");
}
