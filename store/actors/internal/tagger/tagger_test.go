package tagger

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

func randomModel(t *testing.T, bits uint8) *Model {
	rng := rand.New(rand.NewPCG(1, 2))
	w := make([]int16, int(NTags)<<bits)
	for k := range w {
		w[k] = int16(rng.IntN(2001) - 1000)
	}
	m, err := NewModel(bits, w)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func sentence(words ...string) *Sequence {
	toks := make([]Token, len(words))
	for k, w := range words {
		toks[k] = Token{Text: w, Lower: w, Start: k == 0}
	}
	s := &Sequence{}
	s.Reset(toks)
	return s
}

// An encoded model decodes to the same weights, and so tags the same.
func TestEncodeDecode(t *testing.T) {
	m := randomModel(t, 10)
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !slicesEqual(m.w, back.w) || m.mask != back.mask {
		t.Fatal("decoded model differs")
	}
	if _, err := Decode([]byte("not gzip")); err == nil {
		t.Error("garbage decoded")
	}
}

func slicesEqual(a, b []int16) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// Whatever the weights, an I- tag only continues a name of its kind.
func TestTagsAreWellFormed(t *testing.T) {
	m := randomModel(t, 12)
	s := sentence("Le", "président", "Emmanuel", "Macron", "a", "visité", "Hanoï", "avec", "l'", "ONU", ".")
	out := make([]Tag, s.Len())
	sure := make([]int32, s.Len())
	m.TagSure(s, out, sure)
	prev := O
	for k, tg := range out {
		if !allowed(prev, tg) {
			t.Fatalf("tag %d: %s after %s", k, tg, prev)
		}
		if sure[k] < 0 {
			t.Fatalf("tag %d: negative margin %d", k, sure[k])
		}
		prev = tg
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Hanoi": "Xx", "COVID-19": "X-d", "l'": "x'", "Đà": "Xx", "ООН": "X", "a.b.c.d.e.f": "x.x.x."} {
		if got := string(shape(make([]byte, 0, 6), in)); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTagKinds(t *testing.T) {
	for k := Person; k <= Misc; k++ {
		b, i := TagOf(k, true), TagOf(k, false)
		if !b.Begins() || i.Begins() || b.Kind() != k || i.Kind() != k {
			t.Errorf("kind %d: %s %s", k, b, i)
		}
	}
	if O.Kind() != None || TagOf(None, true) != O {
		t.Error("O is not None")
	}
}
