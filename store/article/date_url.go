package article

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// URL patterns, each confirmed by real articles whose text or page agrees
// (see date_url_test.go for the examples, outlet by outlet):
var (
	// /2025/03/16/ and /2024/6/10/ (WordPress, lemonde.fr, nytimes.com…),
	// /2025/mar/16/ (theguardian.com)
	pathDay = regexp.MustCompile(`/((?:19|20)\d\d)/(\d{1,2}|[a-z]{3})/(\d{1,2})(?:/|$)`)
	// /2025/0316/ (people.com.cn), /202503/16/ (chinadaily.com.cn)
	pathMMDD  = regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d)(\d\d)/`)
	pathYMslD = regexp.MustCompile(`/((?:19|20)\d\d)(\d\d)/(\d\d)/`)
	// /202509/ as a folder (baodongnai.com.vn): a month
	pathMonth = regexp.MustCompile(`/((?:19|20)\d\d)(\d\d)/`)
	// the article id at the end of the last segment: thanhnien.vn and
	// baogiaothong.vn write a 3-digit section, then yyMMddHHmmss and a
	// counter (-185250316085441231.htm); tuoitre.vn yyyyMMddHHmmss and a
	// counter (-20240808100358225.htm); others end in -20250316.
	tailID = regexp.MustCompile(`[-_/](\d{8,20})(?:\.[a-z]{2,5})?/?$`)
	// an ISO day as a folder or in the slug: /2024-10-15/ (elpais.com),
	// /news/2025-01-31/ (theportugalnews.com), …-2023-04-25/ (reuters.com)
	isoDay = regexp.MustCompile(`[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[/_.-]|$)`)
	// /news/2023-04/28/ (zeit.de)
	isoMonthSlashDay = regexp.MustCompile(`/((?:19|20)\d\d)-(\d\d)/(\d\d)/`)
	// a day folder, then the article: /20250113/10277301/… (lavanguardia.com,
	// mundodeportivo.com), /20190810/1557366343.html (ria.ru)
	dayThenID = regexp.MustCompile(`/((?:19|20)\d\d)(\d\d)(\d\d)/[^/]+`)
	// /25_gennaio_05/: two-digit year, Italian month name, day (corriere.it)
	yyMonthDD = regexp.MustCompile(`/(\d\d)_([a-z]+)_(\d\d)/`)
	// yyyyMMddHHmmss inside the slug: …-20241202105634-nt.html (abc.es)
	stampInSlug = regexp.MustCompile(`-((?:19|20)\d{12})-`)
	// /2018/12/ then the slug: a month (folha.uol.com.br,
	// correiobraziliense.com.br)
	pathYearMonth = regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d)/[^/]+$`)
)

// urlDate reads a publication date from an article's URL: only its path,
// only by the patterns above.
func urlDate(raw string) (ymd, bool) {
	if raw == "" {
		return ymd{}, false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ymd{}, false
	}
	// The escaped path: a %2F is no folder.
	p := strings.ToLower(u.EscapedPath())
	if t, ok := idDate(p); ok {
		return t, true
	}
	if m := pathDay.FindStringSubmatch(p); m != nil {
		if t := (ymd{atoi(m[1]), monthOf(m[2]), atoi(m[3])}); t.validDay() {
			return t, true
		}
	}
	for _, re := range []*regexp.Regexp{pathMMDD, pathYMslD, isoDay, isoMonthSlashDay, dayThenID} {
		if m := re.FindStringSubmatch(p); m != nil {
			if t := (ymd{atoi(m[1]), atoi(m[2]), atoi(m[3])}); t.validDay() {
				return t, true
			}
		}
	}
	if t, ok := outletDate(p); ok {
		return t, true
	}
	// A month folder, not the last segment (which would be an id).
	if m := pathMonth.FindStringSubmatchIndex(p); m != nil && m[1] < len(strings.TrimSuffix(p, "/")) {
		if t := (ymd{atoi(p[m[2]:m[3]]), atoi(p[m[4]:m[5]]), 0}); t.valid() {
			return t, true
		}
	}
	return ymd{}, false
}

// outletDate reads the shapes of one outlet's CMS each: corriere.it's
// /25_gennaio_05/, abc.es's time stamp in the slug, a /2018/12/ month
// before the slug.
func outletDate(p string) (ymd, bool) {
	if m := yyMonthDD.FindStringSubmatch(p); m != nil {
		if t := (ymd{2000 + atoi(m[1]), monthNames[m[2]], atoi(m[3])}); t.m != 0 && t.validDay() {
			return t, true
		}
	}
	if m := stampInSlug.FindStringSubmatch(p); m != nil && validClock(m[1][8:]) {
		if t := (ymd{atoi(m[1][:4]), atoi(m[1][4:6]), atoi(m[1][6:8])}); t.validDay() {
			return t, true
		}
	}
	if m := pathYearMonth.FindStringSubmatch(p); m != nil {
		if t := (ymd{atoi(m[1]), atoi(m[2]), 0}); t.valid() {
			return t, true
		}
	}
	return ymd{}, false
}

// idDate reads the date in a numeric article id ending the path; a time of
// day must follow the date in the long forms, so that a mere counter is not
// read as one.
func idDate(p string) (ymd, bool) {
	m := tailID.FindStringSubmatch(p)
	if m == nil {
		return ymd{}, false
	}
	id := m[1]
	try := func(t ymd, clock string) (ymd, bool) {
		return t, t.valid() && t.d != 0 && (clock == "" || validClock(clock))
	}
	switch {
	case len(id) == 8: // -20250316
		return try(ymd{atoi(id[:4]), atoi(id[4:6]), atoi(id[6:8])}, "")
	case len(id) >= 17 && strings.HasPrefix(id, "20"): // yyyyMMddHHmmss…
		if t, ok := try(ymd{atoi(id[:4]), atoi(id[4:6]), atoi(id[6:8])}, id[8:14]); ok {
			return t, true
		}
		fallthrough
	case len(id) >= 17: // sss yyMMddHHmmss…
		return try(ymd{2000 + atoi(id[3:5]), atoi(id[5:7]), atoi(id[7:9])}, id[9:15])
	}
	return ymd{}, false
}

func validClock(s string) bool {
	return len(s) == 6 && atoi(s[:2]) < 24 && atoi(s[2:4]) < 60 && atoi(s[4:6]) < 60
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// monthOf reads a month as a number or a three-letter English name.
func monthOf(s string) int {
	if n := atoi(s); n >= 0 {
		return n
	}
	if m, ok := monthNames[s]; ok && len(s) == 3 {
		return m
	}
	return 0
}
