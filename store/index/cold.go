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
// (crisismerge: at most twice per posting up to a million articles), and
// 'optimize' at the end merges everything into one segment, which is also
// what a search reads fastest. The settings are FTS5's own rows in the
// same transaction: an interrupted build leaves the old ones, and coldEnd
// puts FTS5's defaults back before the build commits, for the writes that
// follow.
const (
	coldCrisis       = 64
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

func coldEnd(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, "INSERT INTO fts(fts) VALUES('optimize')"); err != nil {
		return err
	}
	return ftsConfig(ctx, tx, defaultAutomerge, defaultCrisis)
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
