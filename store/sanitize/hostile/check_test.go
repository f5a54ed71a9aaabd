package hostile

import "testing"

// TestCheckFindsEveryFamily: the check finds each family when its raw
// bytes are written, inside a stream that is otherwise what kiosk writes;
// so the tests that use it can fail.
func TestCheckFindsEveryFamily(t *testing.T) {
	frame := "\x1b[?1049h\x1b[?25l\x1b[1;1H\x1b[1;38;2;1;2;3mTitle\x1b[m\x1b[K\r\n\x1b]8;;https://ok.example/a\x1b\\ok\x1b]8;;\x1b\\\x1b[?1049l"
	if problems := Check([]byte(frame), Terminal); len(problems) > 0 {
		t.Fatalf("a clean frame fails: %v", problems)
	}
	for _, f := range Families {
		out := []byte(frame[:40] + "x" + f.Raw + "y" + frame[40:])
		if problems := Check(out, Terminal); len(problems) == 0 {
			t.Errorf("%s (%q) in the stream was not found", f.Name, f.Raw)
		}
		if problems := Check([]byte("\x1b[1mA\x1b[m\nx"+f.Raw+"y"), Frame); len(problems) == 0 {
			t.Errorf("%s (%q) in a frame was not found", f.Name, f.Raw)
		}
	}
	if problems := Check([]byte("\x1b[1;1Hx"), Frame); len(problems) == 0 {
		t.Errorf("a cursor move in a frame was not found")
	}
}
