package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseDateRange(t *testing.T) {
	for _, c := range []struct{ spec, lo, hi string }{
		{"2025", "2025-01-01", "2025-12-31"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2025-03-16", "2025-03-16", "2025-03-16"},
		{">=2025-03-01", "2025-03-01", ""},
		{">2025-03", "2025-04-01", ""},
		{"<=2025-03", "", "2025-03-31"},
		{"<2025-03-01", "", "2025-02-28"},
		{"=2025-03-16", "2025-03-16", "2025-03-16"},
		{"2025-03-01..2025-03-31", "2025-03-01", "2025-03-31"},
		{"2025-03..2025-04", "2025-03-01", "2025-04-30"},
		{"..2025-03", "", "2025-03-31"},
		{"2025-03..", "2025-03-01", ""},
	} {
		r, err := ParseDateRange(c.spec)
		if err != nil || r.lo != c.lo || r.hi != c.hi || !r.set {
			t.Errorf("ParseDateRange(%q) = %+v, %v; want %s..%s", c.spec, r, err, c.lo, c.hi)
		}
	}
	for _, bad := range []string{"", "..", "2025-13", "2025-02-30", "25-03-16", "2025-3-16", "march", ">=", "2025-03-16..x"} {
		if _, err := ParseDateRange(bad); err == nil {
			t.Errorf("ParseDateRange(%q): no error", bad)
		}
	}
}

func TestDateQueryParse(t *testing.T) {
	q, err := ParseQuery("trump date:2025-03 DATE:<=2025-03-15")
	if err != nil {
		t.Fatal(err)
	}
	if q.dates.lo != "2025-03-01" || q.dates.hi != "2025-03-15" || len(q.groups) != 1 {
		t.Errorf("got %+v", q)
	}
	if _, err := ParseQuery("date:2025-03"); err != nil {
		t.Errorf("a query of dates alone: %v", err)
	}
	if _, err := ParseQuery("trump date:mars"); err == nil || !strings.Contains(err.Error(), "mars") {
		t.Errorf("a bad date: %v", err)
	}
	if _, err := ParseTyping("date:2025"); err != nil {
		t.Errorf("typing a date: %v", err)
	}
	// "date" alone, or inside a phrase, stays a word
	if q, err := ParseQuery(`"date:2025" date`); err != nil || q.dates.set {
		t.Errorf("phrase: %+v %v", q, err)
	}
}

// dated is a folder whose articles carry their dates in their URLs, and one
// that states none, dated by its file time.
func dated(t *testing.T) *Index {
	t.Helper()
	dir := folder(t, map[string]string{
		"a.txt": "Trump parle.\nSource : https://example.org/2025/03/02/a\n",
		"b.txt": "Trump voyage.\nSource : https://example.org/2025/03/16/b\n",
		"c.txt": "Poutine répond.\nSource : https://example.org/2025/04/01/c\n",
		"d.txt": "Trump en février.\nSource : https://baodongnai.com.vn/x/202502/d/\n",
		"e.txt": "Trump sans date.\n",
	})
	when := time.Date(2025, 5, 10, 12, 0, 0, 0, time.Local)
	if err := os.Chtimes(filepath.Join(dir, "e.txt"), when, when); err != nil {
		t.Fatal(err)
	}
	return openFresh(t, dir)
}

func TestDateSearch(t *testing.T) {
	ix := dated(t)
	for _, c := range []struct{ query, want string }{
		{"trump date:2025-03", "a.txt b.txt"},
		{"trump date:>=2025-03-10", "b.txt e.txt"},
		{"trump date:<2025-03-16", "a.txt d.txt"},
		{"trump date:2025-02-14", "d.txt"}, // a month-only date spans its month
		{"date:2025-03-01..2025-04-30", "a.txt b.txt c.txt"},
		{"date:2025-05", "e.txt"}, // the file time, marked as such, still dates it
		{"trump -voyage date:2025-03", "a.txt"},
		{"date:2024", ""},
	} {
		got := strings.Join(files(t, ix, c.query), " ")
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.query, got, c.want)
		}
		q, _ := ParseQuery(c.query)
		if n, err := ix.Count(context.Background(), q); err != nil || n != len(strings.Fields(c.want)) {
			t.Errorf("Count(%q) = %d, %v", c.query, n, err)
		}
	}
}

func TestDateOrderAndSummary(t *testing.T) {
	ix := dated(t)
	q, _ := ParseQuery("date:2025")
	hits, err := ix.Search(context.Background(), q, Quick, 3)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.File+"="+h.Date.Value+"/"+h.Date.From)
	}
	want := []string{"e.txt=2025-05-10/file", "c.txt=2025-04-01/url", "b.txt=2025-03-16/url"}
	if !slices.Equal(got, want) {
		t.Errorf("a query of dates lists newest first: got %v, want %v", got, want)
	}
	list, err := ix.List(context.Background())
	if err != nil || len(list) != 5 || list[3].Date == nil || list[3].Date.Precision != "month" {
		t.Errorf("List carries the dates: %+v %v", list, err)
	}
}
