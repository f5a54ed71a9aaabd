package actors

import "testing"

func TestTallyMergesCountriesAcrossLanguages(t *testing.T) {
	var tl Tally
	tl.Add([]Actor{{Name: "Russie", Kind: Place, Mentions: 3}, {Name: "Sergueï Lavrov", Kind: Person, Mentions: 2}})
	tl.Add([]Actor{{Name: "Russia", Kind: Place, Mentions: 1}, {Name: "Serguei Lavrov", Kind: Person, Mentions: 1}})
	tl.Add([]Actor{{Name: "Russie", Kind: Place, Mentions: 1}, {Name: "Coupe d'Asie", Kind: Other, Mentions: 5}})
	got := tl.Ranked()
	if len(got) != 2 {
		t.Fatalf("ranked %+v, want Russia and Lavrov only", got)
	}
	if got[0].Name != "Russie" || got[0].Country != "RU" || got[0].Articles != 3 || got[0].Mentions != 5 {
		t.Errorf("first = %+v, want Russie (RU) in 3 articles, 5 mentions", got[0])
	}
	if got[1].Kind != Person || got[1].Articles != 2 || got[1].Mentions != 3 {
		t.Errorf("second = %+v, want Lavrov in 2 articles, 3 mentions", got[1])
	}
}

func TestTallyCountsAnArticleOnce(t *testing.T) {
	var tl Tally
	tl.Add([]Actor{{Name: "Hanoi", Kind: Place, Mentions: 2}, {Name: "Hanoï", Kind: Place, Mentions: 1}})
	got := tl.Ranked()
	if len(got) != 1 || got[0].Articles != 1 || got[0].Mentions != 3 {
		t.Fatalf("ranked %+v", got)
	}
}
