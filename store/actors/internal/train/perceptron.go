package main

import (
	"math"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// perceptron is an averaged perceptron over a hashed weight table. Its
// weights change by whole steps, so training is exact and repeatable; the
// average is kept lazily, by the step each weight last changed at.
type perceptron struct {
	mask  uint64
	w     []int32
	total []int64 // sum over steps of w, up to stamp
	stamp []int32
	step  int32
}

func newPerceptron(bits uint8) *perceptron {
	n := int(tagger.NTags) << bits
	return &perceptron{mask: 1<<bits - 1, w: make([]int32, n), total: make([]int64, n), stamp: make([]int32, n)}
}

func (p *perceptron) index(h uint64, t tagger.Tag) int {
	return int(h&p.mask)*int(tagger.NTags) + int(t)
}

func (p *perceptron) scores(feats []uint64, sc *[tagger.NTags]int64) {
	for _, h := range feats {
		base := int(h&p.mask) * int(tagger.NTags)
		for t := range sc {
			sc[t] += int64(p.w[base+t])
		}
	}
}

func (p *perceptron) update(feats []uint64, gold, guess tagger.Tag) {
	for _, h := range feats {
		p.add(p.index(h, gold), 1)
		p.add(p.index(h, guess), -1)
	}
}

func (p *perceptron) add(i int, d int32) {
	p.total[i] += int64(p.step-p.stamp[i]) * int64(p.w[i])
	p.stamp[i] = p.step
	p.w[i] += d
}

// train runs one pass over the sentences in the order given, tagging each
// greedily and learning from the tags it got wrong, in the history it
// produced itself: what the tagger will meet at run time.
func (p *perceptron) train(seqs []*example) (errors, tokens int) {
	for _, ex := range seqs {
		prev, prev2 := tagger.O, tagger.O
		for i, gold := range ex.gold {
			p.step++
			if !ex.seq.Scored(i, prev) {
				prev2, prev = prev, tagger.O
				continue
			}
			feats := ex.seq.Features(i, prev, prev2)
			var sc [tagger.NTags]int64
			p.scores(feats, &sc)
			guess := tagger.Best(&sc, prev)
			if guess != gold {
				p.update(feats, gold, guess)
				errors++
			}
			tokens++
			prev2, prev = prev, guess
		}
	}
	return errors, tokens
}

// averaged returns the averaged weights, scaled to 16 bits: the largest
// becomes ±32000, and those too small for a step become 0.
func (p *perceptron) averaged() []int16 {
	avg := make([]float64, len(p.w))
	most := 0.0
	for i := range p.w {
		t := p.total[i] + int64(p.step-p.stamp[i])*int64(p.w[i])
		avg[i] = float64(t) / float64(p.step)
		most = max(most, math.Abs(avg[i]))
	}
	out := make([]int16, len(p.w))
	if most == 0 {
		return out
	}
	scale := 32000 / most
	for i, v := range avg {
		out[i] = int16(math.Round(v * scale))
	}
	return out
}
