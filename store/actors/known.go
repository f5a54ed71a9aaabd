package actors

// Gazetteer lookups of runs of tokens, without allocating.

import (
	"unicode/utf8"
)

// longestKnown extends the run toks[i:j] over the lowercase words and
// connectors that follow it when the longer phrase is a known place or
// organization: "Arabie saoudite", "Corée du Sud", "Émirats arabes unis".
func (s *scanner) longestKnown(i, j int) int {
	best := j
	if j > i && !isPrefix(s.g, s.keyOf(i, j)) {
		return j // no longer known name begins with this run: the common case
	}
	if j-i == 1 && s.toks[i].has(isFunctionWords) && !s.toks[i].caps {
		return j // "A new law": an article and lowercase words are no name
	}
	for k := j; k < len(s.toks) && k < j+4 && s.toks[k].word; k++ {
		if s.toks[k].digit || k > i && s.toks[k].start {
			break
		}
		t := &s.toks[k]
		if !t.has(isFunctionWords) && !isConnector(t.lower) && !t.elision && s.known(i, k+1) {
			best = k + 1 // a name does not end on "de" or "a"
		}
		if !isPrefix(s.g, s.keyOf(i, k+1)) {
			break
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
func (s *scanner) lookup(i, j int) entry { return s.lookupKey(s.keyOf(i, j), i, j) }

// lookupKey is lookup with b, the key of toks[i:j], already made.
func (s *scanner) lookupKey(b []byte, i, j int) entry {
	if e, ok := lookupName(s.g, b); ok {
		return e
	}
	if len(b) > 0 && (b[0] == 0xd0 || b[0] == 0xd1) { // Cyrillic: try the inflections
		if j-i == 1 {
			return s.g.wordEntry(s.toks[i].text)
		}
		st := s.stemBuf[:0]
		for k := i; k < j; k++ {
			if t := &s.toks[k]; t.word {
				st, _ = appendStem(st, t.text) // wordStem(t.text), "" in another script
			}
		}
		s.stemBuf = st
		if utf8.RuneCount(st) < 4 {
			return entry{} // "Утром" is no place: short stems meet by chance
		}
		return s.g.stems[string(st)]
	}
	return entry{}
}

// keyOf returns fold.Key of toks[i:j] in a buffer reused by the next call.
// A run is keyed again and again, and longer and longer: a call for the
// run of the last one, or for a longer one, reuses or extends its key.
func (s *scanner) keyOf(i, j int) []byte {
	if !s.keyed || s.keyFrom != i || s.keyTo > j {
		s.buf, s.keyFrom, s.keyTo, s.keyed = s.buf[:0], i, i, true
	}
	for k := s.keyTo; k < j; k++ {
		if t := &s.toks[k]; t.word {
			s.buf = append(s.buf, t.foldKey()...)
		}
	}
	s.keyTo = max(s.keyTo, j)
	return s.buf
}

// knownPrefix reports whether the run toks[i:j] begins with a known name of
// two words or more ("Bien Hoa Electricity").
func (s *scanner) knownPrefix(i, j int) bool {
	if j-i < 2 {
		return false
	}
	// the key of toks[i:k] is the key of toks[i:j] cut short
	s.runKey = append(s.runKey[:0], s.keyOf(i, j)...)
	end := len(s.runKey)
	for k := j; k >= i+2; k-- {
		if s.lookupKey(s.runKey[:end], i, k).kind != 0 {
			return true
		}
		if t := &s.toks[k-1]; t.word {
			end -= len(t.foldKey())
		}
	}
	return false
}

// knownCountry reports whether toks[i:j] is a country, a region or a known
// organization: names that a short line may hold alone.
func (s *scanner) knownCountry(i, j int) bool {
	return s.lookup(i, j).kind&(gCountry|gRegion|gOrg) != 0
}
