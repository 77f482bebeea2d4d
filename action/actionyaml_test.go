package action_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// yamlBlock reads the block YAML that action.yml is written in (nested
// mappings, sequences of mappings, scalars on one line) into maps,
// slices and strings, and fails on an indentation that YAML would not
// take, which is how a bad edit of action.yml shows: GitHub refuses the
// whole action, and no other test runs action.yml itself.
func yamlBlock(text string) (map[string]any, error) {
	type frame struct {
		indent int
		m      map[string]any // a mapping, or
		parent map[string]any // a sequence, parent[key]
		key    string
	}
	root := map[string]any{}
	stack := []*frame{{indent: 0, m: root}}
	var open *frame // a "key:" with no value: its value starts on the next line
	for i, line := range strings.Split(text, "\n") {
		content := strings.TrimLeft(line, " ")
		if content == "" || strings.HasPrefix(content, "#") {
			continue
		}
		indent := len(line) - len(content)
		if open != nil {
			if indent > open.indent {
				if strings.HasPrefix(content, "- ") {
					open.m[open.key] = []any{}
					stack = append(stack, &frame{indent: indent, parent: open.m, key: open.key})
				} else {
					m := map[string]any{}
					open.m[open.key] = m
					stack = append(stack, &frame{indent: indent, m: m})
				}
			}
			open = nil
		}
		for len(stack) > 1 && stack[len(stack)-1].indent > indent {
			stack = stack[:len(stack)-1]
		}
		top := stack[len(stack)-1]
		if top.indent != indent {
			return nil, fmt.Errorf("line %d: indented %d, its block is at %d: %q", i+1, indent, top.indent, line)
		}
		if top.parent != nil { // a sequence: each item is a mapping
			item, ok := strings.CutPrefix(content, "- ")
			if !ok {
				return nil, fmt.Errorf("line %d: not an item of the sequence above: %q", i+1, line)
			}
			m := map[string]any{}
			top.parent[top.key] = append(top.parent[top.key].([]any), m)
			top = &frame{indent: indent + 2, m: m}
			stack = append(stack, top)
			content = item
		} else if strings.HasPrefix(content, "- ") {
			return nil, fmt.Errorf("line %d: a sequence item in a mapping: %q", i+1, line)
		}
		key, value, ok := strings.Cut(content, ":")
		if !ok || strings.ContainsAny(key, " \"'") {
			return nil, fmt.Errorf("line %d: not a key: value line: %q", i+1, line)
		}
		if _, dup := top.m[key]; dup {
			return nil, fmt.Errorf("line %d: key %s given twice", i+1, key)
		}
		if value = strings.TrimSpace(value); value == "" {
			top.m[key] = nil
			open = &frame{indent: top.indent, m: top.m, key: key}
		} else {
			top.m[key] = value
		}
	}
	return root, nil
}

// TestActionYAML checks that action.yml is well-formed and that its
// step passes every input to run.sh: each input has a description and a
// default, and an INPUT_ variable that names it.
func TestActionYAML(t *testing.T) {
	data, err := os.ReadFile("../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := yamlBlock(string(data))
	if err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	inputs, _ := doc["inputs"].(map[string]any)
	if len(inputs) == 0 {
		t.Fatal("action.yml has no inputs")
	}
	runs, _ := doc["runs"].(map[string]any)
	steps, _ := runs["steps"].([]any)
	if runs["using"] != "composite" || len(steps) != 1 {
		t.Fatalf("action.yml: want a composite action of one step, got %v", runs)
	}
	step := steps[0].(map[string]any)
	var keys []string
	for k := range step {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"env", "id", "run", "shell", "working-directory"}; !slices.Equal(keys, want) {
		t.Errorf("the step has keys %v, want %v", keys, want)
	}
	env, _ := step["env"].(map[string]any)
	for name, v := range inputs {
		in, _ := v.(map[string]any)
		if in["description"] == nil || in["default"] == nil {
			t.Errorf("input %s: want a description and a default, got %v", name, in)
		}
		if name == "working-directory" {
			if step["working-directory"] != "${{ inputs.working-directory }}" {
				t.Errorf("the step runs in %v, want the working-directory input", step["working-directory"])
			}
			continue
		}
		variable := "INPUT_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
		if want := "${{ inputs." + name + " }}"; env[variable] != want {
			t.Errorf("env %s = %v, want %s", variable, env[variable], want)
		}
	}
}

// TestYAMLBlockRefusesBadIndentation checks the reader on the edit that
// broke action.yml once: an input's lines pasted into the step.
func TestYAMLBlockRefusesBadIndentation(t *testing.T) {
	bad := "runs:\n  steps:\n    - id: x\n      shell: bash\n      scale-report:\n    description: d\n  working-directory: w\n      run: r\n"
	if _, err := yamlBlock(bad); err == nil {
		t.Error("yamlBlock took an input's lines inside a step")
	}
	good := "runs:\n  using: composite\n  steps:\n    - id: x\n      shell: bash\n      env:\n        A: b\n"
	if _, err := yamlBlock(good); err != nil {
		t.Errorf("yamlBlock refused a well-formed step: %v", err)
	}
}
