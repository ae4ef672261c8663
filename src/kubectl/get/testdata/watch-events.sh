# `kubectl get events -w` and a watch without --request-timeout: it ends when the cluster has
# nothing left to do (here: the pod finished), or after one hour of virtual time.
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: two-step
spec:
  restartPolicy: Never
  initContainers:
  - name: prepare
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
  containers:
  - name: work
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 5']
EOF
kubectl get events -w
kubectl get pods
kubectl get events -w --request-timeout=30s
kubectl get events -A -o wide --watch-only --request-timeout=10s
kubectl get pods -w -o jsonpath='{.metadata.name} {.status.phase}{"\n"}' --request-timeout=10s
kubectl get pods -w -o custom-columns=NAME:.metadata.name,PHASE:.status.phase --request-timeout=10s
kubectl get ns -w --request-timeout=10s
kubectl get svc -w --request-timeout=10s
