package actors

// A run of capitalized words becomes a mention: titles, generic words and
// sentence-initial ordinary words come off, cues inside it vote.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span turns the capitalized words toks[i:j] into a mention, reading the cues
// inside it and around it.
func (s *scanner) span(i, j int, prefix string) {
	toks := s.toks
	m := mention{listHead: -1, listTail: -1}
	initial := toks[i].start && prefix == ""
	// sentence-initial articles, adverbs and common words are not names,
	// unless the whole run is a known name ("Da Nang", "Bien Hoa")
	// ("Bien Hoa Electricity", "Da Nang City"), asked last: it costs most
	if initial && s.dropsInitial(i, j) && !s.knownPrefix(i, j) {
		for s.dropsInitial(i, j) {
			i++
		}
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
	if j-i >= 2 && isTitle(&toks[j-1]) && j < len(toks) && toks[j].text == "." && !toks[j].space {
		j-- // "Indiana Gov. Mike Braun": the abbreviated title after the state is no part of its name
	}
	// "Russian President Vladimir Putin", "Président Macron"
	titled := s.titleBefore(i)
	for k := min(j-2, i+3); k >= i && !toks[j-1].lastHas(isOrgAfter); k-- {
		if isTitle(&toks[k]) {
			if s.lang == "id" && regionalTitle(toks[k].lower) && j-k == 2 {
				s.emit(s.newMention(toks[k+1].text, 1, k+1, j, vPlace, strong)) // "Kapolres Trenggalek"
				return
			}
			if s.lang == "id" && k > i+1 && regionalTitle(toks[i].lower) {
				s.emit(s.newMention(joinWords(toks, i+1, k), k-i-1, i+1, k, vPlace, strong)) // "Kapolres Sampang AKBP Didit"
			}
			m.votes[vPerson] += strong
			if k > i && s.lookup(i, k).kind&(gCountry|gPlace|gRegion) != 0 {
				s.emit(s.newMention(joinWords(toks, i, k), k-i, i, k, vPlace, medium)) // "Hanoi Chairman Tran Sy Thanh"
			}
			i = k + 1
			titled = true
			if c := s.countryPrefix(i, j); c > i { // "Президент России Владимир Путин"
				s.emit(s.newMention(joinWords(toks, i, c), c-i, i, c, vPlace, strong))
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
	// "Thị trấn Phong Điền", "Hue Municipality": the level word goes
	vnEnd := j
	if f, t, ok := s.vnLevelRun(i, j); ok {
		m.votes[vPlace] += strong
		i, vnEnd, initial = f, t, false
	}
	// "Rue Phung Hung", "Перевал Ло Ксо"
	if i < j-1 && (toks[i].has(isPlaceBefore) || cyrillicPlaceHead(toks[i].lower)) {
		m.votes[vPlace] += strong
		initial = false
		// but "Rio de Janeiro", "Río Negro": the generic word is the name's
		if toks[i+1].upper && !s.known(i, j) {
			i++
		}
	}
	if j-i >= 2 && toks[i].caps && toks[i].has(isOrgBefore) && !s.known(i, j) {
		m.votes[vOrg] += strong // "ONG Greenpeace", "NGO HD Centre": the kind of body, then its name
		i++
	}
	if j-i >= 3 && toks[i].has(isOrgHeads) && !toks[j-1].lastHas(isOrgAfter) && allUpper(toks[i+1:j]) && s.personAfterHead(i+1) {
		i++ // "Consiglio Giorgia Meloni": a lone generic word before a name
	}
	if j-i >= 2 && i > 0 && isDeterminer(&toks[i-1]) && nationalAdjective(toks[i].lower) && !s.known(i, j) {
		i++ // "le Brésilien Rafaelson": a nationality, then the name
		m.votes[vPerson] += strong
	}
	if initial && (j-i == 2 && s.lookup(i+1, j).kind&(gCountry|gRegion) != 0 && !s.known(i, j) || s.vnInitialWord(i, j)) {
		i++ // "Сборная Вьетнама": a sentence's first word before a country
	}
	if j-i == 2 && toks[i].caps && s.lookup(i, i+1).code == "" && s.lookup(i+1, j).code != "" {
		m.votes[vOrg] += strong // "МВД России", "FBI America": an agency of a country
		s.emit(s.newMention(toks[i+1].text, 1, i+1, j, vPlace, strong))
	}
	if j-i == 2 && compassWord(toks[i].lower) && toks[i+1].flags == 0 && !s.known(i, j) {
		m.votes[vPlace] += medium // "North Tyneside", "Nord America", "Papua Barat"
	}
	if s.lang == "id" && j-i >= 2 && j-i <= 3 && indonesianCompass(toks[j-1].lower) && !toks[i].has(isTitles|isOrgHeads) {
		m.votes[vPlace] += medium // "Jakarta Selatan", "Halmahera Timur"
	}
	full := joinWords(toks, i, j)
	// a trailing English possessive is not part of the name
	if j-i >= 1 && possessive(toks[j-1].text) {
		full = strings.TrimSuffix(strings.TrimSuffix(full, "'s"), "’s")
	}
	end := j
	if j-i >= 2 && toks[j-1].lastHas(isOrgAfter) {
		m.votes[vOrg] += strong
		s.innerPlace(i, j-1)
		s.innerCountry(i, j-1)
	} else if j-i == 1 && (toks[i].has(isPlaceAfter) || toks[i].has(isPlaceBefore)) && j < len(toks) && toks[j].digit {
		s.emit(s.newMention(joinWords(toks, i, j+1), 2, i, j+1, vPlace, strong)) // "District 7"
		return
	} else if j-i >= 2 && toks[j-1].has(isPlaceAfter) {
		if j < len(toks) && toks[j].digit { // "National Highway 1": a numbered road, kept whole
			m = s.newMention(joinWords(toks, i, j+1), j+1-i, i, j+1, vPlace, strong)
			s.emit(m)
			return
		}
		m.votes[vPlace] += strong
		m.alias = full
		end = j - 1
		if end-i == 1 && toks[i].caps {
			end = j // "HCM City": an acronym alone names no place
		}
		for end-i >= 2 && (toks[end-1].lower == "international" || toks[end-1].lower == "internacional") {
			end-- // "Noi Bai International Airport"
		}
	}
	if vnEnd < end {
		end, m.alias = vnEnd, full // "Phu Quoc Special Zone", as "Da Nang City"
	}
	m.text = full
	if end != j {
		m.text = joinWords(toks, i, end)
	}
	m.key = s.textKey(m.text, i, end)
	m.words = end - i
	m.from, m.to = i, j
	m.initial = initial && m.words == 1
	if m.initial && s.words < 4 && !s.knownCountry(i, j) {
		return // a lone capitalized word on a short line: a page leftover
	}
	if m.words == 1 && utf8.RuneCountInString(m.text) < 2 || notNameKeys()[m.key] {
		return // "groupe D", "Nouvel An"
	}
	if m.words == 1 && (toks[i].has(isNotNames) || isTitle(&toks[i])) {
		return // "Minister", "Justizministerin" alone
	}
	if end == j && (adjectiveCompound(toks[j-1].text) || s.demonym(i, j)) {
		return // "Russian-occupied", "Chinese vessel", "South Korean official"
	}
	if prefix != "" {
		m.alias = prefix + " " + m.text
	}
	s.context(&m, i, j)
	if m.votes[vPlace] < strong && s.vnLevelNear(i, j) {
		m.votes[vPlace] += strong // "thị trấn Phong Điền", "Thu Thiem township"
	}
	if m.votes == [nVotes]int{} { // only a name without evidence needs a sign of a person
		m.firstName = s.firstName(i)
		m.personish = m.personish || m.firstName || cyrillicVietSurnames[toks[i].lower] || slavicSurname(toks[i:end]) ||
			end-i >= 2 && allVietSyllables(toks[i:end]) // "Quang Hai": Vietnamese names drop the surname
	}
	if m.words == 1 && toks[i].caps && i >= 2 && toks[i-1].text == "(" && j < len(toks) && toks[j].text == ")" {
		m.term = s.spelledInLowercase(i)
		for k := len(s.out) - 1; k >= 0; k-- {
			if s.out[k].to == i-1 && s.out[k].para == s.para {
				m.expands = s.out[k].key
				break
			}
		}
	}
	s.emit(m)
}

// spelledInLowercase reports an acronym in parentheses after the
// lowercase words whose initials it spells: "official development
// assistance (ODA)", "power purchase agreement (DPPA)" name a thing, not
// a body. Hyphenated words give an initial a part ("public-private").
func (s *scanner) spelledInLowercase(i int) bool {
	acr := strings.ToLower(s.toks[i].text)
	n := utf8.RuneCountInString(acr)
	var inits []rune
	for k := i - 2; k >= 0 && len(inits) < n+2; k-- {
		t := &s.toks[k]
		if !t.word || t.upper || t.digit {
			break
		}
		if isConnector(t.lower) || t.has(isFunctionWords) && len(inits) > 0 {
			continue
		}
		parts := strings.Split(t.lower, "-")
		for p := len(parts) - 1; p >= 0; p-- {
			if r, _ := utf8.DecodeRuneInString(parts[p]); r != utf8.RuneError {
				inits = append(inits, r)
			}
		}
		var b strings.Builder
		for q := len(inits) - 1; q >= 0; q-- {
			b.WriteRune(inits[q])
		}
		if got := b.String(); strings.HasSuffix(acr, got) && len(got) >= 2 && (got == acr || len(acr)-len(got) <= 1) {
			return true // "direct power purchase agreement (DPPA)": the last letters suffice
		}
	}
	return false
}

func hasDigit(w string) bool {
	for k := 0; k < len(w); k++ {
		if '0' <= w[k] && w[k] <= '9' {
			return true
		}
	}
	return false
}

// dropsInitial reports whether toks[i], at the start of the run toks[i:j]
// that begins a sentence, is an ordinary word rather than part of a name.
func (s *scanner) dropsInitial(i, j int) bool {
	return i < j && !s.vietName(i, j) && (s.functionInitial(&s.toks[i]) || j-i == 1 && s.ordinaryInitial(&s.toks[i]))
}

func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western",
		"nord", "sud", "süd", "ost", "est", "ouest", "norte", "sur", "oeste", "este", "nordest", "sudest":
		return true
	}
	return false
}

func currencyWord(w string) bool {
	switch w {
	case "dollar", "dollars", "dólar", "dólares", "dollaro", "dollari":
		return true
	}
	return false
}

func allUpper(toks []token) bool {
	for k := range toks {
		if !toks[k].upper {
			return false
		}
	}
	return true
}

// code reports product codes and the like: "E5 RON 92", "RON 95-III",
// "GMT+7": a run with a digit inside, or an acronym before a number.
func (s *scanner) code(i, j int) bool {
	if s.lookup(i, j).kind&gOrg != 0 {
		return false // "G7", "Россия-24": a known body with a number
	}
	for k := i; k < j; k++ {
		if hasDigit(s.toks[k].text) && !s.toks[j-1].has(isOrgAfter) {
			return true
		}
	}
	if j < len(s.toks) && (s.toks[j].text == "$" && !s.toks[j].space || currencyWord(s.toks[j].lower)) {
		return true // "US$245", "US dollars": a currency
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
func (s *scanner) functionInitial(t *token) bool {
	return t.has(isFunctionWords) || t.has(isNotNames) && !t.has(isCalendar) || t.elision
}

// ordinaryInitial reports whether a sentence's first word is an ordinary word
// that only has a capital because it comes first.
func (s *scanner) ordinaryInitial(t *token) bool {
	return t.has(isFunctionWords) || t.has(isNotNames) && !t.has(isCalendar) || s.lowered.has(t.lower) || t.elision
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

// vietName reports a Vietnamese personal name of three syllables or more
// whose family name is also a word: "Do Anh Dung", "Ha Thi Lan".
func (s *scanner) vietName(i, j int) bool {
	if j-i < 3 {
		return false
	}
	t := &s.toks[i]
	return vietSurnames[t.foldKey()] && !t.has(isListArticles) && allVietSyllables(s.toks[i:j])
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

// adjectiveCompound reports a capitalized compound whose last part is a
// lowercase participle or adjective: "Russian-occupied", "US-backed",
// "Kreml-kritischen" are adjectives.
func adjectiveCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+3 >= len(w) {
		return false
	}
	last := w[k+1:]
	for _, r := range last {
		if !unicode.IsLower(r) {
			return false
		}
	}
	// a participle or an inflected adjective: not the short syllables of
	// a Korean given name ("Sang-sik", "Tae-yong")
	return strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") ||
		len(last) >= 6 && (strings.HasSuffix(last, "en") || strings.HasSuffix(last, "er") || strings.HasSuffix(last, "es"))
}

// demonym reports an English nationality adjective before a noun:
// "Chinese vessel", "Palestinian officials", "South Korean official". A
// first name ("Brian", "Christian") or a known place keeps its run.
func (s *scanner) demonym(i, j int) bool {
	if !s.english || j-i > 2 || j-i == 2 && !compassWord(s.toks[i].lower) || j >= len(s.toks) {
		return false
	}
	t, next := &s.toks[j-1], &s.toks[j]
	if !next.word || next.upper || next.digit || next.has(isPersonVerbs|isFunctionWords) || s.firstName(j-1) || s.known(i, j) {
		return false
	}
	for _, e := range []string{"ese", "ian", "ean", "ish", "ians", "eans"} {
		if strings.HasSuffix(t.lower, e) && len(t.lower) > len(e)+2 {
			return true
		}
	}
	return false
}
