// The shell of the learner's terminal: the busybox sh of the container world, run on the learner's
// side with `kubectl` as a command of its own, so what learners paste works as in a real terminal:
// quotes, `\` continuations, `;` `&&`, pipes into grep/head/wc, `echo`, `sleep N` (which lets the
// cluster's virtual time pass), files written with `>` and applied with `kubectl apply -f`.

import type { Cluster } from './engine/cluster'
import type { Applet } from './engine/runtime/shell/applets/ctx'
import { createMemoryWorld, startShell } from './engine/runtime/shell'
import type { ShellSession } from './engine/runtime/shell/start'
import type { ShellWorld } from './engine/runtime/shell/world'
import { readsStdin, runKubectl } from './kubectl/kubectl'
import { HEADLESS_FOLLOW_LIMIT_MS, HEADLESS_WAKE_UP_LIMIT } from './kubectl/commands/logs'
import type { CommandResult } from './kubectl/result'

/** A terminal session: its own files and environment, kept from one command line to the next. */
export interface Terminal {
  exec(line: string, stdin?: string): CommandResult
}

/** Opens a terminal on `cluster`; `readFile` supplies files the session did not write itself. */
export function openTerminal(cluster: Cluster, readFile?: (path: string) => string | undefined): Terminal {
  let world: ShellWorld
  const files = (path: string) => {
    const own = world.fs.readFile(path.startsWith('/') ? path : `/root/${path}`)
    return typeof own === 'object' ? own.data : readFile?.(path)
  }
  const kubectl: Applet = (ctx) => {
    // A pipe or here-document feeds kubectl's standard input (`cat pod.yaml | kubectl apply -f -`);
    // it is read only when a file argument names it, so a later command can still read it.
    const wantsStdin = readsStdin(ctx.argv.slice(1))
    const stdin = wantsStdin ? ctx.io.readAll(0) : ''
    const r = runKubectl(ctx.argv.slice(1), { cluster, stdin, files })
    ctx.io.write(1, r.stdout)
    ctx.io.write(2, r.stderr)
    return r.exitCode
  }
  // `clear` is the terminal's business (the page clears its screen); headless it prints nothing.
  const clear: Applet = () => 0
  world = {
    ...createMemoryWorld({
      hostname: 'initlab',
      env: { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin', PWD: '/root', TERM: 'xterm-256color', USER: 'root' },
      clock: () => cluster.now(),
      dns: {},
    }),
    workingDir: '/root',
    commands: { kubectl, clear },
  }
  // Variables, functions, the directory and $? carry over from line to line, as in a real terminal.
  const session: ShellSession = {}
  return {
    exec(line, stdin) {
      let stdout = ''
      let stderr = ''
      const process = startShell(['sh', '-c', line], world, {
        write: (stream, text) => {
          if (stream === 'stdout') stdout += text
          else stderr += text
        },
      }, { stdin: stdin ?? '', session })
      let step = process.resume(cluster.now())
      // The shell sleeps on the cluster's clock: `sleep 30` is thirty seconds of cluster time. A
      // line that would never end (`while true; do sleep 1; done`) is stopped as Ctrl+C would stop
      // it, after the limits headless kubectl uses (an hour of cluster time, or so many wake-ups),
      // so the page never hangs.
      const deadline = cluster.now() + HEADLESS_FOLLOW_LIMIT_MS
      let wakeUps = 0
      while (step.type === 'sleep') {
        if (cluster.now() + step.ms > deadline || ++wakeUps > HEADLESS_WAKE_UP_LIMIT) {
          session.status = 130
          return { stdout, stderr, exitCode: 130 }
        }
        cluster.advance(step.ms)
        step = process.resume(cluster.now())
      }
      // A command that would block forever (`tail -f`) is ended as Ctrl+C would.
      if (step.type === 'serve') {
        session.status = 130
        return { stdout, stderr, exitCode: 130 }
      }
      return { stdout, stderr, exitCode: step.code }
    },
  }
}
