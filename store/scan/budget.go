package scan

import "sync"

// ParseBudget is shared by every parse of a process, the scan's workers and
// the index's alike: a file of n bytes holds n of it while it is read and
// parsed, so that however many cores parse at once, the files being parsed
// never add up to more than its size. Small files pass side by side; a file
// as large as the budget is parsed alone. Parsing one file takes at most 8×
// its size plus 32 MiB (store/article), so kiosk's parsing stays under
// 8 × 16 MiB + 32 MiB per process whatever the folder holds.
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

// Give returns n bytes taken with Take.
func (b *Budget) Give(n int64) {
	b.mu.Lock()
	b.inUse -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}
