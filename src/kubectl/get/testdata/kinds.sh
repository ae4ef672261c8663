# Services, ConfigMaps, Secrets, Nodes, Namespaces and Events as the API server prints them.
kubectl get svc
kubectl get ns
kubectl get nodes
kubectl get no -o wide
kubectl get cm
kubectl get secrets -A
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: myapp
spec:
  selector:
    app: myapp
  ports:
  - port: 80
    targetPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: edge
spec:
  type: LoadBalancer
  ports:
  - port: 443
    nodePort: 30443
  - port: 53
    protocol: UDP
---
apiVersion: v1
kind: Service
metadata:
  name: docs
spec:
  type: ExternalName
  externalName: docs.example.com
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  mode: demo
  level: debug
---
apiVersion: v1
kind: Secret
metadata:
  name: db-password
stringData:
  password: s3cret
---
apiVersion: v1
kind: Secret
metadata:
  name: tls
  namespace: kube-system
type: kubernetes.io/tls
data:
  tls.crt: eA==
  tls.key: eA==
EOF
sleep 90
kubectl get svc
kubectl get services -o wide
kubectl get svc -A
kubectl get svc kubernetes
kubectl get cm
kubectl get configmaps -o wide
kubectl get secrets
kubectl get secret -A
kubectl get nodes --show-labels
kubectl get node initlab-worker
kubectl get ns -o wide
kubectl get namespace kube-system
kubectl get ns nope
kubectl get nodes nope
kubectl get cm nope
kubectl get ns,nodes
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
EOF
sleep 10
kubectl get events
kubectl get ev -o wide
kubectl get events -A
kubectl get events -n kube-system
