# A failing init container under restartPolicy Always: Init:Error, restarts, Init:CrashLoopBackOff.
kubectl run placeholder --image=busybox:1.36 --restart=Never --dry-run=client -o yaml -- sh -c 'exit 1'
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: init-fail
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 1; exit 1']
  containers:
  - name: app
    image: nginx:1.27
EOF
sleep 4
kubectl get pods
sleep 2
kubectl get pods
sleep 60
kubectl get pods
sleep 600
kubectl get pods
kubectl set image pod/web init-fail=busybox:1.37
# The same image again: no patch, so kubectl prints nothing.
kubectl set image pod/web init-fail=busybox:1.37
kubectl set image pod/web nope=busybox:1.37
kubectl get pods web -o wide
