package ui

import "charm.land/bubbles/v2/key"

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
	People                                  key.Binding // who is in the news (people.go)
}

func newKeyMap() keyMap {
	b := func(keys []string, k, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, help))
	}
	return keyMap{
		Up:        b([]string{"k", "up"}, "↑/k", "up"),
		Down:      b([]string{"j", "down"}, "↓/j", "down"),
		PageUp:    b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown:  b([]string{"pgdown", "space", "ctrl+d"}, "pgdn/space", "page down"),
		Top:       b([]string{"g", "home"}, "g", "top"),
		Bottom:    b([]string{"G", "end"}, "G", "bottom"),
		Prev:      b([]string{"[", "h"}, "[/h", "previous article"),
		Next:      b([]string{"]", "l"}, "]/l", "next article"),
		Open:      b([]string{"enter"}, "enter", "open"),
		Back:      b([]string{"esc"}, "esc", "back"),
		Focus:     b([]string{"tab", "shift+tab"}, "tab", "next pane"),
		Search:    b([]string{"/"}, "/", "search"),
		NextMatch: b([]string{"n"}, "n/N", "next/prev match"),
		PrevMatch: b([]string{"N"}, "N", "previous match"),
		Sort:      b([]string{"s"}, "s", "sort"),
		Browser:   b([]string{"o"}, "o", "open source"),
		Copy:      b([]string{"y"}, "y", "copy link"),
		Read:      b([]string{"m"}, "m", "read/unread"),
		Bookmark:  b([]string{"b"}, "b", "bookmark"),
		Bookmarks: b([]string{"B"}, "B", "bookmarks only"),
		Unread:    b([]string{"u"}, "u", "unread only"),
		Help:      b([]string{"?"}, "?", "help"),
		Suspend:   b([]string{"ctrl+z"}, "ctrl+z", "suspend"),
		Quit:      b([]string{"q", "ctrl+c"}, "q", "quit"),
		People:    peopleKey,
	}
}

// ShortHelp is the help line at the bottom.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Search, k.Browser, k.Focus, k.Next, k.Sort, k.Help, k.Quit}
}

// FullHelp is the overlay on '?', one column per group.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.Focus, k.Prev, k.Next, k.Sort},
		{k.Search, k.NextMatch, k.PrevMatch, k.Browser, k.Copy},
		{k.Read, k.Bookmark, k.Bookmarks, k.Unread, k.Help, k.Suspend, k.Quit},
		{k.People},
	}
}
