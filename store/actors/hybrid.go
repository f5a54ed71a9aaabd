package actors

import (
	"slices"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// The tagger and the rules work together: the rules find names and weigh
// the cue words around them; the tagger, trained on annotated corpora,
// adds its word where it is sure enough, and finds names no rule saw.

// How far the tagger is trusted. Sureness is the margin of a tag's score
// over the next best tag's, the least over a name's words.
var (
	tagVote       = weak // added to the kind the tagger gives most of a name's words
	tagVoteSure   = int32(250)
	tagOrgSure    = int32(100) // the same for an organization: the rules' weakest kind
	tagNoneSure   = int32(100) // a mention the tagger is this sure is no name counts against its name
	tagAdd        = true
	tagAddSure    = int32(130) // names only the tagger found are kept when it is this sure
	tagAddW       = medium     // the vote such a name starts with
	tagOnly       = false      // the rules find no names: the tagger alone does
	tagPersonSign = int32(0)   // the tagger's person tag is a sign of a person (personNeedsSign) from this margin
)

// tagParagraph tags toks, reusing the workspace's buffers.
func (w *workspace) tagParagraph(m *tagger.Model, toks []token, g *gazetteer) ([]tagger.Tag, []int32) {
	tt := w.taggerToks[:0]
	for k := range toks {
		tt = append(tt, taggerToken(&toks[k], g, w.lowered.has))
	}
	w.taggerToks = tt
	w.seq.Reset(tt)
	tags, sure := w.tags[:0], w.sure[:0]
	for range toks {
		tags = append(tags, tagger.O)
		sure = append(sure, 0)
	}
	m.TagSure(&w.seq, tags, sure)
	rescaleMargins(sure)
	w.tags, w.sure = tags, sure
	return tags, sure
}

// taggerKind maps the tagger's kinds to the votes'.
var taggerKind = [...]int{tagger.None: -1, tagger.Person: vPerson, tagger.Organization: vOrg, tagger.Place: vPlace, tagger.Misc: vOther}

// voteTags adds the tagger's word to each mention found by the rules: a
// vote for a kind where it is sure, and where it is sure the words are no
// name, a mark that decides a name without evidence (candidate.decide).
func voteTags(ms []mention, tags []tagger.Tag, sure []int32) {
	for k := range ms {
		m := &ms[k]
		best, least := spanKind(tags, sure, m.from, m.to)
		if m.from < len(tags) && tags[m.from].Kind() == tagger.Person && sure[m.from] >= tagPersonSign {
			m.personish = true // a guessed person needs some sign of one
		}
		switch {
		case best == tagger.None:
			m.noName = least >= tagNoneSure
		case best != tagger.Misc && (least >= tagVoteSure || best == tagger.Organization && least >= tagOrgSure) && sameSpan(tags, m.from, m.to):
			m.votes[taggerKind[best]] += tagVote
		}
	}
}

// spanKind returns the kind the tagger gives most words of from:to, and
// how sure it is of the least sure of them.
func spanKind(tags []tagger.Tag, sure []int32, from, to int) (tagger.Kind, int32) {
	var n [5]int
	for i := from; i < to && i < len(tags); i++ {
		n[tags[i].Kind()]++
	}
	best, most := tagger.None, n[tagger.None]
	for kd := tagger.Person; kd <= tagger.Misc; kd++ {
		if n[kd] > most {
			best, most = kd, n[kd]
		}
	}
	least := int32(1 << 30)
	for i := from; i < to && i < len(tags); i++ {
		if tags[i].Kind() == best {
			least = min(least, sure[i])
		}
	}
	return best, least
}

// sameSpan reports whether the tagger found one name at exactly from:to:
// a vote for a part of a longer name is no vote for the part.
func sameSpan(tags []tagger.Tag, from, to int) bool {
	if to > len(tags) || !tags[from].Begins() {
		return false
	}
	k := tags[from].Kind()
	for i := from + 1; i < to; i++ {
		if tags[i].Begins() || tags[i].Kind() != k {
			return false
		}
	}
	return to == len(tags) || tags[to].Begins() || tags[to].Kind() != k
}

// nameWord reports whether a word may begin or end a name the tagger alone
// found: capitalized, and none of the words the rules know are no names
// (titles, honorifics, "État", months, function words).
func nameWord(t *token) bool {
	return t.word && (t.upper || t.digit) && !t.has(isNotNames|isTitles|isHonorifics|isCalendar|isFunctionWords|isCreditWords) &&
		!t.lastHas(isTitles)
}

// addTagged appends the names the tagger found where the rules found none
// (no mention overlaps them).
func (s *scanner) addTagged(base int, tags []tagger.Tag, sure []int32) {
	covered := func(from, to int) bool {
		for _, m := range s.out[base:] {
			if m.from < to && from < m.to {
				return true
			}
		}
		return false
	}
	n := len(s.out)
	for i := 0; i < len(tags); {
		if tags[i] == tagger.O {
			i++
			continue
		}
		j := i + 1
		least := sure[i]
		for j < len(tags) && !tags[j].Begins() && tags[j].Kind() == tags[i].Kind() {
			least = min(least, sure[j])
			j++
		}
		kind := taggerKind[tags[i].Kind()]
		// a Vietnamese surname alone names nobody: articles shorten
		// "Nguyen Quang Hai" to "Hai"
		single := j == i+1
		if kind != vOther && least >= tagAddSure && !covered(i, j) && nameWord(&s.toks[i]) && nameWord(&s.toks[j-1]) &&
			!(single && (s.toks[i].start || vietSurnames[s.toks[i].foldKey()])) && !s.isCredit(i, j) &&
			!s.vietTitleSpan(i, j) { // "Thiếu tướng", "Phó Giám đốc"
			m := s.newMention(joinWords(s.toks, i, j), j-i, i, j, kind, tagAddW)
			s.emit(m)
		}
		i = j
	}
	if len(s.out) > n {
		slices.SortStableFunc(s.out[base:], func(a, b mention) int { return a.from - b.from })
	}
}

// The margins above are in the units of the weights they were tuned on.
// A retraining rescales every weight (more sentences, more passes: larger
// sums), and an absolute threshold would then move a borderline veto for
// no reason of its own. So each margin is brought back to those units by
// the ratio of the weights' scales before the thresholds read it.

// refWeightScale is weightScale of the weights the thresholds were tuned
// on (data/tagger/model.bin.gz of commit 299e7be, sessions 5 and 6).
const refWeightScale = 8644

// marginNum and marginDen scale the loaded model's margins to the
// reference's: margin * marginNum / marginDen.
var marginNum, marginDen int64 = 1, 1

// setMarginScale makes the margins of m comparable with the thresholds.
func setMarginScale(m *tagger.Model) {
	marginNum, marginDen = 1, 1
	if s := weightScale(m); s > 0 && s != refWeightScale {
		marginNum, marginDen = refWeightScale, s
	}
}

// weightScale is the mean magnitude of a model's nonzero weights, in
// thousandths, over 2^16 rows spread across its table.
func weightScale(m *tagger.Model) int64 {
	var sum, n int64
	for k := uint64(0); k < 1<<16; k++ {
		for _, w := range m.Row(k * 0x9e3779b97f4a7c15) {
			if w != 0 {
				sum += int64(max(w, -w))
				n++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return sum * 1000 / n
}

// rescaleMargins brings the margins of one paragraph to the reference's
// units.
func rescaleMargins(sure []int32) {
	if marginNum == marginDen {
		return
	}
	for i, v := range sure {
		sure[i] = int32(int64(v) * marginNum / marginDen)
	}
}
