// Package mid wires the mailer in, in a function whose body export data
// leaves out (it is not inlined): a package that imports mid does not
// reach mail through the imports that export data records.
package mid

import "example.com/vetfixture/hidden/mail"

// Setup registers the notifiers.
//
//go:noinline
func Setup() {
	for range 1 {
		mail.Attach()
	}
}
