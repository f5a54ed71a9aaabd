package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/ui/render"
)

// renderBudget is how long glamour may take before the reader shows plain
// wrapped text instead; glamour needs about 3 ms for a typical article.
const renderBudget = 300 * time.Millisecond

// loadDelay lets the cursor run over rows without reading each file: an
// article loads only once the cursor rests this long.
const loadDelay = 60 * time.Millisecond

// renderKey names one rendering: the same article at the same width and
// style is never rendered twice.
type renderKey struct {
	id    string
	width int
	style string
}

// loadMsg asks to load the article once the cursor rested (token unchanged).
type loadMsg struct{ token int }

// renderedMsg carries a finished rendering back to Update. token tells
// whether it is still wanted: the cursor may have moved on since.
type renderedMsg struct {
	token  int
	key    renderKey
	art    article.Article
	lines  []string
	plain  bool // glamour failed or ran out of time
	budget time.Duration
	err    error
}

// readerModel is the article pane.
type readerModel struct {
	sum     Summary
	art     *article.Article
	key     renderKey
	lines   []string
	plain   bool
	err     error
	offset  int
	token   int
	width   int
	height  int
	terms   []string
	hl      highlights // where terms match in lines
	matches []int      // line numbers holding a match of terms
	match   int        // index in matches of the last jump
	after   afterFunc
	stop    context.CancelFunc // cancels the rendering under way

	dateLayout string // how the header writes the article's date
}

// bump makes every answer asked for so far unwanted, and cancels the
// rendering under way: superseded renderings never start glamour.
func (r *readerModel) bump() {
	r.token++
	if r.stop != nil {
		r.stop()
		r.stop = nil
	}
}

// show makes s the reader's article. Everything about the article on
// screen (the panels, the header, o, y, m, b) follows from this one: its
// text comes from the cache at once, or after a delayed load, the body
// saying it is loading meanwhile. The same article (a newer row of it, say)
// keeps its text: a changed file is forgotten first (see forget).
func (r *readerModel) show(s Summary, c *cache, style string) tea.Cmd {
	if s.ID == r.sum.ID && s.ID != "" {
		r.sum = s
		return nil
	}
	r.clear()
	r.sum = s
	k := renderKey{s.ID, r.width, style}
	if lines, ok := c.renders.get(k); ok {
		if a, ok := c.articles.get(s.ID); ok {
			r.set(k, a, lines, false, nil)
			return nil
		}
	}
	t := r.token
	return r.after(loadDelay, loadMsg{t})
}

// clear empties the reader: no article, and no answer still wanted.
func (r *readerModel) clear() {
	r.sum, r.art, r.key, r.lines, r.plain, r.err = Summary{}, nil, renderKey{}, nil, false, nil
	r.offset, r.matches, r.match = 0, nil, -1
	r.bump()
}

// forget drops the article if it is the reader's: its file changed.
func (r *readerModel) forget(id string) {
	if id == r.sum.ID {
		r.clear()
	}
}

// accept reports whether an answer carrying token is still wanted, and
// stops wanting it: the same answer twice changes nothing.
func (r *readerModel) accept(token int) bool {
	if token != r.token {
		return false
	}
	r.bump()
	return true
}

// request returns the command that loads and renders the current article at
// the current width, or nil when the cache has it (then it is shown at once).
func (r *readerModel) request(lib Library, c *cache, style string) tea.Cmd {
	return r.requestWithin(lib, c, style, renderBudget)
}

// requestWithin is request with a given time budget for glamour.
func (r *readerModel) requestWithin(lib Library, c *cache, style string, budget time.Duration) tea.Cmd {
	if r.sum.ID == "" || r.width < 1 {
		return nil
	}
	k := renderKey{r.sum.ID, r.width, style}
	if k == r.key && r.lines != nil && r.art != nil && !r.plain {
		return nil
	}
	if lines, ok := c.renders.get(k); ok {
		if a, ok := c.articles.get(r.sum.ID); ok {
			r.set(k, a, lines, false, nil)
			return nil
		}
	}
	r.bump()
	ctx, stop := context.WithCancel(context.Background())
	r.stop = stop
	t, sum := r.token, r.sum
	cached, haveArt := c.articles.get(sum.ID)
	return func() tea.Msg {
		defer stop()
		// One rendering at a time: a resize storm queues goroutines that
		// wait here and give up once superseded, not renderings that
		// each hold a copy of a large article.
		select {
		case renderSlot <- struct{}{}:
			defer func() { <-renderSlot }()
		case <-ctx.Done():
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
		a := cached
		if !haveArt {
			var err error
			a, err = lib.Article(ctx, sum)
			if err != nil {
				return renderedMsg{token: t, key: k, err: err}
			}
		}
		lines, plain := renderLines(ctx, onScreen(a), k.width, k.style, budget)
		if ctx.Err() != nil {
			return nil // superseded: nobody waits for it
		}
		return renderedMsg{token: t, key: k, art: a, lines: lines, plain: plain, budget: budget}
	}
}

// renderSlot lets one rendering command of the UI work at a time.
var renderSlot = make(chan struct{}, 1)

// glamourMax is the largest article, in bytes of Markdown, given to
// glamour: it needs about 5 ms a KiB on a busy machine, so a larger one
// could not finish within even the retry's budget, and each try would hold
// megabytes. Above it the plain text is the rendering, not a fallback.
const glamourMax = 192 << 10

// renderLines renders with glamour under the budget, and with Plain when
// glamour fails or is late (plain is then true: worth another try), or
// when the article is too large for glamour (plain is false: final).
func renderLines(ctx context.Context, a article.Article, width int, style string, budget time.Duration) ([]string, bool) {
	if len(render.Markdown(a)) > glamourMax {
		return plainLines(a, width), false
	}
	within, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	out, err := render.Glamour(within, a, width, style)
	switch {
	case ctx.Err() != nil:
		return nil, false // superseded: no fallback to make
	case err != nil:
		return plainLines(a, width), true
	}
	return strings.Split(strings.TrimRight(out, "\n"), "\n"), false
}

// plainLines is the article as plain wrapped text, set in by one cell.
func plainLines(a article.Article, width int) []string {
	pw := max(width-2, 1)
	lines := strings.Split(strings.TrimRight(render.Plain(a, pw), "\n"), "\n")
	for i, l := range lines {
		if width > pw {
			lines[i] = " " + l
		}
	}
	return append([]string{""}, lines...)
}

// retryBudget is the second chance glamour gets, in the background, after
// plain text went on screen: a cold start on a busy machine can be slow.
const retryBudget = 5 * time.Second

// receive takes a finished rendering if it is the one wanted. A plain
// fallback is shown but not cached, and glamour is tried again with a longer
// budget; the returned command does that.
func (r *readerModel) receive(m renderedMsg, lib Library, c *cache) (bool, tea.Cmd) {
	if m.key.id != r.sum.ID || !r.accept(m.token) {
		return false, nil
	}
	if m.err != nil {
		r.err = m.err
		r.lines, r.art = nil, nil
		return true, nil
	}
	c.articles.put(m.key.id, m.art)
	retry := m.plain && m.budget < retryBudget
	if !m.plain {
		c.renders.put(m.key, m.lines)
	}
	r.set(m.key, m.art, m.lines, m.plain, nil)
	if retry {
		return true, r.requestWithin(lib, c, m.key.style, retryBudget)
	}
	return true, nil
}

func (r *readerModel) set(k renderKey, a article.Article, lines []string, plain bool, err error) {
	if k.id != r.key.id {
		r.offset = 0
	}
	r.key, r.art, r.lines, r.plain, r.err = k, &a, lines, plain, err
	r.findMatches()
	r.scrollBy(0)
}

// setTerms sets the words to highlight.
func (r *readerModel) setTerms(terms []string) {
	r.terms = terms
	r.findMatches()
}

func (r *readerModel) findMatches() {
	// The highlighter decides, so that n lands only on what is highlighted.
	r.hl = findHighlights(r.lines, r.terms, r.art)
	r.matches, r.match = r.hl.lines, -1
}

// jump scrolls to the next (dir 1) or previous (dir -1) match.
func (r *readerModel) jump(dir int) bool {
	if len(r.matches) == 0 {
		return false
	}
	if r.match < 0 {
		// first jump: the first match at or below the top of the screen
		r.match = len(r.matches) - 1
		if dir > 0 {
			r.match = -1
			for i, l := range r.matches {
				if l >= r.offset {
					r.match = i - 1
					break
				}
			}
		}
	}
	r.match = (r.match + dir + len(r.matches)) % len(r.matches)
	r.offset = r.matches[r.match] - r.height/3
	r.scrollBy(0)
	return true
}

// atEnd reports whether the article's last line is on screen.
func (r *readerModel) atEnd() bool {
	return r.lines != nil && r.offset >= len(r.lines)-r.height
}

func (r *readerModel) scrollBy(n int) {
	r.offset = clamp(r.offset+n, 0, max(len(r.lines)-r.height, 0))
}

// header is the pane's title line, width cells at most: what the article
// is (its title, source, date, language and length) and where the reader
// is in it. The facts that matter least give way first when the line is
// too narrow, then the title is cut.
func (r *readerModel) header(width int) Safe {
	if r.sum.ID == "" {
		return sanitize.Lit("Reader")
	}
	title := r.sum.Label() // the title, or the file name cleaned
	source, lang, words := r.sum.Source(), "", 0
	if a := r.art; a != nil {
		lang, words = a.Lang, a.Words
		if a.Source != nil {
			source = sanitize.SafeLine(a.Source.Domain)
		}
	}
	// the facts in the order shown, each with how much it matters
	type fact struct {
		text Safe
		prio int
	}
	var facts []fact
	if !source.IsEmpty() {
		facts = append(facts, fact{source, 3})
	}
	if d := showDate(r.sum.Date, r.dateLayout); !d.IsEmpty() {
		facts = append(facts, fact{d, 2})
	}
	if lang != "" {
		facts = append(facts, fact{sanitize.SafeLine(lang), 1})
	}
	if words > 0 {
		facts = append(facts, fact{readingTime(words), 2})
	}
	if p := r.position(); !p.IsEmpty() {
		facts = append(facts, fact{p, 4})
	}
	titleMin := min(ansi.StringWidth(title.String()), 16)
	for {
		var right Safe
		for _, f := range facts {
			right = sanitize.Sprintf("%s · %s", right, f.text)
		}
		tw := width - ansi.StringWidth(right.String())
		if tw >= titleMin || len(facts) == 0 {
			cut := sanitize.Wrap(strings.TrimRight(fitSafe(title, max(tw, 0)).String(), " "))
			return sanitize.Concat(cut, fitSafe(right, width-max(tw, 0)))
		}
		drop := 0
		for i, f := range facts {
			if f.prio < facts[drop].prio {
				drop = i
			}
		}
		facts = append(facts[:drop], facts[drop+1:]...)
	}
}

// readingTime is the article's length as minutes at 200 words a minute.
func readingTime(words int) Safe {
	return sanitize.Sprintf("%d min", max((words+199)/200, 1))
}

// position is how far the reader is: top, end or a percentage; "" when
// the whole article is on screen.
func (r *readerModel) position() Safe {
	if len(r.lines) <= r.height || r.height <= 0 {
		return Safe{}
	}
	switch last := len(r.lines) - r.height; r.offset {
	case 0:
		return sanitize.Lit("top")
	case last:
		return sanitize.Lit("end")
	default:
		return sanitize.Sprintf("%d%%", 100*r.offset/last)
	}
}

// onScreen is the article as the reader renders it. A title cut from the
// lead is no heading: the body starts with the same sentence (the header
// names it). French sets a space before : ; ? ! and inside « »; a no-break
// one (U+00A0: the wrappers break at the narrow U+202F) keeps the sign on
// the line of its word.
func onScreen(a article.Article) article.Article {
	if !a.HasTitle {
		a.Title = ""
	}
	if a.Lang != "fr" {
		return a
	}
	a.Title = frenchSpaces.Replace(a.Title)
	a.Paragraphs = replaceAll(a.Paragraphs)
	a.Captions = replaceAll(a.Captions)
	blocks := make([]article.Block, len(a.Blocks))
	for i, b := range a.Blocks {
		b.Text = frenchSpaces.Replace(b.Text)
		blocks[i] = b
	}
	a.Blocks = blocks
	return a
}

var frenchSpaces = strings.NewReplacer(" :", "\u00a0:", " ;", "\u00a0;", " ?", "\u00a0?", " !", "\u00a0!",
	"« ", "«\u00a0", " »", "\u00a0»")

func replaceAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = frenchSpaces.Replace(s)
	}
	return out
}

// body draws the visible lines with the matches highlighted; hint says
// what to do when there is no article to show.
func (r *readerModel) body(s styles, hint Safe) []styled {
	switch {
	case r.err != nil:
		return []styled{"", " " + paint(s.err, sanitize.Sprintf("cannot read this article: %s", errorLine(r.err)))}
	case r.sum.ID == "":
		return []styled{"", paint(s.dim, sanitize.Lit(" no article to show")), paint(s.dim, sanitize.Sprintf(" %s", hint))}
	case r.lines == nil:
		return []styled{"", paint(s.dim, sanitize.Lit(" loading…"))}
	}
	end := min(r.offset+r.height, len(r.lines))
	out := make([]styled, 0, end-r.offset)
	for i, l := range r.lines[r.offset:end] {
		out = append(out, fromRenderer(r.hl.mark(r.offset+i, l, s.match)))
	}
	return out
}

// errorLine keeps one line of an error: the rest could be anything.
func errorLine(err error) Safe {
	var pe interface{ Unwrap() error }
	if errors.As(err, &pe) && pe.Unwrap() != nil {
		err = pe.Unwrap()
	}
	l, _, _ := strings.Cut(err.Error(), "\n")
	return sanitize.SafeLine(l)
}
