// The root actor of kube-controller-manager: one controller actor per workload kind (each in its
// own machine file). The cluster feeds each child every change to the objects they watch, as
// each controller's informer would. Controllers write through the host, whose writes come back
// as changes: each reconciles until nothing is left to do.

import { setup } from 'xstate'
import type { ControllerHost, ObjectChange } from './host'
import { deploymentMachine } from './deploymentMachine'
import { jobMachine } from './jobMachine'
import { replicaSetMachine } from './replicaSetMachine'

export interface ControllerManagerInput {
  host: ControllerHost
}

/** What each controller child hears: one change to an object it watches. */
export type ControllerEvent = { type: 'object.changed'; change: ObjectChange }

export const controllerManagerMachine = setup({
  types: {
    context: {} as { host: ControllerHost },
    input: {} as ControllerManagerInput,
  },
  actors: { job: jobMachine, deployment: deploymentMachine, replicaSet: replicaSetMachine },
}).createMachine({
  id: 'controllerManager',
  context: ({ input, spawn }) => {
    spawn('job', { id: 'job', input: { host: input.host } })
    spawn('deployment', { id: 'deployment', input: { host: input.host } })
    spawn('replicaSet', { id: 'replicaSet', input: { host: input.host } })
    return { host: input.host }
  },
})
