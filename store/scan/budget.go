package scan

import "sync"

// ParseBudget is shared by every parse of a process, the scan's workers and
// the index's alike: a file of n bytes holds n of it from before it is read
// until its article is handed on (emitted by Scan, written by the index),
// so that however many cores parse at once and however far the consumer
// lags, the files read, being parsed and waiting never add up to more than
// its size (and one file more, the one the consumer waits for: see
// TakeOr). Small files pass side by side; a file as large as the budget is
// parsed alone. Parsing one file takes at most 8× its size plus 32 MiB
// (store/article/bounds.go), and its article or index row a few times its
// size, so kiosk's parsing and indexing stay within 8 × (16 MiB + the
// largest file) + 32 MiB per worker, whatever the folder holds.
var ParseBudget = NewBudget(DefaultMaxSize)

// Budget is a weighted semaphore of bytes.
type Budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	size  int64
	inUse int64
}

// NewBudget makes a budget of size bytes.
func NewBudget(size int64) *Budget {
	b := &Budget{size: size}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Take waits until n bytes are free, and holds them; it returns what was
// taken, to give back to Give. A file larger than the budget takes it all.
func (b *Budget) Take(n int64) int64 {
	n = min(max(n, 1), b.size)
	b.mu.Lock()
	for b.inUse+n > b.size {
		b.cond.Wait()
	}
	b.inUse += n
	b.mu.Unlock()
	return n
}

// TryTake takes n bytes as Take does, if they are free now; it never waits.
// A pipeline whose held bytes come back only once it moves on (the index's
// chunks, given back when written) uses it to move on first.
func (b *Budget) TryTake(n int64) (int64, bool) {
	n = min(max(n, 1), b.size)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.inUse+n > b.size {
		return 0, false
	}
	b.inUse += n
	return n, true
}

// TakeOr is Take, but it stops waiting and takes the bytes anyway, past the
// budget, once first() is true: the taker is the one the whole pipeline
// waits for (the file a scan emits next), which would otherwise wait on
// bytes held by files waiting for it. So the budget is passed by one file
// at most. Whoever makes first() true calls Wake.
func (b *Budget) TakeOr(n int64, first func() bool) int64 {
	n = min(max(n, 1), b.size)
	b.mu.Lock()
	for b.inUse+n > b.size && !first() {
		b.cond.Wait()
	}
	b.inUse += n
	b.mu.Unlock()
	return n
}

// Wake makes the takers waiting in TakeOr look at first() again.
func (b *Budget) Wake() {
	// Broadcast under mu: a taker between its test of first() and its Wait
	// holds mu, so it is waiting by the time the Broadcast runs.
	b.mu.Lock()
	b.cond.Broadcast()
	b.mu.Unlock()
}

// InUse is how many bytes are held, for tests.
func (b *Budget) InUse() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.inUse
}

// Give returns n bytes taken with Take.
func (b *Budget) Give(n int64) {
	b.mu.Lock()
	b.inUse -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}
