package actors

// Generic place words the other lists lack: small Vietnamese units, the
// streets and squares of Portuguese, Italian and Spanish towns, and the
// Vietnamese lists of places they head.

// langPlaceBefore stand in lowercase before a place's name and are not
// part of it: "xóm Mỹ Hương" (hamlet), "praça da Sé", "frazione di
// Roncole", "pueblo de Tilcara". Capitalized, they head a street's or a
// square's name and come off it the same way ("Praça João Pessoa").
var langPlaceBefore = set(`xóm khóm buôn
	praça avenida travessa ladeira estrada rodovia largo distrito povoado vila aldeia serra lagoa morro praia
	piazza piazzale viale corso vicolo frazione località borgo quartiere
	plaza paseo carretera pueblo localidad comuna`)

// vietPluralLevel reports a Vietnamese level word at toks[k] counted by
// a numeral or "các", "những" before it: "3 xã Bắc Sơn, Nam Sơn và Phù
// Linh", "các phường ...": a list of places follows.
func (s *scanner) vietPluralLevel(k int) bool {
	if s.lang != "vi" || k == 0 || !vnFirstWords()[s.toks[k].lower] {
		return false
	}
	p := &s.toks[k-1]
	return p.digit || vietCounts[p.lower]
}

// langListJoins join the last name of a list in the languages listJoins
// lacks: Vietnamese "và" (and), "hoặc" (or), Indonesian "dan" (and).
var langListJoins = set(`và hoặc dan`)

// vietCounts are the words that count or make plural a Vietnamese noun.
var vietCounts = set(`các những hai ba bốn năm sáu bảy tám chín mười nhiều mấy`)
