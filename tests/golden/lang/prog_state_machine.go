package main

import (
	"errors"
	"fmt"
)

type State interface {
	Name() string
	Handle(m *Vending, ev Event) (State, error)
}

type Event struct {
	Kind  string
	Coins int
	Item  string
}

type Vending struct {
	credit int
	stock  map[string]int
	prices map[string]int
	log    []string
	state  State
}

type Idle struct{}
type HasCredit struct{}
type Maintenance struct{ reason string }

var ErrBadEvent = errors.New("event not allowed")

func (Idle) Name() string { return "idle" }
func (Idle) Handle(m *Vending, ev Event) (State, error) {
	switch ev.Kind {
	case "coin":
		m.credit += ev.Coins
		return HasCredit{}, nil
	case "service":
		return Maintenance{"scheduled"}, nil
	}
	return nil, fmt.Errorf("%s in idle: %w", ev.Kind, ErrBadEvent)
}

func (HasCredit) Name() string { return "credit" }
func (HasCredit) Handle(m *Vending, ev Event) (State, error) {
	switch ev.Kind {
	case "coin":
		m.credit += ev.Coins
		return HasCredit{}, nil
	case "select":
		price, ok := m.prices[ev.Item]
		if !ok {
			return nil, fmt.Errorf("unknown item %q", ev.Item)
		}
		if m.stock[ev.Item] == 0 {
			return nil, fmt.Errorf("%s sold out", ev.Item)
		}
		if m.credit < price {
			return nil, fmt.Errorf("need %d more", price-m.credit)
		}
		m.credit -= price
		m.stock[ev.Item]--
		m.log = append(m.log, "vend "+ev.Item)
		if m.credit == 0 {
			return Idle{}, nil
		}
		return HasCredit{}, nil
	case "refund":
		m.log = append(m.log, fmt.Sprint("refund ", m.credit))
		m.credit = 0
		return Idle{}, nil
	}
	return nil, fmt.Errorf("%s in credit: %w", ev.Kind, ErrBadEvent)
}

func (mt Maintenance) Name() string { return "maintenance(" + mt.reason + ")" }
func (Maintenance) Handle(m *Vending, ev Event) (State, error) {
	if ev.Kind == "restock" {
		m.stock[ev.Item] += ev.Coins
		return Maintenance{"restocking"}, nil
	}
	if ev.Kind == "done" {
		return Idle{}, nil
	}
	return nil, ErrBadEvent
}

func (m *Vending) Fire(ev Event) {
	next, err := m.state.Handle(m, ev)
	if err != nil {
		fmt.Printf("%-22s %-8s -> error: %v (bad=%v)\n", m.state.Name(), ev.Kind, err, errors.Is(err, ErrBadEvent))
		return
	}
	fmt.Printf("%-22s %-8s -> %s credit=%d\n", m.state.Name(), ev.Kind, next.Name(), m.credit)
	m.state = next
}

func main() {
	m := &Vending{
		stock:  map[string]int{"cola": 1, "chips": 0},
		prices: map[string]int{"cola": 150, "chips": 100},
		state:  Idle{},
	}
	events := []Event{
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 100},
		{Kind: "select", Item: "chips"},
		{Kind: "select", Item: "water"},
		{Kind: "select", Item: "cola"},
		{Kind: "select", Item: "cola"},
		{Kind: "refund"},
		{Kind: "service"},
		{Kind: "coin", Coins: 5},
		{Kind: "restock", Item: "chips", Coins: 3},
		{Kind: "done"},
		{Kind: "coin", Coins: 100},
		{Kind: "select", Item: "chips"},
	}
	for _, ev := range events {
		m.Fire(ev)
	}
	fmt.Println(m.log, m.stock)
}

// Output:
// idle                   select   -> error: select in idle: event not allowed (bad=true)
// idle                   coin     -> credit credit=100
// credit                 select   -> error: need 50 more (bad=false)
// credit                 coin     -> credit credit=200
// credit                 select   -> error: chips sold out (bad=false)
// credit                 select   -> error: unknown item "water" (bad=false)
// credit                 select   -> credit credit=50
// credit                 select   -> error: cola sold out (bad=false)
// credit                 refund   -> idle credit=0
// idle                   service  -> maintenance(scheduled) credit=0
// maintenance(scheduled) coin     -> error: event not allowed (bad=true)
// maintenance(scheduled) restock  -> maintenance(restocking) credit=0
// maintenance(restocking) done     -> idle credit=0
// idle                   coin     -> credit credit=100
// credit                 select   -> idle credit=0
// [vend cola refund 50 vend chips] map[chips:2 cola:0]
