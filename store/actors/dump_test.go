package actors

import (
	"encoding/json"
	"fmt"
	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDump writes the actors Extract finds in each folder of $KIOSK_DUMP
// (FOLDER=OUT.jsonl, separated by commas) as lines of `kiosk list --json`,
// for ../shared/tools/score_actors.py and the error analysis of the dev
// sets. An article's language is its label file's (LABELS/NAME.actors.json
// beside the folder), else the first two letters of its name. Run by hand:
// it only writes. KIOSK_MODE=rules or tagger runs one of them alone.
func TestDump(t *testing.T) {
	spec := os.Getenv("KIOSK_DUMP")
	if spec == "" {
		t.Skip("set KIOSK_DUMP=FOLDER=OUT.jsonl,… to run")
	}
	switch os.Getenv("KIOSK_MODE") {
	case "rules":
		loadModel()
		defer func(m *tagger.Model) { model = m }(model)
		model = nil
	case "tagger":
		defer func(o, a bool, s int32) { tagOnly, tagAdd, tagAddSure = o, a, s }(tagOnly, tagAdd, tagAddSure)
		tagOnly, tagAdd, tagAddSure = true, true, 0
	}
	setKnobs(t, os.Getenv("KIOSK_KNOBS"))
	if path := os.Getenv("KIOSK_MODEL"); path != "" { // weights to try, from internal/train -out
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := tagger.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		loadModel()
		defer func(old *tagger.Model) { model = old; setMarginScale(old) }(model)
		model = m
		setMarginScale(m)
	}
	for _, pair := range strings.Split(spec, ",") {
		dir, out, ok := strings.Cut(pair, "=")
		if !ok {
			t.Fatalf("KIOSK_DUMP: %q is not FOLDER=OUT", pair)
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		var b strings.Builder
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(f)
			lang := name[:2]
			var lf labelFile
			if lb, err := os.ReadFile(filepath.Join(dir, "..", "labels", strings.TrimSuffix(name, ".txt")+".actors.json")); err == nil && json.Unmarshal(lb, &lf) == nil {
				lang = lf.Lang
			}
			line, _ := json.Marshal(map[string]any{"file": name, "lang": lang, "actors": Extract(corpusInput(data, lang))})
			b.Write(line)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// setKnobs sets the tagger's thresholds NAME=VALUE,… for the test, to
// tune them on the dev sets.
func setKnobs(t *testing.T, spec string) {
	knobs := map[string]*int32{"persign": &tagPersonSign, "vote": &tagVoteSure, "org": &tagOrgSure, "none": &tagNoneSure, "add": &tagAddSure}
	flags := map[string]*bool{"addon": &tagAdd, "sign": &personNeedsSign, "of": &ofChain}
	for _, kv := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatal(kv, err)
		}
		if p := knobs[k]; p != nil {
			old := *p
			t.Cleanup(func() { *p = old })
			*p = int32(n)
		} else if p := flags[k]; p != nil {
			old := *p
			t.Cleanup(func() { *p = old })
			*p = n != 0
		} else {
			t.Fatal("no knob ", k)
		}
	}
}

// TestShowTags prints the tagger's tags of $KIOSK_TAGS, for looking at
// what it makes of a sentence.
func TestShowTags(t *testing.T) {
	text := os.Getenv("KIOSK_TAGS")
	if text == "" {
		t.Skip("set KIOSK_TAGS to a sentence")
	}
	w := workspaces.Get().(*workspace)
	toks := tokenizeInto(nil, text)
	tags, sure := w.tagParagraph(loadModel(), toks, loadGazetteer())
	var b strings.Builder
	for k := range toks {
		fmt.Fprintf(&b, "%s/%s/%d ", toks[k].text, tags[k], sure[k])
	}
	t.Log(b.String())
}
