// Simplified Chinese hover docs for pod volumes and their sources (emptyDir, hostPath, ConfigMap,
// Secret, projected, downward API, image). Mirrors src/engine/api/schema/volume.ts.

import type { StructDocs } from './docs.zh-CN.meta'

/** Volume and its source structs, keyed like the engine's struct table. */
export const VOLUME_DOCS: StructDocs = {
  Volume: {
    name: '卷名称，容器按这个名称挂载它。',
    hostPath: '节点上的一个文件或目录。',
    emptyDir: '与 Pod 同生共灭的临时空间。',
    gcePersistentDisk: 'GCE 持久盘（已弃用）。',
    awsElasticBlockStore: 'AWS EBS 磁盘（已弃用）。',
    gitRepo: 'Git 仓库检出（已弃用）。',
    secret: '由 Secret 的各个键生成的文件。',
    nfs: '一个 NFS 导出目录。',
    iscsi: '一个 iSCSI 磁盘。',
    glusterfs: 'Glusterfs 卷（已移除）。',
    persistentVolumeClaim: '来自 PersistentVolumeClaim 的存储。',
    rbd: 'Ceph 块设备（已弃用）。',
    flexVolume: 'FlexVolume 驱动（已弃用）。',
    cinder: 'OpenStack Cinder 卷（已弃用）。',
    cephfs: 'CephFS 挂载（已弃用）。',
    flocker: 'Flocker 数据集（已移除）。',
    downwardAPI: '存放 Pod 字段和资源值的文件。',
    fc: '光纤通道（Fibre Channel）磁盘。',
    azureFile: 'Azure 文件共享（已弃用）。',
    configMap: '由 ConfigMap 的各个键生成的文件。',
    vsphereVolume: 'vSphere 磁盘（已弃用）。',
    quobyte: 'Quobyte 挂载（已移除）。',
    azureDisk: 'Azure 磁盘（已弃用）。',
    photonPersistentDisk: 'Photon 磁盘（已移除）。',
    projected: '把多个来源合并到同一个目录中（投射卷）。',
    portworxVolume: 'Portworx 卷（已弃用）。',
    scaleIO: 'ScaleIO 卷（已移除）。',
    storageos: 'StorageOS 卷（已移除）。',
    csi: '由 CSI 驱动提供的内联卷。',
    ephemeral: '随 Pod 一起创建和删除的卷申领。',
    image: '某个 OCI 镜像的内容，只读。',
  },
  HostPathVolumeSource: {
    path: '节点上的路径。',
    type: '该路径上必须存在什么，例如 Directory 或 DirectoryOrCreate。',
  },
  EmptyDirVolumeSource: {
    medium: '为空表示使用节点磁盘，Memory 表示使用 tmpfs。',
    sizeLimit: '该目录最多可存放的数据量。',
  },
  SecretVolumeSource: {
    secretName: '要读取的 Secret。',
    items: '只取这些键，并放到指定的路径。',
    defaultMode: '文件权限位，例如 0644（十进制为 420）。',
    optional: 'Secret 不存在时照样启动。',
  },
  ConfigMapVolumeSource: {
    name: '要读取的 ConfigMap。',
    items: '只取这些键，并放到指定的路径。',
    defaultMode: '文件权限位，例如 0644（十进制为 420）。',
    optional: 'ConfigMap 不存在时照样启动。',
  },
  KeyToPath: {
    key: '要投射的键。',
    path: '该键对应的相对文件路径。',
    mode: '该文件的权限位。',
  },
  NFSVolumeSource: {
    server: 'NFS 服务器主机。',
    path: '导出的路径。',
    readOnly: '以只读方式挂载。',
  },
  PersistentVolumeClaimVolumeSource: {
    claimName: 'Pod 所在命名空间中的 PersistentVolumeClaim。',
    readOnly: '以只读方式挂载。',
  },
  DownwardAPIVolumeSource: {
    items: '要创建的文件。',
    defaultMode: '文件权限位。',
  },
  DownwardAPIVolumeFile: {
    path: '相对文件路径。',
    fieldRef: '要写入的 Pod 字段。',
    resourceFieldRef: '要写入的资源值。',
    mode: '文件权限位。',
  },
  ProjectedVolumeSource: {
    sources: '要合并的来源。',
    defaultMode: '文件权限位。',
  },
  VolumeProjection: {
    secret: 'Secret 的键。',
    downwardAPI: 'Pod 的字段。',
    configMap: 'ConfigMap 的键。',
    serviceAccountToken: '服务账号令牌。',
    clusterTrustBundle: '来自 ClusterTrustBundle 的证书。',
    podCertificate: '颁发给该 Pod 的证书。',
  },
  SecretProjection: {
    name: 'Secret 名称。',
    items: '要投射的键。',
    optional: '允许它不存在。',
  },
  ConfigMapProjection: {
    name: 'ConfigMap 名称。',
    items: '要投射的键。',
    optional: '允许它不存在。',
  },
  DownwardAPIProjection: {
    items: '要创建的文件。',
  },
  ServiceAccountTokenProjection: {
    audience: '令牌的目标受众。',
    expirationSeconds: '请求的令牌有效期（秒）。',
    path: '令牌的相对文件路径。',
  },
  ImageVolumeSource: {
    reference: '要挂载的镜像引用。',
    pullPolicy: '镜像拉取策略：Always、IfNotPresent 或 Never。',
  },
}
