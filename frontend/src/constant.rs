//! Compile-time constants with Go's arbitrary precision: integers are big
//! integers, floats and complex parts exact rationals.

use crate::types::Basic;
use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
    String(Rc<[u8]>),
}

/// Exponents beyond this are rejected rather than expanded into enormous
/// rationals (gc also limits constant exponents).
const MAX_EXP: i64 = 10_000;

fn rat_int(i: BigInt) -> BigRational {
    BigRational::from_integer(i)
}

fn pow10(e: u32) -> BigInt {
    num_traits::pow(BigInt::from(10), e as usize)
}

impl Const {
    pub fn int(i: i64) -> Const {
        Const::Int(BigInt::from(i))
    }

    pub fn from_f64(f: f64) -> Option<Const> {
        BigRational::from_float(f).map(Const::Float)
    }

    /// Parses an integer literal (any base, with `_` separators).
    pub fn parse_int(lit: &str) -> Option<Const> {
        let s: String = lit.chars().filter(|&c| c != '_').collect();
        let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
            (r.to_string(), 16)
        } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
            (r.to_string(), 2)
        } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
            (r.to_string(), 8)
        } else if s.len() > 1 && s.starts_with('0') {
            (s[1..].to_string(), 8)
        } else {
            (s, 10)
        };
        BigInt::parse_bytes(digits.as_bytes(), radix).map(Const::Int)
    }

    /// Parses a decimal or hexadecimal float literal exactly.
    pub fn parse_float(lit: &str) -> Option<Const> {
        let s: String = lit.chars().filter(|&c| c != '_').collect();
        if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
            let (mant, exp) = match h.find(['p', 'P']) {
                Some(i) => (&h[..i], h[i + 1..].parse::<i64>().ok()?),
                None => (h, 0),
            };
            let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
            let digits = format!("{ip}{fp}");
            let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 16)? };
            let e2 = exp - 4 * fp.len() as i64;
            if e2.abs() > MAX_EXP * 4 {
                return None;
            }
            return Some(Const::Float(scale2(rat_int(m), e2)));
        }
        let (mant, exp) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
            None => (&s[..], 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{ip}{fp}");
        let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 10)? };
        let e10 = exp - fp.len() as i64;
        if e10.abs() > MAX_EXP {
            return None;
        }
        let r = if e10 >= 0 { rat_int(m * pow10(e10 as u32)) } else { BigRational::new(m, pow10((-e10) as u32)) };
        Some(Const::Float(r))
    }

    pub fn kind_rank(&self) -> u8 {
        match self {
            Const::Int(_) => 0,
            Const::Float(_) => 1,
            Const::Complex(..) => 2,
            _ => 3,
        }
    }

    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            Const::Int(i) => Some(rat_int(i.clone())),
            Const::Float(f) => Some(f.clone()),
            Const::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Const::Int(i) => Some(i.clone()),
            Const::Float(f) if f.is_integer() => Some(f.to_integer()),
            Const::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    pub fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            Const::Complex(a, b) => Some((a.clone(), b.clone())),
            _ => self.to_rat().map(|r| (r, BigRational::zero())),
        }
    }

    /// Promotes to a representation of at least the given rank.
    fn promote(&self, rank: u8) -> Const {
        match (self, rank) {
            (Const::Int(i), 1) => Const::Float(rat_int(i.clone())),
            (Const::Int(_) | Const::Float(_), 2) => {
                let (a, b) = self.to_complex().unwrap();
                Const::Complex(a, b)
            }
            _ => self.clone(),
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.to_int().and_then(|i| i.to_u64())
    }

    pub fn as_f64(&self) -> f64 {
        match self {
            Const::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
            Const::Float(f) => rat_to_f64(f),
            Const::Complex(re, _) => rat_to_f64(re),
            Const::Bool(b) => *b as u8 as f64,
            Const::String(_) => 0.0,
        }
    }

    pub fn as_complex(&self) -> (f64, f64) {
        match self {
            Const::Complex(re, im) => (rat_to_f64(re), rat_to_f64(im)),
            _ => (self.as_f64(), 0.0),
        }
    }

    pub fn as_bool(&self) -> bool {
        matches!(self, Const::Bool(true))
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Const::String(s) => s,
            _ => &[],
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Const::Int(i) => i.is_zero(),
            Const::Float(f) => f.is_zero(),
            Const::Complex(a, b) => a.is_zero() && b.is_zero(),
            _ => false,
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Const::Int(i) => i.is_negative(),
            Const::Float(f) => f.is_negative(),
            _ => false,
        }
    }

    /// Converts to the representation a basic type needs, checking that
    /// the value is representable (rounding floats as the type does).
    /// Returns Err(true) for overflow, Err(false) for truncation/other.
    pub fn represent(&self, b: Basic) -> Result<Const, bool> {
        use Basic::*;
        match b {
            Bool | UntypedBool => match self {
                Const::Bool(_) => Ok(self.clone()),
                _ => Err(false),
            },
            String | UntypedString => match self {
                Const::String(_) => Ok(self.clone()),
                _ => Err(false),
            },
            UntypedInt | UntypedRune => self.to_int().map(Const::Int).ok_or(false),
            _ if b.is_integer() => {
                let i = match self {
                    Const::Int(i) => i.clone(),
                    Const::Float(_) | Const::Complex(..) => self.to_int().ok_or(false)?,
                    _ => return Err(false),
                };
                let (min, max) = int_range(b);
                if i < min || i > max {
                    Err(true)
                } else {
                    Ok(Const::Int(i))
                }
            }
            Float32 | Float64 | UntypedFloat => {
                let r = match self {
                    Const::Int(_) | Const::Float(_) => self.to_rat().unwrap(),
                    Const::Complex(re, im) if im.is_zero() => re.clone(),
                    _ => return Err(false),
                };
                if b == UntypedFloat {
                    return Ok(Const::Float(r));
                }
                let f = if b == Float32 { rat_to_f64(&r) as f32 as f64 } else { rat_to_f64(&r) };
                if f.is_infinite() {
                    return Err(true);
                }
                Ok(Const::Float(BigRational::from_float(f).unwrap_or_else(BigRational::zero)))
            }
            Complex64 | Complex128 | UntypedComplex => {
                let (re, im) = match self {
                    Const::Int(_) | Const::Float(_) | Const::Complex(..) => self.to_complex().unwrap(),
                    _ => return Err(false),
                };
                if b == UntypedComplex {
                    return Ok(Const::Complex(re, im));
                }
                let round = |r: &BigRational| -> Result<BigRational, bool> {
                    let f = if b == Complex64 { rat_to_f64(r) as f32 as f64 } else { rat_to_f64(r) };
                    if f.is_infinite() {
                        return Err(true);
                    }
                    Ok(BigRational::from_float(f).unwrap_or_else(BigRational::zero))
                };
                Ok(Const::Complex(round(&re)?, round(&im)?))
            }
            _ => Err(false),
        }
    }

    /// Binary arithmetic on constants of compatible kinds (ints, floats,
    /// complex; strings for `+`). `int_div` selects truncated integer
    /// division. Errors: "division by zero".
    pub fn binary(&self, op: crate::ast::BinOp, y: &Const, int_div: bool) -> Result<Const, &'static str> {
        use crate::ast::BinOp::*;
        if let (Const::String(a), Const::String(b)) = (self, y) {
            if op == Add {
                let mut v = a.to_vec();
                v.extend_from_slice(b);
                return Ok(Const::String(v.into()));
            }
            return Err("invalid operation");
        }
        if let (Const::Bool(a), Const::Bool(b)) = (self, y) {
            return match op {
                LAnd => Ok(Const::Bool(*a && *b)),
                LOr => Ok(Const::Bool(*a || *b)),
                _ => Err("invalid operation"),
            };
        }
        let rank = self.kind_rank().max(y.kind_rank());
        let (a, b) = (self.promote(rank), y.promote(rank));
        match (&a, &b) {
            (Const::Int(x), Const::Int(z)) => {
                let r = match op {
                    Add => x + z,
                    Sub => x - z,
                    Mul => x * z,
                    Div | Rem if z.is_zero() => return Err("division by zero"),
                    Div if int_div => x / z,
                    Div => return Ok(Const::Float(BigRational::new(x.clone(), z.clone()))),
                    Rem => x % z,
                    And => x & z,
                    Or => x | z,
                    Xor => x ^ z,
                    AndNot => x & !z,
                    _ => return Err("invalid operation"),
                };
                Ok(Const::Int(r))
            }
            (Const::Float(x), Const::Float(z)) => Ok(Const::Float(match op {
                Add => x + z,
                Sub => x - z,
                Mul => x * z,
                Div if z.is_zero() => return Err("division by zero"),
                Div => x / z,
                _ => return Err("invalid operation"),
            })),
            (Const::Complex(ar, ai), Const::Complex(br, bi)) => {
                let (re, im) = match op {
                    Add => (ar + br, ai + bi),
                    Sub => (ar - br, ai - bi),
                    Mul => (ar * br - ai * bi, ar * bi + ai * br),
                    Div => {
                        let d = br * br + bi * bi;
                        if d.is_zero() {
                            return Err("division by zero");
                        }
                        ((ar * br + ai * bi) / &d, (ai * br - ar * bi) / &d)
                    }
                    _ => return Err("invalid operation"),
                };
                Ok(Const::Complex(re, im))
            }
            _ => Err("invalid operation"),
        }
    }

    pub fn compare(&self, op: crate::ast::BinOp, y: &Const) -> Option<bool> {
        use crate::ast::BinOp::*;
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (self, y) {
            (Const::String(a), Const::String(b)) => Some(a.cmp(b)),
            (Const::Bool(a), Const::Bool(b)) => {
                return match op {
                    Eq => Some(a == b),
                    Ne => Some(a != b),
                    _ => None,
                }
            }
            _ => {
                let rank = self.kind_rank().max(y.kind_rank());
                if rank == 2 {
                    let eq = self.to_complex()? == y.to_complex()?;
                    return match op {
                        Eq => Some(eq),
                        Ne => Some(!eq),
                        _ => None,
                    };
                }
                Some(self.to_rat()?.cmp(&y.to_rat()?))
            }
        };
        let o = ord?;
        Some(match op {
            Eq => o == Ordering::Equal,
            Ne => o != Ordering::Equal,
            Lt => o == Ordering::Less,
            Le => o != Ordering::Greater,
            Gt => o == Ordering::Greater,
            Ge => o != Ordering::Less,
            _ => return None,
        })
    }

    pub fn shift(&self, left: bool, n: u64) -> Option<Const> {
        let i = self.to_int()?;
        if left {
            if n > 10_000 {
                return None;
            }
            Some(Const::Int(i << n as usize))
        } else {
            // Arithmetic shift: floor division by 2^n.
            let n = n.min(100_000) as usize;
            Some(Const::Int(i >> n))
        }
    }

    pub fn neg(&self) -> Option<Const> {
        Some(match self {
            Const::Int(i) => Const::Int(-i),
            Const::Float(f) => Const::Float(-f),
            Const::Complex(a, b) => Const::Complex(-a, -b),
            _ => return None,
        })
    }

    /// `^x`: for unsigned types of `bits` width the complement within the
    /// width, otherwise -x-1.
    pub fn complement(&self, unsigned_bits: Option<u32>) -> Option<Const> {
        let i = self.to_int()?;
        Some(Const::Int(match unsigned_bits {
            Some(bits) => {
                let mask = (BigInt::one() << bits as usize) - 1;
                &i ^ mask
            }
            None => -i - 1,
        }))
    }

    /// How gc shows the value in messages.
    pub fn display(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Int(i) => i.to_string(),
            Const::Float(f) => float_display(f),
            Const::Complex(a, b) => format!("({} + {}i)", rat_to_f64(a), rat_to_f64(b)),
            Const::String(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }
    }
}

/// go/constant's String of a float: `%.6g` of the nearest float64, or
/// the shortest `%g` when that hides a fraction; beyond float64's range a
/// `%.6g` mantissa with a decimal exponent.
fn float_display(f: &BigRational) -> String {
    let x = rat_to_f64(f);
    if x.is_finite() && (x == 0.0) == f.is_zero() {
        let s = format_g(x, Some(6));
        if !f.is_integer() && !s.contains('.') {
            return format_g(x, None);
        }
        return s;
    }
    // Out of float64 range: m * 10^e with 1 <= |m| < 10.
    let neg = f.is_negative();
    let a = f.abs();
    let digits = a.to_integer().to_string().len() as i64;
    let mut e = if a >= rat_int(BigInt::one()) { digits - 1 } else { 0 };
    if e == 0 {
        // |f| < 1: count the leading zeros of the fraction.
        let mut v = a.clone();
        while v < rat_int(BigInt::one()) && e > -100_000 {
            v *= rat_int(BigInt::from(10));
            e -= 1;
        }
    }
    let scale = rat_int(pow10(e.unsigned_abs() as u32));
    let m = if e >= 0 { a / scale } else { a * scale };
    let m = rat_to_f64(&m);
    format!("{}{}e{:+}", if neg { "-" } else { "" }, format_g(m, Some(6)), e)
}

/// Go's `strconv.FormatFloat(x, 'g', prec, 64)`: `None` is the shortest
/// representation (`%g`), `Some(p)` rounds to p significant digits (`%.pg`).
pub fn format_g(x: f64, prec: Option<usize>) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let neg = x < 0.0;
    let e_form = match prec {
        None => format!("{:e}", x.abs()),
        Some(p) => format!("{:.*e}", p.max(1) - 1, x.abs()),
    };
    let (mant, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let mut digs: String = mant.chars().filter(|c| *c != '.').collect();
    while digs.len() > 1 && digs.ends_with('0') {
        digs.pop();
    }
    let nd = digs.len() as i64;
    let dp = exp.parse::<i64>().unwrap_or(0) + 1;
    let mut p = match prec {
        None => nd,
        Some(p) => p.max(1) as i64,
    };
    let mut eprec = p;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if prec.is_none() {
        eprec = 6;
    }
    let exp = dp - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        p = p.min(nd);
        out.push_str(&digs[..1]);
        if p > 1 {
            out.push('.');
            out.push_str(&digs[1..p as usize]);
        }
        out.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
        return out;
    }
    if p > dp {
        p = nd;
    }
    let frac = (p - dp).max(0);
    // Fixed notation: digits placed around the decimal point dp.
    let digit = |i: i64| -> char {
        if i >= 0 && i < nd {
            digs.as_bytes()[i as usize] as char
        } else {
            '0'
        }
    };
    if dp > 0 {
        for i in 0..dp {
            out.push(digit(i));
        }
    } else {
        out.push('0');
    }
    if frac > 0 {
        out.push('.');
        for i in 0..frac {
            out.push(digit(dp + i));
        }
    }
    out
}

/// Multiplies by 2^e exactly.
fn scale2(r: BigRational, e: i64) -> BigRational {
    if e >= 0 {
        r * rat_int(BigInt::one() << e as usize)
    } else {
        r / rat_int(BigInt::one() << (-e) as usize)
    }
}

/// Correctly rounded (half to even) conversion of a rational to f64.
pub fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let (n, d) = (r.numer().abs(), r.denom().clone());
    // Scale so the integer quotient has about 65 significant bits.
    let shift = 65 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if shift >= 0 { (n << shift as usize, d) } else { (n, d << (-shift) as usize) };
    let q = &num / &den;
    let inexact = !(&num % &den).is_zero();
    let qb = q.bits() as i64;
    // value = q * 2^-shift, in [2^e, 2^(e+1)) with e = qb - 1 - shift.
    let e = qb - 1 - shift;
    let prec = if e < -1022 { 53 - (-1022 - e) } else { 53 };
    let drop = qb - prec.max(0);
    let m = &q >> drop as usize;
    let rest = &q - (&m << drop as usize);
    let half = BigInt::one() << (drop - 1).max(0) as usize;
    let odd = (&m & BigInt::one()).is_one();
    let up = drop > 0 && (rest > half || (rest == half && (inexact || odd)));
    let m = m.to_f64().unwrap_or(0.0) + if up { 1.0 } else { 0.0 };
    let v = ldexp(m, drop - shift);
    if neg {
        -v
    } else {
        v
    }
}

fn ldexp(m: f64, e: i64) -> f64 {
    if e > 2000 {
        return f64::INFINITY;
    }
    if e < -2200 {
        return 0.0;
    }
    // Apply in steps to avoid intermediate overflow/underflow.
    let mut v = m;
    let mut e = e;
    while e > 1000 {
        v *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        v *= 2f64.powi(-1000);
        e += 1000;
    }
    v * 2f64.powi(e as i32)
}

pub fn int_range(b: Basic) -> (BigInt, BigInt) {
    use Basic::*;
    let bits = b.bits();
    if b.is_unsigned() {
        (BigInt::zero(), (BigInt::one() << bits as usize) - 1)
    } else {
        let _ = Int;
        (-(BigInt::one() << (bits - 1) as usize), (BigInt::one() << (bits - 1) as usize) - 1)
    }
}

/// Big integer to the two's complement 64-bit word (wrapping).
pub fn int_to_word(i: &BigInt) -> u64 {
    let (sign, digits) = i.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    if sign == Sign::Minus {
        low.wrapping_neg()
    } else {
        low
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_display_as_go_constant_strings() {
        let f = |s: &str| Const::parse_float(s).unwrap().display();
        assert_eq!(f("1e6"), "1e+06");
        assert_eq!(f("1000.0"), "1000");
        assert_eq!(f("2500000.5"), "2.5e+06");
        assert_eq!(f("1.0000001"), "1.0000001");
        assert_eq!(f("1e-7"), "1e-07");
        assert_eq!(f("0.5"), "0.5");
        assert_eq!(f("123456789.0"), "1.23457e+08");
        assert_eq!(f("1e300"), "1e+300");
        assert_eq!(f("1e400"), "1e+400");
        assert_eq!(f("3.14159265"), "3.14159");
        assert_eq!(format_g(100000.0, Some(6)), "100000");
        assert_eq!(format_g(0.0001, Some(6)), "0.0001");
        assert_eq!(format_g(-2.5, None), "-2.5");
    }

    #[test]
    fn float_conversion_rounds_correctly() {
        for s in
            ["0.1", "1e308", "2.5e-324", "4.9e-324", "1.7976931348623157e308", "3.14159", "1e-320", "123456789.123"]
        {
            let c = Const::parse_float(s).unwrap();
            assert_eq!(c.as_f64(), s.parse::<f64>().unwrap(), "{s}");
        }
        assert_eq!(Const::parse_float("0x1p-2").unwrap().as_f64(), 0.25);
        assert_eq!(Const::parse_float("0x1.8p1").unwrap().as_f64(), 3.0);
    }

    #[test]
    fn ints_parse_in_every_base() {
        assert_eq!(Const::parse_int("0x_FF").unwrap().as_i64(), Some(255));
        assert_eq!(Const::parse_int("0o17").unwrap().as_i64(), Some(15));
        assert_eq!(Const::parse_int("017").unwrap().as_i64(), Some(15));
        assert_eq!(Const::parse_int("0b101").unwrap().as_i64(), Some(5));
        assert_eq!(Const::parse_int("1_000").unwrap().as_i64(), Some(1000));
    }
}
