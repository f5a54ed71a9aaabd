package actors

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// orgPhrase reads an organization named by a generic head word and what
// follows it: "Comité populaire de la commune de Nam Tra My", "poste de
// garde-frontière du port de Nha Trang", "hôpital militaire 103",
// "Department of Education and Training of Da Nang City", "Народный комитет
// провинции Туен Куанг". It records the organization and the name that ends
// it, and returns where scanning resumes.
func (s *scanner) orgPhrase(i int) (int, bool) {
	toks := s.toks
	head := toks[i]
	if !head.upper && head.has(isLowercaseOrgHeadsUnsafe) {
		return 0, false
	}
	from := i
	if !head.upper && isCyrillic(head.text) {
		// Russian capitalizes the first adjective before the head: "Народный
		// комитет", "Вьетнамское информационное агентство"
		for k := i - 1; k >= 0 && k >= i-3 && toks[k].word && cyrillicAdjective(toks[k].lower); k-- {
			if toks[k].upper {
				from = k
				break
			}
		}
	}
	if head.upper && isCyrillic(head.text) && i > 0 && toks[i-1].upper && toks[i-1].word && cyrillicAdjective(toks[i-1].lower) {
		from = i - 1 // "Верховної Ради", "Державна Дума": the adjective is the name's first word
	}
	english := s.english || isEnglishHead(head.lower)
	end := i + 1    // end of the phrase so far (exclusive)
	innerFrom := -1 // the proper name that ends it, if any
	innerTo := -1
	lowers := 0
	endsOnName := false
	connectors := false
	for j := i + 1; j < len(toks); {
		t := &toks[j]
		switch {
		case !t.word:
			goto done
		case t.elision || !t.upper && (isConnector(t.lower) || english && (t.lower == "and" || t.lower == "for") ||
			!english && lowers > 0 && (t.lower == "pour" || t.lower == "para" || t.lower == "per") ||
			!english && lowers > 0 && t.has(isListJoins) && j+1 < len(toks) && ofWord(toks[j+1].lower)):
			// "Service de la culture et des sports de la province de ..."
			connectors = true
			j++
			continue
		case t.upper:
			if connectors && s.forceUnitAfter(i, j) {
				return s.forceAlone(i, j) // "Carabinieri del Comando Provinciale": the force
			}
			k := s.runEnd(j)
			k = s.titleInRun(j, k)
			if p := s.personInRun(j, k); p < k && !head.caps { // "PT Anugerah Surya Pratama": a firm's name
				if p == j {
					goto done // "compagnie de Jaroslav Faltýnek": a person, not the body's name
				}
				k = p // "Tribunal Supremo Ángel Hurtado", "Buró Político Esteban Lazo"
			}
			if p := s.countryPrefix(j, k); p > j {
				k = p // "Державного департаменту США Нед Прайс": the spokesman's name after the country
			}
			if p := possessiveEnd(s.toks, j, k); english && p < k {
				innerFrom, innerTo, end, endsOnName = j, p, p, true
				goto done // "Ministry of Construction's Academy": two names
			}
			if j > i+1 && s.looksLikePerson(j, k) { // but "lycée Chu Van An" is named after him
				goto done // "Народного комитета города Ле Чунг Тинь": the chairman's name
			}
			if !english && head.upper && j == i+1 && k-j >= 2 && s.taggedPerson(j) && s.personAfterHead(j) {
				goto done // "Consiglio Giorgia Meloni": a name right after a capitalized head is not its own
			}
			if !head.upper && head.has(isOrgBefore) && !connectors {
				return s.namedAfter(j, k) // "la compagnie aérienne Vietjet": the name alone
			}
			innerFrom, innerTo = j, k
			end = k
			endsOnName = true
			if !english && k-j == 1 && t.has(isNotNames) {
				j = k // "Banque d'État du Vietnam": a common word, the name goes on
				continue
			}
			if !english {
				end = s.linked(s.listed(s.coordinated(s.adjectives(j, k))))
				if e := s.lookup(j, k); ofChain && head.upper && e.code == "" && e.kind&(gRegion|gCountry) == 0 {
					if e, r := s.ofName(end); e > end {
						end, innerFrom, innerTo = e, r, e // "Partido Comunista de Cuba"
					}
				}
				goto done
			}
			j = k
			continue
		case t.digit:
			if end == j && !isCyrillic(head.lower) { // right after the head or an adjective: "hôpital militaire 103"; "Уряд 28 липня" is a date
				end = j + 1
				endsOnName = true
			}
			goto done
		case isCyrillic(head.lower) && !endsOnName && s.cyrillicRemit(j) > j:
			// "Комітет з питань культури і духовності", "комитет по международным делам"
			end = s.cyrillicRemit(j)
			goto done
		default:
			if english || t.has(isFunctionWords) || t.has(isPersonVerbs) || lowers >= 6 || endsOnName || s.participle(j) || cyrillicCouncil(&head) ||
				isCyrillic(t.lower) && (lowers >= 2 || cyrillicVerb(t.lower)) || !s.nameGoesOn(j) {
				goto done
			}
			lowers++
			end = j + 1
			j++
		}
	}
done:
	if !head.upper && !endsOnName && from == i {
		return 0, false
	}
	if end-from < 2 || (english && !endsOnName && end-from < 2) {
		return 0, false
	}
	text := joinWords(toks, from, end)
	if possessive(toks[end-1].text) {
		text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
	}
	m := s.newMention(text, end-from, from, end, vOrg, strong)
	s.emit(m)
	if innerFrom >= 0 {
		s.inner(innerFrom, innerTo)
	}
	return end, true
}

// inner records the name that ends an organization's name as a place when a
// generic place word stands before it ("de la commune de Nam Tra My") or it
// has evidence of its own elsewhere.
func (s *scanner) inner(i, j int) {
	n := len(s.out)
	s.span(i, j, "")
	for k := n; k < len(s.out); k++ {
		m := &s.out[k]
		if m.votes[vPerson] < strong {
			m.votes[vPerson] = 0 // "the Ministry of Public Security said": the verb is the ministry's
		}
		if m.votes == [nVotes]int{} {
			m.noDefault = true
		}
		if m.votes[vPerson] == 0 && m.votes[vOrg] == 0 && m.votes[vOther] == 0 {
			m.noDefault = m.votes[vPlace] == 0
		}
	}
}

// coordinated extends an organization's name that ends at end over "et de
// l'Environnement", "et du Commerce": ministries and services named after
// two fields. It returns the new end.
func (s *scanner) coordinated(end int) int {
	for n := 0; n < 2; n++ {
		k := end
		if k >= len(s.toks) || !s.toks[k].has(isListJoins) || s.toks[k].upper {
			return end
		}
		k++
		if k >= len(s.toks) || !ofWord(s.toks[k].lower) {
			return end // "et de", "et du", not "et le Garde forestier"
		}
		for k < len(s.toks) && !s.toks[k].upper && (isConnector(s.toks[k].lower) || s.toks[k].elision) {
			k++
		}
		if k >= len(s.toks) || !s.toks[k].word || !s.toks[k].upper || s.toks[k].elision || isOrgHead(&s.toks[k]) || s.known(k, s.runEnd(k)) ||
			s.toks[k].has(isNotNames) {
			return end // "Parti communiste du Vietnam et de l'État": a common noun is no field
		}
		end = s.adjectives(k, s.runEnd(k))
	}
	return end
}

func ofWord(w string) bool {
	switch w {
	case "de", "du", "des", "d", "of", "del", "della", "di", "do", "da":
		return true
	}
	return false
}

// namedAfter records the name after a common noun such as "compagnie" or
// "agence" as an organization, and returns where scanning resumes.
func (s *scanner) namedAfter(j, k int) (int, bool) {
	n := len(s.out)
	k = max(k, s.longestKnown(j, k)) // "l'agence Chine nouvelle"
	// "la société Electricité du Vietnam": one connector and a name go on
	c := k
	for c < len(s.toks) && c < k+2 && !s.toks[c].upper && (isConnector(s.toks[c].lower) || s.toks[c].elision) {
		c++
	}
	if c > k && c < len(s.toks) && s.toks[c].word && s.toks[c].upper && !s.toks[c].elision {
		k = s.runEnd(c)
	}
	s.span(j, k, "")
	for m := n; m < len(s.out); m++ {
		s.out[m].votes[vOrg] += strong
	}
	return k, true
}

// adjectives extends an organization's name that ends on a single common
// word over the adjectives after it: "ministère des Affaires étrangères".
func (s *scanner) adjectives(j, k int) int {
	if k-j != 1 || s.known(j, k) || isCyrillic(s.toks[j].text) {
		return k
	}
	n := 0
	for k < len(s.toks) && n < 2 && s.toks[k].word && !s.toks[k].upper && !s.toks[k].digit && !s.toks[k].elision &&
		!s.toks[k].has(isFunctionWords) && !isConnector(s.toks[k].lower) && !s.toks[k].has(isPersonVerbs) && s.nameGoesOn(k) {
		k++
		n++
	}
	return k
}

// englishChain extends an English organization's name that ends at j over
// "of", "for", "and" and the capitalized words after them: "Department of
// Agriculture and Rural Development", "Center for Hydro-Meteorological
// Forecasting". It returns the new end.
func (s *scanner) englishChain(j int) int {
	end := j
	of := false // "and" and "the" only go on after "of" or "for": not "World Bank and the ADB"
	for k := j; k < len(s.toks); {
		t := &s.toks[k]
		if t.word && !t.upper && (t.lower == "of" || t.lower == "for" || of && t.lower == "and" ||
			t.lower == "the" && (s.toks[k-1].lower == "of" || s.toks[k-1].lower == "for")) {
			of = true
			k++
			continue
		}
		if t.word && t.upper && !t.elision && k > end {
			r := possessiveEnd(s.toks, k, s.runEnd(k))
			if r < s.runEnd(k) {
				return r // "Ministry of Construction's Academy of ...": two names
			}
			k = r
			end = k
			continue
		}
		break
	}
	return end
}

// ofChain turns ofName on; KIOSK_KNOBS=of=0 turns it off for a comparison.
var ofChain = true

// ofName extends an organization's name that ends at end, on a name of
// its own that is no place ("Partido Comunista", "Universidad Nacional"),
// over "de", "del", "della", "do" and the capitalized words after it:
// "Partido Comunista de Cuba", "Universidad Nacional de Ingeniería",
// "Comité Central del Partido Comunista". It returns the new end and
// where the last capitalized run begins, or end when the name stops
// there: a person ("del ministro"... "de Juan Pérez") is no part of it.
func (s *scanner) ofName(end int) (int, int) {
	r := -1
	for n := 0; n < 2; n++ {
		k := end
		if k >= len(s.toks) || !s.toks[k].word || s.toks[k].upper || !ofWord(s.toks[k].lower) {
			break
		}
		k++
		for k < len(s.toks) && s.toks[k].word && !s.toks[k].upper && (isDeterminer(&s.toks[k]) || s.toks[k].elision) {
			k++
		}
		if k >= len(s.toks) || !s.toks[k].word || !s.toks[k].upper || s.toks[k].elision {
			break
		}
		e := s.runEnd(k)
		if s.firstName(k) || s.looksLikePerson(k, e) || s.toks[k].has(isNotNames|isCalendar) || isTitle(&s.toks[k]) || isOrgHead(&s.toks[k]) || s.toks[k].caps {
			break
		}
		end, r = s.adjectives(k, e), k
		if s.known(k, e) {
			break // a place ends it: "de Cuba"
		}
	}
	return end, r
}

// nameGoesOn reports whether the lowercase word toks[j] may go on with an
// organization's name. German writes every noun and the adjectives of a
// name with a capital, so a lowercase word there ends it ("Gericht
// verminderte", "Amt nicht"). In the Romance languages the words after a
// capitalized one, or after the head, are adjectives: "Organisation
// mondiale", "ministère des Affaires étrangères"; a word without an
// adjective's ending is the verb after the name ("Fiscalía pidió", "Corte
// Suprema continuará", "Comisión anuncia"). After "de", "of" a noun goes on
// ("Service de la culture").
func (s *scanner) nameGoesOn(j int) bool {
	if isCyrillic(s.toks[j].lower) {
		return true // read by cyrillicVerb and the count of lowercase words
	}
	if s.lang == "de" {
		return false
	}
	if s.lang == "vi" {
		return true // Vietnamese writes the inner words of a name in lowercase: "Bộ Quốc phòng"
	}
	if j > 0 && (isConnector(s.toks[j-1].lower) || s.toks[j-1].elision) {
		return true
	}
	return adjectiveEnding(s.toks[j].lower) || shortDemonyms[s.toks[j].lower]
}

// shortDemonyms are nationality adjectives without an adjective's ending:
// "Parti populaire révolutionnaire lao", "Fédération russe".
var shortDemonyms = set(`lao thaï thai khmer russe russes belge belges suisse suisses turc turque grec grecque
	tchèque arabe arabes kurde serbe croate slovaque basque ruso rusa russo russa belga suizo suiza svizzero
	turco turca griego griega greco greca árabe arabo curdo`)

// adjectiveEndings end the adjectives of French, Spanish, Italian and
// Portuguese names: national, populaire, mondiale, pública, militare,
// étrangères, supérieur, internacional, japonaise, federativo.
var adjectiveEndings = []string{"al", "ale", "ales", "ali", "ais", "aux", "el", "elle", "els", "elles",
	"ien", "ienne", "iens", "iennes", "aire", "aires", "ario", "aria", "arios", "arias", "ário", "ária",
	"ique", "iques", "ico", "ica", "icos", "icas", "ici", "iche", "if", "ive", "ifs", "ives", "ivo", "iva", "ivos", "ivas",
	"ain", "aine", "ains", "aines", "ano", "ana", "anos", "anas", "ani", "ane",
	"ais", "aise", "aises", "ois", "oise", "oises", "ês", "esa", "ese", "esi", "ense", "enses",
	"ier", "ière", "iers", "ières", "er", "ère", "ers", "ères", "eur", "eure", "eurs", "ior", "iore", "iori", "or", "ora",
	"ar", "ares", "il", "ile", "iles", "ili", "ble", "bles", "bile", "bili", "vel", "veis",
	"ent", "ente", "entes", "enti", "ant", "ante", "antes", "anti",
	"é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ato", "ata", "ati", "ate", "ido", "ida", "idos", "idas", "ito", "ita",
	"ista", "istas", "iste", "istes", "isti",
	"ino", "ina", "inos", "inas", "ini", "ine",
	"eo", "ea", "eos", "eas", "ei", "ee", "éen", "éenne", "éens", "éennes",
	"ieux", "ieuse", "oso", "osa", "osi", "ose", "onal", "onale", "onaux"}

func adjectiveEnding(w string) bool {
	for _, e := range adjectiveEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// personInRun returns where a person's name (a first name and at least
// one more word) begins inside the capitalized run toks[j:k] that follows
// an organization's head, or k. A known name keeps its words, and so does
// a Vietnamese one: schools and hospitals are named after people ("lycée
// Chu Van An"), and Vietnamese syllables are first names elsewhere.
func (s *scanner) personInRun(j, k int) int {
	if s.known(j, k) || allVietSyllables(s.toks[j:min(j+2, k)]) {
		return k
	}
	for p := j; p <= k-2; p++ {
		if s.firstName(p) && !s.known(p, k) && !isOrgHead(&s.toks[p]) && !allVietSyllables(s.toks[p:p+2]) {
			return p
		}
	}
	return k
}

// possessiveEnd returns where the run toks[j:k] ends when a word in it
// other than the last is in the possessive, else k.
func possessiveEnd(toks []token, j, k int) int {
	for p := j; p < k-1; p++ {
		if possessive(toks[p].text) && !collectivePossessive(toks[p].text) {
			return p + 1
		}
	}
	return k
}

// participle reports a lowercase word that is likely a verb's participle,
// which ends an organization's name rather than belonging to it: "conduite
// par", "organisé", "créées".
func (s *scanner) participle(j int) bool {
	if j > 0 && (isConnector(s.toks[j-1].lower) || s.toks[j-1].elision) {
		return false // "Organisation mondiale de la santé": a noun after "de la"
	}
	w := s.toks[j].lower
	if strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées") {
		return true
	}
	if j+1 < len(s.toks) {
		switch s.toks[j+1].lower {
		case "par", "by", "por", "von", "da":
			return true
		}
	}
	return false
}

func isEnglishHead(w string) bool {
	switch w {
	case "ministry", "department", "committee", "agency", "hospital", "school", "university", "bank",
		"council", "institute", "academy", "company", "corporation", "foundation", "command", "court":
		return true
	}
	return false
}

// looksLikePerson reports a Vietnamese personal name of three words or more,
// which an organization's name does not end on.
func (s *scanner) looksLikePerson(j, k int) bool {
	if k-j < 3 || s.toks[k-1].has(isPlaceAfter) || s.toks[k-1].has(isOrgAfter) || s.known(j, k) {
		return false // "Ho Chi Minh City"
	}
	w := s.toks[j].lower
	return vietSurnames[fold.Key(w)] || cyrillicVietSurnames[w]
}

// cyrillicOrgAhead reads a Russian or Ukrainian organization whose name
// begins with the capitalized adjective at i and whose generic word follows
// within a few adjectives.
func (s *scanner) cyrillicOrgAhead(i int) (int, bool) {
	if k := i + 1; k < len(s.toks) && s.toks[k].word && s.toks[k].upper && isCyrillic(s.toks[k].lower) && (isOrgHead(&s.toks[k]) || cyrillicCouncil(&s.toks[k])) {
		return s.orgPhrase(k) // "Верховної Ради України": a capitalized head after its adjective
	}
	for k := i + 1; k < len(s.toks) && k <= i+3 && s.toks[k].word && !s.toks[k].upper; k++ {
		if isOrgHead(&s.toks[k]) {
			return s.orgPhrase(k)
		}
		if !cyrillicAdjective(s.toks[k].lower) {
			break
		}
	}
	return 0, false
}

// linked extends a Portuguese or Italian unit's name over the lowercase
// words that link its capitalized parts: "Coordenação de Repressão a
// Crimes Contra Instituições Financeiras", "Departamento de Repressão e
// Combate ao Crime Organizado". The part after the link must be no person,
// no known name and no organization's head (a second body).
func (s *scanner) linked(end int) int {
	for n := 0; n < 3 && end+1 < len(s.toks); n++ {
		t := &s.toks[end]
		if !t.word || t.upper || !romanceLink(s.lang, t.lower) {
			return end
		}
		k := end + 1
		for k < len(s.toks) && !s.toks[k].upper && isConnector(s.toks[k].lower) {
			k++
		}
		if k >= len(s.toks) || !s.toks[k].word || !s.toks[k].upper || s.toks[k].elision || isOrgHead(&s.toks[k]) {
			return end
		}
		r := s.runEnd(k)
		if s.known(k, r) || s.looksLikePerson(k, r) {
			return end
		}
		end = r
	}
	return end
}

func romanceLink(lang, w string) bool {
	switch lang {
	case "pt":
		switch w {
		case "a", "à", "ao", "aos", "às", "e", "contra":
			return true
		}
	case "it":
		switch w {
		case "a", "al", "alla", "ai", "e", "contro":
			return true
		}
	case "es":
		switch w {
		case "y", "e", "contra":
			return true // "Dirección de Prevención e Investigación de Robo"
		}
	case "id":
		return w == "dan" // "Dinas Pekerjaan Umum dan Penataan Ruang"
	}
	return false
}

// personAfterHead reports whether the capitalized word at j, right after
// a capitalized organization's head, may begin a person's name rather
// than go on with the body's: a first name may ("Consiglio Giorgia
// Meloni"), a word with an adjective's ending may not ("Autoridad
// Nacional Palestina", "Colégio Militar Tiradentes").
func (s *scanner) personAfterHead(j int) bool {
	return s.firstName(j) || !adjectiveEnding(s.toks[j].lower)
}
