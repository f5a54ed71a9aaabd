package actors

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
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
	noName    bool   // the tagger is sure it is no name
	term      bool   // an acronym the text spells out in lowercase: a thing, not a name
	personish bool   // shaped like a person's name: a given name first, a Vietnamese name, the tagger's person
	firstName bool   // a first name from the lists at its head
	from, to  int    // token range in its paragraph
	para      int    // paragraph index
}

// scanner finds the mentions of one paragraph.
type scanner struct {
	toks     []token
	lang     string
	english  bool
	lowered  *lowercaseWords // words the article also writes in lowercase
	g        *gazetteer
	words    int    // word tokens in the paragraph
	buf      []byte // the key of toks[keyFrom:keyTo], when keyed: see keyOf
	keyFrom  int
	keyTo    int
	keyed    bool
	runKey   []byte // scratch for knownPrefix
	stemBuf  []byte // scratch for lookups by stems
	out      []mention
	para     int
	lastWord int // index of the paragraph's last word token
	// the tagger's tags of the paragraph and how sure it is of each, nil
	// without a tagger: the rules ask it where they cannot tell
	tags []tagger.Tag
	sure []int32
}

// taggedPerson reports whether the tagger begins a person's name at i.
// Without a tagger it says yes, the rules' older guess.
func (s *scanner) taggedPerson(i int) bool {
	return s.tags == nil || s.tags[i] == tagger.BPer
}

func (s *scanner) newMention(text string, words, from, to, kind, weight int) mention {
	m := mention{text: text, key: s.textKey(text, from, to), words: words, from: from, to: to, listHead: -1, listTail: -1}
	m.votes[kind] += weight
	return m
}

// textKey returns fold.Key(text) for text = joinWords(s.toks, from, to),
// from the words' keys: spaces and apostrophes fold to nothing, so the key
// of the words joined is their keys joined. A single word's key is its own,
// without a copy.
func (s *scanner) textKey(text string, from, to int) string {
	if to == from+1 && text == s.toks[from].text {
		return s.toks[from].foldKey()
	}
	if len(text) != joinedLen(s.toks, from, to) {
		return fold.Key(text) // not the words as joined: be safe
	}
	for k := from; k < to; k++ {
		if !s.toks[k].word {
			return fold.Key(text) // keyOf leaves punctuation out
		}
	}
	return string(s.keyOf(from, to))
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
	if to == from+1 && !toks[from].elision {
		return toks[from].text // a single word: most names, no copy
	}
	var b strings.Builder
	b.Grow(joinedLen(toks, from, to))
	for k := from; k < to; k++ {
		t := &toks[k]
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

// joinedLen is len(joinWords(toks, from, to)).
func joinedLen(toks []token, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		t := &toks[k]
		n += len(t.text)
		if k > from && t.space {
			n++
		}
		if t.elision {
			n++
		}
	}
	return n
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
		t := &toks[i]
		if !t.word {
			i++
			continue
		}
		if j := domainEnd(toks, i); j > i {
			i = j // "REPUBLIKA.CO.ID", "VnExpress.net": a site, named by its address
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
		if s.lang == "vi" && t.upper {
			if j, ok := s.vietOrgPhrase(i); ok {
				i = j // "Bộ Ngoại giao Trung Quốc"
				continue
			}
			if t.start && i+1 < len(toks) && toks[i+1].upper {
				if j, ok := s.vietOrgPhrase(i + 1); ok {
					i = j // "Theo Thời báo Hoàn Cầu": a preposition begins the sentence
					continue
				}
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
			s.emit(s.newMention(t.text, 1, i, i+1, vOrg, strong))
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
		if t.digit && !ordinal(t.lower) && i+1 < len(toks) && toks[i+1].word && toks[i+1].upper && toks[i+1].space {
			if end := s.runEnd(i + 1); toks[end-1].has(isOrgAfter) {
				s.span(i, end, "")
				i = end
				continue
			}
		}
		i++
	}
}

// ordinal reports a number written as an ordinal, "15th", "14e", "3º",
// which ranks a body ("15th National Assembly") and is no part of its name.
func ordinal(w string) bool {
	k := 0
	for k < len(w) && '0' <= w[k] && w[k] <= '9' {
		k++
	}
	switch w[k:] {
	case "st", "nd", "rd", "th", "e", "er", "ère", "ème", "º", "ª", "°", "o", "a":
		return k > 0
	}
	return false
}

// maxRunWords bounds a run of capitalized words. No name is that long,
// and the steps that read a run (known names and their prefixes,
// Vietnamese names) cost its length squared: a paragraph of nothing but
// "Hà Nội Hà Nội …" took seconds per 60 KB before the bound.
const maxRunWords = 24

// runEnd returns the end of the run of capitalized words starting at i,
// at most maxRunWords long; a longer run goes on as the next one.
func (s *scanner) runEnd(i int) int {
	j := i
	for j < len(s.toks) && j-i < maxRunWords && s.toks[j].word && s.toks[j].upper && !s.toks[j].elision {
		j++
	}
	return j
}

// possessiveName returns the end of a name in the possessive that begins
// the run toks[i:j] and is followed by another name, or i: a place or an
// organization by its generic word or the gazetteers ("Hanoi's Department
// of Science", "Mexico's National Statistics Institute"). A possessive
// without one stays inside the name: "People's Committee".
func (s *scanner) possessiveName(i, j int) int {
	for k := i; k < j-1; k++ {
		t := &s.toks[k]
		if !possessive(t.text) || collectivePossessive(t.text) {
			continue
		}
		if t.lastHas(isPlaceAfter|isOrgAfter) || t.lastHas(isOrgHeads) && t.upper {
			return k + 1 // "National Weather Service's Storm Prediction Center": the owner is a body
		}
		name := joinWords(s.toks, i, k+1)
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		if e := s.g.get(fold.Key(name)); e.kind != 0 || e.code != "" {
			return k + 1
		}
		return i
	}
	return i
}

func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// honorific reads "M. Rubio", "Ms. Nguyen Thi Minh Trang", "Mme Dinh Thi".
func (s *scanner) honorific(i int) (int, bool) {
	t := &s.toks[i]
	if !t.has(isHonorifics|isHonorificsDot) && !(s.lang == "vi" && vietHonorifics[t.lower]) || s.vietPlaceHonorific(i) {
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
	if name, ok := s.vietDottedCity(j - 1); ok {
		if j-1 > i {
			s.span(i, j-1, prefix) // "Ở TP.HCM"
		}
		s.emit(s.newMention(name, 1, j-1, j+2, vPlace, strong)) // "TP.HCM"
		return j + 2
	}
	// a run that contains an event word names an event, not an actor
	for k := i; k < j; k++ {
		if s.toks[k].has(isEventHeads) && k > i {
			return s.eventPhrase(i)
		}
	}
	if s.lang == "de" || s.lang == "id" {
		if k := s.germanNoun(i, j); k == i {
			return i + 1 // "Falschbehauptung": a noun, no name
		} else if k > i {
			j = k // "Trumps Falschbehauptung": the name ends before the noun
		}
		if s.lang == "de" && s.germanGenitive(i, j) {
			j = i + 1 // "Georgiens Beitritt", "Klöckners Vorgängern": a name in the genitive, then a noun
		}
	}
	if j-i == 1 && (s.germanCompoundHead(i) || s.germanCompoundPlace(i)) {
		return j // "DW-Interview", "CDU-Chef"
	}
	if prefix == "" {
		if k := s.germanCommonRun(i, j); k == j {
			return j // "Ausland", "Lange Zeit": common nouns
		} else if k > i {
			i = k // "Ländern Mexiko": the name after the nouns
		}
	}
	if j-i == 1 && s.commonWordAfterArticle(i) {
		s.emit(s.newMention(s.toks[i].text, 1, i, j, vOther, strong)) // "am Ende", "zu Boden": a noun a gazetteer holds as a village
		return j
	}
	if j-i == 2 && s.toks[i].start && s.cyrillicRegionAfter(j-1, j) {
		i++ // "Жители Мурманской области": a sentence's first word, then the region
	}
	if from, to, drop := s.vietTitleRun(i, j); drop {
		return j // "Hai Thủ tướng": a sentence's first word, then a title
	} else if from > i {
		return from // "Phó Giám đốc": a title's prefix; the rest is read again
	} else {
		j = to // "Bộ trưởng Quốc phòng Ngô Xuân Lịch Thủ tướng": the name ends before the title
	}
	if j-i == 1 && s.vietWordHead(i) {
		return j // "Chủ tịch", "Tuy nhiên", "Thủ tướng": a word's first syllable
	}
	if k := s.germanFor(j); k > j {
		n := len(s.out)
		s.span(i, k, prefix) // "Bundesagentur für Arbeit"
		for m := n; m < len(s.out); m++ {
			s.out[m].votes[vOrg] += strong
		}
		return k
	}
	if k := s.indonesianHead(i, j); k < j && !isOrgHead(&s.toks[i]) {
		s.span(i, k, prefix) // "Bira Barat Kecamatan Ketapang": two names
		return k
	}
	j = s.middleInitials(i, j)
	if k := s.longestKnown(i, j); k > j {
		j = k
	} else {
		j = s.particles(i, j)
	}
	if k := s.possessiveName(i, j); k > i {
		s.span(i, k, prefix) // "Phú Thọ Province's Department of Industry and Trade": two names
		return k
	}
	if j-i == 1 && j < len(s.toks) && s.toks[j].word && !s.toks[j].upper && nationalAdjective(s.toks[j].lower) && s.lookup(i, j).kind&gOrg != 0 {
		n := len(s.out) // "Croix-Rouge vietnamienne": a known organization's national branch
		s.span(i, j+1, prefix)
		for k := n; k < len(s.out); k++ {
			s.out[k].votes[vOrg] += strong
		}
		return j + 1
	}
	if s.english && j+1 < len(s.toks) && s.toks[j].lower == "and" && s.toks[j+1].upper && j-i >= 2 && !s.known(i, j) {
		if k := s.runEnd(j + 1); s.toks[k-1].lastHas(isOrgAfter) && !isOrgHead(&s.toks[j+1]) {
			j = k // "Hanoi Fire Prevention and Rescue Police Department"
		}
	}
	if last := s.toks[j-1].lower; j-i >= 2 && s.toks[j-1].lastHas(isOrgAfter) && (s.english || englishWord(last)) {
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
		if possessive(s.toks[k].text) && !s.toks[j-1].lastHas(isOrgAfter) && !collectivePossessive(s.toks[k].text) {
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
	if k, l := s.knownOrgInside(i, j); l > k {
		if k > i {
			s.span(i, k, prefix)
		}
		if l == j-1 && s.cyrillicPlaceAfter(l) {
			n := len(s.out)
			s.span(k, j, "") // "Верховна Рада України": the country is part of the body's name
			for m := n; m < len(s.out); m++ {
				s.out[m].votes[vOrg] += strong
			}
			s.inner(l, j)
			return j
		}
		s.span(k, l, "") // "US-Nachrichtensender CNN", "Nhật Bản Kyodo News"
		if l < j {
			s.span(l, j, "")
		}
		return j
	}
	if k := s.vietNameStart(i, j); k > i && prefix == "" {
		s.span(i, k, "") // "National Assembly Lê Minh Hoan": a body, then a person
		s.span(k, j, "")
		return j
	}
	if k, keep := s.givenNameCut(i, j); k > i && prefix == "" {
		if keep {
			s.span(i, k, "") // "Florida Marco Rubio": a place, then the name
		} // else "Gegenspieler Dante Exum": a common noun, dropped
		s.span(k, j, "")
		return j
	}
	s.span(i, j, prefix)
	return j
}

// particles extends a run over the lowercase particles of a surname and the
// capitalized words after them: "Ursula von der Leyen", "Lula da Silva".
func (s *scanner) particles(i, j int) int {
	if j < len(s.toks) && arabicArticle(s.toks[j].text) && s.toks[j].space {
		return s.runEnd(j + 1) // "Achmed al-Scharaa", "Siham Zein ad-Din"
	}
	if k := s.romanceParticle(i, j); k > j {
		return k
	}
	k := j
	// "de" is a surname's particle in Portuguese and Spanish ("Tarcísio de
	// Freitas") but a preposition in French: only between two single words
	iberian := (s.lang == "pt" || s.lang == "es") && j-i == 1
	for k < len(s.toks) && k < j+2 && !s.toks[k].upper && (s.toks[k].has(isNameParticles) && !(s.lang == "id" && s.toks[k].lower == "di") ||
		k > j && (s.toks[k].lower == "der" || s.toks[k].lower == "den") && (s.toks[k-1].lower == "von" || s.toks[k-1].lower == "van") ||
		k == j && iberian && s.toks[k].lower == "de") {
		k++
	}
	if k == j || k >= len(s.toks) || !s.toks[k].word || !s.toks[k].upper || s.known(i, j) {
		return j
	}
	if s.lang == "de" && !s.firstName(i) {
		return j // "Foul von Llull", "Putin das System": German prepositions and articles
	}
	end := s.runEnd(k)
	if s.known(k, end) || s.toks[j].lower == "de" && end-k != 1 {
		return j // "Direktverbindung von Frankfurt": a place, not a surname
	}
	return end
}

// germanNoun returns the first word of toks[i:j] that has the ending of a
// German abstract noun (-ung, -heit, -keit, -schaft, -tät, -ismus, -nis),
// or -1: German writes every noun with a capital, and such a word names
// nobody. A word of the lexicon's lists ("Stiftung", "Gesellschaft",
// "Zeitung") or of a known name keeps its run.
func (s *scanner) germanNoun(i, j int) int {
	if s.known(i, j) {
		return -1
	}
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if len(t.lower) < 7 || t.flags != 0 || t.last != 0 {
			continue
		}
		if s.lang == "id" {
			if indonesianNoun(t.lower) {
				return k
			}
			continue
		}
		for _, e := range germanNounEndings {
			if strings.HasSuffix(t.lower, e) {
				return k
			}
		}
	}
	return -1
}

// germanGenitive reports a run of German capitalized words that begins
// with a name in the genitive ("Trumps", "Georgiens"): the words after it
// are what the name owns, not more of the name. A first name ending in
// -s ("Markus Söder", "Nicolas Sarkozy") or a known name keeps its run.
func (s *scanner) germanGenitive(i, j int) bool {
	t := &s.toks[i]
	return j-i >= 2 && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") &&
		t.flags == 0 && !s.firstName(i) && !s.known(i, j) && !s.known(i, i+1) && !s.toks[i+1].has(isNameParticles)
}

// indonesianNoun reports the shape of an Indonesian derived noun, which
// headlines and titles capitalize: pe-…-an, ke-…-an ("Pemberantasan",
// "Keuangan", "Pelemahan"), -asi, -isasi ("Koordinasi", "Partisipasi").
func indonesianNoun(w string) bool {
	if strings.HasSuffix(w, "asi") || strings.HasSuffix(w, "itas") {
		return true
	}
	return strings.HasSuffix(w, "an") && len(w) >= 8 &&
		(strings.HasPrefix(w, "pe") || strings.HasPrefix(w, "ke") || strings.HasPrefix(w, "pem") || strings.HasPrefix(w, "pen"))
}

var germanNounEndings = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
	"tät", "täten", "ismus", "nis", "nisse"}

// arabicArticle reports a word that is the Arabic article glued to a
// capitalized name: "al-Scharaa", "ad-Din", "el-Sisi", "as-Sadr".
func arabicArticle(w string) bool {
	art, name, ok := strings.Cut(w, "-")
	if !ok || name == "" || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	switch art {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ud", "ul", "ed", "er", "es", "en", "et":
		return true
	}
	return false
}

// countryPrefix returns the end of a country's name that begins a longer run
// of two more words ("России Владимир Путин", "Vietnam Pham Minh Chinh"),
// or i when there is none. Runs that end on a generic word are one name
// ("Vietnam Football Federation").
func (s *scanner) countryPrefix(i, j int) int {
	if j-i < 3 || s.toks[j-1].lastHas(isOrgAfter) || s.toks[j-1].has(isPlaceAfter) || s.known(i, j) {
		return i // "Europe du Sud": a known name whole
	}
	if _, _, ok := s.vnLevelRun(i, j); ok {
		return i // "TP Hồ Chí Minh": a level word, not an organization
	}
	for k := i + 1; k <= j-2; k++ {
		if e := s.lookup(i, k); e.code != "" || e.kind&(gOrg|gRegion) != 0 || allCaps(s.toks[i:k]) && !s.toks[k].caps {
			if isTitle(&s.toks[k]) {
				return i // "US President Joe Biden": the country is an adjective
			}
			return k
		}
	}
	return i
}

// allCaps reports whether every word of toks is an acronym: "DPR RI" before
// "Setya Novanto".
func allCaps(toks []token) bool {
	for k := range toks {
		if !toks[k].caps {
			return false
		}
	}
	return true
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

// eventPhrase reads an event's name ("Coupe d'Asie 2027", "SEA Games 32") and
// records it as other, so that the names inside it are not taken as actors.
func (s *scanner) eventPhrase(i int) int {
	toks := s.toks
	j := s.runEnd(i)
	lowers := 0
	for j < len(toks) && toks[j].word {
		t := &toks[j]
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
	s.emit(s.newMention(text, j-i, i, j, vOther, strong))
	return j
}

// innerCountry records the country an organization's name begins with:
// "Vietnam News Agency" names Vietnam too.
func (s *scanner) innerCountry(i, j int) {
	for k := i + 1; k <= j && k <= i+3; k++ {
		if s.lookup(i, k).code != "" {
			s.emit(s.newMention(joinWords(s.toks, i, k), k-i, i, k, vPlace, strong))
			return
		}
	}
}

// innerPlace records the place inside an English organization's name:
// "Bien Hoa City People's Committee" names Bien Hoa.
func (s *scanner) innerPlace(i, j int) {
	for k := i + 1; k < j; k++ {
		if s.toks[k].has(isPlaceAfter) {
			text := joinWords(s.toks, i, k)
			s.emit(s.newMention(text, k-i, i, k, vPlace, strong))
			return
		}
	}
}

// domainEnd returns the end of a web address that begins at the word
// toks[i] ("REPUBLIKA.CO.ID", "Tuoitre.vn"), or i: words glued by dots
// that end on a top-level domain. Datelines and credits name a site so.
func domainEnd(toks []token, i int) int {
	k := i
	for k+2 < len(toks) && toks[k+1].text == "." && !toks[k+1].space && toks[k+2].word && !toks[k+2].space {
		k += 2
	}
	if k == i || !topLevelDomain(toks[k].lower) {
		return i
	}
	return k + 1
}

func topLevelDomain(w string) bool {
	switch w {
	case "com", "net", "org", "info", "id", "vn", "ru", "ua", "de", "fr", "it", "es", "pt", "br", "uk", "eu", "io", "tv":
		return true
	}
	return false
}
