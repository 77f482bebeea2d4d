package fix

import "regexp"

const slugExpr = `^[a-z0-9-]+$`

// slugPattern is what GetPost compiles per request.
var slugPattern = regexp.MustCompile(slugExpr)
