package link

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/sanitize"
)

func TestCheckRefuses(t *testing.T) {
	tests := []struct {
		raw, why string // why: a phrase the error must contain
	}{
		{"", "empty"},
		{"javascript:alert(1)", "only http and https"},
		{"JavaScript:alert(1)", "only http and https"},
		{"file:///etc/passwd", "only http and https"},
		{"data:text/html,<script>alert(1)</script>", "only http and https"},
		{"ftp://example.com/file", "only http and https"},
		{"mailto:someone@example.com", "only http and https"},
		{"vbscript:msgbox", "only http and https"},
		{"example.com/news", "only http and https"},
		{"www.example.com", "only http and https"},
		{"//example.com/news", "only http and https"},
		{"/news/today", "only http and https"},
		{"http:/example.com", "no host"},
		{"http:example.com", "no host"},
		{"https:\\\\example.com", "no host"},
		{"http://", "no host"},
		{"https:///path", "no host"},
		{"https://:443/", "no host"},
		{"https://user@/", "no host"},
		{"https://.../", "no host"},
		{"-https://example.com", "start with '-'"},
		{"--help", "start with '-'"},
		{"https://example.com/a b", "space"},
		{" https://example.com", "space"},
		{"https://example.com\t", "space"},
		{"https://example.com/\n", "space or line break"},
		{"https://example.com/\r", "space or line break"},
		{"https://example.com/\u00a0", "space"},
		{"https://example.com/\u2028", "line break"},
		{"https://example.com/\u200b", "space"},
		{"https://example.com/\x00", "control"},
		{"https://example.com/\x1b]52;c;aGk=\x07", "control"},
		{"https://example.com/\x7f", "control"},
		{"https://example.com/\u009b31m", "control"},
		{"https://example.com/\ufeff", "control"},
		{"https://example.com/\u202egpj.exe", "bidirectional"},
		{"https://exa\u202ample.com/", "bidirectional"},
		{"https://example.com/\u2066", "bidirectional"},
		{"https://example.com/\u2069", "bidirectional"},
		{"https://example.com/\u200e", "bidirectional"},
		{"https://example.com/\u200f", "bidirectional"},
		{"https://example.com/\u061c", "bidirectional"},
		{"https://example.com/\xff", "UTF-8"},
		{"https://example.com:0/", "port"},
		{"https://example.com:65536/", "port"},
		{"https://example.com:99999999999999999999/", "port"},
		{"https://example.com:/", "port is empty"},
		{"https://example.com:http/", "valid URL"},
		{"https://example.com/%zz", "valid URL"},
		{"https://exa%41mple.com/", "valid URL"},
		{"https://example.com\\@evil.example/", "valid URL"},
		{"https://evil.example\\.example.com/", "valid URL"},
		{"https://exa<mple.com/", "cannot have"},
		{"https://exa!mple.com/", "cannot have"},
		{"http://[fe80::1%25eth0]/", "IPv6"},
		{"https://xn--a.com\u00ad/", "international"}, // soft hyphen maps away, leaving bad punycode
		{"https://" + strings.Repeat("a", MaxLen) + ".com/", "longer than"},
	}
	for _, tt := range tests {
		u, err := Check(tt.raw)
		if err == nil {
			t.Errorf("Check(%q) = %q, want refused (%s)", tt.raw, u, tt.why)
			continue
		}
		var refused *RefusedError
		if !errors.As(err, &refused) {
			t.Errorf("Check(%q) error %T, want *RefusedError", tt.raw, err)
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.why) {
			t.Errorf("Check(%q) error %q does not say %q", tt.raw, msg, tt.why)
		}
		if !sanitize.IsSafe(msg, false) {
			t.Errorf("Check(%q) error is not terminal-safe: %q", tt.raw, msg)
		}
		if len(msg) > 400 {
			t.Errorf("Check(%q) error is %d bytes long; the URL should be cut", tt.raw, len(msg))
		}
	}
}

func TestCheckAccepts(t *testing.T) {
	tests := []struct {
		raw, want string // want: the canonical u.String()
	}{
		{"http://example.com", "http://example.com"},
		{"https://example.com/news/2024/05/article.html", "https://example.com/news/2024/05/article.html"},
		{"HTTPS://Example.COM/Path", "https://example.com/Path"},
		{"hTtP://example.com/", "http://example.com/"},
		{"https://example.com:8443/x", "https://example.com:8443/x"},
		{"https://example.com:0080/x", "https://example.com:80/x"},
		{"https://example.com/a?b=c&d=e#top", "https://example.com/a?b=c&d=e#top"},
		{"https://example.com/a%20b%0a", "https://example.com/a%20b%0a"},
		{"https://example.com/?q=it's+\"x\"<y>", "https://example.com/?q=it%27s+%22x%22%3Cy%3E"},
		{"https://example.com/caf\u00e9?q=\u00e9", "https://example.com/caf%C3%A9?q=%C3%A9"},
		{"https://example.com/#caf\u00e9`", "https://example.com/#caf%C3%A9%60"},
		{"https://example.com/i-\u2764\ufe0f-\U0001F468\u200d\U0001F469", "https://example.com/i-%E2%9D%A4%EF%B8%8F-%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9"}, // an emoji's selector and joiner are no controls
		{"https://example.com/?a[]=1&b={`x`}|^\\", "https://example.com/?a%5B%5D=1&b=%7B%60x%60%7D%7C%5E%5C"},
		{"https://example.com/?q=$(id);a&b=(1)*!,+:@/?", "https://example.com/?q=$(id);a&b=(1)*!,+:@/?"},
		{"https://bank.com@evil.example/", "https://bank.com@evil.example/"},
		{"https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/", "https://xn--e1afmkfd.xn--p1ai/"},
		{"https://\uff47\uff4f\uff4f\uff47\uff4c\uff45.com/", "https://google.com/"},
		{"https://M\u00dcNCHEN.de/", "https://xn--mnchen-3ya.de/"},
		{"http://%C3%A9.com/", "http://xn--9ca.com/"},
		{"https://xn--80ak6aa92e.com/", "https://xn--80ak6aa92e.com/"},
		{"https://my_blog.blogspot.com/", "https://my_blog.blogspot.com/"},
		{"http://192.0.2.1/", "http://192.0.2.1/"},
		{"http://[2001:DB8::1]:8080/", "http://[2001:db8::1]:8080/"},
		{"https://example.com./", "https://example.com./"},
		{"https://vovworld.vn/fr-CH/actualites/1234.vov", "https://vovworld.vn/fr-CH/actualites/1234.vov"},
		{"https://example.com/" + strings.Repeat("a", MaxLen-len("https://example.com/")), "https://example.com/" + strings.Repeat("a", MaxLen-len("https://example.com/"))},
	}
	for _, tt := range tests {
		u, err := Check(tt.raw)
		if err != nil {
			t.Errorf("Check(%q): %v", tt.raw, err)
			continue
		}
		if got := u.String(); got != tt.want {
			t.Errorf("Check(%q) = %q, want %q", tt.raw, got, tt.want)
		}
		again, err := Check(u.String())
		if err != nil || again.String() != u.String() {
			t.Errorf("Check(%q) is not stable: %q gives %v, %v", tt.raw, u, again, err)
		}
	}
}

func TestDomain(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"https://www.Example.com:8080/x", "example.com"},
		{"https://news.example.co.uk/", "news.example.co.uk"},
		{"https://wwwexample.com/", "wwwexample.com"},
		{"https://www.www.example.com/", "www.example.com"},
		{"https://user@WWW.example.com/", "example.com"},
		{"http://[2001:db8::1]:80/", "2001:db8::1"},
		{"https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/", "xn--e1afmkfd.xn--p1ai"},
	}
	for _, tt := range tests {
		u, err := Check(tt.raw)
		if err != nil {
			t.Fatalf("Check(%q): %v", tt.raw, err)
		}
		if got := Domain(u); got != tt.want {
			t.Errorf("Domain(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
	if got := Domain(nil); got != "" {
		t.Errorf("Domain(nil) = %q, want empty", got)
	}
	// A URL that did not come through Check still comes out terminal-safe.
	raw := &url.URL{Scheme: "https", Host: "www.a\x1b[31m.com"}
	if got := Domain(raw); !sanitize.IsSafe(got, false) {
		t.Errorf("Domain of an unchecked URL is not terminal-safe: %q", got)
	}
}

func BenchmarkCheck(b *testing.B) {
	const raw = "https://www.sggp.org.vn/tphcm-nhieu-tuyen-duong-tai-trung-tam-ngap-sau-sau-mua-lon-post822534.html"
	for b.Loop() {
		if _, err := Check(raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckIDN(b *testing.B) {
	const raw = "https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/\u043f\u0443\u0442\u044c?q=\u00e9"
	for b.Loop() {
		if _, err := Check(raw); err != nil {
			b.Fatal(err)
		}
	}
}
