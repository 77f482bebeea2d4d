package startup

import (
	"net/http"
	"os"
	"testing"
)

var testHits int

func TestMain(m *testing.M) {
	mode = "test" // not reported: TestMain, and a test file
	os.Exit(m.Run())
}

func fakeHandler(w http.ResponseWriter, r *http.Request) {
	testHits++ // not reported: a test file
}

func TestHome(t *testing.T) { fakeHandler(nil, nil) }
