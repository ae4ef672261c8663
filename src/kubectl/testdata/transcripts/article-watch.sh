# The article's four init containers: the second fails once, is restarted, and succeeds.
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: k8s-init-containers-64f984c8d7-tdjrg
  labels:
    app: k8s-init-containers
spec:
  volumes:
  - name: app-data
    emptyDir: {}
  initContainers:
  - name: init-fetch-files
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /data/public && echo "<h1>hello</h1>" > /data/public/index.html; sleep 3']
    volumeMounts:
    - name: app-data
      mountPath: /data
  - name: init-check-services
    image: busybox:1.36
    command: ['sh', '-c', 'if [ -f /data/tried ]; then sleep 34; else touch /data/tried; sleep 1; echo "redis is not available yet"; exit 1; fi']
    volumeMounts:
    - name: app-data
      mountPath: /data
  - name: init-migrate
    image: busybox:1.36
    command: ['sh', '-c', 'echo migrated']
  - name: init-warm-cache
    image: busybox:1.36
    command: ['sh', '-c', 'echo warmed']
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - name: app-data
      mountPath: /usr/share/nginx/html
      subPath: public
      readOnly: true
EOF
kubectl get pods --watch --request-timeout=60s
kubectl logs k8s-init-containers-64f984c8d7-tdjrg -c init-check-services --previous
kubectl get pods
