//scalevet:file-ignore requestquery -- the whole file

package policy

func g() {
	hazard()
	hazard()
}
