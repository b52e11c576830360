package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	yaml3 "gopkg.in/yaml.v3"
)

// readValues parses YAML the way Helm does (YAML -> JSON -> map), so numbers are float64
// exactly as in `helm template` (a large int prints as 1e+06 there too).
func readValues(data []byte) (map[string]interface{}, error) {
	var raw interface{}
	if err := yaml3.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	if raw == nil {
		return map[string]interface{}{}, nil
	}
	j, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	out := map[string]interface{}{}
	if err := json.Unmarshal(j, &out); err != nil {
		return nil, fmt.Errorf("values must be a map: %w", err)
	}
	return out, nil
}

func readValuesFile(file string) (map[string]interface{}, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	v, err := readValues(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return v, nil
}

// mergeMaps is how Helm layers -f files and --set: maps merge key by key, the rest replaces.
func mergeMaps(a, b map[string]interface{}) map[string]interface{} {
	out := make(map[string]interface{}, len(a))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		if vm, ok := v.(map[string]interface{}); ok {
			if am, ok := out[k].(map[string]interface{}); ok {
				out[k] = mergeMaps(am, vm)
				continue
			}
		}
		out[k] = v
	}
	return out
}

// coalesce lays user values over the chart's defaults; a user null deletes the default key.
func coalesce(user, defaults map[string]interface{}) map[string]interface{} {
	out := make(map[string]interface{}, len(defaults))
	for k, v := range defaults {
		out[k] = v
	}
	for k, v := range user {
		if v == nil {
			delete(out, k)
			continue
		}
		um, uok := v.(map[string]interface{})
		dm, dok := out[k].(map[string]interface{})
		if uok && dok {
			out[k] = coalesce(um, dm)
		} else {
			out[k] = v
		}
	}
	return out
}

// applySet handles --set a.b.c=v (no list indexes, no escaped dots): true/false, null and
// integers are typed as Helm's strvals types them, everything else is a string.
func applySet(values map[string]interface{}, expr string) error {
	for _, pair := range strings.Split(expr, ",") {
		key, raw, ok := strings.Cut(pair, "=")
		if !ok || key == "" {
			return fmt.Errorf("--set %q: want key=value", pair)
		}
		if strings.ContainsAny(key, "[]\\") {
			return fmt.Errorf("--set %q: list indexes and escapes are not supported", pair)
		}
		var v interface{} = raw
		switch raw {
		case "true":
			v = true
		case "false":
			v = false
		case "null":
			v = nil
		default:
			if n, err := strconv.ParseInt(raw, 10, 64); err == nil && (raw == "0" || !strings.HasPrefix(raw, "0")) {
				v = n
			}
		}
		parts := strings.Split(key, ".")
		node := values
		for _, p := range parts[:len(parts)-1] {
			child, ok := node[p].(map[string]interface{})
			if !ok {
				child = map[string]interface{}{}
				node[p] = child
			}
			node = child
		}
		node[parts[len(parts)-1]] = v
	}
	return nil
}
