package index

import (
	"context"
	"reflect"
	"testing"
)

// A rebuild tells its steps, in order, to the phase trace.
func TestRebuildPhases(t *testing.T) {
	ix := openFresh(t, generate(t, 20))
	var steps []string
	ix.SetPhaseTrace(func(step string) { steps = append(steps, step) })
	if _, err := ix.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	want := []string{"walked", "written", "optimized", "committed", "reclaimed"}
	if !reflect.DeepEqual(steps, want) {
		t.Errorf("phases %v, want %v", steps, want)
	}
}
