package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/synth"
	"github.com/kioskreader/kiosk/store/trend"
)

// plantedDays are the days the planted actor is named, from its URLs.
var plantedDays = []string{"2025-03-03", "2025-03-05", "2025-03-05", "2025-03-18", "2025-04-01"}

// peopleFolder is generated articles and the planted actor's.
func peopleFolder(t *testing.T) string {
	files := map[string]string{}
	for i := range 40 {
		files[fmt.Sprintf("s%02d.txt", i)] = string(synth.Article(i, 3))
	}
	for i, day := range plantedDays {
		files[fmt.Sprintf("z%d.txt", i)] = fmt.Sprintf("Zora Quill à Lyon\n\nLa ministre Zora Quill a parlé à Lyon. Zora Quill reviendra.\n\nSource : https://example.org/%s/z%d\n",
			strings.ReplaceAll(day, "-", "/"), i)
	}
	return writeFiles(t, files)
}

// The UI's actors view reads library.People: its ranking is kiosk actors'
// per kind, and the planted actor's series on the folder's axis is kiosk
// timeline's, zero outside it.
func TestActorsAndTimelineAreTheUIsTally(t *testing.T) {
	dir := peopleFolder(t)
	x, _, err := library.Open(dir, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if err := x.List(context.Background(), func([]library.Summary) {}, nil); err != nil {
		t.Fatal(err)
	}
	tl, err := x.People(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	f := tl.Folder
	for _, kind := range []actors.Kind{actors.Person, actors.Organization, actors.Place} {
		out, errs, code := kiosk(t, nil, "actors", "--dir", dir, "--kind", string(kind), "--json")
		if code != 0 {
			t.Fatalf("actors --kind %s: %d %s", kind, code, errs)
		}
		var cli, ui []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var r actors.Ranked
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			cli = append(cli, fmt.Sprintf("%s %d %d", r.Name, r.Articles, r.Mentions))
		}
		for _, r := range f.OfKind(kind) {
			e := f.Ranked[r]
			ui = append(ui, fmt.Sprintf("%s %d %d", e.Name, e.Articles, e.Mentions))
		}
		if len(cli) < 2 || !slices.Equal(cli, ui) {
			t.Errorf("%s: kiosk actors %q, the view %q", kind, cli, ui)
		}
	}
	ranks := f.Lookup("Zora Quill", actors.Person)
	if len(ranks) != 1 {
		t.Fatalf("the planted actor is not in the tally: %v", ranks)
	}
	for _, by := range []trend.Period{trend.Day, trend.Week} {
		out, errs, code := kiosk(t, nil, "timeline", "--dir", dir, "--by", string(by), "--kind", "person", "--json", "Zora", "Quill")
		if code != 0 {
			t.Fatalf("timeline: %d %s", code, errs)
		}
		counts := map[string]int{}
		total := 0
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var p trend.Point
			if err := json.Unmarshal([]byte(l), &p); err != nil {
				t.Fatal(err)
			}
			counts[p.Period] = p.Articles
			total += p.Articles
		}
		if total != len(plantedDays) {
			t.Errorf("timeline --by %s counts %d articles, %d were planted", by, total, len(plantedDays))
		}
		ax := f.Axis(by)
		for i, n := range f.Series(ranks[0], ax) {
			if counts[ax.Label(i)] != n {
				t.Errorf("%s %s: the view counts %d, kiosk timeline %d", by, ax.Label(i), n, counts[ax.Label(i)])
			}
		}
	}
}
