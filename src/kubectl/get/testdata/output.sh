# -o yaml, json, name, jsonpath, jsonpath-as-json and custom-columns: one named object prints
# alone, anything else is wrapped in a v1 List.
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
    tier: web
spec:
  initContainers:
  - name: init-myservice
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 2']
  containers:
  - name: myapp-container
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
EOF
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: waiting
spec:
  initContainers:
  - name: wait-forever
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
  containers:
  - name: app
    image: busybox:1.36
EOF
sleep 10
kubectl get pods -o=jsonpath='{"Pod Name, Condition Initialized"}{"\n"}{range .items[*]}{.metadata.name},{@.status.conditions[?(@.type=="Initialized")].status}{"\n"}{end}'
kubectl get pods -o name
kubectl get pod myapp-pod -o name
kubectl get pods myapp-pod waiting -o name
kubectl get pods,svc -o name
kubectl get pods -o jsonpath='{.items[*].metadata.name}'
kubectl get pod myapp-pod -o jsonpath='{.status.initContainerStatuses[0].state}'
kubectl get pod myapp-pod -o jsonpath='{.items[*].metadata.name}'
kubectl get pods -o jsonpath='{.metadata.name}'
kubectl get pods -o jsonpath-as-json='{.items[*].status.phase}'
kubectl get pods -o jsonpath='{.items[9]}'
kubectl get pods -o custom-columns=POD:.metadata.name,PHASE:.status.phase,INIT:.spec.initContainers[*].name
kubectl get pod waiting -o custom-columns=POD:.metadata.name,STARTED:.status.initContainerStatuses[0].state.running.startedAt
kubectl get pods -o custom-columns=POD:.metadata.name --no-headers
kubectl get pods -n kube-public -o custom-columns=POD:.metadata.name
kubectl get pods -n kube-public -o yaml
kubectl get pods -n kube-public -o name
kubectl get ns default -o yaml
kubectl get svc kubernetes -o json
kubectl get cm -o json
kubectl get pods nope -o yaml
kubectl get pods nope nope2 -o json
kubectl get pods -o bogus
kubectl get pods nope -o bogus
kubectl get pods -o jsonpath
kubectl get pods -o jsonpath=
kubectl get pods -o custom-columns
kubectl get pods -o custom-columns=POD
kubectl get pods -o yaml --show-labels
kubectl get pods -o name --show-labels
