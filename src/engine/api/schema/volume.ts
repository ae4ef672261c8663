// core/v1 Volume and its sources. The sources initlab simulates are modelled field by field; the
// cloud and network ones are opaque (any object accepted), as the brief allows.

import { F, type StructTable } from './types'

/** Volume structs, keyed by Go name. */
export const VOLUME_STRUCTS: StructTable = {
  Volume: {
    go: 'v1.Volume',
    fields: {
      name: F.str('Volume name that containers mount by.'),
      hostPath: F.obj('HostPathVolumeSource', 'A file or directory of the node.'),
      emptyDir: F.obj('EmptyDirVolumeSource', 'Scratch space that lives as long as the pod.'),
      gcePersistentDisk: F.opaque('v1.GCEPersistentDiskVolumeSource', 'GCE persistent disk (deprecated).'),
      awsElasticBlockStore: F.opaque('v1.AWSElasticBlockStoreVolumeSource', 'AWS EBS disk (deprecated).'),
      gitRepo: F.opaque('v1.GitRepoVolumeSource', 'Git checkout (deprecated).'),
      secret: F.obj('SecretVolumeSource', 'Files made from the keys of a Secret.'),
      nfs: F.obj('NFSVolumeSource', 'An NFS export.'),
      iscsi: F.opaque('v1.ISCSIVolumeSource', 'An iSCSI disk.'),
      glusterfs: F.opaque('v1.GlusterfsVolumeSource', 'A Glusterfs volume (removed).'),
      persistentVolumeClaim: F.obj('PersistentVolumeClaimVolumeSource', 'Storage from a PersistentVolumeClaim.'),
      rbd: F.opaque('v1.RBDVolumeSource', 'A Ceph block device (deprecated).'),
      flexVolume: F.opaque('v1.FlexVolumeSource', 'A FlexVolume driver (deprecated).'),
      cinder: F.opaque('v1.CinderVolumeSource', 'An OpenStack Cinder volume (deprecated).'),
      cephfs: F.opaque('v1.CephFSVolumeSource', 'A CephFS mount (deprecated).'),
      flocker: F.opaque('v1.FlockerVolumeSource', 'A Flocker dataset (removed).'),
      downwardAPI: F.obj('DownwardAPIVolumeSource', 'Files holding pod fields and resource values.'),
      fc: F.opaque('v1.FCVolumeSource', 'A Fibre Channel disk.'),
      azureFile: F.opaque('v1.AzureFileVolumeSource', 'An Azure file share (deprecated).'),
      configMap: F.obj('ConfigMapVolumeSource', 'Files made from the keys of a ConfigMap.'),
      vsphereVolume: F.opaque('v1.VsphereVirtualDiskVolumeSource', 'A vSphere disk (deprecated).'),
      quobyte: F.opaque('v1.QuobyteVolumeSource', 'A Quobyte mount (removed).'),
      azureDisk: F.opaque('v1.AzureDiskVolumeSource', 'An Azure disk (deprecated).'),
      photonPersistentDisk: F.opaque('v1.PhotonPersistentDiskVolumeSource', 'A Photon disk (removed).'),
      projected: F.obj('ProjectedVolumeSource', 'Several sources merged into one directory.'),
      portworxVolume: F.opaque('v1.PortworxVolumeSource', 'A Portworx volume (deprecated).'),
      scaleIO: F.opaque('v1.ScaleIOVolumeSource', 'A ScaleIO volume (removed).'),
      storageos: F.opaque('v1.StorageOSVolumeSource', 'A StorageOS volume (removed).'),
      csi: F.opaque('v1.CSIVolumeSource', 'An inline volume from a CSI driver.'),
      ephemeral: F.opaque('v1.EphemeralVolumeSource', 'A claim created and deleted with the pod.'),
      image: F.obj('ImageVolumeSource', 'The content of an OCI image, read-only.'),
    },
  },
  HostPathVolumeSource: {
    go: 'v1.HostPathVolumeSource',
    fields: {
      path: F.str('Path on the node.'),
      type: F.str('What must exist there, e.g. Directory or DirectoryOrCreate.', 'v1.HostPathType'),
    },
  },
  EmptyDirVolumeSource: {
    go: 'v1.EmptyDirVolumeSource',
    fields: {
      medium: F.str('Empty for node disk, Memory for tmpfs.', 'v1.StorageMedium'),
      sizeLimit: F.quantity('Most data the directory may hold.'),
    },
  },
  SecretVolumeSource: {
    go: 'v1.SecretVolumeSource',
    fields: {
      secretName: F.str('Secret to read.'),
      items: F.list('KeyToPath', 'Only these keys, at these paths.'),
      defaultMode: F.i32('File mode bits, e.g. 0644 (420 in decimal).'),
      optional: F.bool('Start anyway when the Secret is missing.'),
    },
  },
  ConfigMapVolumeSource: {
    go: 'v1.ConfigMapVolumeSource',
    fields: {
      name: F.str('ConfigMap to read.'),
      items: F.list('KeyToPath', 'Only these keys, at these paths.'),
      defaultMode: F.i32('File mode bits, e.g. 0644 (420 in decimal).'),
      optional: F.bool('Start anyway when the ConfigMap is missing.'),
    },
  },
  KeyToPath: {
    go: 'v1.KeyToPath',
    fields: {
      key: F.str('Key to project.'),
      path: F.str('Relative file path for it.'),
      mode: F.i32('File mode bits for this file.'),
    },
  },
  NFSVolumeSource: {
    go: 'v1.NFSVolumeSource',
    fields: { server: F.str('NFS server host.'), path: F.str('Exported path.'), readOnly: F.bool('Mount read-only.') },
  },
  PersistentVolumeClaimVolumeSource: {
    go: 'v1.PersistentVolumeClaimVolumeSource',
    fields: { claimName: F.str('Claim in the pod namespace.'), readOnly: F.bool('Mount read-only.') },
  },
  DownwardAPIVolumeSource: {
    go: 'v1.DownwardAPIVolumeSource',
    fields: {
      items: F.list('DownwardAPIVolumeFile', 'Files to create.'),
      defaultMode: F.i32('File mode bits.'),
    },
  },
  DownwardAPIVolumeFile: {
    go: 'v1.DownwardAPIVolumeFile',
    fields: {
      path: F.str('Relative file path.'),
      fieldRef: F.obj('ObjectFieldSelector', 'Pod field to write.'),
      resourceFieldRef: F.obj('ResourceFieldSelector', 'Resource value to write.'),
      mode: F.i32('File mode bits.'),
    },
  },
  ProjectedVolumeSource: {
    go: 'v1.ProjectedVolumeSource',
    fields: { sources: F.list('VolumeProjection', 'Sources to merge.'), defaultMode: F.i32('File mode bits.') },
  },
  VolumeProjection: {
    go: 'v1.VolumeProjection',
    fields: {
      secret: F.obj('SecretProjection', 'Keys of a Secret.'),
      downwardAPI: F.obj('DownwardAPIProjection', 'Pod fields.'),
      configMap: F.obj('ConfigMapProjection', 'Keys of a ConfigMap.'),
      serviceAccountToken: F.obj('ServiceAccountTokenProjection', 'A service account token.'),
      clusterTrustBundle: F.opaque('v1.ClusterTrustBundleProjection', 'Certificates from ClusterTrustBundles.'),
      podCertificate: F.opaque('v1.PodCertificateProjection', 'A certificate issued to the pod.'),
    },
  },
  SecretProjection: {
    go: 'v1.SecretProjection',
    fields: { name: F.str('Secret name.'), items: F.list('KeyToPath', 'Keys to project.'), optional: F.bool('Allow it to be missing.') },
  },
  ConfigMapProjection: {
    go: 'v1.ConfigMapProjection',
    fields: { name: F.str('ConfigMap name.'), items: F.list('KeyToPath', 'Keys to project.'), optional: F.bool('Allow it to be missing.') },
  },
  DownwardAPIProjection: {
    go: 'v1.DownwardAPIProjection',
    fields: { items: F.list('DownwardAPIVolumeFile', 'Files to create.') },
  },
  ServiceAccountTokenProjection: {
    go: 'v1.ServiceAccountTokenProjection',
    fields: {
      audience: F.str('Intended audience of the token.'),
      expirationSeconds: F.i64('Requested token lifetime.'),
      path: F.str('Relative file path for the token.'),
    },
  },
  ImageVolumeSource: {
    go: 'v1.ImageVolumeSource',
    fields: { reference: F.str('Image reference to mount.'), pullPolicy: F.str('Always, IfNotPresent or Never.', 'v1.PullPolicy') },
  },
}
