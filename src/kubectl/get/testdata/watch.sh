# `kubectl get -w`: the article's 4-init-container pod (here every init container succeeds: the
# sandbox cannot yet run a container that fails once and then succeeds), ended by
# --request-timeout=60s of virtual time; then a pod stuck in Init:CrashLoopBackOff.
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: k8s-init-containers
  labels:
    app: k8s-init-containers
spec:
  initContainers:
  - name: init-fetch-files
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 1']
  - name: init-check-db
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
  - name: init-migrate
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 30']
  - name: init-warm-cache
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 1']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
EOF
kubectl get pods --watch --request-timeout=60s
kubectl get pods
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: crashy
spec:
  initContainers:
  - name: init-fails
    image: busybox:1.36
    command: ['sh', '-c', 'echo cannot reach db; exit 1']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
EOF
kubectl get pod crashy -w --request-timeout=3m
kubectl get pods -w --request-timeout=2m
kubectl get pods --watch-only --request-timeout=6m
kubectl get pods -o wide -A --show-labels -w --request-timeout=1m
kubectl get pods -w -o name --request-timeout=5m
kubectl get pods --sort-by=.metadata.name -w --request-timeout=1s
kubectl get pods -n kube-public -w --request-timeout=1m
kubectl get pod nope -w --request-timeout=1m
