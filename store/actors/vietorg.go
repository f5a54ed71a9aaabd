package actors

// Vietnamese names of bodies: a head ("Bộ", "Học viện", "Ủy ban") and the
// words after it, each written with a capital on its first syllable only
// ("Bộ Ngoại giao", "Viện Nghiên cứu Nhật Bản", "Học viện Khoa học Xã hội
// Trung Quốc"). The rules for other languages read "Bộ Ngoại" as a person's
// run and stop at "giao".

// vietOrgHeads are the generic words that begin a Vietnamese body's name,
// in lowercase with their marks ("đảng", not "Đặng"), syllables joined by "_".
var vietOrgHeads = set(`bộ viện học_viện bệnh_viện ủy_ban uỷ_ban thời_báo giáo_hội hội_đồng sở cục
	tổng_cục ban báo đài hãng công_ty tổng_công_ty tập_đoàn ngân_hàng tòa_án toà_án viện_kiểm_sát
	công_an đảng mặt_trận liên_đoàn hiệp_hội hội trường đại_học câu_lạc_bộ quân_đội quân_khu
	lực_lượng văn_phòng thông_tấn_xã tổ_chức trung_tâm quỹ ubnd hđnd clb thpt thcs`)

// vietLinkLevels are the lowercase level words that go on with a body's
// name before a place: "UBND tỉnh Đồng Tháp", "Ủy ban ... châu Á".
var vietLinkLevels = set(`tỉnh thành_phố tp huyện quận xã phường thị_xã thị_trấn châu`)

// vietStops are the commonest Vietnamese function words, verbs and time
// words: one after a body's name ends it ("Bộ Y tế đã", "Mỹ ngày").
var vietStops = set(`đã đang sẽ vừa mới cũng còn vẫn không chưa chỉ là có được bị cho của và với tại về trong ngoài
	khi thì mà nên nhưng hay hoặc nếu vì do để từ đến theo như các những một này đó kia ấy nay hôm ngày tháng năm
	giờ sáng chiều tối sau trước lúc vào ra lên xuống nói cho_biết biết yêu đề nghị tổ thông báo công bố tiếp
	ông bà anh chị em người ở gồm thuộc trên dưới giữa qua sang tới rằng nhằm nhiều ít rất đều`)

// vietOrgHead returns the end of a Vietnamese body's head word at i (one,
// two or three syllables, the first capitalized, the others lowercase), or i.
func (s *scanner) vietOrgHead(i int) int {
	toks := s.toks
	if !toks[i].upper {
		return i
	}
	key := toks[i].lower
	end := i
	if vietOrgHeads[key] {
		end = i + 1
	}
	for k := i + 1; k < len(toks) && k < i+3 && toks[k].word && !toks[k].upper && toks[k].space; k++ {
		key += " " + toks[k].lower
		if vietOrgHeads[key] {
			end = k + 1
		}
	}
	return end
}

// vietOrgPhrase reads a Vietnamese body's name from its head at i and
// records it; it returns where scanning resumes. The name is words of one
// capital and lowercase syllables ("Ngoại giao"), runs of capitals (a
// place: "Trung Quốc"), and a level word before a place ("tỉnh Đồng
// Tháp"); a lowercase word after a run of capitals ends it ("Trung Quốc
// cho biết"), and so does a Vietnamese full name after a place ("UBND tỉnh
// Đồng Tháp Nguyễn Văn Dương": its chairman).
func (s *scanner) vietOrgPhrase(i int) (int, bool) {
	toks := s.toks
	h := s.vietOrgHead(i)
	if h == i {
		return 0, false
	}
	end, lastFrom, lastTo := h, -1, -1
	for j := h; j < len(toks) && toks[j].word; {
		t := &toks[j]
		if !t.upper {
			if k := s.levelEnd(j); k > j && k < len(toks) && toks[k].word && toks[k].upper {
				j = k // "tỉnh Đồng Tháp"
				continue
			}
			if t.lower == "và" && lastFrom < 0 && j+1 < len(toks) && toks[j+1].word && toks[j+1].upper {
				j++ // "Bộ Giáo dục và Đào tạo": two fields, after words, not after a place
				continue
			}
			break
		}
		k := j + 1
		for k < len(toks) && toks[k].word && toks[k].upper && !toks[k].elision {
			k++
		}
		if k-j == 1 && j > h && s.vietOrgHead(j) > j {
			break // a second body: "Ban Trị sự Giáo hội Phật giáo"
		}
		if l := s.vietLowers(k); k-j == 1 && l > k {
			end = l // "Ngoại giao": one word of a capital and lowercase syllables
			j = l
			continue
		}
		if j > h && s.vietName(j, k) {
			break // "Bộ Y tế Nguyễn Thanh Long": the minister
		}
		cut := s.placeThenName(j, k)
		end, lastFrom, lastTo = cut, j, cut
		if cut < k {
			break
		}
		j = k
	}
	if end <= h {
		return h, true // a head alone, "UBND tỉnh đã ...": no name, and no other rule's either
	}
	m := s.newMention(joinWords(toks, i, end), end-i, i, end, vOrg, strong)
	s.emit(m)
	if lastFrom >= 0 && lastTo == end {
		s.inner(lastFrom, lastTo)
	}
	return end, true
}

// vietLowers returns the end of the lowercase syllables
// that go on with a word begun by a capital at k-1, or k. One: a second
// one is as often a verb ("Ban Trị sự cử").
func (s *scanner) vietLowers(k int) int {
	toks := s.toks
	l := k
	for l < len(toks) && l < k+1 && toks[l].word && !toks[l].upper && !toks[l].digit && toks[l].space &&
		(!vietStops[toks[l].lower] || s.vietFieldSyllable(l)) && !vietLinkLevels[toks[l].lower] {
		l++
	}
	return l
}

// placeThenName cuts the run of capitals toks[j:k] after a known place, or
// before a Vietnamese surname, when a name of two words or more follows:
// "Trung Quốc Cảnh Sảng", "Đồng Tháp Nguyễn Văn Dương" (the spokesman, the
// chairman). It returns the new end.
func (s *scanner) placeThenName(j, k int) int {
	for p := j + 1; p <= k-2; p++ {
		if vietSurnames[s.toks[p].foldKey()] && k-p >= 3 || s.known(j, p) && !s.known(j, p+1) {
			return p
		}
	}
	return k
}

// levelEnd returns the end of a lowercase level word of one or two
// syllables at j ("tỉnh", "thành phố"), or j.
func (s *scanner) levelEnd(j int) int {
	toks := s.toks
	if vietLinkLevels[toks[j].lower] {
		return j + 1
	}
	if j+1 < len(toks) && toks[j+1].word && !toks[j+1].upper && vietLinkLevels[toks[j].lower+" "+toks[j+1].lower] {
		return j + 2
	}
	return j
}
