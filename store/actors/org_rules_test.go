package actors

import "testing"

// TestOrgRules holds one made-up sentence per class of rule added in
// session 8 for organizations (QUALITY.md, "Session 8: organizations").
func TestOrgRules(t *testing.T) {
	type want = wantActor
	cases := []ruleCase{
		{"a plural noun of people in the possessive stays inside a body's name", "en",
			"The Office of the Da Lat People's Committee met the Vietnam Women's Union on Monday.",
			[]want{{"Office of the Da Lat People's Committee", Organization, nil}, {"Vietnam Women's Union", Organization, nil}},
			[]string{"Office of the Da Lat People", "Da Lat People"}},
		{"an owner's possessive still ends a name before another", "en",
			"Mexico's National Statistics Institute published the figures.",
			[]want{{"Mexico", Place, nil}, {"National Statistics Institute", Organization, nil}},
			nil},
		{"a Roman numeral is no body", "en",
			"After World War II the veterans met Pope John Paul II in Rome.",
			[]want{{"Rome", Place, nil}},
			[]string{"II"}},
		{"countries' abbreviations are places", "ru",
			"Представители США и КНР встретились в Женеве, напомнив о временах СССР.",
			[]want{{"США", Place, nil}, {"КНР", Place, nil}, {"СССР", Place, nil}},
			nil},
		{"countries' abbreviations are places", "fr",
			"La RPC et l'URSS avaient signé un traité.",
			[]want{{"RPC", Place, nil}, {"URSS", Place, nil}},
			nil},
		{"a country's one institution named by its generic word alone is a body", "es",
			"Ayer el Congreso aprobó la reforma y la Fiscalía abrió una investigación en Valencia.",
			[]want{{"Congreso", Organization, nil}, {"Fiscalía", Organization, nil}, {"Valencia", Place, nil}},
			nil},
		{"a country's one institution named by its generic word alone is a body", "de",
			"Der Landtag stimmte zu, doch das Bundesverfassungsgericht in Karlsruhe prüft das Gesetz.",
			[]want{{"Landtag", Organization, nil}, {"Bundesverfassungsgericht", Organization, nil}, {"Karlsruhe", Place, nil}},
			nil},
		{"a force's unit after it is no part of its name", "it",
			"Ieri i Carabinieri del Comando Provinciale di Livorno hanno fermato due uomini a Pisa.",
			[]want{{"Carabinieri", Organization, nil}, {"Livorno", Place, nil}, {"Pisa", Place, nil}},
			[]string{"Carabinieri del Comando Provinciale", "Carabinieri del Comando Provinciale di Livorno"}},
		{"a body's fields listed with commas and a link word", "pt",
			"A Secretaria de Cultura, Turismo e Esporte Amador anunciou o festival em Salvador.",
			[]want{{"Secretaria de Cultura, Turismo e Esporte Amador", Organization, nil}, {"Salvador", Place, nil}},
			[]string{"Secretaria de Cultura"}},
		{"an Indonesian body's fields joined by dan", "id",
			"Petugas dari Dinas Kebudayaan dan Pariwisata meninjau lokasi di Bandung pada hari Senin.",
			[]want{{"Dinas Kebudayaan dan Pariwisata", Organization, nil}, {"Bandung", Place, nil}},
			[]string{"Dinas Kebudayaan"}},
		{"a common noun of a kind of body before a name makes it one", "pt",
			"Uma equipe da concessionária Luzbrava trocou o poste em Campinas.",
			[]want{{"Luzbrava", Organization, nil}, {"Campinas", Place, nil}},
			nil},
		{"a common noun of a kind of body before a name makes it one", "fr",
			"Selon le tabloïd Zbynek, le ministre était à Prague.",
			[]want{{"Zbynek", Organization, nil}, {"Prague", Place, nil}},
			nil},
		{"a Vietnamese field word whose second syllable is half of a verb goes on with the body", "vi",
			"Hôm qua, Sở Thông tin và Truyền thông tỉnh Quảng Nam thông báo kết quả.",
			[]want{{"Sở Thông tin và Truyền thông tỉnh Quảng Nam", Organization, nil}, {"Quảng Nam", Place, nil}},
			[]string{"Sở Thông tin và Truyền"}},
		{"an officer's rank inside the run after a body's head ends the body's name", "id",
			"Pernyataan itu disampaikan Kepala Polda Jabar Irjen Pol Budi Santoso di Bandung.",
			[]want{{"Polda Jabar", Organization, nil}, {"Bandung", Place, nil}},
			[]string{"Polda Jabar Irjen Pol Budi Santoso", "Polda Jabar Irjen"}},
		{"a body in the possessive before another body: two names; English generic words end a body", "en",
			"Forecasters at the Federal Flood Service’s Drought Monitoring Center warned residents of Ohio.",
			[]want{{"Federal Flood Service", Organization, nil}, {"Drought Monitoring Center", Organization, nil}, {"Ohio", Place, nil}},
			[]string{"Federal Flood Service’s Drought Monitoring Center"}},
		{"a force's unit names nothing of its own", "it",
			"Gli agenti della Polizia della Squadra Mobile Centro Storico hanno arrestato un uomo a Genova.",
			[]want{{"Polizia", Organization, nil}, {"Genova", Place, nil}},
			[]string{"Squadra Mobile Centro Storico", "Centro Storico"}},
		{"a sentence's first preposition is no name; a council's case after its adjective is a body", "uk",
			"Після засідання Верховної Ради України депутати поїхали до Львова.",
			[]want{{"Верховної Ради України", Organization, nil}, {"України", Place, nil}},
			[]string{"Після засідання Верховної Ради України"}},
		{"a council's word in lowercase is any board", "uk",
			"Голова наглядової ради банку подав у відставку.",
			nil,
			[]string{"ради"}},
		{"a name with a company's cues in English is a body everywhere in the article", "en",
			"Zentrivo reported losses. Shares of Zentrivo fell after Zentrivo's chief executive resigned, said an analyst at Brightmoor.",
			[]want{{"Zentrivo", Organization, nil}, {"Brightmoor", Organization, nil}},
			nil},
		{"the short forms of Ho Chi Minh City are a place, an abbreviated level word is no body", "en",
			"Exports from HCMC rose, the TP office said on Friday.",
			[]want{{"HCMC", Place, nil}},
			[]string{"TP"}},
		{"a crime syndicate named by its home is a body", "es",
			"Los detenidos pertenecen al cártel de Tamaulipas, según la policía de Monterrey.",
			[]want{{"cártel de Tamaulipas", Organization, nil}, {"Tamaulipas", Place, nil}},
			nil},
		{"a name an Indonesian citing verb quotes is an outlet", "id",
			"Harga beras naik, seperti dikutip Warta Nusa pada hari Senin di Surabaya.",
			[]want{{"Warta Nusa", Organization, nil}, {"Surabaya", Place, nil}},
			nil},
		{"a name after 'em entrevista ao' is an outlet", "pt",
			"Moradores disseram em entrevista ao Gazetão que as chuvas atingiram Petrópolis.",
			[]want{{"Gazetão", Organization, nil}, {"Petrópolis", Place, nil}},
			nil},
	}
	checkRuleCases(t, cases)
	for _, w := range []string{"II", "III", "IV", "XIV", "VI"} {
		if !romanNumeral(w) {
			t.Errorf("romanNumeral(%q) = false", w)
		}
	}
	for _, w := range []string{"CIA", "IC", "VX", "LCD", "CC", "I", "MIX"} {
		if romanNumeral(w) {
			t.Errorf("romanNumeral(%q) = true", w)
		}
	}
}
