// Package sync provides mutual exclusion locks, wait groups and the like.
// Goroutines share one OS thread and switch only when they block, so
// these types need no atomic instructions: they count and hand over
// ownership through the scheduler's semaphores.
package sync

func runtime_Semacquire(s *uint32)
func runtime_Semrelease(s *uint32)
func fatal(msg string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is unlocked.
type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		return
	}
	m.waiters++
	// Unlock hands the lock over: it stays locked for us.
	runtime_Semacquire(&m.sema)
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m; it is a run-time error if m is not locked.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
		return
	}
	if m.waiters > 0 {
		m.waiters--
		runtime_Semrelease(&m.sema)
		return
	}
	m.locked = false
}

// An RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	readers     int32
	writer      bool
	readWaiters int32
	writeWait   int32
	readSema    uint32
	writeSema   uint32
}

// RLock locks rw for reading; it waits while a writer holds or awaits it.
func (rw *RWMutex) RLock() {
	if rw.writer || rw.writeWait > 0 {
		rw.readWaiters++
		runtime_Semacquire(&rw.readSema)
		return
	}
	rw.readers++
}

// TryRLock tries to lock rw for reading.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.writeWait > 0 {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
		return
	}
	rw.readers--
	if rw.readers == 0 && rw.writeWait > 0 {
		rw.writeWait--
		rw.writer = true
		runtime_Semrelease(&rw.writeSema)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	if !rw.writer && rw.readers == 0 {
		rw.writer = true
		return
	}
	rw.writeWait++
	runtime_Semacquire(&rw.writeSema)
}

// TryLock tries to lock rw for writing.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing; waiting readers go first.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
		return
	}
	rw.writer = false
	if rw.readWaiters > 0 {
		for rw.readWaiters > 0 {
			rw.readWaiters--
			rw.readers++
			runtime_Semrelease(&rw.readSema)
		}
		return
	}
	if rw.writeWait > 0 {
		rw.writeWait--
		rw.writer = true
		runtime_Semrelease(&rw.writeSema)
	}
}

// RLocker returns a Locker that calls RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n       int
	waiters int32
	sema    uint32
}

// Add adds delta to the counter; at zero, waiters are released.
func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		for wg.waiters > 0 {
			wg.waiters--
			runtime_Semrelease(&wg.sema)
		}
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.n == 0 {
		return
	}
	wg.waiters++
	runtime_Semacquire(&wg.sema)
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once performs exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

// OnceValue returns a function that invokes f only once and returns its value.
func OnceValue[T any](f func() T) func() T {
	var once Once
	var v T
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}

// OnceValues returns a function that invokes f only once and returns its values.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var v1 T1
	var v2 T2
	return func() (T1, T2) {
		once.Do(func() { v1, v2 = f() })
		return v1, v2
	}
}

// Cond is a condition variable.
type Cond struct {
	L       Locker
	waiters int32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait unlocks c.L, waits for Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	c.waiters++
	c.L.Unlock()
	runtime_Semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	if c.waiters > 0 {
		c.waiters--
		runtime_Semrelease(&c.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	for c.waiters > 0 {
		c.waiters--
		runtime_Semrelease(&c.sema)
	}
}

// Map is a map safe for concurrent use.
type Map struct {
	m map[any]any
}

// Load returns the value stored for key, and whether it was present.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for key if present; otherwise it
// stores and returns value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes key, returning its previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) { delete(m.m, key) }

// Swap stores value for key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

// CompareAndSwap swaps the value for key if it equals old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// CompareAndDelete deletes the entry for key if its value equals old.
func (m *Map) CompareAndDelete(key, old any) bool {
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f for each key and value; it stops if f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			return
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() { clear(m.m) }

// A Pool is a set of temporary objects.
type Pool struct {
	items []any
	New   func() any
}

// Get selects an item from the pool, or calls New.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}
