package actors

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHeldOut scores Extract on articles written for this package (in
// testdata/heldout, labelled by the rules of ACTORS.md) that the rules were
// not tuned on: a guard against fitting the shared corpus alone.
func TestHeldOut(t *testing.T) {
	files, _ := filepath.Glob("testdata/heldout/*.txt")
	if len(files) == 0 {
		t.Fatal("no held-out articles")
	}
	gold := map[string][]label{}
	pred := map[string][]Actor{}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var labels []label
		if err := json.Unmarshal(lb, &labels); err != nil {
			t.Fatal(f, err)
		}
		name := filepath.Base(f)
		gold[name] = labels
		lang := name[:2]
		pred[name] = Extract(corpusInput(text, lang))
	}
	var misses []string
	c := score(gold, pred, true, "", func(s string) { misses = append(misses, s) })
	p, r, f := c.prf()
	t.Logf("held-out typed P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", p, r, f, c.tp, c.fp, c.fn)
	for _, kind := range []string{"person", "organization", "place"} {
		c := score(gold, pred, true, kind, func(string) {})
		p, r, f := c.prf()
		t.Logf("%-13s P=%.3f R=%.3f F1=%.3f", kind, p, r, f)
	}
	if f < 0.80 || testing.Verbose() {
		t.Log("misses and false hits:\n" + strings.Join(misses, "\n"))
	}
	if f < 0.80 {
		t.Errorf("held-out typed F1 %.3f < 0.80", f)
	}
}
