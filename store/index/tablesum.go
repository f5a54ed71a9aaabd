package index

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
)

// wantTablesSum is the SHA-256 of wantTables' answer, kept true by
// TestWantTablesSum. Building that answer means making the whole schema in
// an in-memory database, 8-13 ms of every process's first open, most of a
// rare word's search; an index whose description hashes to this sum is
// whole without it. Any other index is compared with wantTables itself, so a
// stale sum costs time, never a wrong answer.
const wantTablesSum = "0607fa456c1106104cb46bf1e379c6ab0387bb13d6afc84732acec9ebd7abcb7"

// checkTablesQuick tells whether db has exactly the tables of an index
// (else errTables), and the meta rows every index has. An error of its own
// (making wantTables) is returned as it is: it says nothing of the file.
func checkTablesQuick(ctx context.Context, db *sql.DB) error {
	var have string
	if err := db.QueryRowContext(ctx, masterSQL).Scan(&have); err != nil {
		return err
	}
	if sum := sha256.Sum256([]byte(have)); hex.EncodeToString(sum[:]) != wantTablesSum {
		want, err := wantTables()
		if err != nil {
			return fmt.Errorf("the index's schema: %w", err)
		}
		if have != want {
			return errTables
		}
	}
	var metas int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM meta WHERE key IN ('folder', 'gen', 'id')").Scan(&metas); err != nil {
		return err
	}
	if metas != 3 {
		return errTables
	}
	return nil
}
