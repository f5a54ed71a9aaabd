package actors

import (
	"strings"
	"sync"
)

// Each word's roles in the lexicon are looked up once, when it is tokenized,
// and kept as bits: the scanner asks many questions of every word.

type wordFlag uint32

const (
	isCalendar wordFlag = 1 << iota
	isCreditWords
	isEventHeads
	isFunctionWords
	isHonorifics
	isListArticles
	isListCueSkips
	isListJoins
	isLowercaseOrgHeadsUnsafe
	isLowercaseOrgs
	isNameParticles
	isNotNames
	isOrgAfter
	isOrgBefore
	isOrgHeads
	isPersonVerbs
	isPlaceAfter
	isPlaceBefore
	isPlacePrepositions
	isTitles
	isOrgAfterLower
	isHonorificsDot // an honorific once a period is added: "m" for "m."
)

// lexicon and the tables made from it are built on the first word looked
// up, not at init: every kiosk process links this package and most never
// extract (a search, the UI's first screen).
var lexicon = sync.OnceValue(buildLexicon)

// maxLexiconWord is the length in bytes of the lexicon's longest word: a
// longer word is not looked up.
var maxLexiconWord = sync.OnceValue(func() int {
	n := 0
	for w := range lexicon() {
		n = max(n, len(w))
	}
	return n
})

func buildLexicon() map[string]wordFlag {
	m := map[string]wordFlag{}
	for f, words := range map[wordFlag]map[string]bool{
		isCalendar:                calendar,
		isCreditWords:             creditWords,
		isEventHeads:              eventHeads,
		isFunctionWords:           functionWords,
		isHonorifics:              honorifics,
		isListArticles:            listArticles,
		isListCueSkips:            listCueSkips,
		isListJoins:               listJoins,
		isLowercaseOrgHeadsUnsafe: lowercaseOrgHeadsUnsafe,
		isLowercaseOrgs:           lowercaseOrgs,
		isNameParticles:           nameParticles,
		isNotNames:                notNames,
		isOrgAfter:                orgAfter,
		isOrgBefore:               orgBefore,
		isOrgHeads:                orgHeads,
		isPersonVerbs:             personVerbs,
		isPlaceAfter:              placeAfter,
		isPlaceBefore:             placeBefore,
		isPlacePrepositions:       placePrepositions,
		isTitles:                  titles,
		isOrgAfterLower:           orgAfterLower,
	} {
		for w := range words {
			m[w] |= f
		}
	}
	for w := range langPlaceBefore {
		m[w] |= isPlaceBefore
	}
	for w := range langListJoins {
		m[w] |= isListJoins
	}
	for w := range langFunctionWords {
		m[w] |= isFunctionWords
	}
	for w := range honorifics {
		if h, ok := strings.CutSuffix(w, "."); ok {
			m[h] |= isHonorificsDot
		}
	}
	return m
}

// has reports whether the word has role f.
func (t *token) has(f wordFlag) bool { return t.flags&f != 0 }

// lastHas reports whether the word's last part, after its last hyphen, has
// role f: "presse-agentur" ends on "agentur".
func (t *token) lastHas(f wordFlag) bool { return t.last&f != 0 }

// lexiconFlags returns the roles of a lowercase word and of its last part.
func lexiconFlags(lower string) (flags, last wordFlag) {
	flags = lookupLexicon(lower)
	if stem, ok := strings.CutSuffix(lower, "'s"); ok {
		return flags, lookupLexicon(stem) // "Organisation's": the name ends on "Organisation"
	} else if stem, ok := strings.CutSuffix(lower, "’s"); ok {
		return flags, lookupLexicon(stem)
	}
	if k := strings.LastIndexByte(lower, '-'); k >= 0 {
		return flags, lookupLexicon(lower[k+1:])
	}
	return flags, flags | compoundFlags(lower)
}

// compoundHeads are the last parts of German compounds that make the word
// a title or an organization's generic word: "Bundestagspräsidentin",
// "Verkehrsministerium", "Linkspartei", "Sprenggesellschaft".
type compoundHead struct {
	suffix string // four bytes or more
	flag   wordFlag
}

var compoundHeads = []compoundHead{
	{"minister", isTitles}, {"ministerin", isTitles}, {"präsident", isTitles}, {"präsidentin", isTitles},
	{"sekretär", isTitles}, {"sekretärin", isTitles}, {"vorsitzende", isTitles}, {"vorsitzender", isTitles},
	{"sprecher", isTitles}, {"sprecherin", isTitles}, {"kanzler", isTitles}, {"kanzlerin", isTitles},
	{"direktor", isTitles}, {"direktorin", isTitles}, {"politiker", isTitles}, {"politikerin", isTitles},
	{"ministers", isTitles}, {"präsidenten", isTitles}, {"spieler", isTitles}, {"spielerin", isTitles},
	{"trainer", isTitles}, {"trainerin", isTitles}, {"experte", isTitles}, {"expertin", isTitles}, {"experten", isTitles},
	{"kandidat", isTitles}, {"kandidatin", isTitles}, {"kandidaten", isTitles}, {"abgeordnete", isTitles},
	{"abgeordneten", isTitles}, {"abgeordneter", isTitles}, {"anwalt", isTitles}, {"anwalts", isTitles},
	{"anwältin", isTitles}, {"inhaber", isTitles}, {"inhaberin", isTitles}, {"chef", isTitles}, {"chefin", isTitles},
	{"leiter", isTitles}, {"leiterin", isTitles}, {"führer", isTitles}, {"führerin", isTitles}, {"sprechers", isTitles},
	{"ministerium", isOrgAfter}, {"partei", isOrgAfter}, {"gesellschaft", isOrgAfter}, {"behörde", isOrgAfter},
	{"verband", isOrgAfter}, {"agentur", isOrgAfter}, {"konzern", isOrgAfter}, {"gericht", isOrgAfter},
	{"kommission", isOrgAfter}, {"ausschuss", isOrgAfter}, {"polizei", isOrgAfter}, {"stiftung", isOrgAfter},
	{"institut", isOrgAfter}, {"akademie", isOrgAfter}, {"universität", isOrgAfter}, {"klinikum", isOrgAfter},
	{"krankenhaus", isOrgAfter}, {"fraktion", isOrgAfter}, {"bündnis", isOrgAfter},
}

// compoundFlags returns the roles a long word takes from its last part.
func compoundFlags(lower string) wordFlag {
	if len(lower) < 10 {
		return 0
	}
	var f wordFlag
	for _, h := range compoundTails[lower[len(lower)-4:]] { // most words end otherwise: one lookup
		if len(lower) >= len(h.suffix)+4 && strings.HasSuffix(lower, h.suffix) {
			f |= h.flag
		}
	}
	return f
}

// compoundTails files compoundHeads by their last four bytes.
var compoundTails = func() map[string][]compoundHead {
	m := map[string][]compoundHead{}
	for _, h := range compoundHeads {
		k := h.suffix[len(h.suffix)-4:]
		m[k] = append(m[k], h)
	}
	return m
}()

// lookupLexicon returns the roles of a lowercase word.
func lookupLexicon(w string) wordFlag {
	if len(w) <= maxShortWord {
		if w == "" {
			return 0
		}
		return shortLexicon().get(w)
	}
	if len(w) > maxLexiconWord() || !mayHave(lexiconFilter(), w) {
		return 0
	}
	return lexicon()[w]
}

// shortLexicon holds the lexicon's words of up to eight bytes, most words
// of a text.
var shortLexicon = sync.OnceValue(func() *shortTable { return newShortTable(lexicon()) })

// lexiconFilter tells most words that are not in the lexicon, about half
// of a text's, from the few that are without hashing them: a map lookup
// was a quarter of tokenizing.
var lexiconFilter = sync.OnceValue(func() *filter {
	f := newFilter(len(lexicon()))
	for w := range lexicon() {
		f.add(w)
	}
	return f
})
