import { describe, expect, it } from 'vitest'
import {
  ALIGN_RIGHT,
  DEBUG,
  DESCRIBE_TABWRITER,
  DISCARD_EMPTY_COLUMNS,
  GET_TABWRITER,
  REMEMBER_WIDTHS,
  TabWriter,
  type TabWriterOptions,
} from './tabwriter'

function opts(minWidth: number, tabWidth: number, padding: number, padChar: string, flags = 0): TabWriterOptions {
  return { minWidth, tabWidth, padding, padChar, flags }
}

/** Like Go's check(): the result must not depend on how the input is split into write() calls. */
function formatAllWays(o: TabWriterOptions, src: string): string[] {
  const whole = new TabWriter(o)
  whole.write(src)
  const byChar = new TabWriter(o)
  for (const ch of src) byChar.write(ch)
  const fib = new TabWriter(o)
  for (let i = 0, d = 0; i < src.length; ) {
    fib.write(src.slice(i, i + d))
    i += d
    d = Math.min(d + 1, src.length - i)
  }
  return [whole.flush(), byChar.flush(), fib.flush()]
}

// Go text/tabwriter tabwriter_test.go `tests` (as in liggitt/tabwriter), minus the Escape, FilterHTML
// and grapheme-width cases, which kubectl never uses.
const GO_CASES: [string, TabWriterOptions, string, string][] = [
  ['1a', opts(8, 0, 1, '.'), '', ''],
  ['1a debug', opts(8, 0, 1, '.', DEBUG), '', ''],
  ['2', opts(8, 0, 1, '.'), '\n\n\n', '\n\n\n'],
  ['3', opts(8, 0, 1, '.'), 'a\nb\nc', 'a\nb\nc'],
  ['4a', opts(8, 0, 1, '.'), '\t', ''],
  ['4b', opts(8, 0, 1, '.', ALIGN_RIGHT), '\t', ''],
  ['5', opts(8, 0, 1, '.'), '*\t*', '*.......*'],
  ['5b', opts(8, 0, 1, '.'), '*\t*\n', '*.......*\n'],
  ['5c', opts(8, 0, 1, '.'), '*\t*\t', '*.......*'],
  ['5c debug', opts(8, 0, 1, '.', DEBUG), '*\t*\t', '*.......|*'],
  ['5d', opts(8, 0, 1, '.', ALIGN_RIGHT), '*\t*\t', '.......**'],
  ['6', opts(8, 0, 1, '.'), '\t\n', '........\n'],
  ['7a', opts(8, 0, 1, '.'), 'a) foo', 'a) foo'],
  ['7b', opts(8, 0, 1, ' '), 'b) foo\tbar', 'b) foo  bar'],
  ['7c', opts(8, 0, 1, '.'), 'c) foo\tbar\t', 'c) foo..bar'],
  ['7d', opts(8, 0, 1, '.'), 'd) foo\tbar\n', 'd) foo..bar\n'],
  ['7e', opts(8, 0, 1, '.'), 'e) foo\tbar\t\n', 'e) foo..bar.....\n'],
  ['8', opts(8, 0, 1, '*'), 'Hello, world!\n', 'Hello, world!\n'],
  ['9a', opts(1, 0, 0, '.'), '1\t2\t3\t4\n11\t222\t3333\t44444\n', '1.2..3...4\n11222333344444\n'],
  ['9c', opts(1, 0, 0, '.'), '1\t2\t3\t4\f11\t222\t3333\t44444\n', '1234\n11222333344444\n'],
  ['9c debug', opts(1, 0, 0, '.', DEBUG), '1\t2\t3\t4\f11\t222\t3333\t44444\n', '1|2|3|4\n---\n11|222|3333|44444\n'],
  ['10a', opts(5, 0, 0, '.'), '1\t2\t3\t4\n', '1....2....3....4\n'],
  ['10b', opts(5, 0, 0, '.'), '1\t2\t3\t4\t\n', '1....2....3....4....\n'],
  [
    '11',
    opts(8, 0, 1, '.'),
    '本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n',
    '本.......b.......c\naa......本本本.....cccc....ddddd\naaa.....bbbb\n',
  ],
  [
    '12a',
    opts(8, 0, 1, ' ', ALIGN_RIGHT),
    'a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n',
    '       a       è       c\n      aa     èèè    cccc   ddddd\n     aaa    èèèè\n',
  ],
  ['12b', opts(2, 0, 0, ' '), 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a  b  c\naa bbbcccc\naaabbbb\n'],
  ['12c', opts(8, 0, 1, '_'), 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a_______b_______c\naa______bbb_____cccc\naaa_____bbbb\n'],
  [
    '13a',
    opts(4, 0, 1, '-'),
    '4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    '4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n666666-666666-666666----4444\n1------1------999999999-0000000000\n',
  ],
  [
    '13b',
    opts(4, 0, 3, '.'),
    '4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    '4444........333...22...1...333\n999999999...22\n7...........22\n....................88888888\n\n666666...666666...666666......4444\n1........1........999999999...0000000000\n',
  ],
  [
    '14',
    opts(1, 0, 2, ' ', ALIGN_RIGHT),
    '.0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t',
    '    .0          .3    2.4    -5.1\n  23.0  12345678.9    2.4  -989.4\n   5.1        12.0    2.4    -7.0\n    .0         0.0  332.0  8908.0\n    .0         -.3  456.4    22.1\n    .0         1.2   44.4   -13.3',
  ],
  [
    '14 debug',
    opts(1, 0, 2, ' ', ALIGN_RIGHT | DEBUG),
    '.0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t',
    '    .0|          .3|    2.4|    -5.1|\n  23.0|  12345678.9|    2.4|  -989.4|\n   5.1|        12.0|    2.4|    -7.0|\n    .0|         0.0|  332.0|  8908.0|\n    .0|         -.3|  456.4|    22.1|\n    .0|         1.2|   44.4|   -13.3|',
  ],
  ['15a', opts(4, 0, 0, '.'), 'a\t\tb', 'a.......b'],
  ['15b', opts(4, 0, 0, '.', DISCARD_EMPTY_COLUMNS), 'a\t\tb', 'a.......b'],
  ['15c', opts(4, 0, 0, '.', DISCARD_EMPTY_COLUMNS), 'a\v\vb', 'a...b'],
  ['15d', opts(4, 0, 0, '.', ALIGN_RIGHT | DISCARD_EMPTY_COLUMNS), 'a\v\vb', '...ab'],
  [
    '16a',
    opts(100, 100, 0, '\t'),
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
  ],
  [
    '16b',
    opts(100, 100, 0, '\t', DISCARD_EMPTY_COLUMNS),
    'a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n',
    'a\tb\td\na\tb\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
  ],
  [
    '16b debug',
    opts(100, 100, 0, '\t', DISCARD_EMPTY_COLUMNS | DEBUG),
    'a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n',
    'a\t|b\t||d\na\t|b\t||d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n',
  ],
  [
    '16c',
    opts(100, 100, 0, '\t', DISCARD_EMPTY_COLUMNS),
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
  ],
  [
    '16c debug',
    opts(100, 100, 0, '\t', DISCARD_EMPTY_COLUMNS | DEBUG),
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    'a\t|b\t|\t|d\na\t|b\t|\t|d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n',
  ],
]

describe('TabWriter: Go tabwriter test table', () => {
  for (const [name, o, src, expected] of GO_CASES) {
    it(name, () => {
      expect(formatAllWays(o, src)).toEqual([expected, expected, expected])
    })
  }
})

describe('TabWriter: Go package examples', () => {
  it('ExampleWriter_Init', () => {
    const tabs = new TabWriter(opts(0, 8, 0, '\t'))
    tabs.write('a\tb\tc\td\t.\n123\t12345\t1234567\t123456789\t.\n\n')
    expect(tabs.flush()).toBe('a\tb\tc\td\t\t.\n123\t12345\t1234567\t123456789\t.\n\n')
    const right = new TabWriter(opts(5, 0, 1, ' ', ALIGN_RIGHT))
    right.write('a\tb\tc\td\t.\n123\t12345\t1234567\t123456789\t.\n\n')
    expect(right.flush()).toBe('    a     b       c         d.\n  123 12345 1234567 123456789.\n\n')
  })

  it('Example_elastic: b and d sit in different columns', () => {
    const w = new TabWriter(opts(0, 0, 1, '.', ALIGN_RIGHT | DEBUG))
    w.write('a\tb\tc\naa\tbb\tcc\naaa\t\naaaa\tdddd\teeee\n')
    expect(w.flush()).toBe('....a|..b|c\n...aa|.bb|cc\n..aaa|\n.aaaa|.dddd|eeee\n')
  })

  it('Example_trailingTab: text after the last tab is not aligned', () => {
    const w = new TabWriter(opts(0, 0, 3, '-', ALIGN_RIGHT | DEBUG))
    w.write('a\tb\taligned\t\naa\tbb\taligned\t\naaa\tbbb\tunaligned\naaaa\tbbbb\taligned\t\n')
    expect(w.flush()).toBe('------a|------b|---aligned|\n-----aa|-----bb|---aligned|\n----aaa|----bbb|unaligned\n---aaaa|---bbbb|---aligned|\n')
  })
})

describe('TabWriter: RememberWidths (liggitt TestMultiWrite)', () => {
  it('keeps the widest width of each column across flushes', () => {
    const w = new TabWriter(opts(6, 4, 3, ' ', REMEMBER_WIDTHS))
    w.write('First\tMiddle\tLast\n')
    w.write('a\tbb\tccc\n')
    w.write('ddd\teeeeeeeeeeeeee\tf\n')
    expect(w.flush()).toBe('First   Middle           Last\na       bb               ccc\nddd     eeeeeeeeeeeeee   f\n')
    w.write('g\th\ti\n')
    expect(w.flush()).toBe('g       h                i\n')
    w.write('j\t\t\n')
    expect(w.flush()).toBe('j                        \n')
    w.write('\tk\t\n')
    expect(w.flush()).toBe('        k                \n')
    w.write('\t\tl\n')
    expect(w.flush()).toBe('                         l\n')
    w.write('mmmmmmmmmmmmmmm\tnnn\tooo\n')
    expect(w.flush()).toBe('mmmmmmmmmmmmmmm   nnn              ooo\n')

    const next = new TabWriter(opts(6, 4, 3, ' ', REMEMBER_WIDTHS)).setRememberedWidths(w.rememberedWidths())
    next.write('p\tq\tr\n')
    expect(next.flush()).toBe('p                 q                r\n')
    expect(next.rememberedWidths()).toEqual([18, 17])

    next.setRememberedWidths([])
    next.write('sssss\tt\tu\n')
    expect(next.flush()).toBe('sssss   t     u\n')
    expect(next.rememberedWidths()).toEqual([8, 6])

    next.setRememberedWidths([10, 5, 5])
    next.write('v\tw\tx\n')
    expect(next.flush()).toBe('v         w     x\n')
  })

  it('forgets nothing without the flag: each flush is aligned on its own', () => {
    const w = new TabWriter(opts(6, 4, 3, ' '))
    w.write('a-long-name\tx\n')
    expect(w.flush()).toBe('a-long-name   x\n')
    w.write('a\tx\n')
    expect(w.flush()).toBe('a     x\n')
  })
})

describe('TabWriter: kubectl shapes', () => {
  it('get: min width 6, padding 3, last column unpadded', () => {
    const w = new TabWriter(GET_TABWRITER)
    w.write('NAME\tREADY\tSTATUS\tRESTARTS\tAGE\n')
    w.write('myapp-pod\t0/1\tInit:0/2\t0\t6m\n')
    expect(w.flush()).toBe('NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     Init:0/2   0          6m\n')
  })

  it('describe: a column block spans only consecutive lines that have the cell', () => {
    const w = new TabWriter(DESCRIBE_TABWRITER)
    w.write('Name:\tmyapp-pod\n')
    w.write('Namespace:\tdefault\n')
    w.write('Init Containers:\n')
    w.write('  init-myservice:\n')
    w.write('    Image:\tbusybox:1.28\n')
    w.write('    Restart Count:\t0\n')
    w.write('Conditions:\n')
    w.write('  Type\tStatus\n')
    w.write('  Initialized \tFalse \n')
    w.write('  PodScheduled \tTrue \n')
    expect(w.flush()).toBe(
      [
        'Name:       myapp-pod',
        'Namespace:  default',
        'Init Containers:',
        '  init-myservice:',
        '    Image:          busybox:1.28',
        '    Restart Count:  0',
        'Conditions:',
        '  Type           Status',
        '  Initialized    False ',
        '  PodScheduled   True ',
        '',
      ].join('\n'),
    )
  })

  it("reproduces the article's describe Conditions block", () => {
    const w = new TabWriter(DESCRIBE_TABWRITER)
    w.write('Conditions:\n  Type\tStatus\n')
    for (const type of ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled']) w.write(`  ${type} \tTrue \n`)
    expect(w.flush()).toBe(
      'Conditions:\n' +
      '  Type              Status\n' +
      '  Initialized       True \n' +
      '  Ready             True \n' +
      '  ContainersReady   True \n' +
      '  PodScheduled      True \n',
    )
  })

  it('hands back text written before a tab-free line immediately, and the rest at flush', () => {
    const w = new TabWriter(DESCRIBE_TABWRITER)
    w.write('a:\t1\nheading\nbb:\t2')
    expect(w.flush()).toBe('a:  1\nheading\nbb:  2')
    expect(w.flush()).toBe('')
  })

  it('rejects negative sizes like tabwriter.Init', () => {
    expect(() => new TabWriter(opts(-1, 0, 0, ' '))).toThrow('negative minwidth, tabwidth, or padding')
  })
})
