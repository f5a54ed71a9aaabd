package index

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
)

// wantTablesSum is the SHA-256 of wantTables' answer, kept true by
// TestWantTablesSum. Building that answer means making the whole schema in
// an in-memory database, 8-13 ms of every process's first open, most of a
// rare word's search; an index whose description hashes to this sum is
// whole without it. Any other index is compared with wantTables itself, so a
// stale sum costs time, never a wrong answer.
// wantTablesSums[1] is wantTablesUnicode61's: an index made before
// session 8, which answers the same (ftsTokenizer, open.go).
var wantTablesSums = [2]string{"854aeac7c5deb6f718d337d14eabaa27445b7c1f43b564b34caabcfa4ee37706", "0607fa456c1106104cb46bf1e379c6ab0387bb13d6afc84732acec9ebd7abcb7"}

// checkTablesQuick tells whether db has exactly the tables of an index
// (else errTables), and the meta rows every index has. An error of its own
// (making wantTables) is returned as it is: it says nothing of the file.
func checkTablesQuick(ctx context.Context, db *sql.DB) error {
	var have string
	if err := db.QueryRowContext(ctx, masterSQL).Scan(&have); err != nil {
		return err
	}
	if sum := sha256.Sum256([]byte(have)); !slices.Contains(wantTablesSums[:], hex.EncodeToString(sum[:])) {
		if ok, err := knownTables(have); err != nil || !ok {
			return cmp.Or(err, errTables)
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

// knownTables tells whether have is the description of a new index or of
// one made before session 8.
func knownTables(have string) (bool, error) {
	for _, want := range []func() (string, error){wantTables, wantTablesUnicode61} {
		w, err := want()
		if err != nil {
			return false, fmt.Errorf("the index's schema: %w", err)
		}
		if have == w {
			return true, nil
		}
	}
	return false, nil
}
