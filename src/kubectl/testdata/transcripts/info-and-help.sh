# What kubectl tells about itself and the cluster.
kubectl version
kubectl api-resources
kubectl explain pod.spec.initContainers.restartPolicy
kubectl explain pod.spec.initContainers.bogus
kubectl cluster-info
kubectl gte pods
kubectl exec -it web -- sh
kubectl run --help
kubectl set image --help
