package actors

// institutions are the bodies a country has only one of, which the news
// names by their generic word alone, capitalized: legislatures, the
// prosecution, national police forces and courts, in the languages kiosk
// reads ("el Congreso", "der Landtag", "i Carabinieri", "la Fiscalía").
// A state's government ("Landesregierung") is no country's only one.
// Lowercase, the same word is a common noun and stays one; a longer name
// ("Congreso de los Diputados") is read by its head as before.
var institutions = set(`congreso senado cortes_generales congresso senato parlamento
	kongress senat landtag bundesrat nationalrat ständerat abgeordnetenhaus bürgerschaft
	bundesregierung bundeswehr bundespolizei bundeskriminalamt verfassungsschutz
	bundesverfassungsgericht bundesgerichtshof bundesanwaltschaft bundeskanzleramt
	parliament parlement assemblée_nationale
	fiscalía fiscalia procura carabinieri carabineros gendarmerie gendarmería guardia_civil guardia_di_finanza
	конгресс сенат госдума парламент конгрес
	quốc_hội
	interpol europol frontex eurostat eurojust`)

func init() {
	for n := range institutions {
		knownOrgs[n] = true
	}
}
