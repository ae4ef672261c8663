// ObjectMeta and the small shared structs of metav1 (owner references, label selectors).
// Field names and Go types follow k8s.io/apimachinery pkg/apis/meta/v1 as of Kubernetes v1.35.

import { F, type StructTable } from './types'

/** metav1 structs, keyed by Go name. */
export const META_STRUCTS: StructTable = {
  ObjectMeta: {
    go: 'v1.ObjectMeta',
    fields: {
      name: F.str('Name of the object, unique among its kind in the namespace.'),
      generateName: F.str('Prefix the server completes with random letters when name is empty.'),
      namespace: F.str('Namespace the object lives in; empty means the default namespace.'),
      selfLink: F.str('Deprecated link to the object; the server leaves it empty.'),
      uid: F.str('Unique id the server assigns at creation.', 'types.UID'),
      resourceVersion: F.str('Version of the stored object, for optimistic concurrency.'),
      generation: F.i64('Counter of spec changes, set by the server.'),
      creationTimestamp: F.time('When the server stored the object.'),
      deletionTimestamp: F.time('When deletion was requested; set by the server.'),
      deletionGracePeriodSeconds: F.i64('Seconds the object has left to terminate once deleted.'),
      labels: F.stringMap('Key/value tags that selectors match on.'),
      annotations: F.stringMap('Free-form key/value notes for tools and people.'),
      ownerReferences: F.list('OwnerReference', 'Objects this one belongs to; deleted along with them.'),
      finalizers: F.strings('Names that must be removed before the object is really deleted.'),
      managedFields: F.opaqueList('v1.ManagedFieldsEntry', 'Which manager set which field (server-side apply bookkeeping).'),
    },
  },
  OwnerReference: {
    go: 'v1.OwnerReference',
    fields: {
      apiVersion: F.str('API version of the owner.'),
      kind: F.str('Kind of the owner.'),
      name: F.str('Name of the owner.'),
      uid: F.str('UID of the owner.', 'types.UID'),
      controller: F.bool('True for the one owner that manages this object.'),
      blockOwnerDeletion: F.bool('Keep the owner until this object is gone (foreground deletion).'),
    },
  },
  LabelSelector: {
    go: 'v1.LabelSelector',
    fields: {
      matchLabels: F.stringMap('Labels an object must carry, all of them.'),
      matchExpressions: F.list('LabelSelectorRequirement', 'Set-based label conditions, all of which must hold.'),
    },
  },
  LabelSelectorRequirement: {
    go: 'v1.LabelSelectorRequirement',
    fields: {
      key: F.str('Label key the condition tests.'),
      operator: F.str('In, NotIn, Exists or DoesNotExist.', 'v1.LabelSelectorOperator'),
      values: F.strings('Values for In and NotIn; empty for Exists and DoesNotExist.'),
    },
  },
}
