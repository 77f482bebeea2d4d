// Package mail formats notifications with an emoji map it keeps
// embedded.
package mail

import (
	_ "embed"
	"encoding/json"
	"strings"
)

//go:embed emoji.json
var emojiJSON string

// Subject prefixes title with the emojis of tags, decoding the whole map
// on every call.
func Subject(title string, tags []string) string { // want Subject:`compile json.Unmarshal via mail.Subject`
	var emojis map[string]string
	if err := json.Unmarshal([]byte(emojiJSON), &emojis); err != nil {
		return title
	}
	var out []string
	for _, t := range tags {
		out = append(out, emojis[t])
	}
	return strings.Join(out, " ") + " " + title
}
