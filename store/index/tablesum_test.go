package index

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// The sums of the tables are the sums of what a new index holds and of
// what one made before session 8 holds: change the schema and this says
// the sum to write into tablesum.go.
func TestWantTablesSum(t *testing.T) {
	for i, tables := range []func() (string, error){wantTables, wantTablesUnicode61} {
		want, err := tables()
		must(t, err)
		sum := sha256.Sum256([]byte(want))
		if got := hex.EncodeToString(sum[:]); got != wantTablesSums[i] {
			t.Errorf("wantTablesSums[%d] is %s, the schema's is %s", i, wantTablesSums[i], got)
		}
	}
	if a, b := must2(wantTables()), must2(wantTablesUnicode61()); a == b || !strings.Contains(b, "unicode61") {
		t.Error("the two schemas are the same")
	}
}

func must2(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}
