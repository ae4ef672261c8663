# kubectl exec: a command inside a running container, with its files, environment and volumes.
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: init-write
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /data/public && echo "<h1>written by init</h1>" > /data/public/index.html']
    volumeMounts: [{name: data, mountPath: /data}]
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
    env: [{name: GREETING, value: hello}]
    volumeMounts: [{name: data, mountPath: /data}]
  - name: shop
    image: initlab/app:1.0
    volumeMounts: [{name: data, mountPath: /data, readOnly: true}]
  volumes:
  - name: data
    emptyDir: {}
EOF
# Not on a node yet, then on a node but the app container is not running yet.
kubectl exec web -- ls /data
sleep 1
kubectl get pods
kubectl exec web -- ls /data
sleep 20
kubectl get pods
kubectl exec web -- cat /data/public/index.html
kubectl exec web -c app -- sh -c 'echo hi > /data/x'
kubectl exec web -c app -- cat /data/x
kubectl exec -q web -- sh -c 'echo $GREETING from $(hostname) in $(pwd)'
kubectl exec web -c app -- wget -qO- http://localhost:8080/index.html
kubectl exec web -c app -- ls /nope
echo "exit $?"
kubectl exec web -c app -- sh -c 'echo out; echo err >&2; exit 3'
echo "exit $?"
kubectl exec -it web -c app -- sh -c 'echo out; echo err >&2'
# Sleeps take cluster time; a command that never ends is stopped as Ctrl+C would.
kubectl exec web -c app -- sleep 30; kubectl get pods
kubectl exec web -c app -- tail -f /data/x
echo "exit $?"
# The distroless app image has no shell and no ls.
kubectl exec web -c shop -- sh
echo "exit $?"
kubectl exec web -c shop -- /bin/ls /data
kubectl exec -it web -c app -- sh
# Errors from kubectl, the API server and the kubelet.
kubectl exec web -c init-write -- ls
kubectl exec web -c nope -- ls
kubectl exec nope -- ls
kubectl exec -n kube-public web -- ls
kubectl exec -n nowhere web -- ls
kubectl exec deploy/web -- ls
kubectl exec bogus/web -- ls
kubectl exec web ls /data
kubectl exec web
kubectl exec -- ls
kubectl exec --bogus web -- ls
kubectl exec web --pod-running-timeout=0 -- ls
kubectl run done --image=busybox:1.36 --restart=Never -- true
sleep 10
kubectl exec done -- ls
