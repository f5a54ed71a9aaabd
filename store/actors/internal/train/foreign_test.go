package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
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

// go generate must write the same weights from the same files: two
// trainings over the same sentences, made-up copies included, give the
// same bytes, and weights that are not all zero.
func TestLearnIsRepeatable(t *testing.T) {
	text := "Marie I-PER\nCurie I-PER\nvit O\nà O\nParis I-LOC\n. O\n" +
		"Le O\nprésident O\nEmmanuel I-PER\nMacron I-PER\nparle O\n. O\n" +
		"Sergueï I-PER\nLavrov I-PER\nrépond O\nà O\nl' O\nONU I-ORG\n. O\n"
	sents := sentencesOf(t, text)
	opt := options{bits: 10, epochs: 3, vietnamese: 0.5, foreign: 0.5}
	var got [2][]byte
	for k := range got {
		m, err := learn(trainingExamples(sents, opt), opt, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		got[k] = buf.Bytes()
	}
	if !bytes.Equal(got[0], got[1]) {
		t.Fatal("two trainings over the same sentences differ")
	}
	m, _ := tagger.Decode(got[0])
	ex := newExample(sents[1])
	tags := make([]tagger.Tag, len(ex.gold))
	m.Tag(ex.seq, tags)
	if tags[2] != tagger.BPer {
		t.Errorf("a training sentence tagged %v", tags)
	}
}

// sentencesOf reads a corpus in the "bio" format from text.
func sentencesOf(t *testing.T, text string) []sentence {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.bio"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	sents, err := readSource(dir, source{file: "x.bio", lang: "fr", format: "bio", sha256: hex.EncodeToString(sum[:])})
	if err != nil {
		t.Fatal(err)
	}
	return sents
}
