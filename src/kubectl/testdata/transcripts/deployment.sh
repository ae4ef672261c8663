# A Deployment whose pods each run an init container; a new image rolls out new pods.
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: k8s-init-containers
spec:
  replicas: 2
  selector:
    matchLabels:
      app: k8s-init-containers
  template:
    metadata:
      labels:
        app: k8s-init-containers
    spec:
      initContainers:
      - name: init-fetch-files
        image: busybox:1.36
        command: ['sh', '-c', 'echo fetching; sleep 3']
      containers:
      - name: app
        image: nginx:1.27
EOF
sleep 5
kubectl get deploy,rs,pods
sleep 60
kubectl get deploy,rs,pods -o wide
kubectl set image deployment/k8s-init-containers app=nginx:1.25
kubectl get pods
kubectl rollout status deployment/k8s-init-containers
sleep 90
kubectl get deploy,rs,pods
kubectl get events --field-selector involvedObject.kind=Deployment
