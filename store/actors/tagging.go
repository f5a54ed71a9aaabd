package actors

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// The tagger's weights are learned by `go generate ./store/actors` (the
// command is internal/train) from the public corpora that
// data/tagger/SOURCES.tsv lists; data/SOURCES.md says how.

//go:generate go run ./internal/train -manifest data/tagger/SOURCES.tsv -data $NERDATA -out data/tagger/model.bin.gz

//go:embed data/tagger/model.bin.gz
var taggerModel []byte

var (
	modelOnce sync.Once
	model     *tagger.Model
)

// loadModel decodes the embedded weights once. A model that does not decode
// leaves the rules alone at work, which TestModelLoads would have caught.
func loadModel() *tagger.Model {
	modelOnce.Do(func() {
		if model != nil {
			return
		}
		m, err := tagger.Decode(taggerModel)
		if err == nil {
			model = m
			setMarginScale(m)
		}
	})
	return model
}

// Gazetteer bits of a tagger token.
const (
	tgPlace   = uint8(gPlace)
	tgRegion  = uint8(gRegion)
	tgOrg     = uint8(gOrg)
	tgCountry = uint8(gCountry)
	tgPrefix  = 1 << 4 // the first word of a gazetteer name of several words
	tgVietSur = 1 << 5 // a Vietnamese surname: "Nguyen", "Tran"
)

// taggerToken describes t as the tagger sees it; seen tells the words
// its article writes in lowercase.
func taggerToken(t *token, g *gazetteer, seen func(string) bool) tagger.Token {
	tt := tagger.Token{Text: t.text, Lower: t.lower, Cues: uint32(t.flags), Start: t.start}
	tt.Seen = t.upper && t.word && seen(t.lower)
	if !t.word || !t.upper {
		return tt // the gazetteers name no lowercase word
	}
	k := t.foldKey()
	e := g.get(k)
	tt.Gaz = e.kind
	if e.code != "" {
		tt.Gaz |= tgCountry
	}
	if isPrefix(g, k) {
		tt.Gaz |= tgPrefix
	}
	if vietSurnames[k] {
		tt.Gaz |= tgVietSur
	}
	return tt
}

// TaggerTokens describes the words of a sentence, tokenized by an annotated
// corpus, as the tagger sees them in an article whose lowercase words seen
// tells. It is here for the command that trains the tagger, so that
// training and tagging share one view.
func TaggerTokens(words []string, seen func(string) bool) []tagger.Token {
	g := loadGazetteer()
	out := make([]tagger.Token, len(words))
	for k, w := range words {
		toks := tokenize(w)
		if len(toks) == 0 {
			out[k] = tagger.Token{Text: w, Lower: w}
			continue
		}
		t := toks[0]
		t.text = w
		t.start = k == 0
		if len(toks) > 1 { // "U.S.", "l'": keep the word whole
			t.lower = strings.ToLower(w)
			t.flags, t.last = lexiconFlags(t.lower)
		}
		out[k] = taggerToken(&t, g, seen)
	}
	return out
}
