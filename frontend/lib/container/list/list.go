// Package list implements a doubly linked list.
//
// To iterate over a list (where l is a *List):
//
//	for e := l.Front(); e != nil; e = e.Next() {
//		// do something with e.Value
//	}
package list

// Element is an element of a linked list.
type Element struct {
	// Neighbours in the list's ring, which includes the list's sentinel
	// root element.
	next, prev *Element

	// The list to which this element belongs.
	list *List

	// The value stored with this element.
	Value any
}

// Next returns the next list element or nil.
func (e *Element) Next() *Element {
	if p := e.next; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// Prev returns the previous list element or nil.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// List represents a doubly linked list. The zero value for List is an
// empty list ready to use.
type List struct {
	root Element // sentinel: root.next is the front, root.prev the back
	len  int     // current list length excluding the sentinel
}

// Init initializes or clears list l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an initialized list.
func New() *List { return new(List).Init() }

// Len returns the number of elements of list l. The complexity is O(1).
func (l *List) Len() int { return l.len }

// Front returns the first element of list l or nil if the list is empty.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element of list l or nil if the list is empty.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// ready makes a zero List value usable.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// splice puts e, which is in no ring, between at and at.next.
func splice(e, at *Element) {
	next := at.next
	e.prev, e.next = at, next
	at.next, next.prev = e, e
}

// cut takes e out of its ring, joining its neighbours.
func cut(e *Element) {
	e.prev.next, e.next.prev = e.next, e.prev
}

// add makes a new element holding v and links it into l after at.
func (l *List) add(v any, at *Element) *Element {
	e := &Element{Value: v, list: l}
	splice(e, at)
	l.len++
	return e
}

// Remove removes e from l if e is an element of list l. It returns the
// element value e.Value. The element must not be nil.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		cut(e)
		// Drop the links so that a removed element keeps nothing alive.
		e.next, e.prev, e.list = nil, nil, nil
		l.len--
	}
	return e.Value
}

// PushFront inserts a new element e with value v at the front of list l
// and returns e.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.add(v, &l.root)
}

// PushBack inserts a new element e with value v at the back of list l and
// returns e.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.add(v, l.root.prev)
}

// InsertBefore inserts a new element e with value v immediately before
// mark and returns e. If mark is not an element of l, the list is not
// modified.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.add(v, mark.prev)
}

// InsertAfter inserts a new element e with value v immediately after mark
// and returns e. If mark is not an element of l, the list is not
// modified.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.add(v, mark)
}

// MoveToFront moves element e to the front of list l. If e is not an
// element of l, the list is not modified.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	cut(e)
	splice(e, &l.root)
}

// MoveToBack moves element e to the back of list l. If e is not an element
// of l, the list is not modified.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	cut(e)
	splice(e, l.root.prev)
}

// MoveBefore moves element e to its new position before mark. If e or
// mark is not an element of l, or e == mark, the list is not modified.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	cut(e)
	splice(e, mark.prev)
}

// MoveAfter moves element e to its new position after mark. If e or mark
// is not an element of l, or e == mark, the list is not modified.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	cut(e)
	splice(e, mark)
}

// PushBackList inserts a copy of another list at the back of list l. The
// lists l and other may be the same.
func (l *List) PushBackList(other *List) {
	l.ready()
	for i, e := other.Len(), other.Front(); i > 0; i, e = i-1, e.Next() {
		l.add(e.Value, l.root.prev)
	}
}

// PushFrontList inserts a copy of another list at the front of list l.
// The lists l and other may be the same.
func (l *List) PushFrontList(other *List) {
	l.ready()
	for i, e := other.Len(), other.Back(); i > 0; i, e = i-1, e.Prev() {
		l.add(e.Value, &l.root)
	}
}
