package actors

// titleInRun returns where a title inside the capitalized run toks[j:k]
// after a body's head begins, when a name follows it in the run, or k:
// "Polda Kalbar Irjen Pol Didi Haryono", "Bank Indonesia Governor Perry
// Warjiyo": the body's name ends before its officer's rank. A title
// first in the run ("Office of the President") is the field's own word.
func (s *scanner) titleInRun(j, k int) int {
	for p := j + 1; p < k-1; p++ {
		if isTitle(&s.toks[p]) && !isOrgHead(&s.toks[p]) && s.toks[p+1].upper {
			return p
		}
	}
	return k
}
