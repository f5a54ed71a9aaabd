package actors

import "strings"

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
)

var lexicon = buildLexicon()

// maxLexiconWord is the length in bytes of the lexicon's longest word: a
// longer word is not looked up.
var maxLexiconWord = func() int {
	n := 0
	for w := range lexicon {
		n = max(n, len(w))
	}
	return n
}()

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
	return m
}

// has reports whether the word has role f.
func (t token) has(f wordFlag) bool { return t.flags&f != 0 }

// lastHas reports whether the word's last part, after its last hyphen, has
// role f: "presse-agentur" ends on "agentur".
func (t token) lastHas(f wordFlag) bool { return t.last&f != 0 }

// lexiconFlags returns the roles of a lowercase word and of its last part.
func lexiconFlags(lower string) (flags, last wordFlag) {
	flags = lookupLexicon(lower)
	if k := strings.LastIndexByte(lower, '-'); k >= 0 {
		return flags, lookupLexicon(lower[k+1:])
	}
	return flags, flags
}

// lookupLexicon returns the roles of a lowercase word.
func lookupLexicon(w string) wordFlag {
	if len(w) > maxLexiconWord || !lexiconFilter.mayHave(w) {
		return 0
	}
	return lexicon[w]
}

// lexiconFilter tells most words that are not in the lexicon, about half
// of a text's, from the few that are without hashing them: a map lookup
// was a quarter of tokenizing.
var lexiconFilter = func() *wordFilter {
	f := new(wordFilter)
	for w := range lexicon {
		f.add(w)
	}
	return f
}()

// wordFilter is a one-hash Bloom filter over a word's length and its
// first, middle and last bytes, small enough to stay in the L1 cache.
type wordFilter [1 << 10]uint64

func filterIndex(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])<<8 ^ uint32(w[n-1]) ^ uint32(w[n/2])<<16
	return (h * 0x85ebca6b) >> 16
}

func (f *wordFilter) add(w string) {
	k := filterIndex(w)
	f[k/64] |= 1 << (k % 64)
}

func (f *wordFilter) mayHave(w string) bool {
	k := filterIndex(w)
	return f[k/64]&(1<<(k%64)) != 0
}
