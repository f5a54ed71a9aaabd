package index

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// handle is the index's database, which a reset replaces while searches
// may be running: every call loads the current one, so a query started on
// the old database ends on it (or fails, the database closed) and the next
// one uses the new. It has the methods of *sql.DB that the index uses.
type handle struct {
	p atomic.Pointer[sql.DB]

	// scan is the pool of the reads that pass over many rows once (see
	// scanner), opened on first use from file and closed by swap and Close.
	scanMu sync.Mutex
	scan   *sql.DB
	file   string
	idle   time.Duration // CloseIdle's, for scan too (0: never)
}

func newHandle(db *sql.DB, file string) *handle {
	h := &handle{file: file}
	h.p.Store(db)
	return h
}

// swap puts db in place and returns the one it replaces. The scan pool,
// on the file db replaces, is closed: the next scan opens the new one.
func (h *handle) swap(db *sql.DB) *sql.DB {
	old := h.p.Swap(db)
	h.scanMu.Lock()
	defer h.scanMu.Unlock()
	if h.scan != nil {
		h.scan.Close()
		h.scan = nil
	}
	return old
}

func (h *handle) Close() error {
	h.scanMu.Lock()
	if h.scan != nil {
		h.scan.Close()
		h.scan = nil
	}
	h.scanMu.Unlock()
	return h.p.Load().Close()
}

// scanCachePages is the page cache of a scan connection.
const scanCachePages = oneShotCachePages

// scanner is where a read that passes over many rows once goes (the whole
// list, the sample of dates, every path): connections of their own whose
// page cache is 64 pages, reused, where the main pool's would grow to 32
// MiB, every page read a new allocation that nothing reads again. At 1M
// the list's read took 2.2 s of CPU and 76 MiB of peak RSS on the main
// pool, 2.0 s and 16 MiB here; the dates' sample 19 ms against 8 ms. They
// only read (query_only). If the pool cannot be opened, the main one.
func (h *handle) scanner() *sql.DB {
	h.scanMu.Lock()
	defer h.scanMu.Unlock()
	if h.scan == nil {
		db, err := sql.Open("sqlite", dsn(h.file, "busy_timeout(10000)", fmt.Sprintf("cache_size(%d)", scanCachePages), "query_only(1)"))
		if err != nil {
			return h.p.Load()
		}
		db.SetConnMaxIdleTime(h.idle)
		h.scan = db
	}
	return h.scan
}

// setIdle has both pools close a connection left idle for d.
func (h *handle) setIdle(d time.Duration) {
	h.p.Load().SetConnMaxIdleTime(d)
	h.scanMu.Lock()
	defer h.scanMu.Unlock()
	h.idle = d
	if h.scan != nil {
		h.scan.SetConnMaxIdleTime(d)
	}
}

// closeIdle closes the connections of both pools that no query is using
// now, and with them their page caches (SQLite's memory, outside Go's
// heap); the next query opens one afresh.
func (h *handle) closeIdle() {
	pools := []*sql.DB{h.p.Load()}
	h.scanMu.Lock()
	if h.scan != nil {
		pools = append(pools, h.scan)
	}
	h.scanMu.Unlock()
	for _, db := range pools {
		db.SetMaxIdleConns(0) // closes the idle ones
		db.SetMaxIdleConns(defaultMaxIdle)
	}
}

// defaultMaxIdle is database/sql's own default of idle connections kept.
const defaultMaxIdle = 2

func (h *handle) BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error) {
	return h.p.Load().BeginTx(ctx, opts)
}

func (h *handle) Begin() (*sql.Tx, error) { return h.p.Load().Begin() }

func (h *handle) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return h.p.Load().ExecContext(ctx, q, args...)
}

func (h *handle) Exec(q string, args ...any) (sql.Result, error) {
	return h.p.Load().Exec(q, args...)
}

func (h *handle) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return h.p.Load().QueryContext(ctx, q, args...)
}

func (h *handle) Query(q string, args ...any) (*sql.Rows, error) {
	return h.p.Load().Query(q, args...)
}

func (h *handle) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return h.p.Load().QueryRowContext(ctx, q, args...)
}

func (h *handle) QueryRow(q string, args ...any) *sql.Row {
	return h.p.Load().QueryRow(q, args...)
}
