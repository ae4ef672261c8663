// The files every container's root filesystem starts with beside the image's own: the accounts of
// a busybox-like image and the files the kubelet manages (/etc/hosts, /etc/hostname, resolv.conf).

import type { Pod } from '../../api/types'
import { KUBE_DNS_IP } from '../../api/serviceDefaults'
import type { ImageInfo } from '../images'

const PASSWD = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n'
const GROUP = 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nwww-data:x:33:\nusers:x:100:\nnobody:x:65534:\n'

/** The kubelet's /etc/hosts for a pod (hostname line last). Pure. */
export function hostsFile(podIP: string | undefined, hostname: string): string {
  const lines = ['# Kubernetes-managed hosts file.', '127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::\tip6-localnet', 'fe00::\tip6-mcastprefix', 'fe00::1\tip6-allnodes', 'fe00::2\tip6-allrouters']
  if (podIP) lines.push(`${podIP}\t${hostname}`)
  return lines.join('\n') + '\n'
}

/** Relative path -> content of the files a container's root starts with (the image may override accounts). */
export function baseFiles(pod: Pod, hostname: string, info: ImageInfo): Record<string, string> {
  const ns = pod.metadata.namespace ?? 'default'
  const files: Record<string, string> = {
    'etc/hostname': hostname + '\n',
    'etc/hosts': hostsFile(pod.status?.podIP, hostname),
    'etc/resolv.conf': `search ${ns}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${KUBE_DNS_IP}\noptions ndots:5\n`,
  }
  if (info.binaries.length > 0) Object.assign(files, { 'etc/passwd': PASSWD, 'etc/group': GROUP })
  return files
}
