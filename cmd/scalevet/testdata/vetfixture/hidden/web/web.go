// Package web has the handler: it calls the interface, and sees the
// mail package only through the name it imports.
package web

import (
	"example.com/vetfixture/hidden/mail"
	"example.com/vetfixture/hidden/notify"
)

// Test sends a test message through the mailer.
//
//scalevet:handler
func Test(msg string) error { return notify.Get(mail.Name).Send(msg) }
