package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// promptKey is a key as a terminal sends it, for the keys keyMsg lacks.
func promptKey(k string) tea.KeyPressMsg {
	switch k {
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "alt+left":
		return tea.KeyPressMsg{Code: tea.KeyLeft, Mod: tea.ModAlt}
	case "ctrl+w":
		return tea.KeyPressMsg{Code: 'w', Mod: tea.ModCtrl}
	case "ctrl+a":
		return tea.KeyPressMsg{Code: 'a', Mod: tea.ModCtrl}
	case "ctrl+e":
		return tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl}
	case "ctrl+n":
		return tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl}
	case "ctrl+p":
		return tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "ctrl+v":
		return tea.KeyPressMsg{Code: 'v', Mod: tea.ModCtrl}
	case "alt+backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace, Mod: tea.ModAlt}
	}
	return keyMsg(k)
}

func promptType(p *prompt, keys ...string) {
	for _, k := range keys {
		p.update(promptKey(k))
	}
}

func promptText(p *prompt, s string) {
	for _, r := range s {
		p.update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func TestPromptEditsLikeReadline(t *testing.T) {
	p := newPrompt()
	promptText(&p, "rubio lavrov")
	for _, c := range []struct {
		keys []string
		text string
		want string
	}{
		{[]string{"home"}, "x", "xrubio lavrov"},
		{[]string{"end"}, "!", "xrubio lavrov!"},
		{[]string{"ctrl+w"}, "", "xrubio "},
		{[]string{"left", "left"}, "y", "xrubiyo "},
		{[]string{"ctrl+a", "right"}, " ", "x rubiyo "},
		{[]string{"ctrl+e", "alt+backspace"}, "", "x "},
		{[]string{"ctrl+u"}, "", ""},
		{[]string{"alt+left", "ctrl+v", "up", "ctrl+n", "ctrl+p"}, "ok", "ok"},
	} {
		promptType(&p, c.keys...)
		promptText(&p, c.text)
		if got := p.String(); got != c.want {
			t.Fatalf("after %q and %q: %q, want %q", c.keys, c.text, got, c.want)
		}
	}
}

func TestPromptPasteIsOneCleanLine(t *testing.T) {
	p := newPrompt()
	promptText(&p, "ab")
	promptType(&p, "left")
	p.update(tea.PasteMsg{Content: "1\x1b]52;c;Zm9v\x07\n2\u202e3\t4\x9b"})
	got := p.String()
	for _, r := range got {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\u202e' {
			t.Fatalf("pasted control rune %U kept: %q", r, got)
		}
	}
	if got[0] != 'a' || got[len(got)-1] != 'b' {
		t.Errorf("paste not at the cursor: %q", got)
	}
	if p.view() == "" {
		t.Error("no view")
	}
}
