package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

func TestToIOB2(t *testing.T) {
	in := []tagger.Tag{tagger.IPer, tagger.IPer, tagger.BPer, tagger.O, tagger.ILoc, tagger.IOrg}
	want := []tagger.Tag{tagger.BPer, tagger.IPer, tagger.BPer, tagger.O, tagger.BLoc, tagger.BOrg}
	got := toIOB2(in)
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("toIOB2 = %v, want %v", got, want)
		}
	}
}

func TestReadSource(t *testing.T) {
	dir := t.TempDir()
	text := "Marie I-PER\nCurie I-PER\nvit O\nà O\nParis I-LOC\n. O\nElle O\npart O\n. O\n"
	if err := os.WriteFile(filepath.Join(dir, "x.bio"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	src := source{file: "x.bio", lang: "fr", format: "bio", sha256: hex.EncodeToString(sum[:])}
	sents, err := readSource(dir, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].words) != 6 {
		t.Fatalf("got %d sentences: %+v", len(sents), sents)
	}
	if got := spans(sents[0].tags); len(got) != 2 || got[0] != (span{tagger.Person, 0, 2}) || got[1] != (span{tagger.Place, 4, 5}) {
		t.Errorf("spans %v", got)
	}
	src.sha256 = strings.Repeat("0", 64)
	if _, err := readSource(dir, src); err == nil || !strings.Contains(err.Error(), "sha256") {
		t.Errorf("a changed file was read: %v", err)
	}
}

// NERGrit names its kinds in full, and a CoNLL document break is no word.
func TestReadLongKindsAndDocstart(t *testing.T) {
	dir := t.TempDir()
	text := "-DOCSTART- O\n\nDusun\tB-PLACE\nNgrawan\tI-PLACE\ndan\tO\nAmos\tB-PERSON\nKenda\tI-PERSON\ndari\tO\nPLKB\tB-ORGANISATION\nGrammy\tB-EVENT\n"
	if err := os.WriteFile(filepath.Join(dir, "x.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	sents, err := readSource(dir, source{file: "x.txt", lang: "id", format: "conll4", sha256: hex.EncodeToString(sum[:])})
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || sents[0].words[0] != "Dusun" {
		t.Fatalf("got %d sentences: %+v", len(sents), sents)
	}
	want := []span{{tagger.Place, 0, 2}, {tagger.Person, 3, 5}, {tagger.Organization, 6, 7}, {tagger.Misc, 7, 8}}
	got := spans(sents[0].tags)
	if len(got) != len(want) {
		t.Fatalf("spans %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("span %d: %v, want %v", k, got[k], want[k])
		}
	}
}
