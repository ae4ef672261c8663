# replace sends the whole object: a hand-written Pod lacks what the API server added.
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.27
EOF
sleep 5
kubectl replace -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.25
EOF
kubectl replace --force -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.25
EOF
kubectl get pods
kubectl bogus
kubectl get pods --bogus
kubectl get pods -n
kubectl get deployments
