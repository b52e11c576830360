{{- define "runway.fullname" -}}
{{ .Release.Name }}-runway
{{- end }}

{{- define "runway.labels" -}}
app.kubernetes.io/name: runway
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}

{{- define "runway.selectorLabels" -}}
app.kubernetes.io/name: runway
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
