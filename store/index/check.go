package index

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// CheckQuery says what is wrong with a query typed whole, as on the command
// line, where a field with nothing after it, a field kiosk does not know or
// a quote left open would otherwise be read as plain words and answer "no
// article matches", hiding the mistake. ParseQuery stays lenient, for the
// UI's prompt, where a query is checked while it is still being typed.
func CheckQuery(s string) error {
	if strings.Count(s, `"`)%2 == 1 {
		return errors.New(`a quote is left open: close the "phrase" or drop the quote`)
	}
	inQuote := false
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		if r == '"' {
			inQuote = !inQuote
		}
		return unicode.IsSpace(r) && !inQuote
	}) {
		name, value, ok := strings.Cut(strings.TrimPrefix(w, "-"), ":")
		if !ok || strings.HasPrefix(w, `"`) || !isFieldName(name) || strings.HasPrefix(value, "//") {
			continue // a plain word, a phrase, a URL, a time like 11:45
		}
		_, known := fields[strings.ToLower(name)]
		switch {
		case !known && strings.ToLower(name) != "date":
			return fmt.Errorf("no field %s: (the fields are %s)", name, fieldList())
		case value == "":
			return fmt.Errorf("%s: needs a value, as in %s:%s", name, name, example(name))
		}
	}
	return nil
}

// isFieldName: a field is a short run of letters ("title", "lang").
func isFieldName(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'z' || (r > 'Z' && r < 'a') {
			return false
		}
	}
	return true
}

func fieldList() string {
	names := []string{"date:"}
	for f := range fields {
		names = append(names, f+":")
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

func example(field string) string {
	switch strings.ToLower(field) {
	case "lang":
		return "fr"
	case "source", "site":
		return "vnexpress.net"
	case "actor", "actors":
		return `"Marco Rubio"`
	case "date":
		return "2025-03"
	}
	return "word"
}
