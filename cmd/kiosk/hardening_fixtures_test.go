//go:build unix

package main

// The hostile articles of testdata/hostile: made here, so that what each
// one holds is readable in Go notation, and written with
// go test -run TestHardeningFixtures -update-hostile.

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var updateHostile = flag.Bool("update-hostile", false, "rewrite testdata/hostile from hostileFixtures")

const hostileDir = "testdata/hostile"

// searchWord is in every hostile article, next to the hostile bytes, so
// that search snippets carry them too.
const searchWord = "zanzibar"

// payloads are the sequences an article may try on a terminal.
var payloads = []string{
	"\x1b]52;c;ZXZpbA==\x07",                                  // OSC 52: write the clipboard
	"\x1b]52;p;ZXZpbA==\x1b\\",                                // OSC 52, ST-terminated
	"\x1b]0;pwned title\x07",                                  // OSC 0: window title
	"\x1b]2;pwned\x1b\\",                                      // OSC 2
	"\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  // OSC 8 hyperlink
	"\x1bP1$qm\x1b\\",                                         // DCS DECRQSS: asks for a reply
	"\x1bP+q544e\x1b\\",                                       // DCS XTGETTCAP
	"\x1b_Gf=100;AAAA\x1b\\",                                  // APC (kitty graphics)
	"\x1b^privacy message\x1b\\",                              // PM
	"\x1bXstart of string\x1b\\",                              // SOS
	"\x1b[10;10H", "\x1b[5A", "\x1b[2K", "\x1b[2J", "\x1b[3J", // cursor, erase
	"\x1b[6n", "\x1b[c", "\x1b[>c", "\x1b[18t", // device and window reports
	"\x1b[?1049h", "\x1b[?1000h", "\x1b[?25l", // modes: alt screen, mouse, cursor
	"\x1b[31;1m", // even SGR from content is refused
	"\x1bc",      // RIS: reset the terminal
	"\x1b7\x1b8", // save/restore cursor
}

// c1Payloads are C1 controls, as raw bytes (invalid UTF-8) and as UTF-8.
var c1Payloads = []string{
	"\x9b2J", "\x9d0;raw c1 title\x9c", "\x90q\x9c", "\x9f_apc\x9c", "\x9e", "\x98sos\x9c", "\x85",
	"\u009b2J", "\u009d0;utf8 c1 title\u009c", "\u0090q\u009c", "\u009f", "\u009e", "\u0098", "\u0085",
}

// entityPayloads are character references that an HTML or Markdown
// renderer would turn into controls.
var entityPayloads = []string{
	"&#27;[2J", "&#x1b;]0;entity title&#7;", "&#X1B;c", "&#155;2J", "&#x9b;2J", "&#0027;[6n",
	"&#8238;", "&#x202E;", "&#0;", "&#13;", "&#8;", "&amp;#27;[31m", "&#27", "&ESC;", "&#x1b;]52;c;ZXZpbA==&#x07;",
}

// controlPayloads are single C0 controls and DEL.
var controlPayloads = []string{"\r", "\x08", "\x07", "\x0b", "\x0c", "\x7f", "\x01", "\x05", "\x0e", "\x0f", "\x1a", "\x1c"}

// bidiPayloads reorder what is shown.
var bidiPayloads = []string{"\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"}

// hugeCSI is a CSI with 10,000 parameters (x/ansi panics past 32).
var hugeCSI = "\x1b[" + strings.Repeat("1;", 10000) + "m"

func lines(ls ...string) []byte { return []byte(strings.Join(ls, "\n") + "\n") }

// paragraphs wraps each payload in a sentence holding searchWord.
func paragraphs(ps []string) []string {
	var out []string
	for _, p := range ps {
		out = append(out, "Le port de Zanzibar a reçu "+p+" un navire de commerce ce matin, selon le zanzibar port.")
	}
	return out
}

func hostileFixtures() map[string][]byte {
	all := append(append(append(append(append([]string{}, payloads...), c1Payloads...), entityPayloads...), controlPayloads...), bidiPayloads...)
	f := map[string][]byte{}
	f["title_sequences.txt"] = lines(
		"Zanzibar "+strings.Join(payloads, " ")+" fin du titre",
		"",
		"Le port de Zanzibar a accueilli un navire venu de Mombasa, a indiqué le ministère.",
		"",
		"Source : https://news.example.vn/zanzibar.html",
		"Comment (2)")
	f["body_sequences.txt"] = lines(append(append([]string{
		"Les autorités de Zanzibar ont annoncé mardi un nouveau plan pour le port."},
		paragraphs(payloads)...),
		"Source : https://news.example.vn/body.html", "Comment (0)")...)
	f["c1.txt"] = lines(append(append([]string{
		"Zanzibar \x9b2J titre \u009d0;c1\u009c",
		""},
		paragraphs(c1Payloads)...),
		"Source : https://news.example.vn/c1\x9b31m.html")...)
	f["entities.txt"] = lines(append(append([]string{
		"Zanzibar &#27;]0;entity&#7; titre &#x1b;[2J",
		""},
		paragraphs(entityPayloads)...),
		"Source : https://news.example.vn/&#27;]52;c;ZXZpbA==&#7;",
		"Comment (1)")...)
	f["controls.txt"] = lines(append(append([]string{
		"Zanzibar\rEVIL\x08\x08\x08\x07 titre \x0b\x0c\x7f",
		""},
		paragraphs(controlPayloads)...),
		"Source : https://news.example.vn/ctl\r\x07.html")...)
	// A NUL in the first 8 KiB makes a file binary; here it comes later.
	pad := strings.Repeat("Le port de Zanzibar est animé, les navires y entrent et en sortent tous les jours.\n", 120)
	f["late_nul.txt"] = []byte("Zanzibar : le port après le NUL\n\n" + pad +
		"Ligne avec NUL \x00 zanzibar \x00\x00 et CR \r BS \x08 BEL \x07 ESC \x1b]0;late\x07 fin.\n" +
		"Source : https://news.example.vn/nul\x00.html\n")
	f["bidi.txt"] = lines(append(append([]string{
		"Zanzibar \u202eevil\u202c \u2066titre\u2069 \u200f",
		""},
		paragraphs(bidiPayloads)...),
		"![]() | Légende \u202ezanzibar\u202c photo |",
		"Source : https://news.example.vn/\u202egpj.exe",
		"Comment (5)")...)
	f["captions.txt"] = lines(
		"Le port de Zanzibar a reçu un navire de commerce, a indiqué le ministère des Transports.",
		"",
		"![]() | Légende zanzibar \x1b]52;c;ZXZpbA==\x07 du port \x1b]0;cap\x07 |",
		"",
		"Le quai de Zanzibar \x1b[2J au matin Photo : Jean \x1b]8;;http://evil.example\x07Dupont\x1b]8;;\x07",
		"",
		">>> Vidéo : zanzibar \x9b6n \u009b6n \x1bc",
		"",
		"Les dockers de zanzibar \x1bP1$qm\x1b\\",
		"",
		"Les navires arrivent chaque jour au port, selon les autorités de Zanzibar.",
		"Source : https://news.example.vn/captions.html")
	f["source_osc.txt"] = lines(
		"Zanzibar : la source est piégée",
		"",
		"Le port de Zanzibar a reçu un navire de commerce ce matin.",
		"Source : https://evil.example/\x1b]0;title\x07path\x1b]52;c;ZXZpbA==\x07")
	f["source_osc8.txt"] = lines(
		"Zanzibar : un lien OSC 8 en source",
		"",
		"Le port de Zanzibar a reçu un navire de commerce ce matin.",
		"Source: \x1b]8;;https://evil.example/\x07https://news.example.vn/a.html\x1b]8;;\x07")
	f["source_c1.txt"] = lines(
		"Zanzibar : une source en C1",
		"",
		"Le port de Zanzibar a reçu un navire de commerce ce matin.",
		"Quelle: https://news.example.vn/\u009b2J\u009d0;x\u009c/\x9b6n")
	f["source_userinfo.txt"] = lines(
		"Zanzibar : une source trompeuse",
		"",
		"Le port de Zanzibar a reçu un navire de commerce ce matin.",
		"Source : https://bank.example@evil.example/\u202e/x?\x1b[2J")
	f["huge_csi.txt"] = lines(
		"Zanzibar "+hugeCSI+" titre",
		"",
		"Le port de Zanzibar "+hugeCSI+" a reçu un navire.",
		"Le port de Zanzibar \x9b"+strings.Repeat("1;", 10000)+"m a reçu un autre navire.",
		"Le port de Zanzibar \u009b"+strings.Repeat("2;", 10000)+"H encore.",
		"Source : https://news.example.vn/"+hugeCSI)
	f["unterminated_osc.txt"] = []byte("Zanzibar : une OSC jamais fermée\n\nLe port de Zanzibar a reçu un navire.\n\n" +
		"Source : https://news.example.vn/u.html\n\x1b]0;zanzibar never ends")
	f["unterminated_dcs.txt"] = []byte("Zanzibar : un DCS jamais fermé\n\nLe port de Zanzibar a reçu un navire.\n\x1bP zanzibar")
	f["unterminated_c1.txt"] = []byte("Zanzibar : une OSC C1 jamais fermée\n\nLe port de Zanzibar a reçu un navire.\n\u009d0;zanzibar")
	f["markdown.txt"] = lines(
		"# Zanzibar [clic](javascript:alert(1)) <script>alert(1)</script>",
		"",
		"Le port de Zanzibar <https://evil.example/> et [zanzibar](https://evil.example/ \"t\") ![img](http://e/x.png)",
		"```sh",
		"zanzibar \x1b]0;fence\x07",
		"```",
		"`&#27;[2J zanzibar` <span style=\"color:red\">&#x1b;]0;span&#x07;</span> <!-- \x1b]52;c;eA==\x07 -->",
		strings.Repeat("> ", 200)+"zanzibar cité",
		strings.Repeat("- ", 200)+"zanzibar liste",
		strings.Repeat("1. ", 100)+"zanzibar numéros",
		"| zanzibar | \x1b[2J |",
		"|---|---|",
		"Zanzibar\\\x1b]0;escaped\x07 \\&#27;[2J *zanzibar* __gras__ ~~barré~~",
		"Source : https://news.example.vn/md.html")
	// Everything at once, in every field.
	mix := strings.Join(all, " zanzibar ")
	f["everything.txt"] = lines(
		"Zanzibar "+mix,
		"",
		"Le port de Zanzibar "+mix+" fin.",
		"![]() | Légende zanzibar "+mix+" |",
		"Source : https://news.example.vn/"+mix,
		"Comment (7)")
	return f
}

// hostileNames are file names with bytes a terminal acts on; they are made
// at test time, since git and some file systems would mangle them.
var hostileNames = []string{
	"name\x1b]0;pwned\x07.txt",
	"name\x1b]52;c;ZXZpbA==\x07.txt",
	"name\x1b[2J\x1b[H.txt",
	"name\x1bc.txt",
	"name\x9b6n.txt",
	"name\u009b6n.txt",
	"name\u202etxt.exe.txt",
	"name\u2066bidi\u2069.txt",
	"name\rcr\x08bs\x07bel.txt",
	"name\nnewline.txt",
	"name\x1b]8;;https:\u2215\u2215evil.example\x07link.txt",
	"name\x1bP1$qm\x1b\\.txt",
	"name&#27;[2J.txt",
}

func TestHardeningFixtures(t *testing.T) {
	want := hostileFixtures()
	if *updateHostile {
		os.RemoveAll(hostileDir)
		if err := os.MkdirAll(hostileDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, data := range want {
			if err := os.WriteFile(filepath.Join(hostileDir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	ents, err := os.ReadDir(hostileDir)
	if err != nil {
		t.Fatalf("%v (write the fixtures with -update-hostile)", err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
		got, err := os.ReadFile(filepath.Join(hostileDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want[e.Name()]) {
			t.Errorf("%s differs from hostileFixtures (rewrite with -update-hostile)", e.Name())
		}
	}
	if len(names) != len(want) {
		sort.Strings(names)
		t.Errorf("testdata/hostile holds %q; hostileFixtures has %d files (rewrite with -update-hostile)", names, len(want))
	}
}

// hostileFolder copies testdata/hostile into a new folder and adds the
// files with hostile names (a plain article with payloads), a binary one
// and a FIFO with hostile names, which must be reported as skipped.
func hostileFolder(t *testing.T) (dir string, articles []string) {
	t.Helper()
	dir = t.TempDir()
	for name, data := range hostileFixtures() {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		articles = append(articles, name)
	}
	body := lines("Zanzibar : un nom de fichier piégé \x1b]0;x\x07", "",
		"Le port de Zanzibar a reçu un navire de commerce ce matin.", "Source : https://news.example.vn/n.html")
	for _, name := range hostileNames {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatalf("cannot create %q: %v", name, err)
		}
		articles = append(articles, name)
	}
	bin := append([]byte("zanzibar\x00\x1b]0;bin\x07"), body...)
	if err := os.WriteFile(filepath.Join(dir, "binary\x1b]0;pwned\x07.txt"), bin, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := mkfifo(filepath.Join(dir, "fifo\x1b]52;c;ZXZpbA==\x07.txt")); err != nil {
		t.Fatal(err)
	}
	sort.Strings(articles)
	return dir, articles
}
