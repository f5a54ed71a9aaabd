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
		{"a counted Vietnamese level word heads a list of places, joined by và", "vi",
			"Đám cháy lan sang 3 xã Tân Lập, Xuân Hòa và Quang Tiến. Gia đình ông ở xóm Đồng Tiến.",
			[]want{{"Tân Lập", Place, nil}, {"Xuân Hòa", Place, nil}, {"Quang Tiến", Place, nil}, {"Đồng Tiến", Place, nil}},
			nil},
		{"a Portuguese square or street is a place, named without its head", "pt",
			"Os manifestantes reuniram-se na Praça Marechal Deodoro e seguiram pela Travessa Joaquim Silva.",
			[]want{{"Marechal Deodoro", Place, nil}, {"Joaquim Silva", Place, nil}},
			nil},
		{"an Italian square and a frazione are places", "it",
			"Il corteo si è mosso da Piazzale Giulio Cesare verso la frazione di Roncole.",
			[]want{{"Giulio Cesare", Place, nil}, {"Roncole", Place, nil}},
			nil},
		{"country abbreviations and official names CLDR lacks are countries", "ru",
			"Министр обороны США встретился с президентом Российской Федерации, а посол Соединенных Штатов промолчал.",
			[]want{{"США", Place, []string{"Соединенных Штатов"}}, {"Российской Федерации", Place, nil}},
			nil},
		{"a sentence's first conjunction or preposition is no part of a name", "en",
			"Though Peter Lindqvist denied it, the report stood.",
			[]want{{"Peter Lindqvist", Person, nil}},
			[]string{"Though Peter Lindqvist"}},
		{"a Ukrainian preposition first in a sentence is no part of a name", "uk",
			"Біля Кабінету Міністрів України зібралися люди.",
			nil,
			[]string{"Біля Кабінету Міністрів України"}},
		{"a surname's particle joins it to the first name before it", "es",
			"El escritor Pedro Gómez d'Arnaud llegó con la ministra Carmen Ruiz de Toledo y el banco de España.",
			[]want{{"Pedro Gómez d'Arnaud", Person, nil}, {"Carmen Ruiz de Toledo", Person, nil}},
			[]string{"Pedro Gómez", "Carmen Ruiz", "Toledo", "Arnaud"}},
		{"a particle before a country is no surname's", "pt",
			"O embaixador Paulo Souza de Angola falou ontem.",
			nil,
			[]string{"Paulo Souza de Angola"}},
		{"a small town after a preposition is a place, unless it is a surname here", "it",
			"I carabinieri di Vigolzone sono arrivati. Il sindaco Marco Pianello ha parlato con Pianello.",
			[]want{{"Vigolzone", Place, nil}, {"Marco Pianello", Person, nil}},
			[]string{"Pianello"}},
		{"an Indonesian list of towns after di goes on over dan", "id",
			"Banjir melanda warga di Sekadau, Nanga Pinoh dan Melawi sejak Senin.",
			[]want{{"Sekadau", Place, nil}, {"Melawi", Place, nil}},
			nil},
	}
	checkRuleCases(t, cases)
}
