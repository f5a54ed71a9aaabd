package main

import (
	"testing"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

func TestRomanize(t *testing.T) {
	for _, c := range []struct{ word, lang, want string }{
		{"Сергей", "fr", "Sergueï"},
		{"Лавров", "fr", "Lavrov"},
		{"Сергей", "en", "Sergey"},
		{"Лавров", "de", "Lawrow"},
		{"Дмитрий", "en", "Dmitriy"},
		{"Дмитрий", "fr", "Dmitri"},
		{"Евгений", "fr", "Evgueni"},
		{"Шевченко", "de", "Schewtschenko"},
		{"Шевченко", "id", "Shevchenko"},
		{"Macron", "fr", "Macron"},
	} {
		if got := romanize(c.word, c.lang); got != c.want {
			t.Errorf("romanize(%q, %s) = %q, want %q", c.word, c.lang, got, c.want)
		}
	}
}

// A French sentence gets a person of another corpus, romanized the French
// way, with tags that still make one name; the rest of it is unchanged.
func TestForeignNames(t *testing.T) {
	fr := sentence{lang: "fr", words: []string{"Marie", "Curie", "vit", "à", "Paris", "."},
		tags: []tagger.Tag{tagger.BPer, tagger.IPer, tagger.O, tagger.O, tagger.BLoc, tagger.O}}
	ru := sentence{lang: "ru", words: []string{"Сергей", "Лавров", "сказал", "."},
		tags: []tagger.Tag{tagger.BPer, tagger.IPer, tagger.O, tagger.O}}
	out := foreignNames([]sentence{fr, ru}, 1, 1)
	if len(out) != 1 {
		t.Fatalf("%d copies, want 1 (Cyrillic sentences are not copied)", len(out))
	}
	got := out[0]
	want := []string{"Sergueï", "Lavrov", "vit", "à", "Paris", "."}
	for k := range want {
		if k >= len(got.words) || got.words[k] != want[k] {
			t.Fatalf("copy %q, want %q", got.words, want)
		}
	}
	if sp := spans(got.tags); len(sp) != 2 || sp[0] != (span{tagger.Person, 0, 2}) || sp[1] != (span{tagger.Place, 4, 5}) {
		t.Errorf("spans %v", sp)
	}
}
