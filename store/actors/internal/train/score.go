package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// scoreFiles scores m on annotated files outside the manifest, given as
// LANG=PATH,…: corpora whose licence does not allow training on them can
// still say how the tagger does on their language.
func scoreFiles(m *tagger.Model, spec string) error {
	for _, pair := range strings.Split(spec, ",") {
		lang, path, ok := strings.Cut(pair, "=")
		if !ok {
			return fmt.Errorf("-score: %q is not LANG=PATH", pair)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		src := source{file: filepath.Base(path), lang: lang, format: "conll4", sha256: hex.EncodeToString(sum[:])}
		sents, err := readSource(filepath.Dir(path), src)
		if err != nil {
			return err
		}
		exs := make([]*example, len(sents))
		for k, st := range sents {
			exs[k] = newExample(st)
		}
		evaluate(os.Stderr, "score "+src.file, m, exs)
	}
	return nil
}

// scoreOnly scores the weights at path on the dev split and the files of
// spec (see scoreFiles), to set two sets of weights side by side.
func scoreOnly(path string, dev []*example, spec string) {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	m, err := tagger.Decode(data)
	if err != nil {
		log.Fatal(err)
	}
	evaluate(os.Stderr, "dev", m, dev)
	if spec != "" {
		if err := scoreFiles(m, spec); err != nil {
			log.Fatal(err)
		}
	}
}
