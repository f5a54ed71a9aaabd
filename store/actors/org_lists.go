package actors

// listed extends a body's field that ends at end over a list of fields
// separated by commas, when a link word and one more field close the
// list: "Secretaria de Planejamento, Gestão e Desenvolvimento Regional",
// "Kementerian Koordinator Bidang Politik, Hukum dan Keamanan". linked
// reads the closing "e", "y", "dan" and the last field. Without the link
// word the commas separate names ("Ministério da Saúde, Lula e ..." is
// not read as one), and a known name, a person or another body's head
// ends the list.
func (s *scanner) listed(end int) int {
	k := end
	for n := 0; n < 4; n++ {
		if k+1 >= len(s.toks) || s.toks[k].text != "," {
			break
		}
		f := k + 1
		if !s.toks[f].word || !s.toks[f].upper || s.toks[f].elision || isOrgHead(&s.toks[f]) || s.toks[f].caps {
			break
		}
		r := s.runEnd(f)
		if s.known(f, r) || s.looksLikePerson(f, r) || s.firstName(f) {
			break
		}
		r = s.adjectives(f, r)
		if r < len(s.toks) && s.toks[r].word && !s.toks[r].upper && romanceLink(s.lang, s.toks[r].lower) {
			if s.linked(r) > r {
				return r // linked goes on from here
			}
			break
		}
		k = r
	}
	return end
}
