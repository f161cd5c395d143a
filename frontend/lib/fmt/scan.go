package fmt

import (
	"errors"
	"io"
	"os"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in
// the receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Natives for storing through pointers of any element type and for
// number syntax. Target kinds: 0 not a pointer, 1 unsupported, 2 bool,
// 3 signed, 4 unsigned, 5 float, 6 complex, 7 string, 8 []byte.
func scanTarget(arg any) (kind int, bits int)
func storeWord(arg any, v uint64)
func storeFloat(arg any, re, im float64)
func storeString(arg any, s string)

// parseInt parses s as strconv.ParseInt/ParseUint would (base 0
// accepts prefixes and underscores): err 1 syntax, 2 range.
func parseInt(s string, base int, unsigned bool) (v uint64, err int)

// parseFloat parses s as strconv.ParseFloat: err 1 syntax, 2 range.
func parseFloat(s string, bits int) (f float64, err int)

// unquote is strconv.Unquote for a double-quoted string.
func unquote(s string) (string, bool)

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as
// space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by the
// format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	s := newScanState(&stringReader{s: str}, true, false)
	return s.doScan(a)
}

// Sscanln is similar to Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	s := newScanState(&stringReader{s: str}, false, true)
	return s.doScan(a)
}

// Sscanf scans the argument string, storing successive space-separated
// values into successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	s := newScanState(&stringReader{s: str}, false, false)
	return s.doScanf(format, a)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, true, false)
	return s.doScan(a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, false, true)
	return s.doScan(a)
}

// Fscanf scans text read from r, storing successive space-separated
// values into successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanState(r, false, false)
	return s.doScanf(format, a)
}

// stringReader reads runes from a string.
type stringReader struct {
	s    string
	i    int
	last int
}

func (r *stringReader) Read(b []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.i:])
	r.i += n
	r.last = -1
	return n, nil
}

func (r *stringReader) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		r.last = -1
		return 0, 0, io.EOF
	}
	c := r.s[r.i]
	if c < 0x80 {
		r.last = r.i
		r.i++
		return rune(c), 1, nil
	}
	var ch rune
	w := 0
	for j, x := range r.s[r.i:] {
		if j > 0 {
			w = j
			break
		}
		ch = x
	}
	if w == 0 {
		w = len(r.s) - r.i
	}
	if ch == 0xFFFD && w > 1 && r.s[r.i:r.i+w] != "\uFFFD" {
		w = 1
	}
	r.last = r.i
	r.i += w
	return ch, w, nil
}

func (r *stringReader) UnreadRune() error {
	if r.last < 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.i = r.last
	r.last = -1
	return nil
}

// readRune reads runes a byte at a time from a reader that is not an
// io.RuneScanner, keeping one rune for UnreadRune.
type readRune struct {
	reader   io.Reader
	buf      [4]byte
	pending  int
	pendBuf  [4]byte
	peekRune rune
}

func (r *readRune) readByte() (b byte, err error) {
	if r.pending > 0 {
		b = r.pendBuf[0]
		copy(r.pendBuf[0:], r.pendBuf[1:])
		r.pending--
		return
	}
	n, err := io.ReadFull(r.reader, r.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return r.pendBuf[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		size = len(string(rr))
		return
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return
	}
	if r.buf[0] < 0x80 {
		rr = rune(r.buf[0])
		size = 1
		r.peekRune = ^rr
		return
	}
	var n int
	for n = 1; !fullRune(r.buf[:n]); n++ {
		r.buf[n], err = r.readByte()
		if err != nil {
			if err == io.EOF {
				err = nil
				break
			}
			return
		}
	}
	rr, size = decodeRune(r.buf[:n])
	if size < n {
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

func fullRune(b []byte) bool {
	n := len(b)
	if n == 0 {
		return false
	}
	c := b[0]
	switch {
	case c < 0x80 || c < 0xC2 || c > 0xF4:
		return true
	case c < 0xE0:
		return n >= 2
	case c < 0xF0:
		if n >= 2 && (b[1] < 0x80 || b[1] > 0xBF || c == 0xE0 && b[1] < 0xA0 || c == 0xED && b[1] > 0x9F) {
			return true
		}
		return n >= 3
	}
	if n >= 2 && (b[1] < 0x80 || b[1] > 0xBF || c == 0xF0 && b[1] < 0x90 || c == 0xF4 && b[1] > 0x8F) {
		return true
	}
	if n >= 3 && (b[2] < 0x80 || b[2] > 0xBF) {
		return true
	}
	return n >= 4
}

func decodeRune(b []byte) (rune, int) {
	s := string(b)
	for _, r := range s {
		w := len(string(r))
		if r == 0xFFFD && (len(s) < 3 || s[:3] != "\uFFFD") {
			w = 1
		}
		return r, w
	}
	return 0xFFFD, 0
}

const eof = -1
const hugeWid = 1 << 30

// ss is the scan state.
type ss struct {
	rs        io.RuneScanner
	buf       []byte
	count     int
	atEOF     bool
	nlIsSpace bool
	nlIsEnd   bool
	argLimit  int
	limit     int
	maxWid    int
}

type scanError struct{ err error }

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWid, limit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	return s
}

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		err = io.EOF
		return
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

func (s *ss) getRune() (r rune) {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return
}

func (s *ss) mustReadRune() (r rune) {
	if r = s.getRune(); r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) error(err error) { panic(scanError{err}) }

func (s *ss) errorString(err string) { panic(scanError{errors.New(err)}) }

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

func isSpace(r rune) bool {
	if r >= 1<<16 {
		return false
	}
	switch {
	case r == ' ' || r >= '\t' && r <= '\r':
		return true
	case r == 0x85 || r == 0xA0 || r == 0x1680 || r >= 0x2000 && r <= 0x200a:
		return true
	case r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// SkipSpace provides Scan methods the ability to skip space and newline
// characters in keeping with the current scanning mode.
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = append(s.buf, string(r)...)
	}
	return s.buf
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = append(s.buf, string(r)...)
		}
		return true
	}
	if r != eof && accept {
		s.UnreadRune()
	}
	return false
}

func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
	floatVerbs        = "beEfFgGv"
)

var errBool = errors.New("syntax error scanning boolean")
var errComplex = errors.New("syntax error scanning complex number")

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(errBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(errBool)
		}
		return false
	}
	return false
}

func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	base = 10
	digits = decimalDigits
	switch verb {
	case 'b':
		base = 2
		digits = binaryDigits
	case 'o':
		base = 8
		digits = octalDigits
	case 'x', 'X', 'U':
		base = 16
		digits = hexadecimalDigits
	}
	return
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	default:
		return 0, octalDigits + "_", true
	}
}

func numError(fn, tok string, code int) error {
	msg := "invalid syntax"
	if code == 2 {
		msg = "value out of range"
	}
	return errors.New("strconv." + fn + ": parsing " + Sprintf("%q", tok) + ": " + msg)
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	v, e := parseInt(tok, base, false)
	if e != 0 {
		s.error(numError("ParseInt", tok, e))
	}
	i := int64(v)
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, e := parseInt(tok, base, true)
	if e != 0 {
		s.error(numError("ParseUint", tok, e))
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func (s *ss) complexTokens() (real, imag string) {
	parens := s.accept("(")
	real = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(errComplex)
	}
	imagSign := string(s.buf)
	imag = s.floatToken()
	if !s.accept("i") {
		s.error(errComplex)
	}
	if parens && !s.accept(")") {
		s.error(errComplex)
	}
	return real, imagSign + imag
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		// A decimal mantissa with a binary exponent.
		f, e := parseFloat(str[:p], n)
		if e != 0 {
			s.error(numError("ParseFloat", str, e))
		}
		m, e := parseInt(str[p+1:], 10, false)
		if e != 0 {
			s.error(numError("Atoi", str[p+1:], e))
		}
		exp := int64(m)
		for exp > 0 {
			f *= 2
			exp--
		}
		for exp < 0 {
			f /= 2
			exp++
		}
		return f
	}
	f, e := parseFloat(str, n)
	if e != 0 {
		s.error(numError("ParseFloat", str, e))
	}
	return f
}

func (s *ss) scanComplex(verb rune, n int) (float64, float64) {
	if !s.okVerb(verb, floatVerbs, "complex") {
		return 0, 0
	}
	s.SkipSpace()
	s.notEOF()
	sreal, simag := s.complexTokens()
	real := s.convertFloat(sreal, n/2)
	imag := s.convertFloat(simag, n/2)
	return real, imag
}

func (s *ss) convertString(verb rune) (str string) {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		str = s.quotedString()
	case 'x', 'X':
		str = s.hexString()
	default:
		str = string(s.token(true, notSpace))
	}
	return
}

func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = append(s.buf, string(r)...)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = append(s.buf, string(r)...)
			if r == '\\' {
				s.buf = append(s.buf, string(s.mustReadRune())...)
			} else if r == '"' {
				break
			}
		}
		result, ok := unquote(string(s.buf))
		if !ok {
			s.error(errors.New("invalid syntax"))
		}
		return result
	default:
		s.errorString("expected quoted string")
	}
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return 10 + int(d-'a'), true
	case 'A' <= d && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

func (s *ss) hexByte() (b byte, ok bool) {
	rune1 := s.getRune()
	if rune1 == eof {
		return
	}
	value1, ok := hexDigit(rune1)
	if !ok {
		s.UnreadRune()
		return
	}
	value2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(value1<<4 | value2), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// scanOne scans a single value, deriving the scanner from the type of
// the argument.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		err := v.Scan(s, verb)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *int:
		*v = int(s.scanInt(verb, 64))
		return
	case *string:
		*v = s.convertString(verb)
		return
	case *float64:
		if s.okVerb(verb, floatVerbs, "float64") {
			s.SkipSpace()
			s.notEOF()
			*v = s.convertFloat(s.floatToken(), 64)
		}
		return
	case *[]byte:
		*v = []byte(s.convertString(verb))
		return
	}
	kind, bits := scanTarget(arg)
	switch kind {
	case 0:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	case 1:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	case 2:
		b := s.scanBool(verb)
		if b {
			storeWord(arg, 1)
		} else {
			storeWord(arg, 0)
		}
	case 3:
		storeWord(arg, uint64(s.scanInt(verb, bits)))
	case 4:
		storeWord(arg, s.scanUint(verb, bits))
	case 5:
		if s.okVerb(verb, floatVerbs, Sprintf("float%d", bits)) {
			s.SkipSpace()
			s.notEOF()
			storeFloat(arg, s.convertFloat(s.floatToken(), bits), 0)
		}
	case 6:
		re, im := s.scanComplex(verb, bits)
		storeFloat(arg, re, im)
	case 7, 8:
		storeString(arg, s.convertString(verb))
	}
}

func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

func firstRune(s string) (rune, int) {
	if len(s) == 0 {
		return 0xFFFD, 0
	}
	if s[0] < 0x80 {
		return rune(s[0]), 1
	}
	return decodeRune([]byte(s))
}

func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := firstRune(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = firstRune(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := firstRune(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if num > 1e6 {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := firstRune(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		arg := a[numProcessed]
		s.scanOne(c, arg)
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}
