// Command train learns the weights of the actors tagger from the public
// annotated corpora that a manifest lists (data/tagger/SOURCES.tsv), and
// writes them for the actors package to embed.
//
//	go run ./internal/train -manifest data/tagger/SOURCES.tsv -data DIR -out data/tagger/model.bin.gz
//
// DIR holds the corpus files, fetched from the repositories and commits
// the manifest names; each is checked against its sha256. Every sentence
// goes to train, dev or test by its position in its file (8:1:1), fixed
// before any result was seen. Training is deterministic: the same files
// give the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"os"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// example is a sentence ready for the perceptron.
type example struct {
	lang string
	seq  *tagger.Sequence
	gold []tagger.Tag
}

func newExample(st sentence) *example {
	seq := &tagger.Sequence{}
	seq.Reset(actors.TaggerTokens(st.words, func(w string) bool { return st.doc[w] }))
	return &example{lang: st.lang, seq: seq, gold: st.tags}
}

// options are the settings of one training.
type options struct {
	bits       uint8   // log2 of the weight table's rows
	epochs     int     // passes over the training sentences
	vietnamese float64 // share of sentences copied with Vietnamese names (augment)
	foreign    float64 // share copied with persons of another corpus (foreignNames)
}

// trainingExamples returns the training sentences and their made-up copies.
func trainingExamples(sents []sentence, opt options) []*example {
	var out []*example
	for _, st := range sents {
		out = append(out, newExample(st))
	}
	for _, st := range augment(sents, opt.vietnamese, 2026) {
		out = append(out, newExample(st))
	}
	for _, st := range foreignNames(sents, opt.foreign, 2026) {
		out = append(out, newExample(st))
	}
	return out
}

// learn runs the perceptron over the examples, in an order shuffled by a
// fixed seed, and returns its averaged weights: the same examples give
// the same model.
func learn(train []*example, opt options, logw io.Writer) (*tagger.Model, error) {
	p := newPerceptron(opt.bits)
	rng := rand.New(rand.NewPCG(12, 2026))
	order := append([]*example(nil), train...)
	for e := range opt.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := p.train(order)
		fmt.Fprintf(logw, "epoch %d: %.2f%% tokens wrong\n", e+1, 100*float64(errs)/float64(max(toks, 1)))
	}
	return tagger.NewModel(opt.bits, p.averaged())
}

func main() {
	manifest := flag.String("manifest", "data/tagger/SOURCES.tsv", "the list of corpora")
	dir := flag.String("data", "", "the folder holding the corpus files")
	out := flag.String("out", "data/tagger/model.bin.gz", "where to write the weights")
	bits := flag.Uint("bits", 18, "log2 of the rows of the weight table")
	epochs := flag.Int("epochs", 8, "passes over the training sentences")
	test := flag.Bool("test", false, "also score the test split (do it once, at the end)")
	devDir := flag.String("devarticles", "", "write the dev sentences there as labelled pseudo-articles, and stop")
	share := flag.Float64("augment", 0.5, "share of training sentences copied with Vietnamese names")
	foreign := flag.Float64("foreign", 0.3, "share of training sentences copied with persons of another language")
	given := flag.String("givennames", "", "write the given names of the training sentences there (gzipped), and stop")
	givenMin := flag.Int("givenmin", 3, "how many names of two words or more a given name must begin")
	nouns := flag.String("germannouns", "", "write the German common nouns of the training sentences there (gzipped), and stop")
	nounMin := flag.Int("nounmin", 3, "how often a German noun must stand outside names")
	weights := flag.String("model", "", "score these weights (written by -out) instead of training")
	score := flag.String("score", "", "also score the weights on these CoNLL files, never trained on: LANG=PATH,…")
	flag.Parse()
	log.SetFlags(0)
	if *dir == "" {
		log.Fatal("train: -data (or $NERDATA for go generate) must name the folder of the corpora listed in " + *manifest)
	}
	srcs, err := readManifest(*manifest)
	if err != nil {
		log.Fatal(err)
	}
	var train, dev, tst []*example
	var trainSents []sentence
	devBySource := map[string][]sentence{}
	var sourceOrder []string
	for _, s := range srcs {
		sourceOrder = append(sourceOrder, s.file)
		sents, err := readSource(*dir, s)
		if err != nil {
			log.Fatal(err)
		}
		for n, st := range sents {
			switch n % 10 {
			case 8:
				dev = append(dev, newExample(st))
				devBySource[s.file] = append(devBySource[s.file], st)
			case 9:
				tst = append(tst, newExample(st))
			default:
				trainSents = append(trainSents, st)
			}
		}
	}
	if *given != "" {
		if err := writeGivenNames(*given, givenNames(trainSents, *givenMin)); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *nouns != "" {
		if err := writeGivenNames(*nouns, germanNouns(trainSents, *nounMin)); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *devDir != "" {
		if err := writeArticles(*devDir, devBySource, sourceOrder, 20); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *weights != "" {
		scoreOnly(*weights, dev, *score)
		return
	}
	opt := options{bits: uint8(*bits), epochs: *epochs, vietnamese: *share, foreign: *foreign}
	train = trainingExamples(trainSents, opt)
	fmt.Fprintf(os.Stderr, "train %d, dev %d, test %d sentences\n", len(train), len(dev), len(tst))
	m, err := learn(train, opt, os.Stderr)
	if err != nil {
		log.Fatal(err)
	}
	sample := make([]*example, 0, len(train)/10)
	for k := 0; k < len(train); k += 10 {
		sample = append(sample, train[k])
	}
	evaluate(os.Stderr, "train", m, sample)
	evaluate(os.Stderr, "dev", m, dev)
	if *test {
		evaluate(os.Stderr, "test", m, tst)
	}
	if *score != "" {
		if err := scoreFiles(m, *score); err != nil {
			log.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes\n", *out, buf.Len())
}
