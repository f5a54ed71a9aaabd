package actors

// moreOrgHeads are generic words of bodies that lexicon.go's heads lack:
// the crime syndicates Spanish and Italian news names by their home ("el
// cártel de Sinaloa", "il clan dei Casalesi").
var moreOrgHeads = set(`cártel cárteles cartel carteles cartello cartelli clan`)

func init() {
	for w := range moreOrgHeads {
		orgHeads[w] = true
	}
}
