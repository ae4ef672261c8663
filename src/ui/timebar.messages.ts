// The time bar's strings: play/pause, next change, speeds, the clock, and the scrubber that shows
// a past moment. `t = hh:mm:ss` stays the same in every language (tests and screenshots read it).
import type { Messages } from './i18n/locales'

export const messages: Messages = {
  en: {
    'timebar.label': 'Virtual clock',
    'timebar.play': 'Play',
    'timebar.pause': 'Pause',
    'timebar.next': 'Next change',
    'timebar.nextTitle': 'Jump to the next moment the cluster changes',
    'timebar.speed': 'Speed',
    'timebar.speedValue': '{speed}x',
    'timebar.time': 't = {clock}',
    'timebar.timeline': 'Look back',
    'timebar.scrubValue': '{at} of {total}',
    'timebar.scrubHelp': 'Left and right arrows move 1 s, Page Up and Page Down 10 s, End comes back to now.',
    'timebar.viewing': 'Viewing {at} of {total}',
    'timebar.viewingHint': 'The cluster as it was. Running a command or Apply goes back to now first.',
    'timebar.live': 'Back to now',
    'timebar.backToNow': 'Back to now: commands run on the cluster as it is now.',
  },
  'zh-CN': {
    'timebar.label': '虚拟时钟',
    'timebar.play': '播放',
    'timebar.pause': '暂停',
    'timebar.next': '下一个变化',
    'timebar.nextTitle': '跳到集群下一次发生变化的时刻',
    'timebar.speed': '速度',
    'timebar.speedValue': '{speed}x',
    'timebar.time': 't = {clock}',
    'timebar.timeline': '回看',
    'timebar.scrubValue': '{at} / {total}',
    'timebar.scrubHelp': '左右方向键移动 1 秒，Page Up 和 Page Down 移动 10 秒，End 回到现在。',
    'timebar.viewing': '正在查看 {at}（共 {total}）',
    'timebar.viewingHint': '这是集群过去的样子。运行命令或点击“应用”会先回到现在。',
    'timebar.live': '回到现在',
    'timebar.backToNow': '已回到现在：命令在集群当前的状态上运行。',
  },
}
