package index

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// The sum of the tables is the sum of what a new index holds: change the
// schema and this says the sum to write into tablesum.go.
func TestWantTablesSum(t *testing.T) {
	want, err := wantTables()
	must(t, err)
	sum := sha256.Sum256([]byte(want))
	if got := hex.EncodeToString(sum[:]); got != wantTablesSum {
		t.Errorf("wantTablesSum is %s, the schema's is %s", wantTablesSum, got)
	}
}
