// Package notify declares the interface that the handler calls and a
// registry of its implementations.
package notify

// Notifier sends a message.
type Notifier interface {
	Send(msg string) error
}

// Alerter is another interface with the same method: the mailer
// implements both, and its fact has an entry for each.
type Alerter interface {
	Send(msg string) error
}

var all = map[string]Notifier{}

// Register adds n under name, at start-up.
func Register(name string, n Notifier) { all[name] = n }

// Get returns the notifier registered under name.
func Get(name string) Notifier { return all[name] }
