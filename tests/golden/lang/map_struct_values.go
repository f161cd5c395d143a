package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	Tags    []string
}

func main() {
	accts := map[int]Account{
		1: {"ann", 100, nil},
		2: {Owner: "ben", Balance: 50},
	}
	a := accts[1]
	a.Balance += 10
	accts[1] = a
	fmt.Println(accts[1].Balance, accts[2].Owner, accts[3].Owner == "")
	fmt.Println(accts)
	fmt.Printf("%v\n", accts[2])
	fmt.Printf("%+v\n", accts[2])
	ptrs := map[string]*Account{}
	ptrs["c"] = &Account{Owner: "cat"}
	ptrs["c"].Balance = 7
	ptrs["c"].Tags = append(ptrs["c"].Tags, "vip")
	fmt.Println(*ptrs["c"])
	arrm := map[string][2]int{"x": {1, 2}}
	v := arrm["x"]
	v[0] = 9
	fmt.Println(arrm, v)
	counts := map[string]int{}
	text := "the cat and the hat and the bat"
	word := ""
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			counts[word]++
			word = ""
		} else {
			word += string(text[i])
		}
	}
	fmt.Println(counts)
	maxw, maxc := "", 0
	for w, c := range counts {
		if c > maxc || (c == maxc && w < maxw) {
			maxw, maxc = w, c
		}
	}
	fmt.Println(maxw, maxc)
}

// Output:
// 110 ben true
// map[1:{ann 110 []} 2:{ben 50 []}]
// {ben 50 []}
// {Owner:ben Balance:50 Tags:[]}
// {cat 7 [vip]}
// map[x:[1 2]] [9 2]
// map[and:2 bat:1 cat:1 hat:1 the:3]
// the 3
