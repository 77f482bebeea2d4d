package directive

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	known := []string{"requestquery", "sessionmap"}
	for _, tc := range []struct {
		text    string
		want    Directive
		ok      bool
		wantErr bool
	}{
		{text: "// just a comment"},
		{text: "// scalevet:ignore requestquery -- spaced, so not a directive"},
		{text: "//scalevet:ignore requestquery -- small table", ok: true,
			want: Directive{Verb: Ignore, Analyzers: []string{"requestquery"}, Reason: "small table"}},
		{text: "//scalevet:ignore requestquery,sessionmap -- one instance by design", ok: true,
			want: Directive{Verb: Ignore, Analyzers: []string{"requestquery", "sessionmap"}, Reason: "one instance by design"}},
		{text: "//scalevet:ignore requestquery, sessionmap -- both", ok: true,
			want: Directive{Verb: Ignore, Analyzers: []string{"requestquery", "sessionmap"}, Reason: "both"}},
		{text: "//scalevet:file-ignore requestquery -- admin tool", ok: true,
			want: Directive{Verb: FileIgnore, Analyzers: []string{"requestquery"}, Reason: "admin tool"}},
		{text: "//scalevet:handler", ok: true, want: Directive{Verb: Handler}},
		{text: "//scalevet:handler -- queue consumer", ok: true, want: Directive{Verb: Handler, Reason: "queue consumer"}},
		{text: "//scalevet:expensive", ok: true, want: Directive{Verb: Expensive}},
		{text: "//scalevet:ignore requestquery", ok: true, wantErr: true},
		{text: "//scalevet:ignore requestquery --", ok: true, wantErr: true},
		{text: "//scalevet:ignore requestquery --   ", ok: true, wantErr: true},
		{text: "//scalevet:ignore -- reason but no analyzer", ok: true, wantErr: true},
		{text: "//scalevet:ignore nosuch -- reason", ok: true, wantErr: true},
		{text: "//scalevet:ignroe requestquery -- typo", ok: true, wantErr: true},
		{text: "//scalevet:", ok: true, wantErr: true},
		{text: "//scalevet:handler extra", ok: true, wantErr: true},
		{text: "//scalevet:ignore , -- only commas", ok: true, wantErr: true},
	} {
		got, ok, err := Parse(tc.text, known)
		if ok != tc.ok || (err != nil) != tc.wantErr {
			t.Errorf("Parse(%q) = ok %v, err %v; want ok %v, err %v", tc.text, ok, err, tc.ok, tc.wantErr)
			continue
		}
		if err == nil {
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tc.text, diff)
			}
		}
	}
}

// FuzzParse checks that Parse never panics and that what it accepts is
// consistent: suppressions name known analyzers and carry a reason.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"//scalevet:ignore requestquery -- reason",
		"//scalevet:file-ignore requestquery,sessionmap -- r",
		"//scalevet:handler",
		"//scalevet:expensive -- x",
		"//scalevet:ignore -- --",
		"//scalevet:ignore requestquery,,, -- ",
	} {
		f.Add(s)
	}
	known := []string{"requestquery", "sessionmap"}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok, err := Parse(text, known)
		if !ok || err != nil {
			return
		}
		switch d.Verb {
		case Ignore, FileIgnore:
			if len(d.Analyzers) == 0 || d.Reason == "" {
				t.Errorf("Parse(%q) accepted a suppression without analyzers or reason: %+v", text, d)
			}
			for _, a := range d.Analyzers {
				if a != "requestquery" && a != "sessionmap" {
					t.Errorf("Parse(%q) accepted unknown analyzer %q", text, a)
				}
			}
		case Handler, Expensive:
			if len(d.Analyzers) != 0 {
				t.Errorf("Parse(%q): %v with analyzers", text, d.Verb)
			}
		default:
			t.Errorf("Parse(%q): unknown verb %v", text, d.Verb)
		}
	})
}
