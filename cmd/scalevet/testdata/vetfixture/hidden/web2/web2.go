// Package web2 has a handler that calls the interface, and imports the
// mailer's package only through mid.
package web2

import (
	"example.com/vetfixture/hidden/mid"
	"example.com/vetfixture/hidden/notify"
)

// Init wires the notifiers.
func Init() { mid.Setup() }

// Test sends a test message through whatever is registered as "mail".
//
//scalevet:handler
func Test(msg string) error { return notify.Get("mail").Send(msg) }
