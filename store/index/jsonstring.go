package index

import (
	"bufio"
	"encoding/json"
)

// writeJSONString writes s as encoding/json would (HTML characters escaped),
// without its cost for the plain names most files have.
func writeJSONString(out *bufio.Writer, s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			b, _ := json.Marshal(s)
			out.Write(b)
			return
		}
	}
	out.WriteByte('"')
	out.WriteString(s)
	out.WriteByte('"')
}
