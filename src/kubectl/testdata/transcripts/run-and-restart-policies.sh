# kubectl run with each restart policy; a completed pod and a failed one.
kubectl run done --image=busybox:1.36 --restart=Never -- sh -c 'echo ok'
kubectl run fails --image=busybox:1.36 --restart=Never -- sh -c 'exit 3'
kubectl run again --image=busybox:1.36 --restart=OnFailure -- sh -c 'sleep 2; exit 3'
kubectl run server --image=nginx:1.27 --port=80 --labels=app=web
kubectl run done --image=busybox:1.36
kubectl run --image=busybox
kubectl run x
kubectl run x --image=busybox --restart=Sometimes
sleep 30
kubectl get pods
kubectl get pod done fails nope
kubectl delete pod done fails again server --wait=false
kubectl get pods
sleep 35
kubectl get pods
