package trend

import (
	"reflect"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

func d(v, from string) *article.Date { return &article.Date{Value: v, From: from} }

func TestKey(t *testing.T) {
	for _, c := range []struct {
		value string
		by    Period
		want  string
	}{
		{"2025-03-16", Day, "2025-03-16"},
		{"2025-03-16", Week, "2025-03-10"}, // a Sunday: the week of Monday the 10th
		{"2025-03-10", Week, "2025-03-10"},
		{"2025-01-01", Week, "2024-12-30"}, // across a year
		{"2025-03-16", Month, "2025-03"},
		{"2025-03", Month, "2025-03"},
		{"2025-03", Day, ""},
		{"2025", Month, ""},
	} {
		got, ok := Key(c.value, c.by)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Key(%s, %s) = %q, %v; want %q", c.value, c.by, got, ok, c.want)
		}
	}
}

func TestPointsFillGaps(t *testing.T) {
	c := NewCounter(Week)
	for _, x := range []*article.Date{d("2025-03-03", "url"), d("2025-03-05", "text"), d("2025-03-20", "file"), d("2025-03", "url"), nil} {
		c.Add(x)
	}
	want := []Point{{"2025-03-03", 2, 0}, {"2025-03-10", 0, 0}, {"2025-03-17", 1, 1}}
	if got := c.Points(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if c.Coarser != 1 || c.Undated != 1 {
		t.Errorf("coarser %d, undated %d", c.Coarser, c.Undated)
	}
	if got := c.Between("2025-02-24", "2025-03-03"); len(got) != 2 || got[1].Articles != 2 {
		t.Errorf("Between: %+v", got)
	}
	m := NewCounter(Month)
	m.Add(d("2024-12-31", "url"))
	m.Add(d("2025-02", "url"))
	if got := m.Points(); len(got) != 3 || got[1] != (Point{"2025-01", 0, 0}) {
		t.Errorf("months: %+v", got)
	}
	if NewCounter(Day).Points() != nil {
		t.Error("no points without counts")
	}
}
