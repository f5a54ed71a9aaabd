package actors

import "testing"

// TestSession8LangRules holds made-up sentences for the classes of names
// added for places and persons in session 8 (QUALITY.md, "Session 8:
// languages").
func TestSession8LangRules(t *testing.T) {
	type want = wantActor
	cases := []ruleCase{
		{"a Russian region is its adjective before the generic word", "ru",
			"Жители Орловской области и Приморского края ждут. В Тамбовской области пошёл снег.",
			[]want{{"Орловской", Place, nil}, {"Приморского", Place, nil}, {"Тамбовской", Place, nil}},
			[]string{"Жители Орловской"}},
		{"a Ukrainian district is its adjective before the generic word", "uk",
			"Рятувальники працюють у Броварському районі та в Черкаській області.",
			[]want{{"Броварському", Place, nil}, {"Черкаській", Place, nil}},
			nil},
		{"a Ukrainian town in -ів keeps its kind in the other cases", "uk",
			"Делегація з Харкова прибула до Києва, а Олена Петрова поїхала далі.",
			[]want{{"Харкова", Place, nil}, {"Києва", Place, nil}},
			nil},
		{"the capitalized syllables of a Vietnamese title are no name", "vi",
			"Sáng nay, Phó Giám đốc Sở Y tế Lê Văn Tâm đã gặp Thiếu tướng Trần Minh Hải. Đón Thủ tướng tại sân bay có Chánh Văn phòng Đỗ Thị Lan.",
			[]want{{"Lê Văn Tâm", Person, nil}, {"Trần Minh Hải", Person, nil}, {"Đỗ Thị Lan", Person, nil}},
			[]string{"Phó Giám", "Thiếu", "Đón Thủ", "Đón", "Chánh Văn"}},
	}
	checkRuleCases(t, cases)
}
