# `kubectl get all`, several types at once, and TYPE/NAME arguments.
kubectl get all
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: myapp
  ports:
  - port: 80
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  mode: demo
EOF
sleep 20
kubectl get all
kubectl get all -A
kubectl get all -n kube-system
kubectl get all -n kube-public
kubectl get all --no-headers
kubectl get all -o wide
kubectl get all -o name
kubectl get all --show-labels
kubectl get pods,svc
kubectl get svc,pods
kubectl get pods,po
kubectl get pods,cm,secrets
kubectl get pods,nodes -n kube-public
kubectl get pod/myapp-pod svc/web cm/app-config
kubectl get pod/myapp-pod svc/web -o name
kubectl get pods,svc myapp-pod
kubectl get pods,events
kubectl get all,cm
kubectl get all foo
kubectl get all/foo
