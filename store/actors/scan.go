package actors

import (
	"strings"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// kind indices into a mention's votes.
const (
	vPerson = iota
	vOrg
	vPlace
	vOther
	nVotes
)

// Evidence weights: a cue word right next to a name outweighs a gazetteer
// hit, which outweighs a preposition or a verb.
const (
	strong = 4
	medium = 2
	weak   = 1
)

// mention is one occurrence of a candidate name in the text.
type mention struct {
	text      string // the name as written, titles and generic words removed
	alias     string // another surface form worth keeping ("M. Rubio", "Da Nang City")
	key       string // fold.Key(text)
	words     int    // number of words in text
	votes     [nVotes]int
	listHead  int    // kind a plural generic word before it gives a list, -1 if none
	listTail  int    // kind a plural generic word after it gives a list, -1 if none
	initial   bool   // a single word that begins a sentence: capitalized by position only
	noDefault bool   // found inside an organization's name: needs evidence of its own
	expands   string // key of the name an acronym in parentheses abbreviates
	from, to  int    // token range in its paragraph
	para      int    // paragraph index
}

// scanner finds the mentions of one paragraph.
type scanner struct {
	toks     []token
	lang     string
	english  bool
	lowered  map[string]bool // words the article also writes in lowercase
	g        *gazetteer
	words    int    // word tokens in the paragraph
	buf      []byte // scratch for keys
	out      []mention
	para     int
	lastWord int // index of the paragraph's last word token
}

func newMention(text string, words, from, to, kind, weight int) mention {
	m := mention{text: text, key: fold.Key(text), words: words, from: from, to: to, listHead: -1, listTail: -1}
	m.votes[kind] += weight
	return m
}

func (s *scanner) emit(m mention) {
	if m.text == "" || m.key == "" {
		return
	}
	m.para = s.para
	s.out = append(s.out, m)
}

// joinWords joins toks[from:to] back into the text it was, with single spaces
// where the source had any and elisions glued to the next word.
func joinWords(toks []token, from, to int) string {
	var b strings.Builder
	for k := from; k < to; k++ {
		t := toks[k]
		if k > from && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		if t.elision {
			b.WriteByte('\'')
		}
	}
	return b.String()
}

func (s *scanner) scan() {
	toks := s.toks
	s.lastWord = -1
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].word {
			s.lastWord = k
			break
		}
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word {
			i++
			continue
		}
		if t.has(isCreditWords) && t.upper && i+1 < len(toks) && toks[i+1].text == ":" {
			i = s.skipCredit(i + 2) // "Photo : Kim Lieu", "Photo: hanoimoi.vn"
			continue
		}
		if t.upper && t.start && s.functionInitial(t) && !s.vietName(i, s.runEnd(i)) && i+1 < len(toks) && toks[i+1].word && toks[i+1].upper && !s.known(i, s.runEnd(i)) && !s.knownPrefix(i, s.runEnd(i)) {
			toks[i+1].start = true // "The Department of ...", "Le Comité ..."
			i++
			continue
		}
		if t.upper && isCyrillic(t.lower) && cyrillicAdjective(t.lower) {
			if j, ok := s.cyrillicOrgAhead(i); ok {
				i = j // "Світового банку", "Народного комитета"
				continue
			}
		}
		if t.upper && t.has(isOrgHeads) {
			if k := s.longestKnown(i, i); k-i >= 2 && k >= s.runEnd(i) {
				s.span(i, k, "") // a known name before any phrase rule: "Union européenne"
				i = k
				continue
			}
		}
		if isOrgHead(t) && !t.elision {
			if j, ok := s.orgPhrase(i); ok {
				i = j
				continue
			}
		}
		if t.upper && t.has(isEventHeads) {
			i = s.eventPhrase(i)
			continue
		}
		if t.has(isLowercaseOrgs) && !t.upper {
			s.emit(newMention(t.text, 1, i, i+1, vOrg, strong))
			i++
			continue
		}
		if t.upper && !t.elision {
			if j, ok := s.honorific(i); ok {
				i = j
				continue
			}
			i = s.capitalized(i, "")
			continue
		}
		if t.digit && i+1 < len(toks) && toks[i+1].word && toks[i+1].upper && toks[i+1].space {
			if end := s.runEnd(i + 1); toks[end-1].has(isOrgAfter) {
				s.span(i, end, "")
				i = end
				continue
			}
		}
		i++
	}
}

// runEnd returns the end of the run of capitalized words starting at i.
func (s *scanner) runEnd(i int) int {
	j := i
	for j < len(s.toks) && s.toks[j].word && s.toks[j].upper && !s.toks[j].elision {
		j++
	}
	return j
}

func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// honorific reads "M. Rubio", "Ms. Nguyen Thi Minh Trang", "Mme Dinh Thi".
func (s *scanner) honorific(i int) (int, bool) {
	t := s.toks[i]
	if !t.has(isHonorifics) && !honorifics[t.lower+"."] {
		return 0, false
	}
	k := i + 1
	prefix := t.text
	if k < len(s.toks) && s.toks[k].text == "." {
		prefix += "."
		k++
	}
	if k >= len(s.toks) || !s.toks[k].word || !s.toks[k].upper {
		return 0, false
	}
	return s.capitalized(k, prefix), true
}

// capitalized handles the run of capitalized words that starts at i and
// returns where scanning resumes. prefix is an honorific written before it.
func (s *scanner) capitalized(i int, prefix string) int {
	j := s.runEnd(i)
	if j == i {
		return i + 1
	}
	// a run that contains an event word names an event, not an actor
	for k := i; k < j; k++ {
		if s.toks[k].has(isEventHeads) && k > i {
			return s.eventPhrase(i)
		}
	}
	if k := s.longestKnown(i, j); k > j {
		j = k
	} else {
		j = s.particles(i, j)
	}
	if j-i == 1 && j < len(s.toks) && s.toks[j].word && !s.toks[j].upper && nationalAdjective(s.toks[j].lower) && s.lookup(i, j).kind&gOrg != 0 {
		n := len(s.out) // "Croix-Rouge vietnamienne": a known organization's national branch
		s.span(i, j+1, prefix)
		for k := n; k < len(s.out); k++ {
			s.out[k].votes[vOrg] += strong
		}
		return j + 1
	}
	if last := s.toks[j-1].lower; j-i >= 2 && orgAfter[lastPart(last)] && (s.english || englishWord(last)) {
		if k := s.englishChain(j); k > j { // "Quang Ngai Department of Agriculture and Rural Development"
			s.innerPlace(i, j-1)
			if r := s.lastRun(j, k); r >= 0 && s.lookup(r, k).kind&(gCountry|gPlace|gRegion) != 0 {
				s.inner(r, k) // "State Bank of Vietnam"
			}
			n := len(s.out)
			s.span(i, k, prefix)
			for m := n; m < len(s.out); m++ {
				s.out[m].votes[vOrg] += strong
			}
			return k
		}
	}
	for k := i; k < j-1; k++ {
		if possessive(s.toks[k].text) && !orgAfter[lastPart(s.toks[j-1].lower)] {
			s.span(i, k+1, prefix) // "Vietnam's GDP", but "People's Committee" goes on
			s.span(k+1, j, "")
			return j
		}
	}
	if k := s.countryPrefix(i, j); k > i {
		s.span(i, k, prefix)
		s.span(k, j, "")
		return j
	}
	s.span(i, j, prefix)
	return j
}

// particles extends a run over the lowercase particles of a surname and the
// capitalized words after them: "Ursula von der Leyen", "Lula da Silva".
func (s *scanner) particles(i, j int) int {
	k := j
	for k < len(s.toks) && k < j+2 && !s.toks[k].upper && (s.toks[k].has(isNameParticles) ||
		k > j && (s.toks[k].lower == "der" || s.toks[k].lower == "den") && (s.toks[k-1].lower == "von" || s.toks[k-1].lower == "van")) {
		k++
	}
	if k == j || k >= len(s.toks) || !s.toks[k].word || !s.toks[k].upper || s.known(i, j) {
		return j
	}
	return s.runEnd(k)
}

// countryPrefix returns the end of a country's name that begins a longer run
// of two more words ("России Владимир Путин", "Vietnam Pham Minh Chinh"),
// or i when there is none. Runs that end on a generic word are one name
// ("Vietnam Football Federation").
func (s *scanner) countryPrefix(i, j int) int {
	if j-i < 3 || orgAfter[lastPart(s.toks[j-1].lower)] || s.toks[j-1].has(isPlaceAfter) {
		return i
	}
	for k := i + 1; k <= j-2; k++ {
		if e := s.lookup(i, k); e.code != "" || e.kind&gOrg != 0 || k == i+1 && s.toks[i].caps && !s.toks[k].caps {
			if isTitle(s.toks[k]) {
				return i // "US President Joe Biden": the country is an adjective
			}
			return k
		}
	}
	return i
}

// longestKnown extends the run toks[i:j] over the lowercase words and
// connectors that follow it when the longer phrase is a known place or
// organization: "Arabie saoudite", "Corée du Sud", "Émirats arabes unis".
func (s *scanner) longestKnown(i, j int) int {
	best := j
	for k := j; k < len(s.toks) && k < j+4 && s.toks[k].word; k++ {
		if s.toks[k].digit {
			break
		}
		if k > i && s.toks[k].start {
			break
		}
		if s.toks[k].has(isFunctionWords) || isConnector(s.toks[k].lower) || s.toks[k].elision {
			continue // a name does not end on "de" or "a"
		}
		if s.known(i, k+1) {
			best = k + 1
		}
	}
	return best
}

// known reports whether toks[i:j] is in a gazetteer.
func (s *scanner) known(i, j int) bool {
	if j-i == 1 && s.toks[i].has(isFunctionWords) && !s.toks[i].caps {
		return false // "Un" is not the UN
	}
	return s.lookup(i, j).kind != 0
}

// lookup returns what the gazetteers know toks[i:j] to be. The map is read
// with the scratch buffer directly, which does not allocate.
func (s *scanner) lookup(i, j int) entry {
	b := s.keyOf(i, j)
	if e, ok := s.g.names[string(b)]; ok {
		return e
	}
	if len(b) > 0 && (b[0] == 0xd0 || b[0] == 0xd1) { // Cyrillic: try the inflections
		s.buf = s.buf[:0]
		for k := i; k < j; k++ {
			if s.toks[k].word {
				s.buf = append(s.buf, wordStem(s.toks[k].text)...)
			}
		}
		if utf8.RuneCount(s.buf) < 4 {
			return entry{} // "Утром" is no place: short stems meet by chance
		}
		return s.g.stems[string(s.buf)]
	}
	return entry{}
}

// keyOf returns fold.Key of toks[i:j] in a buffer reused by the next call.
func (s *scanner) keyOf(i, j int) []byte {
	s.buf = s.buf[:0]
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if t.key == "" && t.word {
			t.key = fold.Key(t.text)
		}
		s.buf = append(s.buf, t.key...)
	}
	return s.buf
}

// knownPrefix reports whether the run toks[i:j] begins with a known name of
// two words or more ("Bien Hoa Electricity").
func (s *scanner) knownPrefix(i, j int) bool {
	for k := j; k >= i+2; k-- {
		if s.known(i, k) {
			return true
		}
	}
	return false
}

// knownCountry reports whether toks[i:j] is a country, a region or a known
// organization: names that a short line may hold alone.
func (s *scanner) knownCountry(i, j int) bool {
	return s.lookup(i, j).kind&(gCountry|gRegion|gOrg) != 0
}

// skipCredit returns the index after the name a credit gives: a run of
// capitalized words, or one word such as a domain or "VNA/CVN".
func (s *scanner) skipCredit(i int) int {
	if i >= len(s.toks) || !s.toks[i].word {
		return i
	}
	if s.toks[i].upper {
		return s.runEnd(i)
	}
	return i + 1
}

// span turns the capitalized words toks[i:j] into a mention, reading the cues
// inside it and around it.
func (s *scanner) span(i, j int, prefix string) {
	toks := s.toks
	m := mention{listHead: -1, listTail: -1}
	initial := toks[i].start && prefix == ""
	// sentence-initial articles, adverbs and common words are not names,
	// unless the whole run is a known name ("Da Nang", "Bien Hoa")
	knownRun := s.knownPrefix(i, j) // "Bien Hoa Electricity", "Da Nang City"
	for initial && !knownRun && !s.vietName(i, j) && i < j && (s.functionInitial(toks[i]) || j-i == 1 && s.ordinaryInitial(toks[i])) {
		i++
	}
	if i >= j {
		return
	}
	if s.isCredit(i, j) {
		return
	}
	if prefix != "" {
		m.votes[vPerson] += strong
	}
	if s.code(i, j) {
		return
	}
	// "Russian President Vladimir Putin", "Président Macron"
	titled := s.titleBefore(i)
	for k := min(j-2, i+3); k >= i && !orgAfter[lastPart(toks[j-1].lower)]; k-- {
		if isTitle(toks[k]) {
			m.votes[vPerson] += strong
			i = k + 1
			titled = true
			if c := s.countryPrefix(i, j); c > i { // "Президент России Владимир Путин"
				s.emit(newMention(joinWords(toks, i, c), c-i, i, c, vPlace, strong))
				i = c
			}
			break
		}
	}
	// "State Marco Rubio" after a title, "Mardi Donald Trump" at the start
	for (titled || initial) && i < j-1 && toks[i].has(isNotNames) && !toks[i].has(isCalendar) && !s.known(i, j) {
		i++
	}
	if titled {
		initial = false
	}
	// "Rue Phung Hung", "Перевал Ло Ксо"
	if i < j-1 && (toks[i].has(isPlaceBefore) || cyrillicPlaceHead(toks[i].lower)) {
		m.votes[vPlace] += strong
		i++
		initial = false
	}
	if j-i >= 3 && toks[i].has(isOrgHeads) && !orgAfter[lastPart(toks[j-1].lower)] {
		i++ // "Consiglio Giorgia Meloni": a lone generic word before a name
	}
	if j-i >= 2 && i > 0 && isDeterminer(toks[i-1]) && nationalAdjective(toks[i].lower) && !s.known(i, j) {
		i++ // "le Brésilien Rafaelson": a nationality, then the name
		m.votes[vPerson] += strong
	}
	full := joinWords(toks, i, j)
	// a trailing English possessive is not part of the name
	if j-i >= 1 {
		last := toks[j-1].text
		if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
			full = strings.TrimSuffix(strings.TrimSuffix(full, "'s"), "’s")
		}
	}
	end := j
	if j-i >= 2 && orgAfter[lastPart(toks[j-1].lower)] {
		m.votes[vOrg] += strong
		s.innerPlace(i, j-1)
	} else if j-i == 1 && (toks[i].has(isPlaceAfter) || toks[i].has(isPlaceBefore)) && j < len(toks) && toks[j].digit {
		s.emit(newMention(joinWords(toks, i, j+1), 2, i, j+1, vPlace, strong)) // "District 7"
		return
	} else if j-i >= 2 && toks[j-1].has(isPlaceAfter) {
		if j < len(toks) && toks[j].digit { // "National Highway 1": a numbered road, kept whole
			m = newMention(joinWords(toks, i, j+1), j+1-i, i, j+1, vPlace, strong)
			s.emit(m)
			return
		}
		m.votes[vPlace] += strong
		m.alias = full
		end = j - 1
		for end-i >= 2 && (toks[end-1].lower == "international" || toks[end-1].lower == "internacional") {
			end-- // "Noi Bai International Airport"
		}
	}
	m.text = joinWords(toks, i, end)
	if end == j {
		m.text = full
	}
	m.key = fold.Key(m.text)
	m.words = end - i
	m.from, m.to = i, j
	m.initial = initial && m.words == 1
	if m.initial && s.words < 4 && !s.knownCountry(i, j) {
		return // a lone capitalized word on a short line: a page leftover
	}
	if m.words == 1 && utf8.RuneCountInString(m.text) < 2 || notNameKeys[m.key] {
		return // "groupe D", "Nouvel An"
	}
	if m.words == 1 && toks[i].has(isNotNames) {
		return
	}
	if prefix != "" {
		m.alias = prefix + " " + m.text
	}
	s.context(&m, i, j)
	if m.words == 1 && toks[i].caps && i >= 2 && toks[i-1].text == "(" && j < len(toks) && toks[j].text == ")" {
		for k := len(s.out) - 1; k >= 0; k-- {
			if s.out[k].to == i-1 && s.out[k].para == s.para {
				m.expands = s.out[k].key
				break
			}
		}
	}
	s.emit(m)
}

// code reports product codes and the like: "E5 RON 92", "RON 95-III",
// "GMT+7": a run with a digit inside, or an acronym before a number.
func (s *scanner) code(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.ContainsAny(s.toks[k].text, "0123456789") && !s.toks[j-1].has(isOrgAfter) {
			return true
		}
	}
	if j < len(s.toks) && s.toks[j-1].caps {
		n := s.toks[j]
		return n.digit || n.text == "+" || n.text == "-" && j+1 < len(s.toks) && s.toks[j+1].digit
	}
	return false
}

// functionInitial reports whether a sentence's first word is a function or
// common word, which never begins a name of several words ("Long Hung" does
// begin with a word that is also lowercase "long").
func (s *scanner) functionInitial(t token) bool {
	return t.has(isFunctionWords) || t.has(isNotNames) && !t.has(isCalendar) || t.elision
}

// ordinaryInitial reports whether a sentence's first word is an ordinary word
// that only has a capital because it comes first.
func (s *scanner) ordinaryInitial(t token) bool {
	return t.has(isFunctionWords) || t.has(isNotNames) && !t.has(isCalendar) || s.lowered[t.lower] || t.elision
}

// isCredit reports agency tags and sign-offs: "(VNA) -", "-VNA", "VNA/CVN".
func (s *scanner) isCredit(i, j int) bool {
	toks := s.toks
	if j-i != 1 || !toks[i].caps && !strings.Contains(toks[i].text, "/") {
		return false
	}
	if strings.Contains(toks[i].text, "/") {
		return true
	}
	before := func(k int) string {
		if k >= 0 {
			return toks[k].text
		}
		return ""
	}
	after := func(k int) string {
		if k < len(toks) {
			return toks[k].text
		}
		return ""
	}
	if before(i-1) == "(" && after(j) == ")" && (after(j+1) == "-" || after(j+1) == "–") {
		return true
	}
	if (before(i-1) == "-" || before(i-1) == "–") && i == s.lastWord {
		return true
	}
	return before(i-1) == "/" || after(j) == "/"
}

// context adds the cues around toks[i:j]: titles and generic words before it,
// generic words and verbs after it, datelines.
func (s *scanner) context(m *mention, i, j int) {
	toks := s.toks
	if s.titleBefore(i) && m.votes[vPerson] == 0 && s.lookup(i, j).kind&(gCountry|gRegion|gOrg) == 0 && !orgAfter[lastPart(toks[j-1].lower)] {
		m.votes[vPerson] += strong // not "le ministre des Affaires étrangères du Vietnam"
	}
	// a generic place word before it, possibly with "de", "of", "suivants :"
	k := i - 1
	for k >= 0 && (!toks[k].upper && (toks[k].elision || isConnector(toks[k].lower) || toks[k].has(isListCueSkips)) || toks[k].text == ":") {
		k--
	}
	// one adjective may stand between: "l'aéroport international de Van Don"
	if k >= 1 && k < i-1 && toks[k].word && !toks[k].upper && !toks[k].has(isFunctionWords|isPlaceBefore) &&
		toks[k-1].word && !toks[k-1].upper && toks[k-1].has(isPlaceBefore) {
		k--
	}
	if k >= 0 && toks[k].word && !toks[k].upper && (toks[k].has(isPlaceBefore) || cyrillicPlaceHead(toks[k].lower) && !s.looksLikePerson(i, j)) {
		m.votes[vPlace] += strong
		if isPlural(toks[k].lower) {
			m.listHead = vPlace
		}
	} else if i > 0 && toks[i-1].text == ":" && s.pluralHeadBefore(i-1) {
		m.votes[vPlace] += strong // "les communes suivantes sont touchées : Phu Tan, ..."
		m.listHead = vPlace
	} else if q := s.skipQuotes(i - 1); q >= 0 && toks[q].word && !toks[q].upper && toks[q].has(isOrgBefore) {
		m.votes[vOrg] += strong
	} else if k >= 0 && k < i-1 && toks[k].word && !toks[k].upper && (toks[k].lower == "club" || toks[k].lower == "clubs") {
		m.votes[vOrg] += strong // "le club de Cong An Ha Noi"
	} else if i > 0 && toks[i-1].word && !toks[i-1].upper && toks[i-1].has(isPlacePrepositions) && (j-i == 1 || vietPlaceLike(toks[i:j])) {
		m.votes[vPlace] += weak // "à Koursk", "à A Luoi"
	}
	// after it: a generic place word, a speech verb, a dateline
	if j < len(toks) && toks[j].word && !toks[j].upper {
		w := toks[j].lower
		if placeAfter[w] {
			m.votes[vPlace] += strong
		} else if orgAfterLower[w] {
			m.votes[vOrg] += strong
		} else if w == "streets" || w == "roads" || w == "provinces" || w == "districts" || w == "communes" || w == "wards" {
			m.votes[vPlace] += strong
			m.listTail = vPlace
		}
		if personVerbs[w] || j+1 < len(toks) && toks[j+1].has(isPersonVerbs) && len(w) <= 3 {
			m.votes[vPerson] += weak
		}
	}
	if j+3 < len(toks) && toks[j].text == "(" && toks[j+1].caps && toks[j+2].text == ")" && (toks[j+3].text == "-" || toks[j+3].text == "–") && i <= 1 {
		m.votes[vPlace] += strong // "Hanoi (VNA) -"
	}
}

// skipQuotes steps back over opening quotes before a name.
func (s *scanner) skipQuotes(k int) int {
	for k >= 0 && strings.Contains("«“\"'‘", s.toks[k].text) {
		k--
	}
	return k
}

// pluralHeadBefore reports a plural generic place word among the few words
// of the sentence that end at toks[k] (a colon that opens a list).
func (s *scanner) pluralHeadBefore(k int) bool {
	for n := k - 1; n >= 0 && n >= k-8 && s.toks[n].word; n-- {
		t := s.toks[n]
		if !t.upper && isPlural(t.lower) && (t.has(isPlaceBefore) || cyrillicPlaceHead(t.lower)) {
			return true
		}
	}
	return false
}

// titleBefore reports a title before toks[i], possibly with adjectives and
// a ministry between: "le président russe", "Secretary of State", "le
// secrétaire d'État américain".
func (s *scanner) titleBefore(i int) bool {
	toks := s.toks
	notName := i < len(toks) && toks[i].has(isNotNames) // "République Luong Cuong"
	for k, seen := i-1, 0; k >= 0 && seen < 5; k, seen = k-1, seen+1 {
		t := toks[k]
		if !t.word {
			return false
		}
		if isTitle(t) || t.has(isHonorifics) {
			return true
		}
		if t.has(isNotNames) {
			notName = true
			continue
		}
		if t.elision || t.lower == "of" || !t.upper && (notName && isConnector(t.lower) || !t.has(isFunctionWords)) {
			continue // "le président de la République", "Secretary of State"
		}
		return false
	}
	return false
}

// cyrillicOrgAhead reads a Russian or Ukrainian organization whose name
// begins with the capitalized adjective at i and whose generic word follows
// within a few adjectives.
func (s *scanner) cyrillicOrgAhead(i int) (int, bool) {
	for k := i + 1; k < len(s.toks) && k <= i+3 && s.toks[k].word && !s.toks[k].upper; k++ {
		if isOrgHead(s.toks[k]) {
			return s.orgPhrase(k)
		}
		if !cyrillicAdjective(s.toks[k].lower) {
			break
		}
	}
	return 0, false
}

// vietName reports a Vietnamese personal name of three syllables or more
// whose family name is also a word: "Do Anh Dung", "Ha Thi Lan".
func (s *scanner) vietName(i, j int) bool {
	t := s.toks[i]
	return j-i >= 3 && vietSurnames[fold.Key(t.text)] && !t.has(isListArticles) && allVietSyllables(s.toks[i:j])
}

// lastRun returns where the last run of capitalized words in toks[j:k]
// begins, or -1.
func (s *scanner) lastRun(j, k int) int {
	r := -1
	for n := k - 1; n >= j && s.toks[n].word && s.toks[n].upper; n-- {
		r = n
	}
	return r
}

// englishWord reports an English organization word, after which "of" and
// "for" go on with the name in any article's language.
func englishWord(w string) bool {
	switch w {
	case "department", "ministry", "committee", "center", "centre", "institute", "council", "commission",
		"agency", "office", "bank", "university", "association", "federation", "union", "authority":
		return true
	}
	return false
}

// isDeterminer reports an article before a noun: le, la, l', the, el...
func isDeterminer(t token) bool {
	switch t.lower {
	case "le", "la", "l", "les", "the", "el", "il", "lo", "der", "die", "das", "o", "a":
		return !t.upper || t.start
	}
	return false
}

// nationalAdjective reports a lowercase word shaped like a nationality
// adjective: "vietnamienne", "française", "européen", "chinois".
func nationalAdjective(w string) bool {
	for _, e := range []string{"ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise", "éen", "éenne", "ese", "ian", "ano", "ana"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isTitle reports a title, also as the last part of a compound:
// "vice-président", "Віце-прем'єр-міністр".
func isTitle(t token) bool { return t.has(isTitles) || titles[lastPart(t.lower)] }

// isOrgHead reports a generic organization word, in Russian and Ukrainian
// in any case: "Міністерству оборони", "Народного комитета".
func isOrgHead(t token) bool {
	if t.has(isOrgHeads) {
		return true
	}
	if !isCyrillic(t.lower) {
		return false
	}
	for _, p := range cyrillicOrgStems {
		if strings.HasPrefix(t.lower, p) {
			return true
		}
	}
	return false
}

// lastPart is what follows a word's last hyphen: "presse-agentur" gives "agentur".
func lastPart(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return w[k+1:]
	}
	return w
}

func isConnector(w string) bool {
	switch w {
	case "de", "du", "des", "d", "la", "l", "le", "les", "of", "the", "del", "della", "di", "da", "do", "dos", "das", "der", "von":
		return true
	}
	return false
}

func isPlural(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || w == "cities" || w == "villages"
}

func cyrillicPlaceHead(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x400 || r > 0x4ff {
		return false
	}
	for _, p := range cyrillicPlaceStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// innerPlace records the place inside an English organization's name:
// "Bien Hoa City People's Committee" names Bien Hoa.
func (s *scanner) innerPlace(i, j int) {
	for k := i + 1; k < j; k++ {
		if s.toks[k].has(isPlaceAfter) {
			text := joinWords(s.toks, i, k)
			s.emit(newMention(text, k-i, i, k, vPlace, strong))
			return
		}
	}
}

// eventPhrase reads an event's name ("Coupe d'Asie 2027", "SEA Games 32") and
// records it as other, so that the names inside it are not taken as actors.
func (s *scanner) eventPhrase(i int) int {
	toks := s.toks
	j := s.runEnd(i)
	lowers := 0
	for j < len(toks) && toks[j].word {
		t := toks[j]
		switch {
		case t.elision || !t.upper && isConnector(t.lower):
		case t.upper:
			j = s.runEnd(j) - 1
		case t.digit:
		case lowers == 0 && !t.has(isFunctionWords) && j > 0 && isConnector(toks[j-1].lower):
			lowers++
		default:
			goto done
		}
		j++
	}
done:
	for j > i+1 && (toks[j-1].elision || isConnector(toks[j-1].lower)) {
		j--
	}
	text := joinWords(toks, i, j)
	s.emit(newMention(text, j-i, i, j, vOther, strong))
	return j
}
