// Command helm-render renders a Helm chart the way `helm template` does, built only from what
// Debian packages offline: Go's text/template, sprig v3 and yaml. It exists so tests can render
// charts for real where no helm binary can be installed.
//
//	helm-render <chartDir> [-f values.yaml]... [--set a.b=v]... [--release NAME] [--namespace NS]
//
// Output: every rendered manifest as `---\n# Source: <chart>/templates/<file>\n<doc>\n`, sorted
// by Helm's install order of kinds. Errors (a failed `required`, an unknown template, bad YAML)
// go to stderr with exit code 1.
package main

import (
	"fmt"
	"os"
	"strings"
)

type stringList []string

func (s *stringList) add(v string) { *s = append(*s, v) }

type options struct {
	chartDir    string
	valueFiles  stringList
	sets        stringList
	release     string
	namespace   string
	kubeVersion string
	apiVersions stringList
	strict      bool
}

func parseArgs(args []string) (options, error) {
	o := options{release: "release-name", namespace: "default", kubeVersion: "v1.30.0"}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, inline := strings.Cut(a, "=")
		next := func() (string, error) {
			if inline {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("flag %s needs a value", name)
			}
			i++
			return args[i], nil
		}
		var err error
		var v string
		switch name {
		case "-f", "--values":
			if v, err = next(); err == nil {
				o.valueFiles.add(v)
			}
		case "--set":
			if v, err = next(); err == nil {
				o.sets.add(v)
			}
		case "--release", "--name":
			o.release, err = next()
		case "-n", "--namespace":
			o.namespace, err = next()
		case "--kube-version":
			o.kubeVersion, err = next()
		case "-a", "--api-versions":
			if v, err = next(); err == nil {
				o.apiVersions.add(v)
			}
		case "--strict":
			o.strict = true
		default:
			if strings.HasPrefix(a, "-") {
				return o, fmt.Errorf("unknown flag %s", a)
			}
			if o.chartDir != "" {
				return o, fmt.Errorf("one chart directory only, got %q and %q", o.chartDir, a)
			}
			o.chartDir = a
		}
		if err != nil {
			return o, err
		}
	}
	if o.chartDir == "" {
		return o, fmt.Errorf("usage: helm-render <chartDir> [-f values.yaml]... [--set k=v]... [--release NAME] [--namespace NS]")
	}
	return o, nil
}

func main() {
	o, err := parseArgs(os.Args[1:])
	if err == nil {
		var out string
		out, err = render(o)
		if err == nil {
			fmt.Print(out)
			return
		}
	}
	fmt.Fprintln(os.Stderr, "Error:", err)
	os.Exit(1)
}
