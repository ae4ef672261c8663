# Usage errors, unknown types and bad arguments, with kubectl's exact texts.
kubectl get
kubectl get -l app=web
kubectl get foo
kubectl get pods,foo
kubectl get foo.bar
kubectl get pod pod/x
kubectl get pod/x/y
kubectl get pod/
kubectl get pods --bogus
kubectl get pods -o
kubectl get pods --request-timeout=abc
kubectl get pods --request-timeout=1d
kubectl get pods --request-timeout=5
kubectl get pods --request-timeout=1m30s
kubectl get -w
kubectl get pods,svc -w
kubectl get all -w
kubectl get pod/x svc/y -w
kubectl get pods nope -w
kubectl get pods -l 'app in' -w
