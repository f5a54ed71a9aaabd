package sanitize

import "unicode"

// Runes that take no cell of their own: combining marks, joiners,
// variation selectors and tags. No script needs more than a handful on one
// character, but nothing bounds them: 60,000 acute accents on one letter
// ("Zalgo" text) are one character wide, so a title cut to the screen kept
// them all, and kiosk list printed a 120 KB row, the TUI redrew it on every
// frame, and terminals paint the pile over the rows around it. The first
// maxMarks of a run are kept, the rest dropped.
const maxMarks = 8

// maxJoins is the most zero-width joiners kept in one sequence that is
// not an emoji's (those lose theirs, below): the longest emoji Unicode
// names (a family, a kiss) have 3. A chain of 1,500 families joined by
// U+200D is one character to x/ansi and lipgloss, two cells wide, while a
// terminal draws 6,000 emoji: a list row or a search snippet 38 KB long,
// and a layout that no longer fits the screen (attack round 8). Past
// maxJoins a joiner is dropped, so a chain whose base pictograph misses
// falls into sequences of at most maxJoins+1 runes.
const maxJoins = 3

// An emoji's joiners and skin tones are dropped: terminals draw an emoji
// sequence at widths of their own. x/ansi measures a family (four emoji,
// three joiners) or a thumb with a skin tone as one character two cells
// wide; tmux draws the thumb and its tone four cells wide, and a family
// two cells wide with a person lost, its cell full, and the joiner then
// gluing what follows to it: a list row of families drew no column after
// its title (attack round 8). Without them every terminal and every
// measure agree: a family is four emoji side by side, eight cells, and
// the thumb two. The emoji selector (U+FE0F) goes too: it makes a symbol
// of one cell (❤, ©, a keycap's digit) two cells wide to x/ansi, and
// terminals that draw rune by rune (tmux) still draw one; without it both
// say one. The rest of the text is as it was: a joiner after a letter
// (Indic scripts, Persian) stays, as do the other variation selectors.

// cluster follows the runes drawn as one character: the run of zero-width
// runes (marks), the joiners of a sequence (joins), and its base.
type cluster struct {
	marks, joins int
	joined       bool // the rune before was a joiner
	base         rune // the last rune kept that is not glued; 0 after ASCII
}

// keep tells whether the non-ASCII rune r may be kept, and counts it. A
// rune dropped leaves the count as it was, so the text without it reads
// the same from there on: cleaning it again drops nothing more.
func (c *cluster) keep(r rune) bool {
	if r == '\ufe0f' || (r == '\u200d' || skinTone(r)) && pictograph(c.base) {
		return false // the emoji stands alone, in the width of its base
	}
	g := glued(r)
	switch {
	case r == '\u200d' && c.joined:
		// a joiner after a joiner joins nothing more: only a mark
	case r == '\u200d' && c.joins == maxJoins:
		// dropped; the next rune that is no joiner starts anew
		return false
	case r == '\u200d':
		c.joins++
		c.joined = true
	case !g && !c.joined:
		c.joins = 0
	case !g:
		c.joined = false
	}
	if !g {
		c.base = r
		c.marks = 0
		return true
	}
	c.marks++
	return c.marks <= maxMarks
}

// skinTone reports an emoji modifier (Fitzpatrick types 1-2 to 6).
func skinTone(r rune) bool { return r >= 0x1F3FB && r <= 0x1F3FF }

// pictograph reports a rune a joiner or a skin tone would make one emoji
// with: every Extended_Pictographic rune of Unicode (TestPictographs checks
// them against x/ansi's segmentation), and other symbols besides, which
// nothing joins to.
func pictograph(r rune) bool {
	switch {
	case r < 0xA9:
		return false
	case r >= 0x1F000 && r <= 0x1FFFD, r == 0x203C, r == 0x2049, r == 0x2139, r == 0x3030, r == 0x303D:
		return true
	}
	return unicode.In(r, unicode.So, unicode.Sm)
}

// glued reports a rune that makes one character with its neighbour: drawn
// on the character before it (combining marks, joiners, variation
// selectors, tags), spacing marks after it, conjoining Hangul jamo, and the
// few that prefix the character after them (U+0600). x/ansi and lipgloss
// measure such a run as one character, one or two cells, and never cut
// inside it, while a terminal draws a cell for each spacing mark, jamo or
// prefix: 100 jamo or spacing marks in a row made a title the layout
// measured 2 cells wide and the terminal drew 200 (attack round 8). Every
// non-ASCII rune of every article comes here, so the Basic Multilingual
// Plane is looked up in a bit set made once from the Unicode tables.
func glued(r rune) bool {
	if r < 0x300 {
		return false
	}
	if r < 0x10000 {
		return gluedBMP[r>>6]&(1<<(r&63)) != 0
	}
	return r >= 0xE0100 && r <= 0xE01EF || r >= 0xE0020 && r <= 0xE007F || // variation selectors, tags
		r == 0x110BD || r == 0x110CD || unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// gluedBMP has a bit set for each rune below U+10000 that glued reports.
var gluedBMP = func() (set [0x10000 / 64]uint64) {
	add := func(lo, hi, stride rune) {
		for r := lo; r <= hi && r < 0x10000; r += stride {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	for _, t := range []*unicode.RangeTable{unicode.Mn, unicode.Me, unicode.Mc} {
		for _, g := range t.R16 {
			add(rune(g.Lo), rune(g.Hi), rune(g.Stride))
		}
	}
	add(0x200C, 0x200D, 1) // joiners
	add(0xFE00, 0xFE0F, 1) // variation selectors
	for _, jamo := range [][2]rune{{0x1100, 0x11FF}, {0xA960, 0xA97F}, {0xD7B0, 0xD7FF}} {
		add(jamo[0], jamo[1], 1)
	}
	for _, p := range prepend {
		add(p, p, 1)
	}
	return set
}()

// prepend are the runes of the BMP that Unicode glues to the character
// after them (Grapheme_Cluster_Break=Prepend).
var prepend = []rune{0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x0D4E}

// invisible reports format characters that draw nothing and join or
// separate nothing a reader sees: zero-width space, word joiner, the
// invisible operators, the Mongolian vowel separator. Terminals give some
// of them a cell; they are dropped.
func invisible(r rune) bool {
	return r == 0x200B || r >= 0x2060 && r <= 0x2064 || r == 0x180E
}
