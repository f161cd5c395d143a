package main

import (
	"errors"
	"fmt"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Num  float64
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9' || c == '.':
			start := i
			val, frac, scale := 0.0, false, 1.0
			for i < len(src) && (src[i] >= '0' && src[i] <= '9' || src[i] == '.') {
				if src[i] == '.' {
					if frac {
						return nil, fmt.Errorf("bad number at %d", start)
					}
					frac = true
				} else if frac {
					scale /= 10
					val += float64(src[i]-'0') * scale
				} else {
					val = val*10 + float64(src[i]-'0')
				}
				i++
			}
			toks = append(toks, Token{NUM, src[start:i], val})
		case c >= 'a' && c <= 'z':
			start := i
			for i < len(src) && src[i] >= 'a' && src[i] <= 'z' {
				i++
			}
			toks = append(toks, Token{Kind: IDENT, Text: src[start:i]})
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '^' || c == '%':
			toks = append(toks, Token{Kind: OP, Text: string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "("})
			i++
		case c == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

var ErrDivZero = errors.New("division by zero")

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return t.Num, nil
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", t.Text)
		}
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.primary()
			return -v, err
		}
	case LPAREN:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, errors.New("expected )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %v %q", t.Kind, t.Text)
}

func pow(a float64, n int) float64 {
	r := 1.0
	for ; n > 0; n-- {
		r *= a
	}
	return r
}

func (p *Parser) expr(minPrec int) (float64, error) {
	lhs, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs, nil
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text)
		}
		rhs, err := p.expr(next)
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				return 0, ErrDivZero
			}
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			lhs = pow(lhs, int(rhs))
		}
	}
}

func eval(src string, vars map[string]float64) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr(1)
	if err != nil {
		return 0, fmt.Errorf("eval %q: %w", src, err)
	}
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing tokens in %q", src)
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"x": 3, "pi": 3.14159}
	exprs := []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "-x * 2 + 1",
		"pi * x ^ 2", "17 % 5 + 0.5", "1 / 0", "y + 1", "2 * (3 + 4", "3 $ 4", "1.5.2", "8 - 3 - 2", "((((7))))"}
	for _, e := range exprs {
		v, err := eval(e, vars)
		if err != nil {
			fmt.Printf("%-14s error: %v (divzero=%v)\n", e, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-14s = %g\n", e, v)
	}
	toks, _ := tokenize("a+(2*b)")
	for _, t := range toks {
		fmt.Print(t.Kind, ":", t.Text, " ")
	}
	fmt.Println()
}

// Output:
// 1 + 2 * 3      = 7
// (1 + 2) * 3    = 9
// 2 ^ 3 ^ 2      = 512
// 10 / 4         = 2.5
// -x * 2 + 1     = -5
// pi * x ^ 2     = 28.27431
// 17 % 5 + 0.5   = 2.5
// 1 / 0          error: eval "1 / 0": division by zero (divzero=true)
// y + 1          error: eval "y + 1": undefined variable y (divzero=false)
// 2 * (3 + 4     error: eval "2 * (3 + 4": expected ) (divzero=false)
// 3 $ 4          error: unexpected '$' at 2 (divzero=false)
// 1.5.2          error: bad number at 0 (divzero=false)
// 8 - 3 - 2      = 3
// ((((7))))      = 7
// IDENT:a OP:+ LPAREN:( NUM:2 OP:* IDENT:b RPAREN:) EOF: 
