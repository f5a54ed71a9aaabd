package actors

// Cues around a name: titles before it, generic words before and after it,
// and the small predicates on words they are read with.

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// context adds the cues around toks[i:j]: titles and generic words before it,
// generic words and verbs after it, datelines.
func (s *scanner) context(m *mention, i, j int) {
	toks := s.toks
	s.companyEvidence(m, i, j)
	s.outletEvidence(m, i)
	s.fieldAgency(m, i, j)
	// "director of Hanoi's Department": the title is the department's
	owner := possessive(toks[j-1].text) && j < len(toks) && toks[j].upper
	if !owner && s.titleBefore(i) && m.votes[vPerson] == 0 && s.lookup(i, j).kind&(gCountry|gRegion|gOrg) == 0 && !toks[j-1].lastHas(isOrgAfter) {
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
	if k >= 0 && toks[k].word && !toks[k].upper && (toks[k].has(isPlaceBefore) || cyrillicPlaceHead(toks[k].lower) && !s.looksLikePerson(i, j) && !s.cyrillicHeadNamed(k, i) ||
		s.lang == "vi" && vietPlaceBefore[toks[k].lower]) {
		m.votes[vPlace] += strong
		if isPlural(toks[k].lower) || s.vietPluralLevel(k) {
			m.listHead = vPlace
		}
	} else if i > 0 && toks[i-1].text == ":" && s.pluralHeadBefore(i-1) {
		m.votes[vPlace] += strong // "les communes suivantes sont touchées : Phu Tan, ..."
		m.listHead = vPlace
	} else if q := s.skipQuotes(i - 1); q >= 0 && toks[q].word && !toks[q].upper && toks[q].has(isOrgBefore) {
		m.votes[vOrg] += strong
	} else if k >= 0 && k < i-1 && toks[k].word && !toks[k].upper && (toks[k].lower == "club" || toks[k].lower == "clubs") {
		m.votes[vOrg] += strong // "le club de Cong An Ha Noi"
	} else if i > 0 && toks[i-1].word && !toks[i-1].upper && toks[i-1].has(isPlacePrepositions) && (j-i == 1 || vietPlaceLike(toks[i:j])) &&
		s.lang != "de" { // German capitalizes the nouns after a preposition: "nach Angaben", "zu Boden"
		m.votes[vPlace] += weak // "à Koursk", "à A Luoi"
	}
	if s.minorPlace(i, j) {
		m.votes[vPlace] += strong // "carabinieri di Carpaneto", "prefeito de Aracatu": a small town
	}
	// after it: a generic place word, a speech verb, a dateline
	if j < len(toks) && toks[j].word && !toks[j].upper {
		w := toks[j].lower
		if toks[j].has(isPlaceAfter) || s.cyrillicRegionAfter(i, j) {
			m.votes[vPlace] += strong
		} else if toks[j].has(isOrgAfterLower) {
			m.votes[vOrg] += strong
		} else if w == "streets" || w == "roads" || w == "provinces" || w == "districts" || w == "communes" || w == "wards" {
			m.votes[vPlace] += strong
			m.listTail = vPlace
		}
		if toks[j].has(isPersonVerbs) || j+1 < len(toks) && toks[j+1].has(isPersonVerbs) && len(w) <= 3 {
			m.votes[vPerson] += weak
		}
	}
	if j+3 < len(toks) && toks[j].text == "(" && toks[j+1].caps && toks[j+2].text == ")" && (toks[j+3].text == "-" || toks[j+3].text == "–") && i <= 1 {
		m.votes[vPlace] += strong // "Hanoi (VNA) -"
	}
	if s.quotedName(i, j) {
		m.votes[vOrg] += medium // «Роснефти», "Зенит": Russian and Ukrainian quote the names of firms, clubs, parties, outlets
	}
}

// quotedName reports a Cyrillic name that is the whole of a quotation.
func (s *scanner) quotedName(i, j int) bool {
	toks := s.toks
	if i == 0 || j >= len(toks) || !isCyrillic(toks[i].lower) {
		return false
	}
	open, close := toks[i-1].text, toks[j].text
	return open == "«" && close == "»" || open == "\"" && close == "\"" || open == "“" && close == "”" || open == "„" && close == "“"
}

// skipQuotes steps back over opening quotes before a name.
func (s *scanner) skipQuotes(k int) int {
	for k >= 0 && !s.toks[k].word && strings.Contains("«“\"'‘", s.toks[k].text) { // a word holds letters
		k--
	}
	return k
}

// pluralHeadBefore reports a plural generic place word among the few words
// of the sentence that end at toks[k] (a colon that opens a list).
func (s *scanner) pluralHeadBefore(k int) bool {
	for n := k - 1; n >= 0 && n >= k-8 && s.toks[n].word; n-- {
		t := &s.toks[n]
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
		t := &toks[k]
		if !t.word {
			return false
		}
		if isTitle(t) || t.has(isHonorifics) || s.lang == "vi" && vietHonorifics[t.lower] {
			return true
		}
		if t.has(isNotNames) {
			notName = true
			continue
		}
		if t.has(isPersonVerbs) {
			return false // "the Minister said Hanoi ...": the title has its verb
		}
		if !t.upper && t.has(isPlaceBefore) {
			return false // "ông ở xóm Đồng Tiến": the name is the hamlet's
		}
		if t.elision || t.lower == "of" || !t.upper && (notName && isConnector(t.lower) || !t.has(isFunctionWords)) {
			continue // "le président de la République", "Secretary of State"
		}
		return false
	}
	return false
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
func isDeterminer(t *token) bool {
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
func isTitle(t *token) bool { return t.has(isTitles) || t.lastHas(isTitles) }

// isOrgHead reports a generic organization word, in Russian and Ukrainian
// in any case: "Міністерству оборони", "Народного комитета".
func isOrgHead(t *token) bool {
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

// germanArticles are the articles and the prepositions glued to one that
// stand before a German noun ("am Ende", "im Boden"), and seldom before a
// town's name.
var germanArticles = set(`am im zum zur vom beim dem den der das die des ein eine einem einen einer zu`)

// commonWordAfterArticle reports a German word after an article that the
// gazetteers hold only as a town or village: a noun ("am Ende", "zu
// Boden"), not a place. Countries and regions take articles ("in der
// Ukraine") and keep theirs.
func (s *scanner) commonWordAfterArticle(i int) bool {
	if s.lang != "de" || i == 0 || !s.toks[i-1].word || !germanArticles[s.toks[i-1].lower] {
		return false
	}
	e := s.lookup(i, i+1)
	return e.kind == gPlace && e.code == ""
}

// vietWordHead reports a lone capitalized syllable followed by a lowercase
// one in a Vietnamese text: the first syllable of a common word that begins
// a sentence or a title ("Tuy nhiên", "Chủ tịch"), not a name. A function
// word after a name ("Huế là") and a country or region keep it.
func (s *scanner) vietWordHead(i int) bool {
	toks := s.toks
	if s.lang != "vi" || i+1 >= len(toks) || !toks[i+1].word || toks[i+1].upper || toks[i+1].digit || !toks[i+1].space ||
		vietStops[toks[i+1].lower] || toks[i].caps {
		return false
	}
	e := s.lookup(i, i+1)
	return e.code == "" && e.kind&(gRegion|gOrg) == 0
}

// germanCompoundHead reads a German compound whose first part is a known
// body and whose last is a common noun: "DW-Interview", "CDU-Chef" name DW
// and the CDU. A compound the
// gazetteers know whole ("Baden-Württemberg") or that ends on a body's
// word ("EU-Kommission") is left to the other rules.
func (s *scanner) germanCompoundHead(i int) bool {
	t := &s.toks[i]
	h := strings.IndexByte(t.text, '-')
	if s.lang != "de" || h <= 0 || h+2 >= len(t.text) || t.lastHas(isOrgAfter|isOrgHeads) || s.known(i, i+1) {
		return false
	}
	rest := t.text[h+1:]
	if !hasUpper(rest[:1]) || strings.IndexByte(rest, '-') >= 0 || strings.ToLower(rest[1:]) != rest[1:] {
		return false
	}
	head := t.text[:h]
	if s.g.get(fold.Key(head)).kind&gOrg == 0 || orgSuffix(fold.Key(rest)) {
		return false // "US-Justizministerium": a body of its own
	}
	m := s.newMention(head, 1, i, i+1, vOrg, medium)
	s.emit(m)
	return true
}
