package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// table is the rows of one SQL table, each row a map from column to value.
type table []map[string]string

// readSQL reads the INSERT statements of a thanglequoc/vietnamese-provinces-database
// dump: a header "INSERT INTO t(c1,c2) VALUES" followed by one tuple per line, or the
// tuple on the header line itself. It understands only what those dumps use:
// quoted strings with ” for a quote, bare numbers, NULL.
func readSQL(r io.Reader) (map[string]table, error) {
	tables := map[string]table{}
	var name string
	var cols []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(s, "INSERT INTO "); ok {
			var err error
			name, cols, s, err = header(rest)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
		}
		if !strings.HasPrefix(s, "(") || name == "" {
			continue
		}
		vals, err := tuple(s)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if len(vals) != len(cols) {
			return nil, fmt.Errorf("line %d: %d values for %d columns of %s", line, len(vals), len(cols), name)
		}
		row := make(map[string]string, len(cols))
		for i, c := range cols {
			row[c] = vals[i]
		}
		tables[name] = append(tables[name], row)
	}
	return tables, sc.Err()
}

// header splits "t(c1,c2) VALUES rest" into the table, its columns and what follows VALUES.
func header(s string) (name string, cols []string, rest string, err error) {
	open := strings.IndexByte(s, '(')
	closing := strings.IndexByte(s, ')')
	if open < 1 || closing < open {
		return "", nil, "", fmt.Errorf("no column list in %q", s)
	}
	name = s[:open]
	cols = strings.Split(s[open+1:closing], ",")
	after := strings.TrimSpace(s[closing+1:])
	rest, ok := strings.CutPrefix(after, "VALUES")
	if !ok {
		return "", nil, "", fmt.Errorf("no VALUES after %s", name)
	}
	return name, cols, strings.TrimSpace(rest), nil
}

// tuple parses "('a','b”c',3,NULL)" with what may follow it (",", ";").
func tuple(s string) ([]string, error) {
	var vals []string
	i := 1 // past '('
	for {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			return nil, fmt.Errorf("unterminated tuple %q", s)
		}
		var v string
		if s[i] == '\'' {
			var b strings.Builder
			i++
			for {
				if i >= len(s) {
					return nil, fmt.Errorf("unterminated string in %q", s)
				}
				if s[i] == '\'' {
					if i+1 < len(s) && s[i+1] == '\'' {
						b.WriteByte('\'')
						i += 2
						continue
					}
					i++
					break
				}
				b.WriteByte(s[i])
				i++
			}
			v = b.String()
		} else {
			j := i
			for j < len(s) && s[j] != ',' && s[j] != ')' {
				j++
			}
			v = strings.TrimSpace(s[i:j])
			if v == "NULL" {
				v = ""
			}
			i = j
		}
		vals = append(vals, v)
		if i >= len(s) {
			return nil, fmt.Errorf("unterminated tuple %q", s)
		}
		switch s[i] {
		case ',':
			i++
		case ')':
			return vals, nil
		default:
			return nil, fmt.Errorf("unexpected %q in %q", s[i], s)
		}
	}
}
