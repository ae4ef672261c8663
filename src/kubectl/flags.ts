// Command-line flags as kubectl (cobra + pflag) parses them: long `--name=value` / `--name value`,
// shorthands `-n value` / `-nvalue` / `-o=wide`, bool flags without a value, `--` ending flags,
// flags anywhere among the arguments, and pflag's exact error texts.

/** How one flag is declared. */
export interface FlagSpec {
  name: string
  shorthand?: string
  type: 'bool' | 'string' | 'int' | 'stringArray' | 'duration'
  /** Value when the flag is not given. */
  default?: string | boolean | number | string[]
}

export type FlagValue = string | boolean | number | string[]

export type ParsedFlags =
  | { ok: true; flags: Record<string, FlagValue>; args: string[]; /** Arguments after `--`. */ dashArgs: string[]; set: Set<string>; /** Whether `--` ended the flags (cobra's ArgsLenAtDash >= 0). */ dash: boolean }
  | { ok: false; error: string }

/** Flags every kubectl command accepts (a subset of kubectl's global flags). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', shorthand: 'n', type: 'string', default: '' },
  { name: 'request-timeout', type: 'string', default: '0' },
  { name: 'context', type: 'string', default: '' },
  { name: 'cluster', type: 'string', default: '' },
  { name: 'user', type: 'string', default: '' },
  { name: 'kubeconfig', type: 'string', default: '' },
  { name: 'v', shorthand: 'v', type: 'string', default: '0' },
  { name: 'help', shorthand: 'h', type: 'bool', default: false },
]

function convert(spec: FlagSpec, raw: string, shown: string): { ok: true; value: FlagValue } | { ok: false; error: string } {
  switch (spec.type) {
    case 'bool':
      if (/^(1|t|T|TRUE|true|True)$/.test(raw)) return { ok: true, value: true }
      if (/^(0|f|F|FALSE|false|False)$/.test(raw)) return { ok: true, value: false }
      return { ok: false, error: `invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax` }
    case 'int':
      if (!/^[+-]?\d+$/.test(raw)) return { ok: false, error: `invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax` }
      return { ok: true, value: Number(raw) }
    default:
      return { ok: true, value: raw }
  }
}

function describeFlag(spec: FlagSpec): string {
  return spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`
}

/** Parses `argv` against the command's flags plus the global ones. Pure. */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const all = [...specs, ...GLOBAL_FLAGS]
  const byName = new Map(all.map((s) => [s.name, s]))
  const byShort = new Map(all.filter((s) => s.shorthand).map((s) => [s.shorthand!, s]))
  const flags: Record<string, FlagValue> = {}
  for (const s of all) if (s.default !== undefined) flags[s.name] = Array.isArray(s.default) ? [...s.default] : s.default
  const set = new Set<string>()
  const args: string[] = []
  const store = (spec: FlagSpec, raw: string, shown: string): string | undefined => {
    const v = convert(spec, raw, shown)
    if (!v.ok) return v.error
    if (spec.type === 'stringArray') {
      flags[spec.name] = set.has(spec.name) ? [...(flags[spec.name] as string[]), raw] : [raw]
    } else flags[spec.name] = v.value
    set.add(spec.name)
    return undefined
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') return { ok: true, flags, args, dashArgs: argv.slice(i + 1), set, dash: true }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=')
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq)
      const spec = byName.get(name)
      if (!spec) return { ok: false, error: `unknown flag: --${name}` }
      let raw: string
      if (eq >= 0) raw = a.slice(eq + 1)
      else if (spec.type === 'bool') raw = 'true'
      else if (i + 1 < argv.length) raw = argv[++i]
      else return { ok: false, error: `flag needs an argument: --${name}` }
      const err = store(spec, raw, describeFlag(spec))
      if (err) return { ok: false, error: err }
    } else if (a.startsWith('-') && a.length > 1) {
      // A run of shorthands: bools may be grouped (-it); a value flag takes the rest or the next word.
      for (let j = 1; j < a.length; j++) {
        const c = a[j]
        const spec = byShort.get(c)
        if (!spec) return { ok: false, error: `unknown shorthand flag: '${c}' in ${a}` }
        const rest = a.slice(j + 1)
        if (spec.type === 'bool') {
          const raw = rest.startsWith('=') ? rest.slice(1) : 'true'
          const err = store(spec, raw, describeFlag(spec))
          if (err) return { ok: false, error: err }
          if (rest.startsWith('=')) break
          continue
        }
        let raw: string
        if (rest.length > 0) raw = rest.startsWith('=') ? rest.slice(1) : rest
        else if (i + 1 < argv.length) raw = argv[++i]
        else return { ok: false, error: `flag needs an argument: '${c}' in -${c}` }
        const err = store(spec, raw, describeFlag(spec))
        if (err) return { ok: false, error: err }
        break
      }
    } else args.push(a)
  }
  return { ok: true, flags, args, dashArgs: [], set, dash: false }
}

/** kubectl's usage-error output for a flag error in `command` (e.g. `get`). */
export function flagError(command: string, error: string): string {
  return `error: ${error}\nSee 'kubectl ${command} --help' for usage.\n`
}
