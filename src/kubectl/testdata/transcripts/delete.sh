# delete by name, by TYPE/NAME, by file, by label and --all; other kinds go at once.
cat > pods.yaml <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  greeting: hello
EOF
kubectl apply -f pods.yaml
kubectl run one --image=busybox:1.36 --labels=app=batch -- sleep 3600
kubectl run two --image=busybox:1.36 --labels=app=batch -- sleep 3600
sleep 10
kubectl get pods,cm
kubectl delete -f pods.yaml
kubectl delete pods -l app=batch --wait=false
kubectl get pods
kubectl delete pod/one pod/two --grace-period=0
kubectl delete pods --all
kubectl delete pod
kubectl delete pod nope
kubectl delete widgets x
kubectl get pods,cm
