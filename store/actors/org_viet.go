package actors

// vietStopPairs are the verbs of two syllables in vietStops whose
// syllables are listed one by one there ("thông báo": announce). Alone,
// each syllable is also the second half of a field's word ("Truyền
// thông": media, "Nhà báo": journalists, "Giao thông": transport), which
// goes on with a body's name: only the pair ends it.
var vietStopPairs = set(`thông_báo công_bố đề_nghị`)

var vietPairHalves = set(`thông báo công bố đề nghị`)

// vietFieldSyllable reports whether the lowercase syllable toks[l], a stop
// word on its own, is a field word's second half here: not the first
// syllable of one of the verbs it stands in.
func (s *scanner) vietFieldSyllable(l int) bool {
	toks := s.toks
	if !vietPairHalves[toks[l].lower] {
		return false
	}
	if l+1 < len(toks) && toks[l+1].word && vietStopPairs[toks[l].lower+"_"+toks[l+1].lower] {
		return false
	}
	return l > 0 && !vietStopPairs[toks[l-1].lower+"_"+toks[l].lower]
}
