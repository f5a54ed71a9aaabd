package actors

// A police or military force followed by one of its units ("Carabinieri
// della Stazione di …", "Carabinieri del Comando Provinciale di Roma",
// "Policía de la Comisaría de …") is named by the force: the unit is a
// common noun of its ranks, written with a capital. The name stops at
// the force.

// forces are the heads of police and military forces in the languages
// kiosk reads, lowercase.
var forces = set(`carabinieri carabineros polizia policía polícia guardia guarda gendarmerie police polizei
	bundespolizei guardia_civil gendarmería gendarmeria`)

// forceUnits are the words that name a force's units.
var forceUnits = set(`stazione comando nucleo gruppo compagnia reparto sezione squadra tenenza distaccamento
	brigata commissariato questura comisaría unidad brigada grupo sección compañía comandancia puesto
	companhia batalhão delegacia destacamento pelotão
	brigade compagnie groupement escadron peloton section unité
	dienststelle inspektion direktion revier abteilung staffel`)

// forceUnitAfter reports whether toks[j], a capitalized word after the
// head toks[i] and a connector, begins the name of one of its units.
func (s *scanner) forceUnitAfter(i, j int) bool {
	return j > i+1 && forces[s.toks[i].lower] && forceUnits[s.toks[j].lower]
}

// forceAlone records the force toks[i] as a body when its name is
// followed by one of its units at j, and returns the end of the unit's
// capitalized words, recorded as a name of no kind that the scorer
// counts ("Comando Provinciale", "Nucleo Scalo Termini"): the tagger
// would read a person in them.
func (s *scanner) forceAlone(i, j int) (int, bool) {
	if s.toks[i].upper {
		s.emit(s.newMention(s.toks[i].text, 1, i, i+1, vOrg, strong))
	}
	k := s.runEnd(j)
	s.emit(s.newMention(joinWords(s.toks, j, k), k-j, j, k, vOther, strong))
	return k, true
}
