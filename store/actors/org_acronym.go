package actors

// Acronyms that name no body: Roman numerals and the short forms of
// countries that CLDR does not give.

// romanNumeral reports a word made only of the letters of Roman numerals
// and read as one ("II", "XIV"): "World War II", "Jean-Paul II" name no
// body, though an acronym alone leans to one.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total, prev := 0, 1000
	for i := 0; i < len(w); i++ {
		v := val[w[i]]
		if v == 0 {
			return false
		}
		if v > prev {
			if prev*10 < v || prev == 5 || prev == 50 {
				return false // "IC", "VX" are no numerals
			}
			total += v - 2*prev
		} else {
			total += v
		}
		prev = v
	}
	return total > 1 && total < 50 && w != "CC" && w != "CL" && w != "CI"
}

// countryAcronyms are the abbreviations newspapers write for countries in
// the ten languages kiosk reads, which CLDR's names leave out; with the
// ISO code (SU and DD for the Soviet Union and East Germany, which have
// none of their own today).
var countryAcronyms = map[string]string{
	"PRC": "CN", "ROK": "KR", "DPRK": "KP", "USSR": "SU", // en
	"URSS": "SU", "RPC": "CN", "RPDC": "KP", "RFA": "DE", "RDA": "DD", // fr, es, it, pt
	"UdSSR": "SU", "BRD": "DE", "DDR": "DD", "VAE": "AE", // de
	"EE.UU.": "US", "EEUU": "US", "EUA": "US", // es, pt
	"США": "US", "СССР": "SU", "КНР": "CN", "КНДР": "KP", "ОАЭ": "AE", "ФРГ": "DE", "ГДР": "DD", // ru
	"СРСР": "SU", "ОАЕ": "AE", "ФРН": "DE", // uk
}

func init() {
	for n, code := range countryAcronyms {
		countryAliases[n] = code
	}
}

// vietCityAcronyms are the short forms of Ho Chi Minh City in every
// language's news about Vietnam ("HCMC", "TP.HCM"); vietLevelAcronyms are
// the abbreviated level words (TP: thành phố, city; TX: thị xã, town),
// which name no body alone.
var vietCityAcronyms = set(`hcm hcmc tphcm tp.hcm`)
var vietLevelAcronyms = set(`tp tx tt`)

// acronymKind returns the kind an acronym alone has by its class, or -1.
func acronymKind(form string) int {
	var buf [16]byte
	k := appendLower(buf[:0], form)
	switch {
	case vietCityAcronyms[string(k)]: // no copy of k to look it up
		return vPlace
	case vietLevelAcronyms[string(k)] || romanNumeral(form):
		return vOther
	}
	return -1
}
