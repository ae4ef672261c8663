# `kubectl get pods` in its table forms, by name, across namespaces, and not found.
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
  name: batch-10
  namespace: kube-system
  labels:
    app: batch
spec:
  restartPolicy: Never
  containers:
  - name: job
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 5; exit 0']
EOF
kubectl get pods
sleep 30
kubectl get po
kubectl get pods -o wide
kubectl get pods -A
kubectl get pods -A -o wide --show-labels
kubectl get pods --no-headers
kubectl get pods --show-labels
kubectl get pod myapp-pod
kubectl get pods myapp-pod myapp-pod
kubectl get pod/myapp-pod
kubectl get pods -n kube-system
kubectl get pods -n kube-public
kubectl get pods -A --no-headers
kubectl get pods nope
kubectl get pods nope myapp-pod nope2
kubectl get pod/nope pod/myapp-pod
kubectl get pods nope -n kube-system
kubectl get pods nope -n nosuch
kubectl get pods -n nosuch
kubectl get pods nope --ignore-not-found
kubectl get pods myapp-pod -A
kubectl get PODS
kubectl get pods.v1
