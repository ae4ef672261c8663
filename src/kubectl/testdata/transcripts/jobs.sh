# A Job whose pod runs an init container first, then a migration, and completes.
kubectl apply -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: db-migrate
spec:
  template:
    spec:
      restartPolicy: OnFailure
      initContainers:
      - name: wait-for-db
        image: busybox:1.36
        command: ['sh', '-c', 'echo waiting for the database; sleep 3']
      containers:
      - name: migrate
        image: busybox:1.36
        command: ['sh', '-c', 'echo applying migrations; sleep 2; echo done']
EOF
kubectl get jobs,pods
sleep 5
kubectl get pods
sleep 30
kubectl get jobs -o wide
kubectl get pods
kubectl get events --field-selector involvedObject.kind=Job
