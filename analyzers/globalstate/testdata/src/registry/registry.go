// Package registry serves the monitors of the monitors package, whose
// objects are shared by every request.
package registry

import (
	"net/http"
	"time"

	"registry/monitors"
)

func find(r *http.Request) (*monitors.Monitor, error) {
	return monitors.Find(1)
}

func Show(w http.ResponseWriter, r *http.Request) {
	m, err := find(r)
	if err != nil {
		return
	}
	m = m.Refresh() // want `handlers Show, Seen and List write package-level variable monitors.all \(monitors.all and monitors.all.LastSeen\) \(Show → monitors.Monitor.Refresh\) with no lock`
	m.Touch()       // not reported: a counter under the monitor's lock
}

func Seen(w http.ResponseWriter, r *http.Request) {
	m, _ := monitors.Find(2)
	m.LastSeen = time.Now() // the same cause
}

func List(w http.ResponseWriter, r *http.Request) {
	_ = monitors.Sorted() // the same cause
	_ = monitors.IDs()    // not reported: reads only
}

func Draft(w http.ResponseWriter, r *http.Request) {
	c := monitors.Copy(3)
	c.Uptime = 0 // not reported: a copy
	n := monitors.New(4)
	n.Refresh() // not reported: a monitor made for this request
}
