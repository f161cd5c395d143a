//! The lexer: token classes, literal forms, automatic semicolons.

use frontend::ast::LitKind;
use frontend::lexer::{unquote_string, Lexer, Token};
use frontend::token::{Op, Tok};

fn lex(src: &str) -> (Vec<Token<'_>>, Vec<String>) {
    let mut l = Lexer::new(0, src);
    let mut toks = Vec::new();
    loop {
        let t = l.next_token();
        if t.tok == Tok::Eof {
            break;
        }
        toks.push(t);
        assert!(toks.len() < 10_000);
    }
    let errs = l.errors.iter().map(|e| format!("{}: {}", e.pos, e.msg)).collect();
    (toks, errs)
}

/// Tokens rendered compactly: names and literals by text, `;` by what
/// it stands for, operators by spelling.
fn show(src: &str) -> String {
    let (toks, errs) = lex(src);
    assert!(errs.is_empty(), "{:?}", errs);
    let v: Vec<String> = toks
        .iter()
        .map(|t| match t.tok {
            Tok::Name | Tok::Literal => t.lit.to_string(),
            Tok::Semi => format!(";{}", &t.lit[..1]),
            Tok::Operator | Tok::Star => t.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", t.op.as_str()),
            Tok::IncOp => format!("{0}{0}", t.op.as_str()),
            k => k.as_str().to_string(),
        })
        .collect();
    v.join(" ")
}

#[test]
fn semicolon_insertion() {
    assert_eq!(show("x := y\n"), "x := y ;n");
    assert_eq!(show("f(a)\ng[1]\n{}\n"), "f ( a ) ;n g [ 1 ] ;n { } ;n");
    assert_eq!(show("x++\ny--\n"), "x ++ ;n y -- ;n");
    assert_eq!(show("return\nbreak\ncontinue\nfallthrough\n"), "return ;n break ;n continue ;n fallthrough ;n");
    // No semicolon after operators, keywords that need more, or `,`.
    assert_eq!(show("a +\nb ,\nfunc\nif\n"), "a + b , func if");
    // At EOF.
    assert_eq!(show("x"), "x ;E");
    assert_eq!(show("x // comment"), "x ;E");
    // Explicit semicolons.
    assert_eq!(show("a; b"), "a ;s b ;E");
    // A general comment containing a newline acts as one.
    assert_eq!(show("a /* x\ny */ b"), "a ;n b ;E");
    assert_eq!(show("a /* xy */ b"), "a b ;E");
    assert_eq!(show("1 // c\n2"), "1 ;n 2 ;E");
    assert_eq!(show("'a'\n\"s\"\n`r`\n1.5\n2i\n"), "'a' ;n \"s\" ;n `r` ;n 1.5 ;n 2i ;n");
}

#[test]
fn semicolon_positions() {
    let (toks, _) = lex("x // c\ny /* a\n */");
    let semis: Vec<u32> = toks.iter().filter(|t| t.tok == Tok::Semi).map(|t| t.pos).collect();
    // At the newline after a line comment; at the start of a general comment.
    assert_eq!(semis, [6, 9]);
}

#[test]
fn operators_and_punctuation() {
    let src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; : .";
    let (toks, errs) = lex(src);
    assert!(errs.is_empty());
    let got: Vec<(Tok, Op)> = toks.iter().map(|t| (t.tok, t.op)).collect();
    use Op::*;
    use Tok::*;
    let want = vec![
        (Operator, Add),
        (Operator, Sub),
        (Star, Mul),
        (Operator, Div),
        (Operator, Rem),
        (Operator, And),
        (Operator, Or),
        (Operator, Xor),
        (Operator, Shl),
        (Operator, Shr),
        (Operator, AndNot),
        (AssignOp, Add),
        (AssignOp, Sub),
        (AssignOp, Mul),
        (AssignOp, Div),
        (AssignOp, Rem),
        (AssignOp, And),
        (AssignOp, Or),
        (AssignOp, Xor),
        (AssignOp, Shl),
        (AssignOp, Shr),
        (AssignOp, AndNot),
        (Operator, AndAnd),
        (Operator, OrOr),
        (Arrow, None),
        (IncOp, Add),
        (IncOp, Sub),
        (Operator, Eql),
        (Operator, Lss),
        (Operator, Gtr),
        (Assign, None),
        (Operator, Not),
        (Operator, Tilde),
        (Operator, Neq),
        (Operator, Leq),
        (Operator, Geq),
        (Define, None),
        (DotDotDot, None),
        (LParen, None),
        (RParen, None),
        (LBrack, None),
        (RBrack, None),
        (LBrace, None),
        (RBrace, None),
        (Comma, None),
        (Semi, None),
        (Colon, None),
        (Dot, None),
    ];
    assert_eq!(got, want);
    // `..` is two dots.
    assert_eq!(show("a..b"), "a . . b ;E");
}

#[test]
fn keywords_and_identifiers() {
    let kws = "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var";
    let (toks, _) = lex(kws);
    assert_eq!(toks.iter().filter(|t| t.tok.is_keyword()).count(), 25);
    assert_eq!(show("αβγ _x9 日本語 ǅ Ȣ"), "αβγ _x9 日本語 ǅ Ȣ ;E");
    // Subscript digits are not letters or decimal digits.
    let (_, errs) = lex("x₁");
    assert_eq!(errs, ["1: invalid character U+2081 '₁' in identifier"]);
}

fn literal(src: &str) -> (LitKind, String, Vec<String>) {
    let (toks, errs) = lex(src);
    assert_eq!(toks[0].tok, Tok::Literal, "{src}");
    (toks[0].kind, toks[0].lit.to_string(), errs)
}

#[test]
fn number_literals() {
    let ints = [
        "42",
        "4_2",
        "0600",
        "0_600",
        "0o600",
        "0O600",
        "0xBadFace",
        "0xBad_Face",
        "0x_67_7a_2f_cc_40_c6",
        "170141183460469231731687303715884105727",
        "170_141183_460469_231731_687303_715884_105727",
        "0b1010",
        "0B_1",
        "0",
        "00",
    ];
    for s in ints {
        assert_eq!(literal(s), (LitKind::Int, s.to_string(), vec![]), "{s}");
    }
    let floats = [
        "0.",
        "72.40",
        "072.40",
        "2.71828",
        "1.e+0",
        "6.67428e-11",
        "1E6",
        ".25",
        ".12345E+5",
        "1_5.",
        "0.15e+0_2",
        "0x1p-2",
        "0x2.p10",
        "0x1.Fp+0",
        "0X.8p-0",
        "0X_1FFFP-16",
        "09.5",
        "1e10",
    ];
    for s in floats {
        assert_eq!(literal(s), (LitKind::Float, s.to_string(), vec![]), "{s}");
    }
    let imags = [
        "0i",
        "0123i",
        "0o123i",
        "0xabci",
        "0.i",
        "2.71828i",
        "1.e+0i",
        "6.67428e-11i",
        "1E6i",
        ".25i",
        ".12345E+5i",
        "0x1p-2i",
        "0778i",
    ];
    for s in imags {
        assert_eq!(literal(s), (LitKind::Imag, s.to_string(), vec![]), "{s}");
    }
    let bad: [(&str, &str); 12] = [
        ("0778", "3: invalid digit '8' in octal literal"),
        ("0b102", "4: invalid digit '2' in binary literal"),
        ("0o19", "3: invalid digit '9' in octal literal"),
        ("0x", "2: hexadecimal literal has no digits"),
        ("0b", "2: binary literal has no digits"),
        ("1_", "1: '_' must separate successive digits"),
        ("1__2", "2: '_' must separate successive digits"),
        ("0_x1", "1: '_' must separate successive digits"),
        ("1e", "2: exponent has no digits"),
        ("0x1.5", "5: hexadecimal mantissa requires a 'p' exponent"),
        ("0b1.0", "3: invalid radix point in binary literal"),
        ("1p3", "1: 'p' exponent requires hexadecimal mantissa"),
    ];
    for (s, e) in bad {
        let (_, _, errs) = literal(s);
        assert_eq!(errs, [e.to_string()], "{s}");
    }
}

#[test]
fn rune_and_string_literals() {
    let runes = [
        "'a'",
        "'ä'",
        "'本'",
        "'\\t'",
        "'\\000'",
        "'\\007'",
        "'\\377'",
        "'\\x07'",
        "'\\xff'",
        "'\\u12e4'",
        "'\\U00101234'",
        "'\\''",
        "'\\a'",
        "'\\b'",
        "'\\f'",
        "'\\n'",
        "'\\r'",
        "'\\v'",
        "'\\\\'",
    ];
    for s in runes {
        assert_eq!(literal(s), (LitKind::Char, s.to_string(), vec![]), "{s}");
    }
    let strings = [
        "`abc`",
        "`\\n\n\\n`",
        "\"\\n\"",
        "\"\\\"\"",
        "\"Hello, world!\\n\"",
        "\"日本語\"",
        "\"\\u65e5本\\U00008a9e\"",
        "\"\\xff\\u00FF\"",
        "\"\"",
    ];
    for s in strings {
        assert_eq!(literal(s), (LitKind::String, s.to_string(), vec![]), "{s}");
    }
    let bad: [(&str, &str); 8] = [
        ("'aa'", "0: more than one character in rune literal"),
        ("'\\k'", "2: unknown escape"),
        ("'\\xa'", "4: invalid character '\\'' in hexadecimal escape"),
        ("'\\0'", "3: invalid character '\\'' in octal escape"),
        ("'\\400'", "5: octal escape value 256 > 255"),
        ("'\\uDFFF'", "7: escape is invalid Unicode code point U+DFFF"),
        ("\"\\'\"", "2: unknown escape"),
        ("'a", "0: rune literal not terminated"),
    ];
    for (s, e) in bad {
        let (_, _, errs) = literal(s);
        assert_eq!(errs, [e.to_string()], "{s}");
    }
}

#[test]
fn raw_strings_drop_carriage_returns() {
    let (toks, errs) = lex("`a\r\nb\r`");
    assert!(errs.is_empty());
    assert_eq!(toks[0].lit, "`a\nb`");
    assert_eq!(unquote_string(&toks[0].lit).unwrap(), "a\nb");
}

#[test]
fn unquoting() {
    assert_eq!(unquote_string("\"a\\tb\\u00e9\\x41\\101\\\"\"").unwrap(), "a\tbéAA\"");
    assert_eq!(unquote_string("`\\n`").unwrap(), "\\n");
    assert_eq!(unquote_string("\"\\U0001F600\"").unwrap(), "😀");
    assert!(unquote_string("\"\\q\"").is_none());
    assert!(unquote_string("'a'").is_none());
}

#[test]
fn bom_and_nul() {
    let (toks, errs) = lex("\u{feff}package p");
    assert!(errs.is_empty());
    assert_eq!(toks[0].tok, Tok::Package);
    let (_, errs) = lex("a \u{feff} b");
    assert_eq!(errs, ["2: invalid BOM in the middle of the file"]);
    let (_, errs) = lex("a \0 b");
    assert_eq!(errs, ["2: invalid NUL character"]);
}

#[test]
fn invalid_characters() {
    let (toks, errs) = lex("a @ # $ b");
    assert_eq!(toks.iter().filter(|t| t.tok == Tok::Name).count(), 2);
    assert_eq!(
        errs,
        ["2: invalid character U+0040 '@'", "4: invalid character U+0023 '#'", "6: invalid character U+0024 '$'"]
    );
    let (_, errs) = lex("a€");
    assert_eq!(errs, ["1: invalid character U+20AC '€' in identifier"]);
    let (_, errs) = lex("\u{200b}");
    assert_eq!(errs, ["0: invalid character U+200B in identifier"]);
}
