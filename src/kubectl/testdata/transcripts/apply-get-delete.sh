# The two-init demo: apply, watch the STATUS column move, delete.
kubectl apply -f two-init-demo.yaml
kubectl get pods
sleep 3
kubectl get pods
sleep 5
kubectl get pods -o wide
sleep 60
kubectl get pods
kubectl apply -f two-init-demo.yaml
kubectl delete pod myapp-pod
kubectl get pods
