package directives

//scalevet:ignore requestquery -- a well-formed suppression is not this analyzer's business

//scalevet:ignore requestquery // want `^//scalevet:ignore requestquery needs a reason after \-\-, as in //scalevet:ignore requestquery \-\- single instance by design$`

//scalevet:ignore nosuch -- reason // want `//scalevet:ignore names unknown analyzer "nosuch"; known analyzers: requestquery`

//scalevet:ignroe requestquery -- typo // want `unknown scalevet directive "ignroe"`

//scalevet:file-ignore -- no analyzer // want `//scalevet:file-ignore needs the analyzers to suppress`

//scalevet:handler // want `//scalevet:handler must be in the doc comment of a function declaration with a body`
var notAFunc int

// Consume is a queue consumer.
//
//scalevet:handler
func Consume() {}

// Slow is the user's own expensive call.
//
//scalevet:expensive -- calls the pricing service
func Slow() {}

// scalevet:ignore requestquery -- spaced // want `^a space between // and scalevet: makes this a plain comment that does nothing; write //scalevet:ignore$`
func plain() {}

func tabbed() {
	//	scalevet:handler // want `write //scalevet:handler$`
}

// scalevet: prose about the tool, not a directive
func prose() {}
