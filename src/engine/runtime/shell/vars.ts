// Shell variables kept the way busybox ash keeps them: a 39-bucket hash table whose chains hold
// variables in creation order. `env` prints the environment in that table order, so copying the
// layout makes `env` output match a real container line for line.

const VTABSIZE = 39
// ash creates these before importing the environment; their table slots are older than any import.
const PREDEFINED = ['IFS', 'MAIL', 'MAILPATH', 'PATH', 'PS1', 'PS2', 'PS4', 'OPTIND', 'OPTARG', 'LINENO', 'FUNCNAME', 'RANDOM']

/** One variable; `value` undefined means declared (e.g. `export X`) but unset. */
export interface Var {
  value: string | undefined
  exported: boolean
  readonly: boolean
}

function hashvar(name: string): number {
  let h = name.charCodeAt(0) << 4
  for (let i = 0; i < name.length; i++) h += name.charCodeAt(i)
  return h % VTABSIZE
}

/** The variable table of one shell (a subshell gets a copy). */
export class Vars {
  private table = new Map<string, Var>()
  private buckets: string[][] = Array.from({ length: VTABSIZE }, () => [])

  constructor(init = true) {
    if (!init) return
    for (const name of PREDEFINED) this.buckets[hashvar(name)].unshift(name)
  }

  get(name: string): string | undefined {
    return this.table.get(name)?.value
  }

  entry(name: string): Var | undefined {
    return this.table.get(name)
  }

  /** Sets a value (creating the variable at the end of its chain); false when it is read-only. */
  set(name: string, value: string | undefined, flags: { export?: boolean; readonly?: boolean } = {}): boolean {
    let v = this.table.get(name)
    if (v?.readonly && (value !== undefined || !flags.readonly)) return false
    if (!v) {
      v = { value: undefined, exported: false, readonly: false }
      this.table.set(name, v)
      const chain = this.buckets[hashvar(name)]
      if (!chain.includes(name)) chain.push(name)
    }
    if (value !== undefined) v.value = value
    if (flags.export) v.exported = true
    if (flags.readonly) v.readonly = true
    return true
  }

  /** Removes a variable; false when it is read-only. */
  unset(name: string): boolean {
    const v = this.table.get(name)
    if (!v) return true
    if (v.readonly) return false
    this.table.delete(name)
    if (!PREDEFINED.includes(name)) {
      const chain = this.buckets[hashvar(name)]
      chain.splice(chain.indexOf(name), 1)
    }
    return true
  }

  /** Exported, set variables as NAME=value, in ash's table order (what `env` prints). */
  environ(): string[] {
    const out: string[] = []
    for (const chain of this.buckets) {
      for (const name of chain) {
        const v = this.table.get(name)
        if (v?.exported && v.value !== undefined) out.push(`${name}=${v.value}`)
      }
    }
    return out
  }

  /** Names of all variables, sorted as `set` and `export -p` list them. */
  names(): string[] {
    return [...this.table.keys()].sort()
  }

  clone(): Vars {
    const c = new Vars(false)
    for (const [k, v] of this.table) c.table.set(k, { ...v })
    c.buckets = this.buckets.map((b) => [...b])
    return c
  }
}
