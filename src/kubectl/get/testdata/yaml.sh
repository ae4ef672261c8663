# -o yaml and -o json of a running pod: the object as the API server returns it.
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
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
sleep 10
kubectl get pod myapp-pod -o yaml
kubectl get pods -o json
