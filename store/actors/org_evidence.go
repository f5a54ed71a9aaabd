package actors

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// Within-article evidence for a body named by its own name alone: the
// words English news puts around a company, a firm or an outlet. A vote
// on one mention counts for every mention of the same name in the
// article (resolve.go pools them), so "Praxair" known once as "shares of
// Praxair" is a body everywhere.

// companyOwned are the nouns that follow a body's name in the possessive:
// "Praxair's chief executive", "Dentons' shareholders". A person's
// possessive takes other nouns; spokesmen and boards of persons are left
// out ("Trump's spokesman").
var companyOwned = set(`ceo ceos shares stock shareholders stockholders subsidiary subsidiaries headquarters
	revenue revenues profit profits earnings parent board chairman chairwoman founder co-founder executives
	employees workforce staff customers clients website app brand`)

// workplaceNouns are the job nouns that take "at" and the body that
// employs them: "an analyst at Advisense", "economist at Canopy".
var workplaceNouns = set(`analyst analysts economist economists strategist strategists researcher researchers
	executive executives engineer engineers employee employees staffer staffers partner partners
	manager managers director directors scientist scientists professor professors lecturer editor editors
	reporter reporters correspondent correspondents lawyer lawyers consultant consultants officials`)

// stakeNouns take "of" or "in" and a company: "shares of Ionos", "a stake
// in Renk".
var stakeNouns = set(`shares stake stakes stock owner owners acquisition takeover`)

// companyEvidence adds the organization's vote of these cues around the
// English name toks[i:j].
func (s *scanner) companyEvidence(m *mention, i, j int) {
	if !s.english {
		return
	}
	toks := s.toks
	if w := toks[j-1].text; (possessive(w) || w[len(w)-1] == '\'') && j < len(toks) && toks[j].word && !toks[j].upper {
		if companyOwned[toks[j].lower] || toks[j].lower == "chief" && j+1 < len(toks) && toks[j+1].lower == "executive" {
			m.votes[vOrg] += medium
		}
	} else if j+1 < len(toks) && toks[j].text == "'" && companyOwned[toks[j+1].lower] {
		m.votes[vOrg] += medium // "Dentons' partners"
	}
	if i >= 2 && toks[i-2].word && !toks[i-2].upper && toks[i-1].word && !toks[i-1].upper {
		prep, noun := toks[i-1].lower, toks[i-2].lower
		if prep == "at" && workplaceNouns[noun] || (prep == "of" || prep == "in") && stakeNouns[noun] {
			m.votes[vOrg] += medium
		}
	}
}

// quotedFrom are the Indonesian verbs that cite an outlet: "seperti
// dikutip Antara", "dilansir dari Kompas", "mengutip Reuters". A person
// is quoted with "kata", "ujar".
var quotedFrom = set(`dikutip dilansir melansir mengutip`)

// outletEvidence adds the organization's vote of a citing verb before the
// name toks[i:j]: Indonesian quotedFrom, Portuguese "em entrevista ao".
func (s *scanner) outletEvidence(m *mention, i int) {
	toks := s.toks
	k := i - 1
	if s.lang == "id" && k >= 1 && toks[k].lower == "dari" {
		k--
	}
	if k < 0 || !toks[k].word || toks[k].upper {
		return
	}
	switch {
	case s.lang == "id" && quotedFrom[toks[k].lower]:
		m.votes[vOrg] += medium
	case s.lang == "pt" && (toks[k].lower == "ao" || toks[k].lower == "à") && k >= 1 && toks[k-1].lower == "entrevista":
		m.votes[vOrg] += strong // "em entrevista ao Correio": a person is interviewed, not given one
	}
}

// fieldNouns are the public fields that name a national agency with the
// country after them, as Canada, Australia, Norway and others name theirs
// ("Statistics Canada", "Health Canada", "Tourism Australia").
var fieldNouns = set(`statistics health parks tourism transport immigration revenue customs fisheries heritage
	sport sports trade invest export education finance justice environment water energy rail post
	elections employment housing infrastructure agriculture defence defense telecom veterans`)

// fieldAgency adds the organization's vote of an English run made of field
// nouns and a country: "Statistics Canada said".
func (s *scanner) fieldAgency(m *mention, i, j int) {
	if !s.english || j-i < 2 || j-i > 3 {
		return
	}
	for k := i; k < j-1; k++ {
		if !fieldNouns[s.toks[k].lower] {
			return
		}
	}
	last := strings.TrimSuffix(strings.TrimSuffix(s.toks[j-1].text, "'s"), "’s") // "Statistics Canada's survey"
	if s.g.get(fold.Key(last)).kind&gCountry != 0 {
		m.votes[vOrg] += strong
	}
}
