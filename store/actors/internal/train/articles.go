package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// The dev sentences are also written as pseudo-articles with actor labels,
// so that the whole extraction, rules and tagger together, can be scored
// on text the rules were never tuned on (see TestTune in store/actors).

// articleLabel is one actor of a pseudo-article, as testdata/heldout
// writes them.
type articleLabel struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

var labelKinds = map[tagger.Kind]string{tagger.Person: "person", tagger.Organization: "organization", tagger.Place: "place"}

// writeArticles writes the sentences, per source, in articles of n
// sentences: LANG-SOURCE-K.txt and its .json labels.
func writeArticles(dir string, bySource map[string][]sentence, order []string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, src := range order {
		sents := bySource[src]
		for k := 0; k*n < len(sents); k++ {
			chunk := sents[k*n : min(len(sents), (k+1)*n)]
			name := fmt.Sprintf("%s-%s-%03d", chunk[0].lang, strings.TrimSuffix(src, filepath.Ext(src)), k)
			var text strings.Builder
			labels := []articleLabel{}
			seen := map[string]int{}
			for _, st := range chunk {
				text.WriteString(strings.Join(st.words, " "))
				text.WriteString("\n\n")
				for _, s := range spans(st.tags) {
					kind, ok := labelKinds[s.kind]
					if !ok {
						continue
					}
					nm := strings.Join(st.words[s.from:s.to], " ")
					if at, dup := seen[strings.ToLower(nm)]; dup {
						if labels[at].Kind != kind {
							labels[at].Optional = true // the corpus disagrees with itself
						}
						continue
					}
					seen[strings.ToLower(nm)] = len(labels)
					labels = append(labels, articleLabel{Name: nm, Kind: kind, Aliases: []string{}})
				}
			}
			if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(text.String()), 0o644); err != nil {
				return err
			}
			js, _ := json.MarshalIndent(labels, "", " ")
			if err := os.WriteFile(filepath.Join(dir, name+".json"), js, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
