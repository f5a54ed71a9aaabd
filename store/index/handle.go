package index

import (
	"context"
	"database/sql"
	"sync/atomic"
)

// handle is the index's database, which a reset replaces while searches
// may be running: every call loads the current one, so a query started on
// the old database ends on it (or fails, the database closed) and the next
// one uses the new. It has the methods of *sql.DB that the index uses.
type handle struct{ p atomic.Pointer[sql.DB] }

func newHandle(db *sql.DB) *handle {
	h := &handle{}
	h.p.Store(db)
	return h
}

// swap puts db in place and returns the one it replaces.
func (h *handle) swap(db *sql.DB) *sql.DB { return h.p.Swap(db) }

func (h *handle) Close() error { return h.p.Load().Close() }

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
