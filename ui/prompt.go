package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// promptHint is shown in the empty prompt: the field syntax, which was
// only in `kiosk search --help`.
const promptHint = `words "a phrase" pre* -not a OR b title: source: lang: actor: date:`

// prompt is the search field: bubbles' textinput, for the keys people
// know from shells and readline (←/→, alt+←/→, home/end, ctrl+a/e,
// ctrl+w and alt+backspace, ctrl+u/k, bracketed paste). Its own
// suggestion keys (↑/↓, ctrl+n/p, tab) and ctrl+v are switched off: ↑/↓
// walk the history, ctrl+n/p the results, and the terminal pastes.
type prompt struct {
	ti textinput.Model
}

func newPrompt() prompt {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = promptHint
	ti.CharLimit = 200
	for _, b := range []*key.Binding{&ti.KeyMap.Paste, &ti.KeyMap.AcceptSuggestion, &ti.KeyMap.NextSuggestion, &ti.KeyMap.PrevSuggestion} {
		b.SetEnabled(false)
	}
	ti.Focus()
	p := prompt{ti: ti}
	p.restyle(newStyles(true, false))
	return p
}

// restyle takes the theme's colors: the "/ " in the accent, the hint dim.
func (p *prompt) restyle(s styles) {
	st := textinput.DefaultStyles(true)
	st.Focused.Prompt, st.Focused.Placeholder, st.Focused.Text = s.accent, s.dim, lipgloss.NewStyle()
	st.Cursor.Blink = false // a blinking cursor redraws the screen twice a second for nothing
	p.ti.SetStyles(st)
}

// update applies one key or paste; it reports whether the value changed.
// Text is cleaned before textinput sees it: a paste can hold anything, and
// textinput keeps bidi controls, which sanitize.Line drops.
func (p *prompt) update(msg tea.Msg) (bool, tea.Cmd) {
	switch m := msg.(type) {
	case tea.PasteMsg:
		m.Content = sanitize.Line(m.Content)
		msg = m
	case tea.KeyPressMsg:
		if m.Text != "" {
			m.Text = sanitize.Line(m.Text)
			msg = m
		}
	}
	before := p.ti.Value()
	var cmd tea.Cmd
	p.ti, cmd = p.ti.Update(msg)
	return p.ti.Value() != before, cmd
}

// set puts s in the field, the cursor at its end.
func (p *prompt) set(s string) {
	p.ti.SetValue(sanitize.Line(s))
	p.ti.CursorEnd()
}

func (p *prompt) String() string { return p.ti.Value() }

// setWidth fits the field, less its "/ " and the cursor, in width cells.
// The layout calls it: View must change nothing.
func (p *prompt) setWidth(width int) {
	p.ti.SetWidth(max(width-3, 1))
	p.ti, _ = p.ti.Update(nil) // textinput scrolls the text to the new width in Update
}

// view is the field as setWidth sized it.
func (p *prompt) view() string { return p.ti.View() }
