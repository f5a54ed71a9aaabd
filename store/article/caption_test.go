package article

import (
	"strings"
	"testing"
)

// hasImageMarker rules a line out when markerEnd is not in it: that holds
// only while every marker ends with it.
func TestImageMarkersEndWithMarkerEnd(t *testing.T) {
	for _, m := range imageMarkers {
		if !strings.HasSuffix(m, markerEnd) {
			t.Errorf("image marker %q does not end with %q", m, markerEnd)
		}
	}
}
