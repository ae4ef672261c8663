# What kubectl tells about itself and the cluster.
kubectl version
kubectl api-resources
kubectl explain pod.spec.initContainers.restartPolicy
kubectl explain pod.spec.initContainers.bogus
kubectl cluster-info
kubectl gte pods
kubectl port-forward pod/web 8080:80
kubectl run --help
kubectl set image --help
