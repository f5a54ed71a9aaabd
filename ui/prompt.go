package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// prompt is a one-line text field: typing appends, backspace deletes,
// ctrl+w deletes a word and ctrl+u the line. It is all a search query needs,
// and bubbles' textinput would bring a clipboard module along.
type prompt struct {
	value []rune
	limit int
}

// update applies one key or paste; it reports whether the value changed.
func (p *prompt) update(msg tea.Msg) bool {
	before := string(p.value)
	switch msg := msg.(type) {
	case tea.PasteMsg:
		p.insert(msg.Content)
	case tea.KeyPressMsg:
		switch msg.String() {
		case "backspace", "ctrl+h":
			if len(p.value) > 0 {
				p.value = p.value[:len(p.value)-1]
			}
		case "ctrl+w", "alt+backspace":
			s := strings.TrimRight(string(p.value), " ")
			if i := strings.LastIndexByte(s, ' '); i >= 0 {
				s = s[:i+1]
			} else {
				s = ""
			}
			p.value = []rune(s)
		case "ctrl+u":
			p.value = nil
		default:
			if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
				p.insert(msg.Text)
			}
		}
	}
	return string(p.value) != before
}

// insert adds text made safe and on one line: a paste can hold anything.
func (p *prompt) insert(s string) {
	for _, r := range sanitize.Line(s) {
		if p.limit > 0 && len(p.value) >= p.limit {
			return
		}
		p.value = append(p.value, r)
	}
}

func (p *prompt) set(s string) { p.value = nil; p.insert(s) }

func (p *prompt) String() string { return string(p.value) }
