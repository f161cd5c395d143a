// container/list: building, iterating in both directions, moves, removals
// (also of foreign elements), list copies into itself, and the zero List.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), ": ")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

func main() {
	l := list.New()
	dump(l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	e3 := l.InsertBefore(3, e4)
	e2 := l.InsertAfter(2, e1)
	dump(l)
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e1)
	dump(l)
	l.MoveBefore(e1, e3)
	dump(l)
	l.MoveAfter(e4, e2)
	dump(l)
	l.MoveAfter(e4, e4)
	l.MoveBefore(e2, e2)
	l.MoveToFront(l.Front())
	l.MoveToBack(l.Back())
	dump(l)
	fmt.Println(l.Remove(e3), e3.Next() == nil, e3.Prev() == nil)
	dump(l)
	fmt.Println(l.Remove(e3)) // no longer in the list
	dump(l)

	other := list.New()
	o1 := other.PushBack("x")
	fmt.Println(l.Remove(o1), other.Len())
	l.MoveToFront(o1)
	l.MoveAfter(o1, e1)
	fmt.Println(l.InsertBefore(9, o1) == nil, l.InsertAfter(9, o1) == nil)
	dump(l)

	l.PushBackList(l)
	dump(l)
	l.PushFrontList(l)
	dump(l)
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)

	for e := l.Front(); e != nil; {
		next := e.Next()
		if v, ok := e.Value.(int); ok && v%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	dump(l)
	l.Init()
	dump(l)

	var z list.List
	z.PushBack(1)
	z.PushFront(0)
	dump(&z)
	var z2 list.List
	z2.PushBackList(&z)
	z2.PushFrontList(&z)
	dump(&z2)
	fmt.Println(z2.Front().Value, z2.Back().Value)
	var z3 list.List
	fmt.Println(z3.Len(), z3.Front() == nil, z3.Back() == nil)
}

// Output:
// 0: | 
// true true
// 4: 1 2 3 4 | 4 3 2 1 
// 4: 4 1 2 3 | 3 2 1 4 
// 4: 4 2 3 1 | 1 3 2 4 
// 4: 4 2 1 3 | 3 1 2 4 
// 4: 2 4 1 3 | 3 1 4 2 
// 4: 2 4 1 3 | 3 1 4 2 
// 3 true true
// 3: 2 4 1 | 1 4 2 
// 3
// 3: 2 4 1 | 1 4 2 
// x 1
// true true
// 3: 2 4 1 | 1 4 2 
// 6: 2 4 1 2 4 1 | 1 4 2 1 4 2 
// 12: 2 4 1 2 4 1 2 4 1 2 4 1 | 1 4 2 1 4 2 1 4 2 1 4 2 
// 16: x y 2 4 1 2 4 1 2 4 1 2 4 1 x y | y x 1 4 2 1 4 2 1 4 2 1 4 2 y x 
// 8: x y 1 1 1 1 x y | y x 1 1 1 1 y x 
// 0: | 
// 2: 0 1 | 1 0 
// 4: 0 1 0 1 | 1 0 1 0 
// 0 1
// 0 true true
