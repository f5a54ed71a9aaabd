package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// keyMap holds every key kiosk answers to; the help line and the overlay are
// drawn from it, so they cannot drift from what the keys do.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Prev, Next                              key.Binding
	Open, Back, Focus                       key.Binding
	Search, NextMatch, PrevMatch            key.Binding
	Sort, Browser, Copy                     key.Binding
	Read, Bookmark, Bookmarks, Unread       key.Binding
	Help, Suspend, Quit                     key.Binding
	// issue 13 item 2: reading a list in newsboat's spirit
	Zoom, Panels, NextUnread, PrevUnread, MarkAll, Reverse key.Binding
	// handing the article or the terminal over (exec.go), the folder
	// switcher (folders.go) and the actors view (people.go)
	Pager, Editor, CopyText, Mouse, Folders, People key.Binding
}

// action is a binding with its name in the config's [keys] table and what
// it does, as the help says it.
type action struct {
	name string
	b    *key.Binding
	keys []string // the defaults
	desc string
}

// actions lists every action once, in the order the overlay shows them
// within their groups. The names are store/config's Actions.
func (k *keyMap) actions() []action {
	return []action{
		{"up", &k.Up, []string{"k", "up"}, "up"},
		{"down", &k.Down, []string{"j", "down"}, "down"},
		{"page_up", &k.PageUp, []string{"pgup", "ctrl+u"}, "page up"},
		{"page_down", &k.PageDown, []string{"pgdown", "space", "ctrl+d"}, "page down"},
		{"top", &k.Top, []string{"g", "home"}, "top"},
		{"bottom", &k.Bottom, []string{"G", "end"}, "bottom"},
		{"open", &k.Open, []string{"enter"}, "open"},
		{"back", &k.Back, []string{"esc"}, "back"},
		{"prev", &k.Prev, []string{"[", "h"}, "previous article"},
		{"next", &k.Next, []string{"]", "l"}, "next article"},
		{"prev_unread", &k.PrevUnread, []string{","}, "previous unread"},
		{"next_unread", &k.NextUnread, []string{"."}, "next unread"},
		{"focus", &k.Focus, []string{"tab", "shift+tab"}, "next/previous pane"},
		{"zoom", &k.Zoom, []string{"z"}, "zoom the reader"},
		{"panels", &k.Panels, []string{"p"}, "hide/show panels"},
		{"sort", &k.Sort, []string{"s"}, "sort"},
		{"reverse", &k.Reverse, []string{"r"}, "reverse the sort"},
		{"search", &k.Search, []string{"/"}, "search"},
		{"next_match", &k.NextMatch, []string{"n"}, "next match"},
		{"prev_match", &k.PrevMatch, []string{"N"}, "previous match"},
		{"read", &k.Read, []string{"m"}, "read/unread"},
		{"mark_all_read", &k.MarkAll, []string{"A"}, "mark all shown read"},
		{"bookmark", &k.Bookmark, []string{"b"}, "bookmark"},
		{"bookmarks", &k.Bookmarks, []string{"B"}, "bookmarks only"},
		{"unread", &k.Unread, []string{"u"}, "unread only"},
		{"browser", &k.Browser, []string{"o"}, "open source"},
		{"copy", &k.Copy, []string{"y"}, "copy link"},
		{"help", &k.Help, []string{"?"}, "help"},
		{"suspend", &k.Suspend, []string{"ctrl+z"}, "suspend"},
		{"quit", &k.Quit, []string{"q", "ctrl+c"}, "quit"},
		{"pager", &k.Pager, []string{"v"}, "view in $PAGER"},
		{"editor", &k.Editor, []string{"e"}, "open file in $EDITOR"},
		{"copy_text", &k.CopyText, []string{"c"}, "copy text (OSC 52)"},
		{"mouse", &k.Mouse, []string{"M"}, "mouse on/off"},
		{"folders", &k.Folders, []string{"F"}, "switch folder"},
		{"people", &k.People, []string{"w"}, "who is in the news"},
	}
}

// fixedKeys work whatever the bindings say (input.go answers them first):
// no action may take them.
var fixedKeys = map[string]string{"ctrl+c": "quit", "ctrl+z": "suspend"}

func newKeyMap() keyMap {
	k, _ := bindKeys(nil)
	return k
}

// bindKeys builds the key map with the actions the config rebinds (action
// name → keys). A binding that cannot be kept (an unknown action, no key, a
// key two actions would share, a key kiosk keeps for itself) is refused:
// the defaults stay, and the error says why in one line.
func bindKeys(rebind map[string][]string) (keyMap, error) {
	var k keyMap
	acts := k.actions()
	known := map[string]bool{}
	for _, a := range acts {
		known[a.name] = true
	}
	var problems []string
	for name, keys := range rebind {
		if !known[name] {
			problems = append(problems, fmt.Sprintf("unknown action %q", name))
		} else if len(keys) == 0 {
			problems = append(problems, fmt.Sprintf("%s has no key", name))
		}
		for _, k := range keys {
			if !validKey(k) {
				problems = append(problems, fmt.Sprintf("%s: no key is called %q", name, k))
			}
		}
	}
	if len(problems) == 0 {
		problems = clash(acts, rebind)
	}
	if len(problems) > 0 {
		rebind = nil
	}
	for _, a := range acts {
		keys := a.keys
		if r, ok := rebind[a.name]; ok {
			keys = r
			if f := fixedKey(a.name); f != "" && !contains(keys, f) {
				keys = append(keys, f) // ctrl+c quits whatever quit is bound to
			}
		}
		*a.b = key.NewBinding(key.WithKeys(keys...), key.WithHelp(keyLabel(keys), a.desc))
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return k, fmt.Errorf("%s: [keys] not used, the default keys are kept", strings.Join(problems, "; "))
	}
	return k, nil
}

// clash finds keys that two actions would answer to once rebound, and keys
// kiosk keeps for itself.
func clash(acts []action, rebind map[string][]string) []string {
	owner := map[string]string{}
	var problems []string
	for _, a := range acts {
		keys := a.keys
		if r, ok := rebind[a.name]; ok {
			keys = r
		}
		for _, key := range keys {
			if f, ok := fixedKeys[key]; ok && f != a.name {
				problems = append(problems, fmt.Sprintf("%s is kept for %s, not %s", key, f, a.name))
				continue
			}
			if other, ok := owner[key]; ok && other != a.name {
				problems = append(problems, fmt.Sprintf("%s is bound to both %s and %s", key, other, a.name))
				continue
			}
			owner[key] = a.name
		}
	}
	return problems
}

func fixedKey(action string) string {
	for k, a := range fixedKeys {
		if a == action {
			return k
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// namedKeys are the keys with a name, as bubbletea spells them.
var namedKeys = map[string]bool{
	"up": true, "down": true, "left": true, "right": true, "pgup": true, "pgdown": true, "home": true, "end": true,
	"enter": true, "esc": true, "tab": true, "space": true, "backspace": true, "delete": true, "insert": true,
}

// validKey reports whether bubbletea can ever report the key: one
// printable character, a named key, a function key, or either with
// modifiers (ctrl+, alt+, shift+). A typo would otherwise bind nothing.
func validKey(k string) bool {
	base := k
	for _, mod := range []string{"ctrl+", "alt+", "shift+"} {
		base = strings.TrimPrefix(base, mod)
	}
	if r := []rune(base); len(r) == 1 {
		return r[0] > ' ' && r[0] != 0x7f
	}
	if namedKeys[base] {
		return true
	}
	var n int
	if _, err := fmt.Sscanf(base, "f%d", &n); err == nil && fmt.Sprintf("f%d", n) == base {
		return n >= 1 && n <= 20
	}
	return false
}

// keyNames are how keys read in the help: arrows as arrows.
var keyNames = map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→", "pgdown": "pgdn"}

func keyName(k string) string {
	if n, ok := keyNames[k]; ok {
		return n
	}
	return k
}

// keyLabel is every key of a binding, as the overlay lists them: "k/↑".
func keyLabel(keys []string) string {
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = keyName(k)
	}
	return strings.Join(names, "/")
}

// firstKey is the binding's first key, as the short help line shows it.
// A key name may come from the config file: it is cleaned like any text.
func firstKey(b key.Binding) Safe {
	if ks := b.Keys(); len(ks) > 0 {
		return sanitize.SafeLine(keyName(ks[0]))
	}
	return Safe{}
}

// helpGroup is a column of the overlay.
type helpGroup struct {
	title Safe
	rows  [][2]Safe // key, what it does
}

// rowsOf are the overlay's rows of bindings.
func rowsOf(bs ...key.Binding) [][2]Safe {
	out := make([][2]Safe, 0, len(bs))
	for _, b := range bs {
		h := b.Help()
		out = append(out, [2]Safe{sanitize.SafeLine(h.Key), sanitize.SafeLine(h.Desc)})
	}
	return out
}

// promptHelp are the keys of the search prompt (ui/prompt.go and
// ui/search.go answer them: bubbles' textinput and the history); they are
// not rebound.
var promptHelp = [][2]Safe{
	{sanitize.Lit("enter"), sanitize.Lit("whole words, keep")},
	{sanitize.Lit("esc"), sanitize.Lit("undo edit; again: all")},
	{sanitize.Lit("↑/↓"), sanitize.Lit("history")},
	{sanitize.Lit("ctrl+n/ctrl+p"), sanitize.Lit("next/previous result")},
	{sanitize.Lit("←/→ alt+←/→"), sanitize.Lit("move a letter, a word")},
	{sanitize.Lit("home/end"), sanitize.Lit("start, end")},
	{sanitize.Lit("ctrl+w"), sanitize.Lit("delete the word before")},
	{sanitize.Lit("alt+backspace"), sanitize.Lit("delete the word before")},
	{sanitize.Lit("alt+d"), sanitize.Lit("delete the word after")},
	{sanitize.Lit("ctrl+u/ctrl+k"), sanitize.Lit("delete before, after")},
	{sanitize.Lit("while typing"), sanitize.Lit("last word a prefix")},
}

// syntaxHelp is the query syntax (store/index/query.go, date_query.go).
var syntaxHelp = [][2]Safe{
	{sanitize.Lit("two words"), sanitize.Lit("both required")},
	{sanitize.Lit(`"a phrase"`), sanitize.Lit("the words in order")},
	{sanitize.Lit("-word"), sanitize.Lit("without the word")},
	{sanitize.Lit("a OR b"), sanitize.Lit("either")},
	{sanitize.Lit("négoc*"), sanitize.Lit("a prefix")},
	{sanitize.Lit("title:word"), sanitize.Lit("in the title")},
	{sanitize.Lit("source:site.com"), sanitize.Lit("from the source")},
	{sanitize.Lit("lang:fr"), sanitize.Lit("in the language")},
	{sanitize.Lit(`actor:"A Name"`), sanitize.Lit("naming the actor")},
	{sanitize.Lit("date:2025-03"), sanitize.Lit("of the month")},
	{sanitize.Lit("date:>=2025-03-01"), sanitize.Lit("from the day on")},
	{sanitize.Lit("date:A..B"), sanitize.Lit("between two days")},
}

// FullHelp is the overlay on '?', one column per group; every key once.
func (k keyMap) FullHelp() []helpGroup {
	return []helpGroup{
		{sanitize.Lit("Move"), rowsOf(k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom)},
		{sanitize.Lit("Articles"), rowsOf(k.Open, k.Back, k.Prev, k.Next, k.PrevUnread, k.NextUnread, k.Focus)},
		{sanitize.Lit("View"), rowsOf(k.Zoom, k.Panels, k.Sort, k.Reverse)},
		{sanitize.Lit("Marks"), rowsOf(k.Read, k.MarkAll, k.Bookmark, k.Bookmarks, k.Unread)},
		{sanitize.Lit("Search"), rowsOf(k.Search, k.NextMatch, k.PrevMatch)},
		{sanitize.Lit("Links"), rowsOf(k.Browser, k.Copy)},
		{sanitize.Lit("kiosk"), rowsOf(k.Help, k.Suspend, k.Quit)},
		{sanitize.Lit("Hand over"), rowsOf(k.Pager, k.Editor, k.CopyText, k.Mouse, k.Folders)},
		{sanitize.Lit("Who is in the news"), append(rowsOf(k.People), peopleHelp...)}, // people.go
		{sanitize.Lit("In the search prompt"), promptHelp},
		{sanitize.Lit("Search syntax"), syntaxHelp},
	}
}
