// Package mail implements notify.Notifier with a type that nothing
// exported refers to: go vet, which reads this package from export data
// in its importers, does not see the type, only this package's facts.
package mail

import "example.com/vetfixture/hidden/notify"

// Name is the name the mailer is registered under.
const Name = "mail"

type mailer struct{ host string }

// last is the last message sent, kept in the process.
var last string

func (m *mailer) Send(msg string) error {
	last = msg
	return nil
}

// Attach registers the mailer.
func Attach() { notify.Register(Name, &mailer{host: "localhost"}) }
