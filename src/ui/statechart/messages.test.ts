// Every state of the kubelet's machines has a description in every language, and no description outlives its state.
import { describe, expect, it } from 'vitest'
import { machineDefinitions, type StateNodeSummary } from '../../sandbox'
import { LOCALES } from '../i18n/locales'
import { messages, stateKey } from './messages'

const ids = (node: StateNodeSummary): string[] => [node.id, ...node.children.flatMap(ids)]

describe('state descriptions', () => {
  const { podWorker, container } = machineDefinitions()
  const want = [...ids(podWorker), ...ids(container)].map(stateKey).sort()

  it('describe every state of the machines, in every language, and no state that is gone', () => {
    for (const l of LOCALES) {
      const have = Object.keys(messages[l]).filter((k) => k.startsWith('statechart.state.')).sort()
      expect(have, l).toEqual(want)
    }
  })
})
