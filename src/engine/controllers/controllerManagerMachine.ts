// The root actor of kube-controller-manager: one controller actor per workload kind (each in its
// own machine file), fed with every change to the objects they watch. Controllers write through
// the host, whose writes come back as changes: each reconciles until nothing is left to do.

import { enqueueActions, setup } from 'xstate'
import type { ControllerHost, ObjectChange } from './host'
import { deploymentMachine } from './deploymentMachine'
import { jobMachine } from './jobMachine'
import { replicaSetMachine } from './replicaSetMachine'

export interface ControllerManagerInput {
  host: ControllerHost
}

export type ControllerManagerEvent = { type: 'object.changed'; change: ObjectChange }

export const controllerManagerMachine = setup({
  types: {
    context: {} as { host: ControllerHost },
    input: {} as ControllerManagerInput,
    events: {} as ControllerManagerEvent,
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
  on: {
    'object.changed': {
      actions: enqueueActions(({ enqueue, event, self }) => {
        for (const child of Object.values(self.getSnapshot().children)) if (child) enqueue.sendTo(child, event)
      }),
    },
  },
})
