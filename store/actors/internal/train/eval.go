package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// span is one name: its kind and token range.
type span struct {
	kind     tagger.Kind
	from, to int
}

func spans(tags []tagger.Tag) []span {
	var out []span
	for i := 0; i < len(tags); {
		if tags[i] == tagger.O {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && !tags[j].Begins() && tags[j].Kind() == tags[i].Kind() {
			j++
		}
		out = append(out, span{tags[i].Kind(), i, j})
		i = j
	}
	return out
}

// counts are exact-match name counts for one kind or all.
type counts struct{ tp, fp, fn int }

func (c counts) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	p := float64(c.tp) / float64(c.tp+c.fp)
	r := float64(c.tp) / float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

var kindNames = map[tagger.Kind]string{tagger.Person: "PER", tagger.Organization: "ORG", tagger.Place: "LOC", tagger.Misc: "MISC"}

// evaluate tags every example with m and writes exact-match F1 per
// language and kind (MISC left out of "all": kiosk does not report it).
func evaluate(w io.Writer, name string, m *tagger.Model, exs []*example) {
	byLang := map[string]map[tagger.Kind]*counts{}
	for _, ex := range exs {
		got := make([]tagger.Tag, len(ex.gold))
		m.Tag(ex.seq, got)
		cs := byLang[ex.lang]
		if cs == nil {
			cs = map[tagger.Kind]*counts{tagger.None: {}, tagger.Person: {}, tagger.Organization: {}, tagger.Place: {}, tagger.Misc: {}}
			byLang[ex.lang] = cs
		}
		g, p := spans(ex.gold), spans(got)
		for _, s := range p {
			hit := slices.Contains(g, s)
			c := cs[s.kind]
			if hit {
				c.tp++
			} else {
				c.fp++
			}
			if s.kind != tagger.Misc {
				if hit {
					cs[tagger.None].tp++
				} else {
					cs[tagger.None].fp++
				}
			}
		}
		for _, s := range g {
			if !slices.Contains(p, s) {
				cs[s.kind].fn++
				if s.kind != tagger.Misc {
					cs[tagger.None].fn++
				}
			}
		}
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		cs := byLang[l]
		fmt.Fprintf(w, "%s %s: F1 %.3f (PER %.3f ORG %.3f LOC %.3f MISC %.3f; %d names)\n", name, l,
			cs[tagger.None].f1(), cs[tagger.Person].f1(), cs[tagger.Organization].f1(), cs[tagger.Place].f1(),
			cs[tagger.Misc].f1(), cs[tagger.None].tp+cs[tagger.None].fn)
	}
}
