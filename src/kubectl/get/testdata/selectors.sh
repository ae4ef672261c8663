# -l and --field-selector: every operator, and the API server's errors for what it cannot parse.
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: web-1
  labels:
    app: web
    version: "9"
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
---
apiVersion: v1
kind: Pod
metadata:
  name: web-2
  labels:
    app: web
    version: "10"
    canary: "true"
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
---
apiVersion: v1
kind: Pod
metadata:
  name: job
  labels:
    app: batch
spec:
  restartPolicy: Never
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'exit 0']
---
apiVersion: v1
kind: Pod
metadata:
  name: sys
  namespace: kube-system
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
EOF
sleep 20
kubectl get pods --show-labels
kubectl get pods -L app,version
kubectl get pods -L app -L canary --show-labels -o wide
kubectl get pods -A -L example.com/tier,app
kubectl get pods -l app=web
kubectl get pods -l app==web
kubectl get pods -l app!=web
kubectl get pods --selector 'app in (web,batch)'
kubectl get pods -l 'app notin (web)'
kubectl get pods -l canary
kubectl get pods -l '!canary'
kubectl get pods -l 'app=web,!canary'
kubectl get pods -l 'version>9'
kubectl get pods -l 'version<10'
kubectl get pods -l app=nothing
kubectl get pods -l app=web -A
kubectl get pods -l 'app in'
kubectl get pods -l 'app in (web'
kubectl get pods -l 'app in (web batch)'
kubectl get pods -l 'app in ()'
kubectl get pods -l 'app=(web)'
kubectl get pods -l 'a b'
kubectl get pods -l 'app,'
kubectl get pods -l ',app'
kubectl get pods -l '!!'
kubectl get pods -l 'app:web'
kubectl get pods -l '-bad=1'
kubectl get pods -l 'app=bad value!'
kubectl get pods -l 'version>x'
kubectl get pods web-1 -l app=web
kubectl get pod/web-1 -l app=web
kubectl get all -l 'app in'
kubectl get pods --field-selector status.phase=Running
kubectl get pods --field-selector status.phase!=Running
kubectl get pods --field-selector metadata.name=web-2
kubectl get pods -A --field-selector metadata.namespace==kube-system
kubectl get pods -A --field-selector spec.nodeName=initlab-worker,status.phase=Running
kubectl get pods --field-selector spec.restartPolicy=Never
kubectl get pods --field-selector foo=bar
kubectl get pods --field-selector status.phase
kubectl get pods --field-selector 'status.phase=a=b'
kubectl get pods --field-selector 'status.phase=a\x'
kubectl get pods -l app=web --field-selector status.phase=Running
kubectl get events --field-selector involvedObject.name=job,reason=Started
kubectl get events --field-selector type=Warning
kubectl get events --field-selector foo=bar
kubectl get cm --field-selector data=1
kubectl get nodes --field-selector spec.unschedulable=false
kubectl get nodes --field-selector metadata.namespace=default
kubectl get ns --field-selector status.phase=Active
kubectl get svc --field-selector spec.clusterIP=10.96.0.1
kubectl get secrets --field-selector type=Opaque
kubectl get pods,cm --field-selector status.phase=Running
