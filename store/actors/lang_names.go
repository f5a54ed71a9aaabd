package actors

// Surnames with a particle in the Romance languages: "Juan Martínez
// d'Aubuisson", "Massimo D'Alema", "Marcelino Nunes de Oliveira". Many
// such surnames are also towns, so the particle alone does not decide:
// the name before it must begin with a first name.

// romanceParticle returns the end of the surname that a particle joins
// to the person's name toks[i:j], or j.
func (s *scanner) romanceParticle(i, j int) int {
	toks := s.toks
	if j+1 >= len(toks) || j-i > 3 {
		return j
	}
	p := &toks[j]
	elided := p.elision && p.lower == "d" && toks[j+1].upper && toks[j+1].word && !toks[j+1].space
	iberian := (s.lang == "pt" || s.lang == "es") && j-i >= 2 && !p.upper && (p.lower == "de" || p.lower == "da" || p.lower == "dos" || p.lower == "das") &&
		toks[j+1].word && toks[j+1].upper
	if !elided && !iberian || !s.firstName(i) { // the cheap tests first: most runs end otherwise
		return j
	}
	if elided {
		return s.runEnd(j + 1) // "Martínez d'Aubuisson", "Massimo D'Alema"
	}
	if s.runEnd(j+1) == j+2 {
		if e := s.lookup(j+1, j+2); e.code == "" && e.kind&(gRegion|gOrg) == 0 {
			return j + 2 // "Marcelino Nunes de Oliveira": a town's name, but a surname here
		}
	}
	return j
}
