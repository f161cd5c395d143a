// Package iter provides basic definitions related to iterators over
// sequences: functions that call yield with successive elements and stop
// when yield returns false.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
