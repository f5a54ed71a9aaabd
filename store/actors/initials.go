package actors

// "George W. Bush", "John F. Kennedy", "Nguyễn T. Hà": one person, whose
// name a middle initial and its full stop would otherwise cut in two.

import "unicode/utf8"

// middleInitials extends the run of capitalized words toks[i:j] over a
// middle initial, its full stop and the capitalized words after it, and
// returns the new end. The word after the stop must not be one that
// begins a sentence ("Plan B. Then"): a function word, or a word the
// article also writes in lowercase.
func (s *scanner) middleInitials(i, j int) int {
	toks := s.toks
	for j-i >= 2 && j+1 < len(toks) && isInitial(&toks[j-1]) && toks[j].text == "." {
		next := &toks[j+1]
		if !next.word || !next.upper || !next.space || next.elision || isInitial(next) || s.functionInitial(next) {
			break
		}
		next.start = false // the stop ends no sentence
		j = s.runEnd(j + 1)
	}
	return j
}

// isInitial is a single capital letter.
func isInitial(t *token) bool {
	r, n := utf8.DecodeRuneInString(t.text)
	return t.upper && n == len(t.text) && r != utf8.RuneError
}
