package fix

import "regexp"

// reHex would serve Hex on Linux only.
var reHex = regexp.MustCompile(`^[0-9a-f]+$`)
