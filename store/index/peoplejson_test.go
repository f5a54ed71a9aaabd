package index

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/people"
)

// tailOf is an article's tail as packTail writes it, inflated.
func tailOf(t *testing.T, a article.Article) []byte {
	_, packed := packTail(a)
	tail, err := unpackTail(nil, packed)
	if err != nil {
		t.Fatal(err)
	}
	return tail
}

// hostileArticles name actors with every escape json.Marshal writes, and
// lack a source, a date or actors.
func hostileArticles() []article.Article {
	names := []string{`Quote " and \ backslash`, "Tab\tNew\nline", "<b>&amp;</b>", "\u2028sep\u2029", "bad \xff utf8", "Đà Nẵng", "東京 🇯🇵", ""}
	var out []article.Article
	for i, n := range names {
		a := article.Article{Title: n + ` "title"`, Lang: "vi", Words: i,
			Actors: []actors.Actor{{Name: n, Kind: actors.Person, Aliases: []string{n, "x"}, Mentions: i + 1}, {Name: "Hanoi", Kind: actors.Place, Aliases: []string{}, Mentions: 2}}}
		if i%2 == 0 {
			a.Source = &article.Source{URL: "https://x.example/\"" + n, Domain: n + ".example"}
		}
		if i%3 != 0 {
			a.Date = &article.Date{Value: "2025-03-16", Precision: "day", From: article.FromText}
		}
		if i == 3 {
			a.Actors = nil
		}
		if i == 4 {
			a.Actors = []actors.Actor{}
		}
		c := i
		a.Comments = &c
		out = append(out, a)
	}
	return out
}

// The fast reader of tails answers what encoding/json answers (aliases
// aside, which the tally does not use), on the sample folder and on names
// full of escapes.
func TestTailItemIsEncodingJSON(t *testing.T) {
	arts := hostileArticles()
	files, _ := filepath.Glob("../../articles/*.txt")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, article.Parse(p, data))
	}
	for _, a := range arts {
		tail := tailOf(t, a)
		var fast, slow people.Item
		if err := tailItem(tail, &fast); err != nil {
			t.Fatalf("%s: %v\n%s", a.Title, err, tail)
		}
		if err := slowTailItem(tail, &slow); err != nil {
			t.Fatal(err)
		}
		for i := range slow.Actors {
			slow.Actors[i].Aliases = nil
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%s:\nfast %+v\nslow %+v", a.Title, fast, slow)
		}
	}
}

// A tail cut anywhere, or of another shape, is an error, never a panic or
// a half-read item taken for whole.
func TestTailItemRefusesBrokenTails(t *testing.T) {
	tail := tailOf(t, hostileArticles()[1])
	for n := 0; n < len(tail); n++ {
		var it people.Item
		if err := tailItem(tail[:n], &it); err == nil {
			t.Fatalf("cut at %d of %d: no error: %q", n, len(tail), tail[:n])
		}
	}
	for _, bad := range []string{`"actors":[{"name":1}]}`, `"actors":{}}`, `"date":"x"}`, `"words":}`, `"a":1}x`, `"a" 1}`} {
		var it people.Item
		if err := tailItem([]byte(bad), &it); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	var it people.Item
	if err := tailItem(bytes.TrimPrefix([]byte(`{"actors":null,"date":null,"source":null}`), []byte("{")), &it); err != nil || it.Actors != nil || it.Date != nil {
		t.Errorf("nulls: %v %+v", err, it)
	}
}
