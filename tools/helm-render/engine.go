package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
	yaml2 "gopkg.in/yaml.v2"
	yaml3 "gopkg.in/yaml.v3"
)

// chartMeta mirrors Helm's chart.Metadata, so `.Chart.Name`, `.Chart.AppVersion` ... resolve.
type chartMeta struct {
	APIVersion   string                   `yaml:"apiVersion"`
	Name         string                   `yaml:"name"`
	Version      string                   `yaml:"version"`
	KubeVersion  string                   `yaml:"kubeVersion"`
	Description  string                   `yaml:"description"`
	Type         string                   `yaml:"type"`
	Keywords     []string                 `yaml:"keywords"`
	Home         string                   `yaml:"home"`
	Sources      []string                 `yaml:"sources"`
	Dependencies []map[string]interface{} `yaml:"dependencies"`
	Maintainers  []map[string]interface{} `yaml:"maintainers"`
	Icon         string                   `yaml:"icon"`
	AppVersion   string                   `yaml:"appVersion"`
	Deprecated   bool                     `yaml:"deprecated"`
	Annotations  map[string]string        `yaml:"annotations"`
}

type kubeVersion struct{ Version, Major, Minor string }

func (k kubeVersion) String() string     { return k.Version }
func (k kubeVersion) GitVersion() string { return k.Version }

type versionSet []string

func (v versionSet) Has(apiVersion string) bool {
	for _, x := range v {
		if x == apiVersion {
			return true
		}
	}
	return false
}

type capabilities struct {
	KubeVersion kubeVersion
	APIVersions versionSet
	HelmVersion map[string]string
}

// The built-in API groups `helm template` assumes without a cluster (CRDs need --api-versions).
var builtinAPIVersions = []string{
	"v1", "apps/v1", "batch/v1", "autoscaling/v1", "autoscaling/v2", "policy/v1",
	"networking.k8s.io/v1", "rbac.authorization.k8s.io/v1", "storage.k8s.io/v1",
	"apiextensions.k8s.io/v1", "admissionregistration.k8s.io/v1", "coordination.k8s.io/v1",
	"discovery.k8s.io/v1", "scheduling.k8s.io/v1", "certificates.k8s.io/v1", "node.k8s.io/v1",
	"events.k8s.io/v1", "apiregistration.k8s.io/v1",
}

// files is `.Files`: every chart file outside templates/ and the chart's own metadata.
type files map[string][]byte

func (f files) GetBytes(name string) []byte { return f[name] }
func (f files) Get(name string) string      { return string(f[name]) }
func (f files) Glob(pattern string) files {
	out := files{}
	for name, data := range f {
		if ok, _ := path.Match(pattern, name); ok {
			out[name] = data
		}
	}
	return out
}
func (f files) Lines(name string) []string {
	if f[name] == nil {
		return []string{}
	}
	return strings.Split(strings.TrimSuffix(string(f[name]), "\n"), "\n")
}
func (f files) AsConfig() string {
	m := map[string]string{}
	for name, data := range f {
		m[path.Base(name)] = string(data)
	}
	return toYAML(m)
}
func (f files) AsSecrets() string {
	m := map[string]string{}
	for name, data := range f {
		m[path.Base(name)] = base64.StdEncoding.EncodeToString(data)
	}
	return toYAML(m)
}

// toYAML is Helm's: JSON first (so struct tags and number forms match), then YAML v2 output.
func toYAML(v interface{}) string {
	j, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	var obj interface{}
	if err := yaml2.Unmarshal(j, &obj); err != nil {
		return ""
	}
	out, err := yaml2.Marshal(obj)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(string(out), "\n")
}

func fromYAML(s string) map[string]interface{} {
	m, err := readValues([]byte(s))
	if err != nil {
		return map[string]interface{}{"Error": err.Error()}
	}
	return m
}

func fromYAMLArray(s string) []interface{} {
	var raw interface{}
	if err := yaml3.Unmarshal([]byte(s), &raw); err != nil {
		return []interface{}{err.Error()}
	}
	j, _ := json.Marshal(raw)
	var a []interface{}
	if err := json.Unmarshal(j, &a); err != nil {
		return []interface{}{err.Error()}
	}
	return a
}

func toJSON(v interface{}) string {
	j, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(j)
}

func fromJSON(s string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func fromJSONArray(s string) []interface{} {
	var a []interface{}
	if err := json.Unmarshal([]byte(s), &a); err != nil {
		return []interface{}{err.Error()}
	}
	return a
}

func required(warn string, val interface{}) (interface{}, error) {
	if val == nil {
		return val, fmt.Errorf("%s", warn)
	}
	if s, ok := val.(string); ok && s == "" {
		return val, fmt.Errorf("%s", warn)
	}
	return val, nil
}

const maxIncludeDepth = 1000

// funcMap is Helm's: sprig's text functions without env/expandenv, plus Helm's own.
func funcMap(root **template.Template) template.FuncMap {
	f := sprig.TxtFuncMap()
	delete(f, "env")
	delete(f, "expandenv")
	depth := map[string]int{}
	f["include"] = func(name string, data interface{}) (string, error) {
		if depth[name] > maxIncludeDepth {
			return "", fmt.Errorf("rendering template has a nested reference name: %s", name)
		}
		depth[name]++
		defer func() { depth[name]-- }()
		var buf strings.Builder
		err := (*root).ExecuteTemplate(&buf, name, data)
		return buf.String(), err
	}
	f["tpl"] = func(text string, data interface{}) (string, error) {
		t, err := (*root).Clone()
		if err != nil {
			return "", err
		}
		if _, err := t.New("tpl").Parse(text); err != nil {
			return "", fmt.Errorf("cannot parse template %q: %w", text, err)
		}
		var buf strings.Builder
		if err := t.ExecuteTemplate(&buf, "tpl", data); err != nil {
			return "", fmt.Errorf("error during tpl function execution for %q: %w", text, err)
		}
		return strings.ReplaceAll(buf.String(), "<no value>", ""), nil
	}
	f["required"] = required
	f["toYaml"] = toYAML
	f["fromYaml"] = fromYAML
	f["fromYamlArray"] = fromYAMLArray
	f["toJson"] = toJSON
	f["fromJson"] = fromJSON
	f["fromJsonArray"] = fromJSONArray
	f["lookup"] = func(apiVersion, kind, namespace, name string) (map[string]interface{}, error) {
		return map[string]interface{}{}, nil // no cluster, as with `helm template`
	}
	return f
}

type chart struct {
	meta      chartMeta
	defaults  map[string]interface{}
	templates map[string]string // "<chart>/templates/x.yaml" -> source
	files     files
}

func loadChart(dir string) (*chart, error) {
	c := &chart{templates: map[string]string{}, files: files{}}
	raw, err := os.ReadFile(filepath.Join(dir, "Chart.yaml"))
	if err != nil {
		return nil, fmt.Errorf("not a chart: %w", err)
	}
	if err := yaml3.Unmarshal(raw, &c.meta); err != nil {
		return nil, fmt.Errorf("Chart.yaml: %w", err)
	}
	if c.meta.Name == "" {
		return nil, fmt.Errorf("Chart.yaml: name is required")
	}
	c.defaults = map[string]interface{}{}
	if _, err := os.Stat(filepath.Join(dir, "values.yaml")); err == nil {
		if c.defaults, err = readValuesFile(filepath.Join(dir, "values.yaml")); err != nil {
			return nil, err
		}
	}
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := filepath.ToSlash(must(filepath.Rel(dir, p)))
		switch {
		case strings.HasPrefix(rel, "charts/"):
			return fmt.Errorf("subcharts (%s) are not supported", rel)
		case strings.HasPrefix(rel, "templates/"):
			data, err := os.ReadFile(p)
			c.templates[c.meta.Name+"/"+rel] = string(data)
			return err
		case rel == "Chart.yaml" || rel == "values.yaml" || rel == "values.schema.json" || rel == ".helmignore":
			return nil
		}
		data, err := os.ReadFile(p)
		c.files[rel] = data
		return err
	})
	return c, err
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}

var execError = regexp.MustCompile(`^template: ([^:]+:\d+:\d+): executing "[^"]*" at <[^>]*>: error calling \w+: (.*)$`)

// render runs every non-partial template and returns `helm template`'s output.
func render(o options) (string, error) {
	c, err := loadChart(o.chartDir)
	if err != nil {
		return "", err
	}
	user := map[string]interface{}{}
	for _, file := range o.valueFiles {
		v, err := readValuesFile(file)
		if err != nil {
			return "", err
		}
		user = mergeMaps(user, v)
	}
	for _, s := range o.sets {
		if err := applySet(user, s); err != nil {
			return "", err
		}
	}
	values := coalesce(user, c.defaults)

	major, minor := "1", "30"
	if parts := strings.Split(strings.TrimPrefix(o.kubeVersion, "v"), "."); len(parts) >= 2 {
		major, minor = parts[0], parts[1]
	}
	caps := capabilities{
		KubeVersion: kubeVersion{Version: o.kubeVersion, Major: major, Minor: minor},
		APIVersions: append(append(versionSet{}, builtinAPIVersions...), o.apiVersions...),
		HelmVersion: map[string]string{"Version": "v3"},
	}

	var root *template.Template
	root = template.New("gotpl")
	if o.strict {
		root.Option("missingkey=error")
	} else {
		root.Option("missingkey=zero")
	}
	root.Funcs(funcMap(&root))
	names := make([]string, 0, len(c.templates))
	for name := range c.templates {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if _, err := root.New(name).Parse(c.templates[name]); err != nil {
			return "", fmt.Errorf("parse error in %s", strings.TrimPrefix(err.Error(), "template: "))
		}
	}

	var docs []manifest
	for _, name := range names {
		if strings.HasPrefix(path.Base(name), "_") || strings.HasSuffix(name, "NOTES.txt") {
			continue
		}
		data := map[string]interface{}{
			"Values":       values,
			"Chart":        c.meta,
			"Release":      map[string]interface{}{"Name": o.release, "Namespace": o.namespace, "IsInstall": true, "IsUpgrade": false, "Revision": 1, "Service": "Helm"},
			"Capabilities": caps,
			"Files":        c.files,
			"Subcharts":    map[string]interface{}{},
			"Template":     map[string]interface{}{"Name": name, "BasePath": c.meta.Name + "/templates"},
		}
		var buf strings.Builder
		if err := root.ExecuteTemplate(&buf, name, data); err != nil {
			msg := err.Error()
			if m := execError.FindStringSubmatch(msg); m != nil {
				msg = fmt.Sprintf("execution error at (%s): %s", m[1], m[2])
			}
			return "", fmt.Errorf("%s", msg)
		}
		out := strings.ReplaceAll(buf.String(), "<no value>", "")
		split, err := splitManifests(name, out)
		if err != nil {
			return "", err
		}
		docs = append(docs, split...)
	}
	return printManifests(docs), nil
}
