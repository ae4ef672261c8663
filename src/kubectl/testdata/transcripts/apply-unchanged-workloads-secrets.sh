# apply keeps a last-applied annotation on every kind: an unchanged Deployment (with its controller-set
# revision annotation) and an unchanged Secret (stringData stored as base64 data) print "unchanged".
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
EOF
sleep 20
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Secret
metadata:
  name: s
stringData:
  token: abc
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Secret
metadata:
  name: s
stringData:
  token: abc
EOF
kubectl get secret s -o jsonpath='{.data.token}{"\n"}{.type}{"\n"}'
kubectl get deploy web -o jsonpath='{.metadata.annotations}'
