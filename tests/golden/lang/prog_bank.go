package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type TxError struct {
	Op     string
	Amount int
	Err    error
}

func (e *TxError) Error() string { return fmt.Sprintf("%s %d: %v", e.Op, e.Amount, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

type Account interface {
	ID() string
	Balance() int
	Deposit(int) error
	Withdraw(int) error
}

type base struct {
	id      string
	balance int
	frozen  bool
	history []string
}

func (b *base) ID() string   { return b.id }
func (b *base) Balance() int { return b.balance }
func (b *base) log(s string, args ...interface{}) {
	b.history = append(b.history, fmt.Sprintf(s, args...))
}

func (b *base) Deposit(n int) error {
	if b.frozen {
		return &TxError{"deposit", n, ErrFrozen}
	}
	if n <= 0 {
		return &TxError{"deposit", n, errors.New("non-positive amount")}
	}
	b.balance += n
	b.log("dep %d", n)
	return nil
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(n int) error {
	if c.frozen {
		return &TxError{"withdraw", n, ErrFrozen}
	}
	if c.balance+c.overdraft < n {
		return &TxError{"withdraw", n, ErrInsufficient}
	}
	c.balance -= n
	c.log("wd %d", n)
	return nil
}

type Savings struct {
	base
	rate int
}

func (s *Savings) Withdraw(n int) error {
	if s.balance < n {
		return &TxError{"withdraw", n, ErrInsufficient}
	}
	s.balance -= n
	s.log("wd %d", n)
	return nil
}

func (s *Savings) AddInterest() {
	i := s.balance * s.rate / 100
	s.balance += i
	s.log("interest %d", i)
}

type Bank struct {
	accounts map[string]Account
	order    []string
}

func (b *Bank) Open(a Account) {
	if b.accounts == nil {
		b.accounts = map[string]Account{}
	}
	b.accounts[a.ID()] = a
	b.order = append(b.order, a.ID())
}

func (b *Bank) Transfer(from, to string, n int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s: %w", from, to, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	if err := dst.Deposit(n); err != nil {
		src.Deposit(n)
		return err
	}
	return nil
}

func (b *Bank) Report() {
	total := 0
	for _, id := range b.order {
		a := b.accounts[id]
		kind := "?"
		switch a.(type) {
		case *Checking:
			kind = "checking"
		case *Savings:
			kind = "savings"
		}
		fmt.Printf("  %-6s %-9s %6d\n", id, kind, a.Balance())
		total += a.Balance()
	}
	fmt.Printf("  total %d\n", total)
}

func main() {
	bank := &Bank{}
	alice := &Checking{base{id: "alice"}, 100}
	bob := &Savings{base: base{id: "bob"}, rate: 5}
	carol := &Checking{base: base{id: "carol", frozen: true}}
	bank.Open(alice)
	bank.Open(bob)
	bank.Open(carol)
	fmt.Println(alice.Deposit(500), bob.Deposit(1000), alice.Deposit(-5))
	steps := []struct {
		from, to string
		n        int
	}{{"alice", "bob", 200}, {"bob", "alice", 5000}, {"alice", "carol", 10}, {"alice", "dave", 1}, {"alice", "bob", 450}, {"alice", "bob", 1}}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.n)
		var te *TxError
		switch {
		case err == nil:
			fmt.Println("ok", s.from, s.to, s.n)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &te):
			fmt.Println("tx error op:", te.Op, "|", err)
		default:
			fmt.Println("other:", err)
		}
	}
	bob.AddInterest()
	bank.Report()
	fmt.Println(alice.history)
	fmt.Println(bob.history)
}

// Output:
// <nil> <nil> deposit -5: non-positive amount
// ok alice bob 200
// insufficient: transfer bob->alice: withdraw 5000: insufficient funds
// tx error op: deposit | transfer alice->carol: deposit 10: account frozen
// other: transfer alice->dave: no account "dave"
// insufficient: transfer alice->bob: withdraw 450: insufficient funds
// ok alice bob 1
//   alice  checking     299
//   bob    savings     1261
//   carol  checking       0
//   total 1560
// [dep 500 wd 200 wd 10 dep 10 wd 1]
// [dep 1000 dep 200 dep 1 interest 60]
