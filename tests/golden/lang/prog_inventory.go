package main

import (
	"errors"
	"fmt"
)

type Category int

const (
	Tools Category = iota + 1
	Food
	Toys
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "tools"
	case Food:
		return "food"
	case Toys:
		return "toys"
	}
	return "unknown"
}

type Item struct {
	SKU   string
	Name  string
	Cat   Category
	Price int // cents
	Qty   int
}

type Inventory struct {
	items map[string]*Item
}

var ErrNoStock = errors.New("out of stock")
var ErrUnknown = errors.New("unknown sku")

type StockError struct {
	SKU       string
	Want, Got int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

func (e StockError) Unwrap() error { return ErrNoStock }

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[string]*Item{}
	}
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
		return
	}
	c := it
	inv.items[it.SKU] = &c
}

func (inv *Inventory) Take(sku string, n int) (int, error) {
	it, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("take %q: %w", sku, ErrUnknown)
	}
	if it.Qty < n {
		return 0, StockError{sku, n, it.Qty}
	}
	it.Qty -= n
	return it.Price * n, nil
}

func (inv *Inventory) sorted() []*Item {
	var out []*Item
	for _, it := range inv.items {
		out = append(out, it)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].SKU < out[j-1].SKU; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func (inv *Inventory) Report() {
	byCat := map[Category]int{}
	for _, it := range inv.sorted() {
		fmt.Printf("%-5s %-12s %-6v %8s x%-3d\n", it.SKU, it.Name, it.Cat, money(it.Price), it.Qty)
		byCat[it.Cat] += it.Price * it.Qty
	}
	for c := Tools; c <= Toys; c++ {
		fmt.Printf("%v: %s\n", c, money(byCat[c]))
	}
}

func main() {
	var inv Inventory
	inv.Add(Item{"T100", "hammer", Tools, 1299, 5})
	inv.Add(Item{"F200", "apple", Food, 45, 100})
	inv.Add(Item{"Y300", "yo-yo", Toys, 350, 2})
	inv.Add(Item{"T100", "hammer", Tools, 1299, 3})
	inv.Add(Item{"F201", "bread", Food, 299, 10})
	inv.Report()
	orders := []struct {
		sku string
		n   int
	}{{"T100", 2}, {"Y300", 3}, {"Z999", 1}, {"F200", 100}, {"F200", 1}}
	revenue := 0
	for _, o := range orders {
		cost, err := inv.Take(o.sku, o.n)
		var se StockError
		switch {
		case err == nil:
			revenue += cost
			fmt.Println("sold", o.n, o.sku, money(cost))
		case errors.As(err, &se):
			fmt.Println("stock problem:", se.SKU, se.Want-se.Got, "short;", errors.Is(err, ErrNoStock))
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		}
	}
	fmt.Println("revenue", money(revenue))
	inv.Report()
}

// Output:
// F200  apple        food      $0.45 x100
// F201  bread        food      $2.99 x10 
// T100  hammer       tools    $12.99 x8  
// Y300  yo-yo        toys      $3.50 x2  
// tools: $103.92
// food: $74.90
// toys: $7.00
// sold 2 T100 $25.98
// stock problem: Y300 1 short; true
// unknown: take "Z999": unknown sku
// sold 100 F200 $45.00
// stock problem: F200 1 short; true
// revenue $70.98
// F200  apple        food      $0.45 x0  
// F201  bread        food      $2.99 x10 
// T100  hammer       tools    $12.99 x6  
// Y300  yo-yo        toys      $3.50 x2  
// tools: $77.94
// food: $29.90
// toys: $7.00
