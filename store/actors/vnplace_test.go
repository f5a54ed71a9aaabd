package actors

import "testing"

// TestVietnamPlaces checks the gazetteer of Vietnamese units against the
// cue words, on made-up sentences.
func TestVietnamPlaces(t *testing.T) {
	cases := []struct {
		rule, lang, text string
		places           []string // reported as places, under these names
		persons          []string // reported as persons
		absent           []string // not reported under these names
	}{
		{"a level word in Vietnamese, first in the sentence or not", "vi",
			"Thị trấn Phong Điền bị ngập. TP Hồ Chí Minh mở rộng. Mưa lớn ở xã Thanh Mỹ, phường Bến Nghé và tỉnh Quảng Nam.",
			[]string{"Phong Điền", "Hồ Chí Minh", "Thanh Mỹ", "Bến Nghé", "Quảng Nam"}, nil, []string{"Thị trấn Phong Điền", "TP"}},
		{"a level word in French", "fr",
			"Les habitants de la commune de Son Thuy et du quartier de Ben Nghe ont été évacués.",
			[]string{"Son Thuy", "Ben Nghe"}, nil, nil},
		{"a level word after the name in English goes, two words too", "en",
			"Phu Quoc Special Zone, Ben Nghe Ward and Hue Municipality were hit, as was Quang Nam Province.",
			[]string{"Phu Quoc", "Ben Nghe", "Hue", "Quang Nam"}, nil, []string{"Phu Quoc Special", "Hue Municipality"}},
		{"a level word in German that the rules did not know", "de",
			"In der Kommune Thanh My und im Landkreis Duc Hoa regnete es.",
			[]string{"Thanh My", "Duc Hoa"}, nil, []string{"Kommune Thanh My", "Landkreis Duc Hoa"}},
		{"a bare province is a place without any cue", "en",
			"Officials visited Ha Tinh after the storm. Ha Tinh asked for help.",
			[]string{"Ha Tinh"}, nil, nil},
		{"a sentence's first Cyrillic word before a city is not part of it", "ru",
			"Жители Хошимина вышли на улицы.",
			[]string{"Хошимина"}, nil, []string{"Жители Хошимина"}},
		{"a person named like a commune stays a person", "en",
			"Nguyen Quang Hai scored twice. Quang Hai celebrated with Xuan Son, who said the team was ready.",
			nil, []string{"Nguyen Quang Hai", "Xuan Son"}, []string{"Quang Hai"}},
		{"a person named like a province stays a person after a title", "en",
			"Coach Thai Binh said the team was ready.",
			nil, []string{"Thai Binh"}, nil},
		{"a street named after a person is a place", "de",
			"Sie wohnt in der Nguyen Trai Straße, nahe der Le Loi Street.",
			[]string{"Nguyen Trai", "Le Loi"}, nil, []string{"Nguyen Trai Straße"}},
		{"a street word before the name, in French and Vietnamese", "fr",
			"Le magasin se trouve rue Nguyen Trai. Đường Nguyễn Huệ est fermée.",
			[]string{"Nguyen Trai", "Nguyễn Huệ"}, nil, nil},
	}
	for _, c := range cases {
		got := Extract(Input{Lang: c.lang, Paragraphs: []string{c.text}})
		for _, n := range c.places {
			if a := find(got, n); a == nil || a.Kind != Place {
				t.Errorf("%s: %q is not a place: %+v", c.rule, n, got)
			}
		}
		for _, n := range c.persons {
			if a := find(got, n); a == nil || a.Kind != Person {
				t.Errorf("%s: %q is not a person: %+v", c.rule, n, got)
			}
		}
		for _, n := range c.absent {
			if find(got, n) != nil {
				t.Errorf("%s: %q is reported: %+v", c.rule, n, got)
			}
		}
	}
}
