package actors

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTune scores the dev sets (the shared corpus and testdata/heldout)
// under each way of weighing the tagger against the rules. It is how the
// weights in hybrid.go were chosen; run it by hand with KIOSK_TUNE=1.
func TestTune(t *testing.T) {
	if os.Getenv("KIOSK_TUNE") == "" {
		t.Skip("set KIOSK_TUNE=1 to run")
	}
	type set struct {
		gold map[string][]label
		in   map[string]Input
	}
	load := func(texts []string, labelOf func(string) (string, []label)) set {
		s := set{gold: map[string][]label{}, in: map[string]Input{}}
		for _, f := range texts {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lang, lb := labelOf(f)
			s.gold[filepath.Base(f)] = lb
			s.in[filepath.Base(f)] = corpusInput(data, lang)
		}
		return s
	}
	held, _ := filepath.Glob("testdata/heldout/*.txt")
	heldout := load(held, func(f string) (string, []label) {
		var lb []label
		b, _ := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
		json.Unmarshal(b, &lb)
		return filepath.Base(f)[:2], lb
	})
	arts, _ := filepath.Glob(filepath.Join(corpusDir, "articles", "*.txt"))
	corpus := load(arts, func(f string) (string, []label) {
		var lf labelFile
		b, _ := os.ReadFile(filepath.Join(corpusDir, "labels", strings.TrimSuffix(filepath.Base(f), ".txt")+".actors.json"))
		json.Unmarshal(b, &lf)
		return lf.Lang, lf.Actors
	})
	base := map[string][]Actor{}
	sets := []set{corpus, heldout}
	if dir := os.Getenv("NERDEV"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		sets = append(sets, load(files, func(f string) (string, []label) {
			var lb []label
			b, _ := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
			json.Unmarshal(b, &lb)
			return filepath.Base(f)[:2], lb
		}))
	}
	run := func(name string) {
		line := name
		var diffs []string
		for n, s := range sets {
			pred := map[string][]Actor{}
			for k, in := range s.in {
				pred[k] = Extract(in)
				if model == nil {
					base[k] = pred[k]
				} else if os.Getenv("KIOSK_TUNE") == "diff" && n < 2 {
					diffs = append(diffs, diffActors(k, base[k], pred[k], s.gold[k])...)
				}
			}
			_, _, f := score(s.gold, pred, true, "", func(string) {}).prf()
			line += " " + f3(f)
			for _, kind := range []string{"person", "organization", "place"} {
				_, _, f := score(s.gold, pred, true, kind, func(string) {}).prf()
				line += "/" + f3(f)
			}
		}
		t.Log(line)
		if os.Getenv("KIOSK_TUNE") == "lang" {
			for n, s := range sets {
				t.Log("   set", n, byLang(s.gold, s.in))
			}
		}
		for _, d := range diffs {
			t.Log("   ", d)
		}
	}
	defer func(v int, ad bool, a, c int32) { tagVote, tagAdd, tagVoteSure, tagAddSure = v, ad, a, c }(tagVote, tagAdd, tagVoteSure, tagAddSure)
	loadModel()
	saved := model
	model = nil
	run("rules alone")
	model = saved
	defer func(o bool) { tagOnly = o }(tagOnly)
	tagOnly, tagAdd, tagAddSure = true, true, 0
	run("tagger alone")
	tagOnly = false
	tagVote, tagVoteSure, tagAdd, tagAddSure = weak, 250, true, 130
	run("hybrid")
}

func f3(f float64) string { return fmt.Sprintf("%.3f", f) }

// diffActors lists the actors that differ between two extractions, each
// with the kind the labels give its name ("-" when unlabelled).
func diffActors(file string, a, b []Actor, gold []label) []string {
	key := func(x Actor) string { return scoreNorm(x.Name) + "|" + string(x.Kind) }
	goldKind := func(x Actor) string {
		for _, g := range gold {
			if forms(g)[scoreNorm(x.Name)] {
				return g.Kind
			}
		}
		return "-"
	}
	in := func(list []Actor, x Actor) bool {
		for _, y := range list {
			if key(y) == key(x) {
				return true
			}
		}
		return false
	}
	var out []string
	for _, x := range a {
		if !in(b, x) {
			out = append(out, fmt.Sprintf("%s: lost %s %q (gold %s)", file, x.Kind, x.Name, goldKind(x)))
		}
	}
	for _, x := range b {
		if !in(a, x) {
			out = append(out, fmt.Sprintf("%s: got %s %q (gold %s)", file, x.Kind, x.Name, goldKind(x)))
		}
	}
	return out
}

// byLang returns typed F1 per language of the inputs, with the number of
// articles.
func byLang(gold map[string][]label, in map[string]Input) string {
	langs := map[string]bool{}
	for _, x := range in {
		langs[x.Lang] = true
	}
	out := ""
	for _, l := range slices.Sorted(maps.Keys(langs)) {
		g, p := map[string][]label{}, map[string][]Actor{}
		for k, x := range in {
			if x.Lang == l {
				g[k], p[k] = gold[k], Extract(x)
			}
		}
		_, _, f := score(g, p, true, "", func(string) {}).prf()
		out += fmt.Sprintf(" %s(%d) %.3f", l, len(g), f)
	}
	return out
}
