# The article's debugging toolkit on a pod whose second init container keeps failing.
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: k8s-init-containers
  labels:
    app: k8s-init-containers
spec:
  initContainers:
  - name: init-fetch-files
    image: busybox:1.36
    command: ['sh', '-c', 'echo fetching files into /data/public; sleep 1']
  - name: init-check-services
    image: busybox:1.36
    command: ['sh', '-c', 'echo "At least one (app-redis) of the services (app-redis app-postgresql app-mongodb) is not available yet."; exit 1']
  containers:
  - name: app
    image: nginx:1.27
EOF
kubectl get pods --watch --request-timeout=30s
kubectl describe pod k8s-init-containers
kubectl logs k8s-init-containers -c init-check-services
kubectl logs k8s-init-containers -c init-check-services --previous
kubectl logs k8s-init-containers
kubectl get events --sort-by=.lastTimestamp
kubectl get pods -o=jsonpath='{"Pod Name, Condition Initialized"}{"\n"}{range .items[*]}{.metadata.name},{@.status.conditions[?(@.type=="Initialized")].status}{"\n"}{end}'
kubectl get pod k8s-init-containers -o jsonpath='{.status.initContainerStatuses[*].restartCount}'; echo
kubectl get pods -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,RESTARTS:.status.initContainerStatuses[1].restartCount
kubectl get pods --show-labels -l app=k8s-init-containers
kubectl get pods | grep -c Init
