# --sort-by: kubectl's JSONPath sort, including events by .lastTimestamp and objects by
# .metadata.creationTimestamp.
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: pod-10
  labels:
    rank: "10"
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
EOF
sleep 5
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: pod-9
  labels:
    rank: "9"
spec:
  initContainers:
  - name: fail
    image: busybox:1.36
    command: ['sh', '-c', 'exit 1']
  containers:
  - name: app
    image: busybox:1.36
EOF
sleep 5
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: pod-1
spec:
  restartPolicy: Never
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'exit 0']
EOF
sleep 60
kubectl get pods
kubectl get pods --sort-by=.metadata.name
kubectl get pods --sort-by=metadata.name
kubectl get pods --sort-by='{.metadata.name}'
kubectl get pods --sort-by=.metadata.creationTimestamp
kubectl get pods --sort-by=.status.phase
kubectl get pods --sort-by=.metadata.labels.rank
kubectl get pods --sort-by='.status.initContainerStatuses[0].restartCount'
kubectl get pods --sort-by=.metadata.name -o name
kubectl get pods --sort-by=.metadata.creationTimestamp -o custom-columns=NAME:.metadata.name,CREATED:.metadata.creationTimestamp
kubectl get pods --sort-by=.foo
kubectl get pods --sort-by=.foo -o name
kubectl get pods --sort-by='{{'
kubectl get pods pod-1 --sort-by=.foo
kubectl get pods pod-1 pod-9 --sort-by=.metadata.name
kubectl get pods,svc --sort-by=.metadata.name
kubectl get pods,svc --sort-by=.metadata.name -o name
kubectl get events --sort-by=.lastTimestamp
kubectl get events --sort-by=.metadata.creationTimestamp
kubectl get events --sort-by=.count -o custom-columns=REASON:.reason,COUNT:.count,OBJECT:.involvedObject.name
