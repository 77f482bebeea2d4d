package policy

func hazard() {}

func f() {
	hazard() // want `^hazard$`

	hazard() //scalevet:ignore requestquery -- same line

	//scalevet:ignore requestquery -- line above
	hazard()

	//scalevet:ignore requestquery -- two lines above is too far // want `suppresses nothing`

	hazard() // want `^hazard$`

	//scalevet:ignore requestquery
	hazard() // want `^hazard$`

	//scalevet:ignore requestquery -- stale // want `^//scalevet:ignore requestquery suppresses nothing; remove it, or move it onto the line of the finding or the line above$`
}
