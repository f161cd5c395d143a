//! Decoding rune and string literals (escapes, raw strings).

/// The value of a rune literal such as `'a'`, `'\n'`, `'\u00e9'`, `'\377'`.
pub fn decode_char(raw: &str) -> Option<u32> {
    let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut out = Vec::new();
    let rest = decode_one(inner.as_bytes(), &mut out, '\'')?;
    if !rest.is_empty() {
        return None;
    }
    match out.as_slice() {
        [Piece::Rune(r)] => Some(*r),
        [Piece::Byte(b)] => Some(*b as u32),
        _ => None,
    }
}

/// The bytes of an interpreted (`"..."`) or raw (`` `...` ``) string literal.
pub fn decode_string(raw: &str) -> Option<Vec<u8>> {
    if let Some(inner) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        // Carriage returns are discarded from raw strings.
        return Some(inner.bytes().filter(|&b| b != b'\r').collect());
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut bytes = inner.as_bytes();
    let mut out = Vec::new();
    let mut pieces = Vec::new();
    while !bytes.is_empty() {
        pieces.clear();
        bytes = decode_one(bytes, &mut pieces, '"')?;
        for p in &pieces {
            match *p {
                Piece::Byte(b) => out.push(b),
                Piece::Rune(r) => {
                    let c = char::from_u32(r)?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
    }
    Some(out)
}

enum Piece {
    /// A code point (from a character or \u escape).
    Rune(u32),
    /// A single byte (from \x or octal escapes).
    Byte(u8),
}

/// Decodes one character or escape; returns the remaining input.
fn decode_one<'a>(s: &'a [u8], out: &mut Vec<Piece>, quote: char) -> Option<&'a [u8]> {
    let (&c, rest) = s.split_first()?;
    if c != b'\\' {
        // One UTF-8 encoded character.
        let len = utf8_len(c);
        if len == 0 || s.len() < len {
            out.push(Piece::Byte(c));
            return Some(rest);
        }
        match std::str::from_utf8(&s[..len]) {
            Ok(ch) => out.push(Piece::Rune(ch.chars().next()? as u32)),
            Err(_) => {
                out.push(Piece::Byte(c));
                return Some(rest);
            }
        }
        return Some(&s[len..]);
    }
    let (&e, rest) = rest.split_first()?;
    let simple = match e {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(b'\\'),
        b'\'' if quote == '\'' => Some(b'\''),
        b'"' if quote == '"' => Some(b'"'),
        _ => None,
    };
    if let Some(b) = simple {
        out.push(Piece::Rune(b as u32));
        return Some(rest);
    }
    match e {
        b'0'..=b'7' => {
            let digits = s.get(1..4)?;
            let v = u32::from_str_radix(std::str::from_utf8(digits).ok()?, 8).ok()?;
            if v > 255 {
                return None;
            }
            out.push(Piece::Byte(v as u8));
            Some(&s[4..])
        }
        b'x' => {
            let v = u8::from_str_radix(std::str::from_utf8(s.get(2..4)?).ok()?, 16).ok()?;
            out.push(Piece::Byte(v));
            Some(&s[4..])
        }
        b'u' | b'U' => {
            let n = if e == b'u' { 4 } else { 8 };
            let v = u32::from_str_radix(std::str::from_utf8(s.get(2..2 + n)?).ok()?, 16).ok()?;
            if v > 0x10FFFF || (0xD800..0xE000).contains(&v) {
                return None;
            }
            out.push(Piece::Rune(v));
            Some(&s[2 + n..])
        }
        _ => None,
    }
}

fn utf8_len(c: u8) -> usize {
    match c {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(decode_char("'a'"), Some(97));
        assert_eq!(decode_char("'\\n'"), Some(10));
        assert_eq!(decode_char("'\\377'"), Some(255));
        assert_eq!(decode_char("'\\u00e9'"), Some(0xe9));
        assert_eq!(decode_char("'é'"), Some(0xe9));
        assert_eq!(decode_string("\"a\\tb\\x41\\u00e9\"").unwrap(), b"a\tbA\xc3\xa9");
        assert_eq!(decode_string("\"\\xff\"").unwrap(), vec![0xff]);
        assert_eq!(decode_string("`a\\n`").unwrap(), b"a\\n");
    }
}
