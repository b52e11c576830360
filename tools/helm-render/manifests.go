package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	yaml3 "gopkg.in/yaml.v3"
)

type manifest struct {
	source, content, kind string
	hook                  bool
}

// Helm's releaseutil.InstallOrder.
var installOrder = []string{
	"PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
	"PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
	"ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
	"CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
	"ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service",
	"DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
	"HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
	"APIService",
}

var docSeparator = regexp.MustCompile(`(?:^|\s*\n)---\s*`)

func splitManifests(source, text string) ([]manifest, error) {
	var out []manifest
	for _, doc := range docSeparator.Split(strings.TrimSpace(text), -1) {
		doc = strings.TrimSpace(doc)
		if doc == "" {
			continue
		}
		var head struct {
			Kind     string `yaml:"kind"`
			Metadata struct {
				Annotations map[string]string `yaml:"annotations"`
			} `yaml:"metadata"`
		}
		if err := yaml3.Unmarshal([]byte(doc), &head); err != nil {
			return nil, fmt.Errorf("YAML parse error on %s: %w", source, err)
		}
		_, hook := head.Metadata.Annotations["helm.sh/hook"]
		out = append(out, manifest{source: source, content: doc, kind: head.Kind, hook: hook})
	}
	return out, nil
}

// printManifests orders by kind as Helm installs them (unknown kinds last, alphabetically;
// equal kinds keep file order) and prints hooks after, as `helm template` does.
func printManifests(docs []manifest) string {
	rank := map[string]int{}
	for i, k := range installOrder {
		rank[k] = i
	}
	less := func(a, b string) bool {
		ra, aok := rank[a]
		rb, bok := rank[b]
		switch {
		case !aok && !bok:
			return a < b
		case !aok:
			return false
		case !bok:
			return true
		}
		return ra < rb
	}
	var plain, hooks []manifest
	for _, d := range docs {
		if d.hook {
			hooks = append(hooks, d)
		} else {
			plain = append(plain, d)
		}
	}
	sort.SliceStable(plain, func(i, j int) bool { return less(plain[i].kind, plain[j].kind) })
	sort.SliceStable(hooks, func(i, j int) bool { return less(hooks[i].kind, hooks[j].kind) })
	var b strings.Builder
	for _, d := range append(plain, hooks...) {
		fmt.Fprintf(&b, "---\n# Source: %s\n%s\n", d.source, d.content)
	}
	return b.String()
}
