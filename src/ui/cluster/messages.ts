// The cluster view's strings: node groups, pod cards, volumes and Services, workloads, the why-lines.
// Kubernetes words (STATUS values, reasons, condition types, kubectl column names) stay English.
import type { Messages } from '../i18n/locales'

export const messages: Messages = {
  en: {
    'cluster.node': 'node {name}',
    'cluster.unscheduled': 'Waiting for a node',
    'cluster.unscheduledLabel': 'pods waiting for a node',
    'cluster.empty': 'No pods yet. Apply the manifest to create one.',
    'cluster.terminal': 'Terminal',
    'cluster.log.summary': 'Status changes ({n})',

    'cluster.workloads': 'Workloads',
    'cluster.workloads.pods': '{n, plural, =0 {no pods} one {# pod} other {# pods}}',
    'cluster.workloads.show': 'Show the card of {pod}',

    'cluster.pod.phase': 'phase',
    'cluster.pod.node': 'node',
    'cluster.pod.owner': 'owned by',
    'cluster.pod.init': 'Init containers, in order',
    'cluster.pod.sidecars': 'Sidecars, running beside',
    'cluster.pod.apps': 'App containers',
    'cluster.pod.startsSidecar': 'starts sidecar {name}',
    'cluster.pod.volumes': 'Volumes',
    'cluster.pod.services': 'Services the init containers wait for',
    'cluster.pod.why': 'Why',
    'cluster.pod.conditions': 'Conditions',
    'cluster.pod.notSet': 'not set',

    'cluster.container.waiting': 'Waiting',
    'cluster.container.restartIn': 'restart in {s}s',
    'cluster.container.sidecar': 'sidecar',
    'cluster.container.restarts': '{n, plural, one {restarted # time} other {restarted # times}}',

    'cluster.volume.writes': '{name} → writes',
    'cluster.volume.reads': '{name} ← reads',
    'cluster.volume.readsWrites': '{name} ↔ reads and writes',
    'cluster.volume.notMounted': 'no container mounts it',
    'cluster.volume.missing': '{kind} {name} does not exist yet: the kubelet cannot mount this volume (FailedMount), so the pod waits.',

    'cluster.service.missing': 'missing',
    'cluster.service.exists': 'exists, {n, plural, one {# endpoint} other {# endpoints}}',
    'cluster.service.waitsExist': '{names} waits until this Service exists.',
    'cluster.service.waitsEndpoint': '{names} waits until a ready pod backs this Service.',
    'cluster.service.foundDns': '{names} finds it by its DNS name.',
    'cluster.service.canConnect': '{names} can connect to it.',

    'cluster.duration.s': '{s} s',
    'cluster.duration.min': '{m} min',
    'cluster.duration.minS': '{m} min {s} s',

    'cluster.why.crashLoop':
      '{name} {code, select, none {exited} other {exited {code}}}; {sidecar, select, yes {it is a sidecar (restartPolicy: Always)} other {restartPolicy is {policy}}}, so the kubelet restarts it after a {backoff, select, none {} other {{backoff} }}back-off (10 s at first, doubling each time, at most 5 min).',
    'cluster.why.imagePull': 'The image {image} cannot be pulled; the kubelet keeps retrying with back-off, and nothing after {name} starts.',
    'cluster.why.initFailedNever': '{name} exited {code}; restartPolicy is Never, so the pod fails and the app containers never start.',
    'cluster.why.initFailedRetry': '{name} exited {code}; restartPolicy is {policy}, so the kubelet will run it again after a back-off, and the containers after it wait.',
    'cluster.why.sidecar': '{name} is a sidecar (an init container with restartPolicy: Always): once started it keeps running beside the app containers.',
    'cluster.why.initRunningNext': '{name} is running; {next} starts only after it exits 0.',
    'cluster.why.initRunningLast': '{name} is running; the app containers start only after it exits 0.',
    'cluster.why.appWaits': '{name} waits until every init container has completed.',
    'cluster.why.initWaitsFor': '{name} waits for {before}: init containers run one at a time, in order.',
    'cluster.why.initNext': '{name} is next: the kubelet pulls its image and starts it.',
  },
  'zh-CN': {
    'cluster.node': '节点 {name}',
    'cluster.unscheduled': '等待调度到节点',
    'cluster.unscheduledLabel': '等待节点的 Pod',
    'cluster.empty': '还没有 Pod。应用清单即可创建一个。',
    'cluster.terminal': '终端',
    'cluster.log.summary': '状态变化（{n}）',

    'cluster.workloads': '工作负载',
    'cluster.workloads.pods': '{n, plural, =0 {没有 Pod} other {# 个 Pod}}',
    'cluster.workloads.show': '显示 {pod} 的卡片',

    'cluster.pod.phase': '阶段',
    'cluster.pod.node': '节点',
    'cluster.pod.owner': '属于',
    'cluster.pod.init': 'Init 容器（按顺序）',
    'cluster.pod.sidecars': '边车容器（并行运行）',
    'cluster.pod.apps': '应用容器',
    'cluster.pod.startsSidecar': '启动边车容器 {name}',
    'cluster.pod.volumes': '卷',
    'cluster.pod.services': 'Init 容器等待的服务',
    'cluster.pod.why': '原因',
    'cluster.pod.conditions': 'Pod 状况',
    'cluster.pod.notSet': '未设置',

    'cluster.container.waiting': '等待中',
    'cluster.container.restartIn': '{s} 秒后重启',
    'cluster.container.sidecar': '边车',
    'cluster.container.restarts': '已重启 {n} 次',

    'cluster.volume.writes': '{name} → 写入',
    'cluster.volume.reads': '{name} ← 读取',
    'cluster.volume.readsWrites': '{name} ↔ 读写',
    'cluster.volume.notMounted': '没有容器挂载它',
    'cluster.volume.missing': '{kind} {name} 还不存在：kubelet 无法挂载这个卷（FailedMount），Pod 只能等待。',

    'cluster.service.missing': '不存在',
    'cluster.service.exists': '已存在，{n} 个端点',
    'cluster.service.waitsExist': '{names} 会一直等到这个服务被创建。',
    'cluster.service.waitsEndpoint': '{names} 会一直等到有就绪的 Pod 成为这个服务的端点。',
    'cluster.service.foundDns': '{names} 能通过 DNS 名称找到它。',
    'cluster.service.canConnect': '{names} 能连接到它。',

    'cluster.duration.s': '{s} 秒',
    'cluster.duration.min': '{m} 分钟',
    'cluster.duration.minS': '{m} 分 {s} 秒',

    'cluster.why.crashLoop':
      '{name} {code, select, none {已退出} other {以退出码 {code} 退出}}；{sidecar, select, yes {它是边车容器（restartPolicy: Always）} other {restartPolicy 为 {policy}}}，所以 kubelet 会在{backoff, select, none {回退等待} other {回退 {backoff}}}后重启它（起初 10 秒，每次翻倍，最长 5 分钟）。',
    'cluster.why.imagePull': '无法拉取镜像 {image}；kubelet 会按回退间隔不断重试，{name} 之后的容器都不会启动。',
    'cluster.why.initFailedNever': '{name} 以退出码 {code} 退出；restartPolicy 为 Never，所以 Pod 失败，应用容器永远不会启动。',
    'cluster.why.initFailedRetry': '{name} 以退出码 {code} 退出；restartPolicy 为 {policy}，所以 kubelet 会在回退后再次运行它，排在它后面的容器继续等待。',
    'cluster.why.sidecar': '{name} 是边车容器（restartPolicy: Always 的 Init 容器）：启动后会一直与应用容器并行运行。',
    'cluster.why.initRunningNext': '{name} 正在运行；它以退出码 0 结束后，{next} 才会启动。',
    'cluster.why.initRunningLast': '{name} 正在运行；它以退出码 0 结束后，应用容器才会启动。',
    'cluster.why.appWaits': '{name} 要等所有 Init 容器都成功完成后才会启动。',
    'cluster.why.initWaitsFor': '{name} 在等待 {before}：Init 容器按顺序逐个运行。',
    'cluster.why.initNext': '轮到 {name} 了：kubelet 会拉取它的镜像并启动它。',
  },
}
