# The API server rejects fields an init container may not have, all errors at once.
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  initContainers:
  - name: init
    image: busybox:1.36
    livenessProbe:
      exec:
        command: ['true']
    lifecycle:
      postStart:
        exec:
          command: ['true']
  containers:
  - name: init
    image: busybox:1.36
  - name: Bad_Name
    image: ''
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: one-error
spec:
  initContainers:
  - name: init
    image: busybox:1.36
    readinessProbe:
      exec:
        command: ['true']
  containers:
  - name: app
    image: busybox:1.36
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: app
    image: busybox:1.36
    comand: ['sleep', '10']
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: wrong-type
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: sleep 10
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Podd
metadata:
  name: x
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: x
 spec: {}
EOF
kubectl apply -f missing.yaml
kubectl apply
kubectl get pods
