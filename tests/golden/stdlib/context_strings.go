// A Context's String names the chain of derivations, with WithValue's key
// and value (String, a string, or the dynamic type's name).
package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey string

type userID int

func (u userID) String() string { return fmt.Sprintf("user#%d", int(u)) }

type session struct{ id int }

func main() {
	bg := context.Background()
	c1, cancel := context.WithCancel(bg)
	defer cancel()
	c2 := context.WithValue(c1, ctxKey("request"), "r-17")
	c3 := context.WithValue(c2, "uid", userID(42))
	c4 := context.WithValue(c3, 7, &session{1})
	c5 := context.WithValue(context.TODO(), ctxKey("n"), 3.5)
	c6, cancel6 := context.WithCancelCause(c5)
	defer cancel6(errors.New("done"))
	c7 := context.WithoutCancel(c6)
	c8 := context.WithValue(bg, true, nil)
	for _, c := range []context.Context{bg, context.TODO(), c1, c2, c3, c4, c5, c6, c7, c8} {
		fmt.Println(c)
	}
	fmt.Printf("%v|%s\n", c2, c3)
	fmt.Println(c4.Value(7).(*session).id, c7.Value(ctxKey("n")))
}

// Output:
// context.Background
// context.TODO
// context.Background.WithCancel
// context.Background.WithCancel.WithValue(main.ctxKey, r-17)
// context.Background.WithCancel.WithValue(main.ctxKey, r-17).WithValue(uid, user#42)
// context.Background.WithCancel.WithValue(main.ctxKey, r-17).WithValue(uid, user#42).WithValue(int, *main.session)
// context.TODO.WithValue(main.ctxKey, float64)
// context.TODO.WithValue(main.ctxKey, float64).WithCancel
// context.TODO.WithValue(main.ctxKey, float64).WithCancel.WithoutCancel
// context.Background.WithValue(bool, <nil>)
// context.Background.WithCancel.WithValue(main.ctxKey, r-17)|context.Background.WithCancel.WithValue(main.ctxKey, r-17).WithValue(uid, user#42)
// 1 3.5
