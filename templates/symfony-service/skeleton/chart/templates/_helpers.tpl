{{- define "service.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "service.selectorLabels" -}}
app.kubernetes.io/name: {{ include "service.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* the catalog's backstage.io/kubernetes-label-selector is exactly service.selectorLabels; argocd/app-selector matches app.kubernetes.io/name */}}
{{- define "service.labels" -}}
{{ include "service.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
runway.dev/environment: {{ .Values.environment }}
{{- end }}

{{- define "service.image" -}}
{{ printf "%s/%s:%s" .Values.image.registry .Values.image.repository .Values.image.tag }}
{{- end }}

{{- define "service.podTemplate" -}}
metadata:
  labels:
    {{- include "service.labels" . | nindent 4 }}
  annotations:
    checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
spec:
  serviceAccountName: {{ include "service.name" . }}
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001
    seccompProfile:
      type: RuntimeDefault
  topologySpreadConstraints:
    - maxSkew: 1
      topologyKey: topology.kubernetes.io/zone
      whenUnsatisfiable: ScheduleAnyway
      labelSelector:
        matchLabels:
          {{- include "service.selectorLabels" . | nindent 10 }}
  containers:
    - name: app
      image: {{ include "service.image" . }}
      imagePullPolicy: {{ .Values.image.pullPolicy }}
      ports:
        - name: http
          containerPort: {{ .Values.service.containerPort }}
      envFrom:
        - configMapRef:
            name: {{ include "service.name" . }}
        {{- if .Values.externalSecret.enabled }}
        - secretRef:
            name: {{ include "service.name" . }}
        {{- end }}
      readinessProbe:
        httpGet:
          path: /readyz
          port: http
        periodSeconds: 5
        failureThreshold: 3
      livenessProbe:
        httpGet:
          path: /healthz
          port: http
        initialDelaySeconds: 10
        periodSeconds: 10
        failureThreshold: 3
      resources:
        {{- toYaml .Values.resources | nindent 8 }}
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: [ALL]
      volumeMounts:
        - name: var
          mountPath: /app/var
        - name: caddy-data
          mountPath: /data
        - name: caddy-config
          mountPath: /config
  volumes:
    # Symfony's cache/log folder and Caddy's data must be writable with a read-only root
    - name: var
      emptyDir: {}
    - name: caddy-data
      emptyDir: {}
    - name: caddy-config
      emptyDir: {}
{{- end }}
