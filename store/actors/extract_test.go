package actors

import (
	"slices"
	"testing"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// find returns the actor named name, or nil.
func find(as []Actor, name string) *Actor {
	for k := range as {
		if as[k].Name == name {
			return &as[k]
		}
	}
	return nil
}

// wantActor is an actor a rule's sentence must give.
type wantActor struct {
	name    string
	kind    Kind
	aliases []string // that must be among the actor's aliases
}

// ruleCase is one sentence of a rule: the actors it must give, and the
// names it must not report as a person, organization or place.
type ruleCase struct {
	rule   string
	lang   string
	text   string
	want   []wantActor
	absent []string
}

// checkRuleCases extracts each case's sentence and checks what it gives.
func checkRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		got := Extract(Input{Lang: c.lang, Paragraphs: []string{c.text}})
		for _, w := range c.want {
			a := find(got, w.name)
			if a == nil {
				t.Errorf("%s: %q not found in %+v", c.rule, w.name, got)
				continue
			}
			if a.Kind != w.kind {
				t.Errorf("%s: %q is %s, want %s", c.rule, w.name, a.Kind, w.kind)
			}
			for _, al := range w.aliases {
				if !slices.Contains(a.Aliases, al) {
					t.Errorf("%s: %q lacks alias %q: %v", c.rule, w.name, al, a.Aliases)
				}
			}
		}
		for _, n := range c.absent {
			if a := find(got, n); a != nil && a.Kind != Other {
				t.Errorf("%s: %q reported as %s", c.rule, n, a.Kind)
			}
		}
	}
}

func TestRules(t *testing.T) {
	type want = wantActor
	cases := []ruleCase{
		{"titles are dropped and honorific forms join the full name", "fr",
			"Le président américain Donald Trump a reçu lundi le ministre Jean Dupont. M. Trump a ensuite quitté la salle.",
			[]want{{"Donald Trump", Person, []string{"M. Trump"}}, {"Jean Dupont", Person, nil}},
			[]string{"Trump", "M. Trump", "président", "ministre Jean Dupont"}},
		{"a place glued before a given name is a name of its own", "en",
			"Senator Lindsey Graham praised Florida Mike Waltz on Tuesday. Waltz thanked him.",
			[]want{{"Florida", Place, nil}, {"Mike Waltz", Person, []string{"Waltz"}}},
			[]string{"Florida Mike Waltz"}},
		{"a word glued before a given name stays when it may be a name", "en",
			"Kao Kim Hourn visited Hanoi on Monday. Kao Kim Hourn met the press.",
			[]want{{"Kao Kim Hourn", Person, nil}},
			[]string{"Kim Hourn"}},
		{"a middle initial does not cut a name in two", "en",
			"Former president George W. Bush met Nguyễn T. Hà in Hanoi. John F. Kennedy's speech was quoted. Kennedy said it.",
			[]want{{"George W. Bush", Person, nil}, {"Nguyễn T. Hà", Person, nil}, {"John F. Kennedy", Person, []string{"Kennedy"}}},
			[]string{"George W", "John F", "Kennedy"}},
		{"an initial before a sentence's first word is no middle initial", "en",
			"The team chose Plan B. The coach said nothing.",
			nil,
			[]string{"Plan B. The", "Plan B. The coach"}},
		{"a run of capitals is a person only with a sign of one", "de",
			"Dann sagte Größter Batteriespeicher Deutschlands nichts. Elon Musk schrieb dazu etwas. Innenminister Roger Lewentz trat zurück.",
			[]want{{"Elon Musk", Person, nil}, {"Roger Lewentz", Person, nil}},
			[]string{"Größter Batteriespeicher Deutschlands", "Innenminister Roger Lewentz"}},
		{"an organization's name ends before the verb after it", "es",
			"La Fiscalía pidió 12 años de cárcel. La Corte Suprema continuará el proceso con la Organización mundial de la salud.",
			[]want{{"Corte Suprema", Organization, nil}},
			[]string{"Fiscalía pidió 12", "Corte Suprema continuará"}},
		{"a name in the possessive before another is a name of its own", "en",
			"Nguyen Van Hien, deputy director of the Ministry of Construction's Academy of Construction Strategy, met the director of Hà Nội's Department of Science and Technology.",
			[]want{{"Ministry of Construction", Organization, nil}, {"Academy of Construction Strategy", Organization, nil},
				{"Hà Nội", Place, nil}, {"Department of Science and Technology", Organization, nil}},
			[]string{"Ministry of Construction's Academy of Construction Strategy", "Hà Nội's Department of Science and Technology"}},
		{"currencies, titles alone and an article before lowercase words are no names", "en",
			"A new law was passed. The Minister said HCM City needs US$245 billion and 20 billion US dollars.",
			[]want{{"HCM City", Place, nil}},
			[]string{"A new", "Minister", "US", "HCM"}},
		{"an acronym of lowercase words names a thing", "en",
			"The official development assistance (ODA) grew. ODA loans fell. The World Health Organization (WHO) said so.",
			[]want{{"World Health Organization", Organization, []string{"WHO"}}},
			[]string{"ODA"}},
		{"a person after an organization's head is no part of its name", "es",
			"Habló el magistrado del Tribunal Supremo Ángel Hurtado. Lo dijo el miembro del Buró Político Esteban Lazo Hernández.",
			[]want{{"Tribunal Supremo", Organization, nil}, {"Ángel Hurtado", Person, nil}, {"Buró Político", Organization, nil},
				{"Esteban Lazo Hernández", Person, nil}},
			[]string{"Tribunal Supremo Ángel Hurtado", "Buró Político Esteban Lazo Hernández"}},
		{"a generic word that is part of a known place's name stays", "pt",
			"Ele viajou ao Rio de Janeiro e depois à rua Phung Hung.",
			[]want{{"Rio de Janeiro", Place, nil}, {"Phung Hung", Place, nil}},
			[]string{"de Janeiro"}},
		{"a surname that a gazetteer holds as a town joins the person", "en",
			"President George Bush spoke on Monday. Later, Bush left for Texas.",
			[]want{{"George Bush", Person, []string{"Bush"}}},
			nil},
		{"a Vietnamese name after other capitalized words is a name of its own", "en",
			"Chairman of the National Assembly Lê Minh Hoan spoke. The Minister of Construction Lê Anh Tuấn agreed.",
			[]want{{"Lê Minh Hoan", Person, nil}, {"Lê Anh Tuấn", Person, nil}},
			[]string{"National Assembly Lê Minh Hoan", "Construction Lê Anh Tuấn"}},
		{"an organization's name goes on over de and a name", "es",
			"El Partido Comunista de Cuba y la Universidad Nacional de Ingeniería firmaron. La Comisión de Transparencia del TSE calló.",
			[]want{{"Partido Comunista de Cuba", Organization, nil}, {"Cuba", Place, nil},
				{"Universidad Nacional de Ingeniería", Organization, nil}, {"Comisión de Transparencia", Organization, nil}},
			[]string{"Partido Comunista", "Comisión de Transparencia del TSE"}},
		{"particles: the Arabic article stays in a name, a German preposition does not", "de",
			"Danach traf Präsident Achmed al-Scharaa den Politiker Siham Zein ad-Din. Nach dem Foul von Llull sprach Ursula von der Leyen.",
			[]want{{"Achmed al-Scharaa", Person, nil}, {"Siham Zein ad-Din", Person, nil}, {"Ursula von der Leyen", Person, nil}},
			[]string{"Foul von Llull", "Achmed"}},
		{"German nouns and genitives end a name", "de",
			"Später kam Trumps Falschbehauptung. Dann sprachen Nadeschdins Helfer mit Markus Söder über die Art Dekolonisierung.",
			[]want{{"Markus Söder", Person, nil}},
			[]string{"Trumps Falschbehauptung", "Nadeschdins Helfer", "Art Dekolonisierung", "Falschbehauptung"}},
		{"an ampersand between capitals stays inside a name", "en",
			"Shares of AT&T rose while Vina T&T Group fell.",
			[]want{{"AT&T", Organization, nil}, {"Vina T&T Group", Organization, nil}},
			[]string{"T Group", "Vina T"}},
		{"an ordinal ranks a body and is no part of its name", "en",
			"The 15th National Assembly met while 3388 Films released a movie.",
			[]want{{"National Assembly", Organization, nil}, {"3388 Films", Organization, nil}},
			[]string{"15th National Assembly"}},
		{"an Indonesian derived noun is no part of a name", "id",
			"Kata Menteri Keuangan Budi Sadewa soal Partisipasi Publik kemarin.",
			[]want{{"Budi Sadewa", Person, nil}},
			[]string{"Keuangan Budi Sadewa", "Partisipasi Publik"}},
		{"a noun after de la is no participle, and ONG names the kind of body", "fr",
			"Selon l'Organisation mondiale de la santé, l'ONG Greenpeace a protesté.",
			[]want{{"Organisation mondiale de la santé", Organization, nil}, {"Greenpeace", Organization, nil}},
			[]string{"Organisation mondiale", "ONG Greenpeace"}},
		{"Vietnamese acronyms of bodies begin their names", "vi",
			"Chủ tịch UBND xã Thanh Mỹ gặp CLB Nam Định tại trường THPT Nam Trà My.",
			[]want{{"UBND xã Thanh Mỹ", Organization, nil}, {"CLB Nam Định", Organization, nil}},
			[]string{"UBND", "CLB"}},
		{"a Slavic surname's ending is a sign of a person", "fr",
			"Marco Rubio rencontre Sergueï Lavrov.",
			[]want{{"Sergueï Lavrov", Person, nil}},
			nil},
		{"a Russian name in another case is the same person", "ru",
			"Владимир Путин провел встречу. Об этом сообщил помощник Владимира Путина. С Владимиром Путиным говорил министр.",
			[]want{{"Владимир Путин", Person, []string{"Владимира Путина", "Владимиром Путиным"}}},
			[]string{"Владимира Путина", "Владимиром Путиным"}},
		{"a man's name and a woman's name of the same stems stay two people", "ru",
			"Александр Иванов приехал в Москву. В тот вечер Александра Иванова выступила на концерте.",
			[]want{{"Александр Иванов", Person, nil}, {"Александра Иванова", Person, nil}},
			nil},
		{"two people of one surname stay two", "uk",
			"Володимир Кличко виступив у Києві. Віталій Кличко відповів Володимиру Кличку.",
			[]want{{"Володимир Кличко", Person, nil}, {"Віталій Кличко", Person, nil}},
			nil},
		{"a Portuguese unit's name goes on over the words that link its parts", "pt",
			"A Coordenação de Repressão a Crimes Contra Instituições Financeiras prendeu dois suspeitos em Salvador.",
			[]want{{"Coordenação de Repressão a Crimes Contra Instituições Financeiras", Organization, nil}},
			[]string{"Coordenação de Repressão", "Crimes Contra Instituições Financeiras"}},
		{"a link to a known place ends the unit's name", "pt",
			"Foi assinado um acordo entre o Ministério da Saúde e Salvador, na Bahia.",
			[]want{{"Ministério da Saúde", Organization, nil}, {"Salvador", Place, nil}},
			[]string{"Ministério da Saúde e Salvador"}},
		{"a surname alone joins the full name", "en",
			"Prime Minister Keir Starmer met Emmanuel Macron in Paris. Starmer said talks went well, Macron added.",
			[]want{{"Keir Starmer", Person, []string{"Starmer"}}, {"Emmanuel Macron", Person, []string{"Macron"}}, {"Paris", Place, nil}},
			[]string{"Starmer", "Macron", "Prime Minister Keir Starmer"}},
		{"an acronym joins its expansion", "fr",
			"L'Agence internationale de l'énergie atomique (AIEA) a publié un rapport. Selon l'AIEA, la situation est stable.",
			[]want{{"Agence internationale de l'énergie atomique", Organization, []string{"AIEA"}}},
			[]string{"AIEA"}},
		{"a generic word before a place is not part of its name", "fr",
			"Des pluies sont tombées sur la commune de Tan Lap, dans la province de Binh Phuoc, près de la rivière Be et du col de Bao Loc.",
			[]want{{"Tan Lap", Place, nil}, {"Binh Phuoc", Place, nil}, {"Be", Place, nil}, {"Bao Loc", Place, nil}},
			[]string{"province de Binh Phuoc"}},
		{"a generic word after a place goes too, and stays as an alias", "en",
			"Flooding hit Quy Nhon City and Tuy Phuoc District, while the Hai Van Pass was closed.",
			[]want{{"Quy Nhon", Place, []string{"Quy Nhon City"}}, {"Tuy Phuoc", Place, nil}, {"Hai Van", Place, nil}},
			nil},
		{"a list takes the kind of the plural generic word before it", "fr",
			"Les quartiers et communes suivants sont touchés : Phu Tan, Hoa Binh, An Lac et Quang Vinh.",
			[]want{{"Phu Tan", Place, nil}, {"Hoa Binh", Place, nil}, {"An Lac", Place, nil}, {"Quang Vinh", Place, nil}},
			nil},
		{"an organization keeps its generic head and names the place inside it", "fr",
			"Le Comité populaire de la province de Lang Son a annoncé la fermeture du poste-frontière.",
			[]want{{"Comité populaire de la province de Lang Son", Organization, nil}, {"Lang Son", Place, nil}},
			nil},
		{"Vietnamese names with and without diacritics are one person", "fr",
			"La joueuse Nguyễn Hồng Nga a marqué. Plus tard, Nguyen Hong Nga a été remplacée par Tran Thi Thu.",
			[]want{{"Nguyễn Hồng Nga", Person, []string{"Nguyen Hong Nga"}}, {"Tran Thi Thu", Person, nil}},
			nil},
		{"Cyrillic names, places and inflected surnames", "ru",
			"Президент Владимир Путин прибыл в город Тула. По словам Путина, переговоры прошли успешно.",
			[]want{{"Владимир Путин", Person, []string{"Путина"}}, {"Тула", Place, nil}},
			[]string{"Путина", "Президент Владимир Путин"}},
		{"countries in any language are places, in their own spelling", "es",
			"El ministro viajó a Rusia y luego a Alemania, antes de volver a España.",
			[]want{{"Rusia", Place, nil}, {"Alemania", Place, nil}, {"España", Place, nil}},
			nil},
		{"sentence-initial ordinary words, events and works are not actors", "fr",
			"Cependant, la Coupe d'Asie 2027 commencera en janvier. Malgré tout, le film « Mai » a rapporté beaucoup.",
			nil,
			[]string{"Cependant", "Malgré", "Asie", "Mai"}},
		{"credits and agency tags are not reported", "fr",
			"Hanoi (VNA) - Le marché a progressé. Photo : Kim Lieu",
			[]want{{"Hanoi", Place, nil}},
			[]string{"VNA", "Kim Lieu"}},
		{"news agencies cited as sources are organizations", "fr",
			"Selon Reuters, l'AFP a confirmé l'information.",
			[]want{{"Reuters", Organization, nil}, {"AFP", Organization, nil}},
			nil},
		{"a Vietnamese body's name is its head and words of a capital and a lowercase syllable", "vi",
			"Người phát ngôn Bộ Ngoại giao Trung Quốc Cảnh Sảng nói rằng Học viện Khoa học Xã hội Trung Quốc đã họp. Bộ Y tế đã ra chỉ thị.",
			[]want{{"Bộ Ngoại giao Trung Quốc", Organization, nil}, {"Học viện Khoa học Xã hội Trung Quốc", Organization, nil}, {"Bộ Y tế", Organization, nil}},
			[]string{"Bộ Ngoại", "Bộ Ngoại giao Trung Quốc Cảnh Sảng", "Bộ Y tế đã"}},
		{"a club named after its town is a body in a football report, a place elsewhere", "it",
			"La Lazio ha battuto la Roma nel derby: due gol di Immobile, dice l'allenatore Sarri.",
			[]want{{"Lazio", Organization, nil}},
			nil},
		{"a club named after its town is a place outside football", "it",
			"Il presidente della regione Lazio ha visitato la città.",
			[]want{{"Lazio", Place, nil}},
			nil},
		{"the cases of a Russian body's name are one actor", "ru",
			"Тренер «Зенита» доволен. Нападающий перешел в «Зенит», сообщил клуб. Матч с «Зенитом» закончился голом.",
			[]want{{"Зенита", Organization, []string{"Зенит", "Зенитом"}}},
			nil},
		{"a known body inside a longer run is a name of its own", "de",
			"Der US-Nachrichtensender CNN berichtete darüber. Im DW-Interview sagte er nichts.",
			[]want{{"CNN", Organization, nil}, {"DW", Organization, nil}},
			[]string{"US-Nachrichtensender CNN", "DW-Interview"}},
		{"a German noun after an article is no village", "de",
			"Am Ende fiel er zu Boden, sagte Olaf Scholz in Berlin.",
			[]want{{"Berlin", Place, nil}},
			[]string{"Ende", "Boden"}},
	}
	checkRuleCases(t, cases)
}

func TestOrderAndShape(t *testing.T) {
	got := Extract(Input{Lang: "fr", Paragraphs: []string{
		"Le Laos a reçu le Premier ministre Pham Minh Chinh à Vientiane.",
		"Pham Minh Chinh a ensuite rencontré des entrepreneurs. Chinh a salué le Laos et le Laos a remercié Pham Minh Chinh.",
	}})
	if len(got) < 3 {
		t.Fatalf("got %+v", got)
	}
	if got[0].Name != "Pham Minh Chinh" || got[0].Mentions != 4 || got[1].Name != "Laos" || got[1].Mentions != 3 {
		t.Errorf("want Pham Minh Chinh (4) then Laos (3), got %+v", got)
	}
	for _, a := range got {
		if a.Aliases == nil {
			t.Errorf("%q: nil aliases", a.Name)
		}
	}
	if empty := Extract(Input{}); len(empty) != 0 {
		t.Errorf("empty input gave %+v", empty)
	}
}

func TestDeterministic(t *testing.T) {
	in := Input{Lang: "en", Paragraphs: []string{
		"Vietnam beat Thailand in Bangkok. Coach Kim Sang-sik praised Nguyen Xuan Son, Pham Tuan Hai and Doan Van Hau.",
	}}
	first := Extract(in)
	for range 20 {
		if again := Extract(in); !slices.EqualFunc(first, again, func(a, b Actor) bool {
			return a.Name == b.Name && a.Kind == b.Kind && a.Mentions == b.Mentions && slices.Equal(a.Aliases, b.Aliases)
		}) {
			t.Fatalf("not deterministic:\n%+v\n%+v", first, again)
		}
	}
}

func TestCountryCode(t *testing.T) {
	for name, want := range map[string]string{
		"Russie": "RU", "Russia": "RU", "Rusia": "RU", "Russland": "RU", "Россия": "RU", "России": "RU",
		"États-Unis": "US", "Etats-Unis": "US", "USA": "US", "United States": "US",
		"Vietnam": "VN", "Viêt Nam": "VN", "Việt Nam": "VN", "Вьетнама": "VN",
		"Arabie saoudite": "SA", "Royaume-Uni": "GB", "Україна": "UA", "України": "UA",
		"Paris": "", "Trump": "", "": "",
	} {
		if got := CountryCode(name); got != want {
			t.Errorf("CountryCode(%q) = %q, want %q", name, got, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("fr", "Le président Emmanuel Macron (AFP) a rencontré M. Xi à Pékin.", "Photo : VNA")
	f.Add("en", "Da Nang City People's Committee, Nguyen Cong Tru, Yersin streets...", "| caption |")
	f.Add("ru", "Президент России Владимир Путин", "")
	f.Add("", "\x1b]52;c;AAAA\x07 Évian \u202e Moscou", "\xff\xfe")
	f.Fuzz(func(t *testing.T, lang, text, caption string) {
		got := Extract(Input{Lang: lang, Title: text, Paragraphs: []string{text, caption}, Captions: []string{caption}})
		for _, a := range got {
			if a.Name == "" || !sanitize.IsSafe(a.Name, false) {
				t.Fatalf("bad name %q", a.Name)
			}
			if a.Aliases == nil || a.Mentions < 1 {
				t.Fatalf("bad actor %+v", a)
			}
			for _, al := range a.Aliases {
				if al == "" || !sanitize.IsSafe(al, false) {
					t.Fatalf("bad alias %q", al)
				}
			}
			switch a.Kind {
			case Person, Organization, Place, Other:
			default:
				t.Fatalf("bad kind %q", a.Kind)
			}
		}
	})
}

func TestTitleCaseHeadline(t *testing.T) {
	got := Extract(Input{Lang: "en", Paragraphs: []string{
		"Da Nang City Braces For Heavy Rains And Inundation",
		"The city of Da Nang has been hit by heavy rain since Monday.",
	}})
	if len(got) != 1 || got[0].Name != "Da Nang" || got[0].Kind != Place {
		t.Errorf("want only Da Nang, got %+v", got)
	}
}

func TestCompaniesAndAbbreviations(t *testing.T) {
	got := Extract(Input{Lang: "en", Paragraphs: []string{
		"Shares of Vietcombank rose while the U.S. dollar fell, and HANOI officials met Techcombank.",
	}})
	for name, kind := range map[string]Kind{"Vietcombank": Organization, "Techcombank": Organization, "U.S": Place, "HANOI": Place} {
		if a := find(got, name); a == nil || a.Kind != kind {
			t.Errorf("%s: want %s, got %+v", name, kind, got)
		}
	}
}

func TestOrderByFirstAppearanceOfAnyForm(t *testing.T) {
	got := Extract(Input{Lang: "fr", Paragraphs: []string{
		"Trump a parlé. Le Laos a répondu.",
		"Le président Donald Trump a ensuite appelé le Laos.",
	}})
	if len(got) < 2 || got[0].Name != "Donald Trump" || got[1].Name != "Laos" {
		t.Errorf("want Donald Trump (first named as Trump) before Laos, got %+v", got)
	}
}

func TestEventsAreOther(t *testing.T) {
	got := Extract(Input{Lang: "fr", Paragraphs: []string{
		"Pendant la Seconde Guerre mondiale, la ville a été détruite. Les SEA Games 32 se tiennent au Cambodge.",
	}})
	for _, a := range got {
		if a.Kind == Person || a.Kind == Organization {
			t.Errorf("event reported as an actor: %+v", a)
		}
	}
	if a := find(got, "Cambodge"); a == nil || a.Kind != Place {
		t.Errorf("Cambodge: want a place, got %+v", got)
	}
}

// TestConcurrent checks that extractions running at once (a folder scan
// does) give what they give one at a time: the buffers they reuse are their own.
func TestConcurrent(t *testing.T) {
	inputs := []Input{
		{Lang: "fr", Paragraphs: []string{"Le président Emmanuel Macron a reçu à Paris le Premier ministre Pham Minh Chinh."}},
		{Lang: "en", Paragraphs: []string{"Flooding hit Quy Nhon City and Tuy Phuoc District, the Ministry of Health said."}},
		{Lang: "ru", Paragraphs: []string{"Президент России Владимир Путин прибыл в Ханой."}},
	}
	want := make([][]Actor, len(inputs))
	for k, in := range inputs {
		want[k] = Extract(in)
	}
	done := make(chan bool)
	for g := range 8 {
		go func() {
			ok := true
			for n := range 50 {
				k := (g + n) % len(inputs)
				got := Extract(inputs[k])
				ok = ok && slices.EqualFunc(got, want[k], func(a, b Actor) bool {
					return a.Name == b.Name && a.Kind == b.Kind && a.Mentions == b.Mentions && slices.Equal(a.Aliases, b.Aliases)
				})
			}
			done <- ok
		}()
	}
	for range 8 {
		if !<-done {
			t.Error("a concurrent extraction differed from a sequential one")
		}
	}
}
