package tagger

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Sequence holds one sentence or paragraph prepared for tagging; reuse it
// from one to the next to keep its buffers.
type Sequence struct {
	ws    []wordHashes
	feats []uint64
}

// Reset prepares toks for tagging.
func (s *Sequence) Reset(toks []Token) {
	s.ws = s.ws[:0]
	for k := range toks {
		s.ws = append(s.ws, hashWord(&toks[k]))
	}
}

// Len is the number of tokens.
func (s *Sequence) Len() int { return len(s.ws) }

// Features returns the feature hashes of position i when the two tags
// before it are prev and prev2. The slice is reused by the next call.
func (s *Sequence) Features(i int, prev, prev2 Tag) []uint64 {
	f := staticFeatures(s.feats[:0], s.ws, i)
	f = tagFeatures(f, s.ws, i, prev, prev2)
	s.feats = f
	return f
}

// Model is a table of weights, one row of NTags per hashed feature.
type Model struct {
	mask uint64
	w    []int16
}

const magic = "KTAG1"

// NewModel returns a model of 2^bits rows holding w (len NTags<<bits).
func NewModel(bits uint8, w []int16) (*Model, error) {
	if bits < 8 || bits > 26 || len(w) != int(NTags)<<bits {
		return nil, fmt.Errorf("tagger: %d weights for %d bits", len(w), bits)
	}
	return &Model{mask: 1<<bits - 1, w: w}, nil
}

// Row returns the row of weights a feature hash falls into.
func (m *Model) Row(h uint64) []int16 {
	r := int(h&m.mask) * int(NTags)
	return m.w[r : r+int(NTags) : r+int(NTags)]
}

// Tag writes the tag of every token of s to out (len s.Len()): greedily,
// left to right, each token's best tag given the ones before it.
func (m *Model) Tag(s *Sequence, out []Tag) { m.TagSure(s, out, nil) }

// TagSure is Tag that also writes, when sure is not nil, how sure the
// tagger is of each tag: by how much its score beats the next best tag's.
func (m *Model) TagSure(s *Sequence, out []Tag, sure []int32) {
	prev, prev2 := O, O
	for i := range s.ws {
		if !s.Scored(i, prev) {
			out[i] = O
			if sure != nil {
				sure[i] = sureO
			}
			prev2, prev = prev, O
			continue
		}
		var sc [NTags]int32
		for _, h := range s.Features(i, prev, prev2) {
			row := m.Row(h)
			for t := range sc {
				sc[t] += int32(row[t])
			}
		}
		best := Best(&sc, prev)
		out[i] = best
		if sure != nil {
			sure[i] = margin(&sc, prev, best)
		}
		prev2, prev = prev, best
	}
}

// Best returns the tag of the highest score that may follow prev.
func Best[N int32 | int64](sc *[NTags]N, prev Tag) Tag {
	best := O
	for t := Tag(1); t < NTags; t++ {
		if sc[t] > sc[best] && allowed(prev, t) {
			best = t
		}
	}
	return best
}

// sureO is how sure the tagger is of the O of a word it does not score.
const sureO = 1 << 20

// margin is how much the score of best beats the next tag that may follow
// prev.
func margin(sc *[NTags]int32, prev, best Tag) int32 {
	second := int32(-1 << 30)
	for t := O; t < NTags; t++ {
		if t != best && allowed(prev, t) && sc[t] > second {
			second = sc[t]
		}
	}
	return sc[best] - second
}

// Encode writes the model as gzip-compressed bytes; the same model gives
// the same bytes.
func (m *Model) Encode(w io.Writer) error {
	bits := uint8(0)
	for 1<<bits < m.mask+1 {
		bits++
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	buf := make([]byte, 0, len(magic)+1+2*len(m.w))
	buf = append(buf, magic...)
	buf = append(buf, bits)
	for _, v := range m.w {
		buf = binary.LittleEndian.AppendUint16(buf, uint16(v))
	}
	if _, err := zw.Write(buf); err != nil {
		return err
	}
	return zw.Close()
}

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if len(raw) < len(magic)+1 || string(raw[:len(magic)]) != magic {
		return nil, errors.New("tagger: not a model")
	}
	bits := raw[len(magic)]
	raw = raw[len(magic)+1:]
	w := make([]int16, len(raw)/2)
	for k := range w {
		w[k] = int16(binary.LittleEndian.Uint16(raw[2*k:]))
	}
	return NewModel(bits, w)
}
