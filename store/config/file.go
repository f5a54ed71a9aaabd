package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Styles glamour has by name, and kiosk's own words for choosing one.
var Styles = []string{"auto", "dark", "light", "notty", "ascii", "dracula", "pink", "tokyo-night"}

// Actions are the names [keys] may rebind, as the UI's key map names them.
var Actions = []string{
	"up", "down", "page_up", "page_down", "top", "bottom", "prev", "next",
	"open", "back", "focus", "search", "next_match", "prev_match", "sort",
	"browser", "copy", "read", "bookmark", "bookmarks", "unread", "help", "quit",
	"prev_unread", "next_unread", "zoom", "panels", "reverse", "mark_all_read", "suspend",
	"pager", "editor", "copy_text", "mouse", "folders", "people",
}

// fromFile takes each known key of a decoded file, checking its type; an
// unknown key or a wrong type is a problem and the setting stays as it was.
func (c *Config) fromFile(src string, raw map[string]any) {
	for _, k := range keysOf(raw) {
		v := raw[k]
		line := lineOf(src, "", k)
		if line == 0 { // a [table] or [[table]] rather than key = value
			line = lineOf(src, k, "")
		}
		where := fmt.Sprintf("%s:%d", filepath.Base(c.File), line)
		bad := func(want string) { c.problem(line, "%s must be %s, not %s", k, want, typeName(v)) }
		switch k {
		case "folders":
			if list, ok := strings_(v); ok {
				c.Folders.set(c.expandAll(list), FromFile, where)
			} else {
				bad("a list of folders")
			}
		case "style":
			if s, ok := v.(string); !ok {
				bad("a string")
			} else if err := c.checkStyle(s); err != nil {
				c.problem(line, "style: %v", err)
			} else {
				c.Style.set(c.expand(s), FromFile, where)
			}
		case "text_width", "list_width":
			n, ok := v.(int64)
			switch {
			case !ok:
				bad("a number")
			case n < 0 || n > 1000:
				c.problem(line, "%s must be between 0 and 1000, not %d", k, n)
			case k == "text_width":
				c.TextWidth.set(int(n), FromFile, where)
			default:
				c.ListWidth.set(int(n), FromFile, where)
			}
		case "mouse":
			if b, ok := v.(bool); ok {
				c.Mouse.set(b, FromFile, where)
			} else {
				bad("true or false")
			}
		case "date_format", "browser", "pager", "editor":
			s, ok := v.(string)
			if !ok {
				bad("a string")
				continue
			}
			map[string]*Setting[string]{"date_format": &c.DateFormat, "browser": &c.Browser, "pager": &c.Pager, "editor": &c.Editor}[k].set(s, FromFile, where)
		case "opener":
			c.openersFromFile(src, v, line, where)
		case "keys":
			c.keysFromFile(src, v, line, where)
		default:
			c.problem(line, "unknown setting %q (known: %s)", k, strings.Join(known, ", "))
		}
	}
}

var known = []string{"folders", "style", "text_width", "list_width", "mouse", "date_format", "browser", "pager", "editor", "opener", "keys"}

func (c *Config) openersFromFile(src string, v any, line int, where string) {
	tables, ok := v.([]map[string]any)
	if !ok {
		c.problem(line, "opener must be a list of [[opener]] tables, not %s", typeName(v))
		return
	}
	var out []Opener
	for _, t := range tables {
		var o Opener
		good := true
		for _, k := range keysOf(t) {
			switch val := t[k]; k {
			case "match", "command":
				s, ok := val.(string)
				if !ok || s == "" {
					c.problem(lineOf(src, "opener", k), "opener.%s must be a non-empty string", k)
					good = false
				} else if k == "match" {
					o.Match = s
				} else {
					o.Command = s
				}
			case "terminal":
				b, ok := val.(bool)
				if !ok {
					c.problem(lineOf(src, "opener", k), "opener.terminal must be true or false")
					good = false
				}
				o.Terminal = b
			default:
				c.problem(lineOf(src, "opener", k), "unknown opener setting %q (known: match, command, terminal)", k)
				good = false
			}
		}
		if good && (o.Match == "" || o.Command == "") {
			c.problem(line, "an [[opener]] needs both match and command")
			good = false
		}
		if good {
			out = append(out, o)
		}
	}
	c.Openers.set(out, FromFile, where)
}

func (c *Config) keysFromFile(src string, v any, line int, where string) {
	t, ok := v.(map[string]any)
	if !ok {
		c.problem(line, "keys must be a [keys] table, not %s", typeName(v))
		return
	}
	keys := map[string][]string{}
	for _, action := range keysOf(t) {
		l := lineOf(src, "keys", action)
		if !isAction(action) {
			c.problem(l, "unknown action %q in [keys] (known: %s)", action, strings.Join(Actions, ", "))
			continue
		}
		list, ok := strings_(t[action])
		if !ok || len(list) == 0 {
			c.problem(l, "keys.%s must be a key or a list of keys, like \"q\" or [\"q\", \"ctrl+c\"]", action)
			continue
		}
		keys[action] = list
	}
	if k, first, second := clashes(keys); k != "" {
		// the later of the two lines is the one that clashed
		l := max(lineOf(src, "keys", first), lineOf(src, "keys", second))
		c.problem(l, "key %q is bound to both %s and %s", k, first, second)
		return
	}
	c.Keys.set(keys, FromFile, where)
}

// clashes finds a key two actions claim: the key and the two actions, in
// the order of Actions; "" when every key has one action.
func clashes(keys map[string][]string) (key, first, second string) {
	owner := map[string]string{}
	for _, action := range Actions {
		for _, k := range keys[action] {
			if other, ok := owner[k]; ok {
				return k, other, action
			}
			owner[k] = action
		}
	}
	return "", "", ""
}

func isAction(s string) bool {
	for _, a := range Actions {
		if a == s {
			return true
		}
	}
	return false
}

// strings_ accepts a string or a list of strings.
func strings_(v any) ([]string, bool) {
	switch v := v.(type) {
	case string:
		return []string{v}, true
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}

func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "a number"
	case float64:
		return "a decimal number"
	case bool:
		return "true or false"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}

// checkStyle accepts kiosk's and glamour's style names and a path to a
// glamour JSON style that exists.
func (c *Config) checkStyle(s string) error {
	for _, name := range Styles {
		if s == name {
			return nil
		}
	}
	if strings.HasSuffix(s, ".json") {
		fi, err := os.Stat(c.expand(s))
		if err != nil {
			return fmt.Errorf("no style file %s", s)
		}
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%s is not a file", s)
		}
		return nil
	}
	return fmt.Errorf("unknown style %q (one of %s, or a glamour JSON file)", s, strings.Join(Styles, ", "))
}

// expand turns a leading ~/ into the home folder, as people write paths in
// config files.
func (c *Config) expand(p string) string {
	if strings.HasPrefix(p, "~/") && c.home != "" {
		return filepath.Join(c.home, p[2:])
	}
	return p
}

func (c *Config) expandAll(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = c.expand(p)
	}
	return out
}
