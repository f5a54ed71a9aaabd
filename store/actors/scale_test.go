package actors

import (
	"testing"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// TestMarginScale checks that margins are read in the units of the weights
// the thresholds were tuned on: a model whose weights are all doubled
// gives, once rescaled, the margins of the model before doubling, and the
// shipped weights' margins are scaled by the reference's scale over theirs.
func TestMarginScale(t *testing.T) {
	shipped := loadModel()
	if shipped == nil {
		t.Fatal("no model")
	}
	defer setMarginScale(shipped)
	sure := []int32{280}
	rescaleMargins(sure)
	if want := int32(280 * refWeightScale / weightScale(shipped)); sure[0] != want {
		t.Fatalf("the shipped weights (scale %d) rescale a margin of 280 to %d, want %d", weightScale(shipped), sure[0], want)
	}

	w := make([]int16, int(tagger.NTags)<<8)
	for k := range w {
		w[k] = int16(k%13 - 6)
	}
	single, _ := tagger.NewModel(8, w)
	w2 := make([]int16, len(w))
	for k := range w {
		w2[k] = 2 * w[k]
	}
	double, _ := tagger.NewModel(8, w2)
	if a, b := weightScale(single), weightScale(double); b != 2*a || a == 0 {
		t.Fatalf("scales %d and %d: want the second twice the first", a, b)
	}
	setMarginScale(single)
	one := []int32{300}
	rescaleMargins(one)
	setMarginScale(double)
	two := []int32{600} // the same sentence's margin under doubled weights
	rescaleMargins(two)
	if one[0] != two[0] || one[0] == 300 {
		t.Fatalf("rescaled margins %d and %d: want equal, and not the raw 300", one[0], two[0])
	}
}
