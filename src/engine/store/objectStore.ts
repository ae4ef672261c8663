// The API server's storage as initlab needs it: objects by kind, namespace and name, a global
// resourceVersion, and a watch stream of ADDED / MODIFIED / DELETED events. It validates nothing:
// callers (the cluster) do admission and validation before writing.

import type { KubeObject } from '../api/types'

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED'

/** One change, as a watch delivers it. `at` is the virtual time of the change. */
export interface WatchEvent {
  type: WatchEventType
  kind: string
  object: KubeObject
  at: number
}

export type WatchListener = (event: WatchEvent) => void

function keyOf(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`
}

/** Stored objects with resourceVersions and watchers. Objects are treated as immutable values. */
export class ObjectStore {
  /** Objects by kind, then by `namespace/name`: listing a kind never walks the others. */
  private objects = new Map<string, Map<string, KubeObject>>()
  private listeners = new Set<WatchListener>()
  private version = 1000

  constructor(private readonly now: () => number) {}

  /** The stored object, or undefined. */
  get<T extends KubeObject = KubeObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    return this.objects.get(kind)?.get(keyOf(namespace, name)) as T | undefined
  }

  /** Every object of `kind` (in `namespace`, or all namespaces when undefined), sorted by namespace then name. */
  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
    const out: T[] = []
    for (const obj of this.objects.get(kind)?.values() ?? []) {
      if (namespace !== undefined && (obj.metadata.namespace ?? '') !== namespace) continue
      out.push(obj as T)
    }
    return out.sort((a, b) => {
      const an = `${a.metadata.namespace ?? ''}/${a.metadata.name}`
      const bn = `${b.metadata.namespace ?? ''}/${b.metadata.name}`
      return an < bn ? -1 : an > bn ? 1 : 0
    })
  }

  /** Writes `obj` (new or replacing) with a fresh resourceVersion; returns the stored value. */
  put<T extends KubeObject>(obj: T): T {
    const kind = obj.kind ?? ''
    const key = keyOf(obj.metadata.namespace, obj.metadata.name ?? '')
    let ofKind = this.objects.get(kind)
    if (!ofKind) this.objects.set(kind, (ofKind = new Map()))
    const existed = ofKind.has(key)
    const stored = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(++this.version) } } as T
    ofKind.set(key, stored)
    this.emit({ type: existed ? 'MODIFIED' : 'ADDED', kind: stored.kind ?? '', object: stored, at: this.now() })
    return stored
  }

  /** Removes an object; returns it, or undefined when it was not there. */
  delete(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const key = keyOf(namespace, name)
    const obj = this.objects.get(kind)?.get(key)
    if (!obj) return undefined
    this.objects.get(kind)!.delete(key)
    const gone = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(++this.version) } }
    this.emit({ type: 'DELETED', kind, object: gone, at: this.now() })
    return gone
  }

  /** Follows every change; returns the function that stops following. */
  watch(listener: WatchListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The current resourceVersion of the whole store. */
  resourceVersion(): string {
    return String(this.version)
  }

  private emit(event: WatchEvent): void {
    for (const listener of this.listeners) listener(event)
  }
}
