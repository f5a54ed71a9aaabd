package index

import (
	"context"
	"database/sql"
)

// A cold build (Rebuild: every row written in one transaction) asks FTS5
// to merge nothing while it writes, and merges once at the end.
//
// FTS5 writes its in-memory terms as a new segment each time they reach
// hashsize, and by default merges segments four at a time as they pile up
// (automerge): each posting is written again once per level, log4 of the
// segments, so the writer's cost per article grows with the index (issue
// 16: 1.9× at 1M what it was at 100k). With automerge off the segments
// only pile up, merged all at once when a level holds coldCrisis of them
// (crisismerge; FTS5 takes at most 2,000 segments). A 16 MiB hash writes
// segments of roughly 8 MiB, about 35 at 100k articles and 350 at 1M, so
// up to some millions of articles nothing is merged before the end, where
// 'optimize' merges everything into one segment, once: also what a search
// reads fastest. The settings are FTS5's own rows in the same
// transaction: an interrupted build leaves the old ones, and coldEnd puts
// FTS5's defaults back before the build commits, for the writes that
// follow.
const (
	coldCrisis       = 1000
	defaultAutomerge = 4
	defaultCrisis    = 16
)

// coldStart readies a cold build in tx: FTS5's merges and the top lists.
func (ix *Index) coldStart(ctx context.Context, tx *sql.Tx) error {
	st, err := ix.topFor(ctx, tx)
	if err != nil {
		return err
	}
	st.noRemovals()
	return ftsConfig(ctx, tx, 0, coldCrisis)
}

// coldEnd merges FTS5's segments, puts its defaults back, and gives the
// pages the merge freed (about 5% of the file) back to the file system:
// reclaim would keep them, below its threshold, and a cold build is
// measured by the size it leaves.
func (ix *Index) coldEnd(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, "INSERT INTO fts(fts) VALUES('optimize')"); err != nil {
		return err
	}
	ix.phase("optimized")
	if err := ftsConfig(ctx, tx, defaultAutomerge, defaultCrisis); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "PRAGMA incremental_vacuum")
	return err
}

func ftsConfig(ctx context.Context, tx *sql.Tx, automerge, crisis int) error {
	if _, err := tx.ExecContext(ctx, "INSERT INTO fts(fts, rank) VALUES('automerge', ?)", automerge); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO fts(fts, rank) VALUES('crisismerge', ?)", crisis)
	return err
}

// topPrune prunes the top lists a write grew, without writing them
// (topFlush does both, before the write commits).
func (ix *Index) topPrune(ctx context.Context, tx *sql.Tx) error {
	if ix.top == nil || ix.topTx != tx {
		return nil
	}
	return ix.top.prune(ctx, tx)
}

// A first build (a refresh of an empty index: the first kiosk list or TUI
// of a folder) writes every file, like a rebuild, but in transactions of
// txRows rows, so that the TUI shows the rows as they come. It takes the
// cold build's settings all the same: FTS5 merges nothing while it
// writes (set in its first transaction), the lists' work runs beside the
// writer, no index of the levels each article is in (it removes none),
// and one optimize at the end. The setting is FTS5's own row, committed:
// a build stopped half-way leaves it, and the next refresh, which reads
// the files it did not, ends as the first build would have (firstEnd).

// isFirst tells whether p is a first build: an index without rows or
// folders, given files to read and nothing to remove.
func (ix *Index) isFirst(ctx context.Context, p plan) (bool, error) {
	if plainBuild || len(p.jobs) == 0 || len(p.removed) > 0 || len(p.goneDirs) > 0 {
		return false, nil
	}
	var any bool
	err := ix.db.QueryRowContext(ctx, "SELECT EXISTS(SELECT 1 FROM docs) OR EXISTS(SELECT 1 FROM dirs)").Scan(&any)
	return !any, err
}

// firstStart readies the first transaction of a first build.
func (ix *Index) firstStart(ctx context.Context, tx *sql.Tx) error {
	st, err := ix.topFor(ctx, tx)
	if err != nil {
		return err
	}
	st.noRemovals()
	return ftsConfig(ctx, tx, 0, coldCrisis)
}

// firstEnd ends, in tx, a first build (this refresh's or one stopped
// before): FTS5's segments are merged and its defaults put back.
func (ix *Index) firstEnd(ctx context.Context, tx *sql.Tx) error {
	var automerge sql.NullInt64
	err := tx.QueryRowContext(ctx, "SELECT v FROM fts_config WHERE k='automerge'").Scan(&automerge)
	if err == sql.ErrNoRows || err == nil && (!automerge.Valid || automerge.Int64 != 0) {
		return nil // FTS5's default, or set otherwise: not a first build's
	}
	if err != nil {
		return err
	}
	return ix.coldEnd(ctx, tx)
}
