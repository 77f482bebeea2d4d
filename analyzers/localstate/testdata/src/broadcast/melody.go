package broadcast

import (
	"net/http"

	"github.com/olahol/melody"
)

var m = melody.New()

func chat(w http.ResponseWriter, r *http.Request) {
	m.HandleMessage(func(s *melody.Session, msg []byte) {
		m.BroadcastOthers(msg, s) // want `in-process broadcast through melody.Melody.BroadcastOthers \(from chat.func1 and announce\): the library reaches only the clients connected to this instance`
		s.Write(msg)              // not reported: a reply to the sender's own connection
	})
	m.HandleRequest(w, r)
}

func announce(text string) {
	m.Broadcast([]byte(text))
}
