package actors

// cyrillicCouncilForms are the cases of the Russian and Ukrainian words for
// a council, a parliament or a chamber that lexicon.go's heads hold only in
// the nominative: "Верховної Ради України", "Государственной Думы",
// "Совета Федерации".
var cyrillicCouncilForms = set(`ради раді раду радою думы думе думу думой думи думі думою
	совета совету советом совете сейму сеймом палаты палате палату палатой палати палаті палатою`)

// cyrillicCouncil reports a capitalized case of a council's word: a head
// only after a capitalized adjective (cyrillicOrgAhead), and one that takes
// a name in the genitive after it ("Ради України") but no lowercase word.
// Lowercase, "ради" is any board ("Наглядової ради") or a preposition.
func cyrillicCouncil(t *token) bool {
	return t.upper && cyrillicCouncilForms[t.lower]
}
