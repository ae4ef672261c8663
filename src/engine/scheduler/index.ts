// The simulated kube-scheduler: default nodes, filters, the scheduling decision and its messages,
// and the node resource figures `kubectl describe node` shows. Re-exports only.

export { CONTROL_PLANE_ROLE, DEFAULT_NODE_SPECS, defaultNodes, type DefaultNodeSpec } from './nodes'
export { FilterReason, runFilters, toleratesTaint, untoleratedTaintReason, matchesNodeSelectorAndAffinity, type FilterStatus } from './filters'
export { buildNodeInfo, podResource, podNonZeroResource, occupiesNode, type NodeInfo, type Resource } from './nodeInfo'
export { schedule, needsScheduling, PreemptionReason, NO_NODES_MESSAGE, type ScheduleResult, type Unschedulable, type PreemptionPlan } from './schedule'
export { unschedulableCondition, withScheduledCondition, failedSchedulingEventMessage, UNSCHEDULABLE_REASON, SCHEDULER_COMPONENT, NOTE_LENGTH_LIMIT } from './conditions'
export { nodeAllocatedResources, podsOnNode, type NodeAllocation, type PodAllocation, type AllocatedRow, type ResourceShare } from './allocated'
