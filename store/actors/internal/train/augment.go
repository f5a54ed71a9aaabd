package main

import (
	"math/rand/v2"
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// The corpora are European; kiosk's readers meet Vietnamese names in every
// language, which look like nothing in them: "Nguyen Thi Lan", "Phu Hoa".
// Some training sentences are copied with their person and place names
// replaced by made-up Vietnamese ones, so that the tagger learns the names'
// form and leans on the context around them, not on names it has seen.

var vietSurnames = strings.Fields(`Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
	Dinh Trinh Truong Lam Mai Cao Ta Luong Doan Chu Ha Quach Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng
	Bùi Đỗ Hồ Ngô Dương Đinh`)

var vietSyllables = strings.Fields(`Van Thi Minh Hai Lan Anh Duc Hung Tuan Thanh Hoa Phuong Linh Son Long
	Quang Nam Binh Cuong Dung Giang Hanh Hieu Hoai Huong Khanh Khoa Kim Loc Mai Nga Ngoc Nhu Phu Quoc
	Quy Tam Tan Thang Thao Thu Thuy Tien Trang Trung Tu Vinh Xuan Yen Bao Chi Dien Hong Lam Phuc Tri
	Văn Thị Minh Hải Đức Hùng Tuấn Thanh Hòa Phương Sơn Quang Bình Cường Dũng Hương Khánh Lộc Ngọc Phú
	Quốc Tâm Tân Thắng Thảo Thủy Tiến Trang Trung Vĩnh Xuân Yến Bảo Hồng Phúc Trí Đông Tây Nghĩa`)

// augment returns made-up copies of some sentences of train; the same
// sentences and seed give the same copies.
func augment(train []sentence, share float64, seed uint64) []sentence {
	rng := rand.New(rand.NewPCG(seed, 7))
	var out []sentence
	for _, st := range train {
		sp := spans(st.tags)
		hasName := false
		for _, s := range sp {
			hasName = hasName || s.kind == tagger.Person || s.kind == tagger.Place
		}
		if !hasName || rng.Float64() >= share {
			continue
		}
		out = append(out, replaceNames(st, sp, rng))
	}
	return out
}

// replaceNames rewrites the person and place names of st.
func replaceNames(st sentence, sp []span, rng *rand.Rand) sentence {
	cp := sentence{lang: st.lang, doc: st.doc}
	at := 0
	for _, s := range sp {
		cp.words = append(cp.words, st.words[at:s.from]...)
		cp.tags = append(cp.tags, st.tags[at:s.from]...)
		at = s.to
		var name []string
		switch s.kind {
		case tagger.Person:
			name = append(name, vietSurnames[rng.IntN(len(vietSurnames))])
			for range 1 + rng.IntN(2) {
				name = append(name, vietSyllables[rng.IntN(len(vietSyllables))])
			}
			if rng.IntN(4) == 0 { // "Hai" for "Nguyen Quang Hai" the second time
				name = name[len(name)-1:]
			}
		case tagger.Place:
			for range 1 + rng.IntN(2) {
				name = append(name, vietSyllables[rng.IntN(len(vietSyllables))])
			}
		default:
			name = st.words[s.from:s.to]
		}
		for k, w := range name {
			cp.words = append(cp.words, w)
			cp.tags = append(cp.tags, tagger.TagOf(s.kind, k == 0))
		}
	}
	cp.words = append(cp.words, st.words[at:]...)
	cp.tags = append(cp.tags, st.tags[at:]...)
	return cp
}
