package actors

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// This file scores Extract against the labelled corpus exactly as
// ../shared/tools/score_actors.py does, so that `go test` guards the bar.

const corpusDir = "../../../shared/corpus"

type label struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

type labelFile struct {
	File   string  `json:"file"`
	Lang   string  `json:"lang"`
	Actors []label `json:"actors"`
}

var (
	folder        = cases.Fold()
	scoreArticles = []string{"le ", "la ", "les ", "l'", "l\u2019", "the "}
)

// scoreNorm is score_actors.py's norm: NFKD of the case fold, combining marks
// dropped, spaces collapsed, punctuation trimmed, a leading article dropped.
func scoreNorm(s string) string {
	s = norm.NFKD.String(folder.String(s))
	var b strings.Builder
	for _, r := range s {
		if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		b.WriteRune(r)
	}
	s = strings.Join(strings.Fields(strings.ReplaceAll(b.String(), "\u2019", "'")), " ")
	s = strings.Trim(s, " .,;:!?\"'()[]«»")
	for _, a := range scoreArticles {
		if strings.HasPrefix(s, a) && len(s) > len(a)+1 {
			s = strings.TrimLeft(s[len(a):], " \t\n\r\v\f")
			break
		}
	}
	return s
}

type counts struct{ tp, fp, fn int }

func (c counts) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// score follows score_actors.py's score(): required labels claim a report
// first, each label matches at most one report, optional labels are ignored,
// reports named like an optional label are not false hits.
func score(gold map[string][]label, pred map[string][]Actor, typed bool, kind string, log func(string)) counts {
	var c counts
	files := make([]string, 0, len(gold))
	for f := range gold {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		var labels []label
		for _, g := range gold[f] {
			if kind == "" || g.Kind == kind {
				labels = append(labels, g)
			}
		}
		var got []Actor
		for _, a := range pred[f] {
			if (a.Kind == Person || a.Kind == Organization || a.Kind == Place) && (kind == "" || string(a.Kind) == kind) {
				got = append(got, a)
			}
		}
		used := make([]bool, len(got))
		sort.SliceStable(labels, func(a, b int) bool { return !labels[a].Optional && labels[b].Optional })
		optional := map[string]bool{}
		for _, g := range labels {
			names := forms(g)
			if g.Optional {
				for n := range names {
					optional[n] = true
				}
			}
			hit := -1
			for i, a := range got {
				if !used[i] && names[scoreNorm(a.Name)] && (!typed || string(a.Kind) == g.Kind) {
					hit = i
					break
				}
			}
			if hit >= 0 {
				used[hit] = true
			}
			if g.Optional {
				continue
			}
			if hit < 0 {
				c.fn++
				log(fmt.Sprintf("  miss  %s: %s %s", f, g.Kind, g.Name))
			} else {
				c.tp++
			}
		}
		for i, a := range got {
			if used[i] || optional[scoreNorm(a.Name)] {
				continue
			}
			c.fp++
			log(fmt.Sprintf("  extra %s: %s %s", f, a.Kind, a.Name))
		}
	}
	return c
}

func forms(g label) map[string]bool {
	m := map[string]bool{scoreNorm(g.Name): true}
	for _, a := range g.Aliases {
		m[scoreNorm(a)] = true
	}
	return m
}

var (
	sourceLine = regexp.MustCompile(`^(?i)(source|fuente|quelle|zdroj|джерело|источник|original link|lien source|sumber|nguồn)\b\s*:?`)
	footerLine = regexp.MustCompile(`^\S+\s*\(\d+\)$|^(Commentaires|Sur le même sujet|Autres)$`)
)

// corpusInput splits a corpus file the simple way article.Parse does: one
// paragraph per line, source and comment lines dropped, captions apart.
func corpusInput(data []byte, lang string) Input {
	in := Input{Lang: lang}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || sourceLine.MatchString(line) || footerLine.MatchString(line) || strings.HasPrefix(line, "!["):
		case strings.HasPrefix(line, "|") || strings.HasSuffix(line, "|") || strings.Contains(line, "Photo"):
			in.Captions = append(in.Captions, strings.Trim(line, "| "))
		default:
			in.Paragraphs = append(in.Paragraphs, line)
		}
	}
	return in
}

// LoadCorpus reads the labels and the articles' bytes of ../shared/corpus,
// skipping the test when it is absent.
func LoadCorpus(t testing.TB) (gold map[string][]label, files map[string][]byte) {
	labels, err := filepath.Glob(filepath.Join(corpusDir, "labels", "*.actors.json"))
	if err != nil || len(labels) == 0 {
		t.Skip("corpus absent: ", corpusDir)
	}
	gold = map[string][]label{}
	files = map[string][]byte{}
	for _, p := range labels {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var lf labelFile
		if err := json.Unmarshal(b, &lf); err != nil {
			t.Fatal(p, err)
		}
		gold[lf.File] = lf.Actors
		data, err := os.ReadFile(filepath.Join(corpusDir, "articles", lf.File))
		if err != nil {
			t.Fatal(err)
		}
		files[lf.File] = data
	}
	return gold, files
}

// ReportScores logs the scorer's lines for pred and fails below the bar:
// typed F1 0.85 overall, 0.75 for each kind.
func ReportScores(t *testing.T, gold map[string][]label, pred map[string][]Actor) {
	quiet := func(string) {}
	for _, kind := range []string{"person", "organization", "place"} {
		c := score(gold, pred, true, kind, quiet)
		p, r, f := c.prf()
		t.Logf("%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", kind, p, r, f, c.tp, c.fp, c.fn)
		if f < 0.75 {
			t.Errorf("%s typed F1 %.3f < 0.75", kind, f)
		}
	}
	p, r, f := score(gold, pred, false, "", quiet).prf()
	t.Logf("untyped       P=%.3f R=%.3f F1=%.3f", p, r, f)
	var misses []string
	c := score(gold, pred, true, "", func(s string) { misses = append(misses, s) })
	p, r, f = c.prf()
	t.Logf("typed         P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", p, r, f, c.tp, c.fp, c.fn)
	if f < 0.85 || testing.Verbose() {
		t.Log("misses and false hits:\n" + strings.Join(misses, "\n"))
	}
	if f < 0.85 {
		t.Errorf("typed F1 %.3f < 0.85", f)
	}
}

// TestScoreNorm checks the port of score_actors.py's norm against outputs
// of the Python function.
func TestScoreNorm(t *testing.T) {
	for in, want := range map[string]string{
		"Le Vietnam":          "vietnam",
		"l’Élysée":            "elysee",
		"L'AFP":               "afp",
		"  The  White House ": "white house",
		"Thừa Thiên-Huế":      "thua thien-hue",
		"Straße":              "strasse",
		"«Mai»":               "mai",
		"les":                 "les",
		"la Nga":              "nga",
		"Đồng Nai":            "đong nai",
		"ﬁnance":              "finance",
		"Ǆ":                   "dz",
		"Нидерланды":          "нидерланды",
	} {
		if got := scoreNorm(in); got != want {
			t.Errorf("scoreNorm(%q) = %q, want %q", in, got, want)
		}
	}
}
