package actors

import (
	"testing"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// The embedded weights decode, and tag a plain sentence as anyone would.
func TestModelLoads(t *testing.T) {
	m := loadModel()
	if m == nil {
		t.Fatal("the embedded tagger model does not decode")
	}
	toks := tokenize("Le président Emmanuel Macron a rencontré Angela Merkel à Berlin.")
	w := &workspace{lowered: lowercaseWords{set: map[string]bool{}}}
	w.lowered.texts = [][]token{toks}
	tags, _ := w.tagParagraph(m, toks, loadGazetteer())
	want := map[string]tagger.Kind{"Emmanuel": tagger.Person, "Macron": tagger.Person, "Angela": tagger.Person, "Merkel": tagger.Person, "Berlin": tagger.Place, "président": tagger.None, "rencontré": tagger.None}
	for k, tok := range toks {
		if kind, ok := want[tok.text]; ok && tags[k].Kind() != kind {
			t.Errorf("%s tagged %s", tok.text, tags[k])
		}
	}
}
