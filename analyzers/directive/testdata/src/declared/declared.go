// Package declared has functions that the -directive.handlers and
// -directive.expensive flags declare by name, without directives.
package declared

type Consumer struct{}

func (c *Consumer) Handle() {}

func Quote() int { return 1 }

func Other() {}
