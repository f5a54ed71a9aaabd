package index

import (
	"fmt"
	"strings"
	"unicode"
)

// DateRange is the days a query's date: clauses allow, both ends included,
// as YYYY-MM-DD; "" leaves an end open. An article matches when its own
// span (a month-only date spans the month) meets the range.
type DateRange struct {
	set    bool
	lo, hi string
}

// and narrows r to the days both allow.
func (r DateRange) and(o DateRange) DateRange {
	if !r.set {
		return o
	}
	if o.lo > r.lo {
		r.lo = o.lo
	}
	if o.hi != "" && (r.hi == "" || o.hi < r.hi) {
		r.hi = o.hi
	}
	return r
}

// takeDate reads a date: clause at the start of s (after spaces): ok is
// false when s does not start with one, err set when it does but cannot be
// read. Forms: date:2025, date:2025-03, date:2025-03-16, date:>=2025-03-01
// (also >, <=, <), date:2025-03-01..2025-03-31 (either end may be left out).
func takeDate(s string) (r DateRange, rest string, ok bool, err error) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(s) < 5 || !strings.EqualFold(s[:5], "date:") {
		return r, s, false, nil
	}
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		end = len(s)
	}
	spec := strings.TrimRight(s[5:end], "*") // search-as-you-type adds a '*'
	r, err = ParseDateRange(spec)
	return r, s[end:], true, err
}

// ParseDateRange reads what follows date: in a query; kiosk list's --since
// and --until read their value as ">=" and "<=" ranges.
func ParseDateRange(spec string) (DateRange, error) {
	bad := func() (DateRange, error) {
		return DateRange{}, fmt.Errorf("cannot read the date %q: write 2025, 2025-03 or 2025-03-16, with >=, <=, > or < before it, or a range 2025-03-01..2025-03-31", spec)
	}
	r := DateRange{set: true}
	if a, b, isRange := strings.Cut(spec, ".."); isRange {
		if a == "" && b == "" {
			return bad()
		}
		if a != "" {
			lo, _, ok := span(a)
			if !ok {
				return bad()
			}
			r.lo = lo
		}
		if b != "" {
			_, hi, ok := span(b)
			if !ok {
				return bad()
			}
			r.hi = hi
		}
		return r, nil
	}
	op := ""
	for _, o := range []string{">=", "<=", ">", "<", "="} {
		if strings.HasPrefix(spec, o) {
			op, spec = o, spec[len(o):]
			break
		}
	}
	lo, hi, ok := span(spec)
	if !ok {
		return bad()
	}
	switch op {
	case ">=":
		r.lo = lo
	case ">":
		r.lo = dayAfter(hi)
	case "<=":
		r.hi = hi
	case "<":
		r.hi = dayBefore(lo)
	default:
		r.lo, r.hi = lo, hi
	}
	return r, nil
}

// Since and Until are the ranges of kiosk list --since D and --until D.
func Since(d string) (DateRange, error) { return ParseDateRange(">=" + d) }
func Until(d string) (DateRange, error) { return ParseDateRange("<=" + d) }

// Contains tells whether an article with date d (its value, as
// article.Date has it) is in the range; an undated article never is.
func (r DateRange) Contains(value string) bool {
	if !r.set {
		return true
	}
	lo, hi, ok := span(value)
	return ok && r.meets(lo, hi)
}

func (r DateRange) meets(lo, hi string) bool {
	return (r.hi == "" || lo <= r.hi) && (r.lo == "" || hi >= r.lo)
}

// And is the range both allow.
func (r DateRange) And(o DateRange) DateRange { return r.and(o) }

// sql is the condition on docs d that the range puts, and its arguments.
func (r DateRange) sql() (string, []any) {
	cond, args := "d.date_lo != ''", []any{}
	if r.hi != "" {
		cond += " AND d.date_lo <= ?"
		args = append(args, r.hi)
	}
	if r.lo != "" {
		cond += " AND d.date_hi >= ?"
		args = append(args, r.lo)
	}
	return cond, args
}
