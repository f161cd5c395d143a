// Package iter provides basic definitions related to iterators over
// sequences: functions that call yield with successive elements and stop
// when yield returns false.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// pullMsg is what the iterator's goroutine sends back to next: a value,
// the end of the sequence, or a panic to re-raise in the caller.
type pullMsg[V any] struct {
	v        V
	ok       bool
	panicked bool
	p        any
}

// Pull converts the "push-style" iterator sequence seq into a
// "pull-style" iterator accessed by the two functions next and stop.
//
// Next returns the next value in the sequence and true, or the zero value
// and false once the sequence is over. Stop ends the iteration; next then
// keeps returning false. A panic in seq is raised again in the caller of
// next or stop. (mvm runs seq in a goroutine of its own.)
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	resume := make(chan bool) // true: produce the next value; false: stop
	out := make(chan pullMsg[V])
	started, done := false, false
	run := func() {
		defer func() {
			if p := recover(); p != nil {
				out <- pullMsg[V]{panicked: true, p: p}
				return
			}
			out <- pullMsg[V]{}
		}()
		if !<-resume {
			return
		}
		seq(func(v V) bool {
			out <- pullMsg[V]{v: v, ok: true}
			return <-resume
		})
	}
	await := func() pullMsg[V] {
		m := <-out
		if !m.ok {
			done = true
		}
		if m.panicked {
			panic(m.p)
		}
		return m
	}
	next = func() (V, bool) {
		var zero V
		if done {
			return zero, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		m := await()
		return m.v, m.ok
	}
	stop = func() {
		if done {
			return
		}
		if !started {
			done = true
			return
		}
		resume <- false
		for !done {
			await()
		}
	}
	return next, stop
}

type pullMsg2[K, V any] struct {
	k        K
	v        V
	ok       bool
	panicked bool
	p        any
}

// Pull2 converts the "push-style" iterator sequence seq into a
// "pull-style" iterator accessed by the two functions next and stop, as
// Pull does for sequences of pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	resume := make(chan bool)
	out := make(chan pullMsg2[K, V])
	started, done := false, false
	run := func() {
		defer func() {
			if p := recover(); p != nil {
				out <- pullMsg2[K, V]{panicked: true, p: p}
				return
			}
			out <- pullMsg2[K, V]{}
		}()
		if !<-resume {
			return
		}
		seq(func(k K, v V) bool {
			out <- pullMsg2[K, V]{k: k, v: v, ok: true}
			return <-resume
		})
	}
	await := func() pullMsg2[K, V] {
		m := <-out
		if !m.ok {
			done = true
		}
		if m.panicked {
			panic(m.p)
		}
		return m
	}
	next = func() (K, V, bool) {
		var k K
		var v V
		if done {
			return k, v, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		m := await()
		return m.k, m.v, m.ok
	}
	stop = func() {
		if done {
			return
		}
		if !started {
			done = true
			return
		}
		resume <- false
		for !done {
			await()
		}
	}
	return next, stop
}
