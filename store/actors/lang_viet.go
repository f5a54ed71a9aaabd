package actors

// Vietnamese titles are words of two syllables, and a title before a name
// is often capitalized one syllable in: "Phó Giám đốc", "Chánh Văn phòng",
// "Thủ tướng". The capitalized syllables of such a title are no name.

// vietTitlePrefixes turn the word after them into a title: "Phó Giám
// đốc" (deputy director), "Chánh Văn phòng" (chief of the office),
// "Trưởng Trung tâm" (head of the centre), "Quyền Bộ trưởng" (acting
// minister).
var vietTitlePrefixes = set(`phó trưởng chánh quyền`)

// vietTitles are Vietnamese titles and ranks of two syllables, in lower
// case: "Thủ tướng" (prime minister), "Thiếu tướng" (major general).
var vietTitles = set(`thủ_tướng bộ_trưởng thứ_trưởng chủ_tịch chủ_nhiệm tổng_thống bí_thư giám_đốc đại_sứ
	đại_tướng đại_tá thiếu_tướng thiếu_tá trung_tướng trung_tá thượng_tướng thượng_tá chánh_án tư_lệnh
	chính_ủy hiệu_trưởng viện_trưởng trưởng_lão trưởng_ban trưởng_phòng phát_ngôn thống_đốc thị_trưởng
	giáo_sư tiến_sĩ bác_sĩ luật_sư đại_biểu ủy_viên hòa_thượng thượng_tọa đại_đức pháp_chủ tổng_giám
	phó_giám trưởng_đoàn chỉ_huy`)

// vietTitleRun reads a Vietnamese run toks[i:j] followed by a lowercase
// syllable. It returns the run without the title's capitalized syllables:
// i+1 when a prefix heads the run ("Phó Giám đốc": the rest is read
// again), the end moved back over a title's first syllable ("Hai Thủ
// tướng"), and drop when what is left is a sentence's first word alone.
func (s *scanner) vietTitleRun(i, j int) (from, to int, drop bool) {
	toks := s.toks
	if s.lang != "vi" || j-i < 2 || j >= len(toks) || !toks[j].word || toks[j].upper || !toks[j].space || toks[j].digit {
		return i, j, false
	}
	if vietTitlePrefixes[toks[i].lower] {
		return i + 1, j, false
	}
	if vietTitles[toks[j-1].lower+" "+toks[j].lower] {
		j--
		return i, j, j-i == 1 && toks[i].start
	}
	return i, j, false
}

// vietTitleSpan reports a span the tagger found that is a title's
// capitalized syllables: a prefix and the syllable after it, a title's
// first syllable alone ("Thiếu tướng").
func (s *scanner) vietTitleSpan(i, j int) bool {
	toks := s.toks
	if s.lang != "vi" || j >= len(toks) || !toks[j].word || toks[j].upper || !toks[j].space {
		return false
	}
	if j-i == 1 {
		return vietTitles[toks[i].lower+" "+toks[j].lower]
	}
	from, to, drop := s.vietTitleRun(i, j)
	return drop || from != i || to != j
}

// vietPlaceHonorific reports a capitalized "Bà" or "Ông" after a
// lowercase level or place word: the first syllable of a place's name
// ("xã Bà Điểm", "tỉnh Bà Rịa", "cầu Ông Lãnh"), not a form of address.
func (s *scanner) vietPlaceHonorific(i int) bool {
	t := &s.toks[i]
	if s.lang != "vi" || i == 0 || !t.upper || t.lower != "bà" && t.lower != "ông" {
		return false
	}
	p := &s.toks[i-1]
	return p.word && !p.upper && (p.has(isPlaceBefore) || vietPlaceBefore[p.lower] || vnFirstWords()[p.lower])
}

// vietDottedCity reads "TP.HCM", Vietnamese news' abbreviation of Ho Chi
// Minh City, which the tokenizer cuts at its period, at toks[i]: a place,
// where the acronym after the period alone was read as a body.
func (s *scanner) vietDottedCity(i int) (string, bool) {
	toks := s.toks
	if i+2 >= len(toks) || !toks[i].caps || toks[i+1].text != "." || toks[i+1].space || toks[i+2].space || !toks[i+2].upper {
		return "", false
	}
	name := toks[i].text + "." + toks[i+2].text
	_, ok := VietnamPlace(name)
	return name, ok
}
