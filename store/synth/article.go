// Package synth writes folders of synthetic news articles in the format of
// the real ones (store/article/FORMAT.md), for benchmarks and tests at scale. Output is
// a pure function of the article number and the seed, so a folder can be
// regenerated identically and the number of articles holding a benchmark
// word is known in advance (Has, Count).
package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Article returns the bytes of article i of the folder made with seed:
// about 3.3 KB of paragraphs, one per line, with an optional title line,
// captions, page leftovers, a source line and a comment footer, in French,
// English, Russian or Ukrainian.
func Article(i int, seed int64) []byte {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), uint64(i)))}
	g.l = pickLang(g.r)
	g.b.Grow(4096)
	g.head()
	g.body(i, seed)
	g.tail()
	return []byte(g.b.String())
}

type gen struct {
	r *rand.Rand
	l *lang
	b strings.Builder
}

func pickLang(r *rand.Rand) *lang {
	n := r.IntN(100)
	for k := range langs {
		if n < langs[k].share {
			return &langs[k]
		}
		n -= langs[k].share
	}
	return &langs[0]
}

// head writes what may precede the text: a title line, a leading caption.
func (g *gen) head() {
	if g.chance(30) {
		g.line(g.fill(pick(g.r, g.l.titles)))
		g.blanks()
	}
	if g.chance(20) {
		g.caption()
	}
}

// body writes paragraphs of one to four sentences up to a drawn size, with
// the benchmark words that this article holds and a caption here and there.
func (g *gen) body(i int, seed int64) {
	var extra []string
	if Has(i, seed, CommonWord) {
		extra = append(extra, strings.ReplaceAll(pick(g.r, g.l.common), "{W}", CommonWord))
	}
	for _, w := range RareWords {
		if Has(i, seed, w) {
			extra = append(extra, strings.ReplaceAll(g.l.rare, "{W}", w))
		}
	}
	target := 1900 + g.r.IntN(2000)
	start := g.b.Len()
	for g.b.Len()-start < target || len(extra) > 0 {
		n := 1 + g.r.IntN(4)
		for s := range n {
			if s > 0 {
				g.b.WriteByte(' ')
			}
			if len(extra) > 0 && g.chance(30) {
				g.b.WriteString(extra[0])
				extra = extra[1:]
				continue
			}
			g.b.WriteString(g.fill(pick(g.r, g.l.sentences)))
		}
		g.b.WriteByte('\n')
		if g.chance(30) {
			g.blanks()
		}
		if g.chance(8) {
			g.caption()
		}
	}
}

// tail writes the page's end: leftovers, a byline, the source line, the blank
// lines scrapers leave, and the comment footer, often without a final newline.
func (g *gen) tail() {
	if g.chance(25) {
		g.line(pick(g.r, g.l.leftovers))
	}
	if g.chance(20) {
		g.line(g.person())
	}
	if g.chance(90) {
		g.source()
	}
	if g.chance(50) {
		g.b.WriteString(strings.Repeat("\n", 8+g.r.IntN(5)))
	}
	if g.chance(70) {
		n := 0
		if g.chance(20) {
			n = 1 + g.r.IntN(60)
		}
		g.b.WriteString(pick(g.r, g.l.footers) + " (" + strconv.Itoa(n) + ")")
		if g.chance(30) {
			g.b.WriteByte('\n')
		}
	}
}

// caption writes one caption in one of the forms the scrapers leave.
func (g *gen) caption() {
	text := g.fill(pick(g.r, g.l.captions))
	credit := g.l.photo + g.person()
	switch g.r.IntN(5) {
	case 0:
		g.line(text)
	case 1:
		g.line(text + ". " + credit)
	case 2:
		g.line("![]() |")
		g.line("| " + text + ". " + credit + " |")
	case 3:
		g.line(text + ". " + credit + " |")
	default:
		g.line(g.l.video + text)
	}
}

// source writes a source line, mostly with the usual label for the language.
func (g *gen) source() {
	label := g.l.sources[0]
	if g.chance(30) {
		label = pick(g.r, g.l.sources)
	}
	if !strings.HasSuffix(label, " ") {
		g.line(label) // a bare label: the link was lost
		return
	}
	host := pick(g.r, domains)
	path := pick(g.r, sections) + "/" + pick(g.r, slugs) + "-" + pick(g.r, slugs) + "-" +
		strconv.FormatUint(g.r.Uint64()&0xffffffffffff, 16) + ".htm"
	g.line(label + "https://" + host + "/" + path)
}

func (g *gen) person() string {
	if g.chance(8) {
		return pick(g.r, foreignNames)
	}
	return pick(g.r, familyNames) + " " + pick(g.r, middleNames) + " " + pick(g.r, givenNames)
}

func (g *gen) date() string {
	day, month := strconv.Itoa(1+g.r.IntN(28)), pick(g.r, g.l.months)
	if g.l.code == "en" {
		return month + " " + day
	}
	return day + " " + month
}

// fill replaces the slots of a template (see lang) with drawn names.
func (g *gen) fill(t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 || i+2 >= len(t) || t[i+2] != '}' {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		b.WriteString(g.slot(t[i+1]))
		t = t[i+3:]
	}
}

func (g *gen) slot(c byte) string {
	switch c {
	case 'P':
		return g.person()
	case 'F':
		return pick(g.r, foreignNames)
	case 'L':
		return pick(g.r, places)
	case 'R':
		return pick(g.r, rivers)
	case 'O':
		return g.fill(pick(g.r, g.l.orgs))
	case 'A':
		return pick(g.r, agencies)
	case 'X':
		return pick(g.r, abroad)
	case 'N':
		return strconv.Itoa(2 + g.r.IntN(300))
	case 'H':
		return strconv.Itoa(1 + g.r.IntN(23))
	case 'D':
		return g.date()
	}
	return ""
}

func (g *gen) line(s string)           { g.b.WriteString(s); g.b.WriteByte('\n') }
func (g *gen) blanks()                 { g.b.WriteString(strings.Repeat("\n", 1+g.r.IntN(3))) }
func (g *gen) chance(percent int) bool { return g.r.IntN(100) < percent }

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }
