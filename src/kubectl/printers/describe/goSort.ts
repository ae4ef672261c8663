// Go's sort.Sort / sort.Slice (pattern-defeating quicksort, Go 1.19+), ported step for step. kubectl
// sorts events and tolerations with it, and it is not stable: equal elements past 12 come out in the
// order these exact swaps leave them, so a stable JS sort would print some rows in another order.

type Less = (i: number, j: number) => boolean
type Swap = (i: number, j: number) => void

const INCREASING = 1
const DECREASING = 2

function bitLength(n: number): number {
  return n <= 0 ? 0 : 32 - Math.clz32(n)
}

function insertionSort(less: Less, swap: Swap, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    for (let j = i; j > a && less(j, j - 1); j--) swap(j, j - 1)
  }
}

function siftDown(less: Less, swap: Swap, lo: number, hi: number, first: number): void {
  let root = lo
  for (;;) {
    let child = 2 * root + 1
    if (child >= hi) return
    if (child + 1 < hi && less(first + child, first + child + 1)) child++
    if (!less(first + root, first + child)) return
    swap(first + root, first + child)
    root = child
  }
}

function heapSort(less: Less, swap: Swap, a: number, b: number): void {
  const hi = b - a
  for (let i = Math.trunc((hi - 1) / 2); i >= 0; i--) siftDown(less, swap, i, hi, a)
  for (let i = hi - 1; i >= 0; i--) {
    swap(a, a + i)
    siftDown(less, swap, 0, i, a)
  }
}

function partition(less: Less, swap: Swap, a: number, b: number, pivot: number): [number, boolean] {
  swap(a, pivot)
  let i = a + 1
  let j = b - 1
  while (i <= j && less(i, a)) i++
  while (i <= j && !less(j, a)) j--
  if (i > j) {
    swap(j, a)
    return [j, true]
  }
  swap(i, j)
  i++
  j--
  for (;;) {
    while (i <= j && less(i, a)) i++
    while (i <= j && !less(j, a)) j--
    if (i > j) break
    swap(i, j)
    i++
    j--
  }
  swap(j, a)
  return [j, false]
}

function partitionEqual(less: Less, swap: Swap, a: number, b: number, pivot: number): number {
  swap(a, pivot)
  let i = a + 1
  let j = b - 1
  for (;;) {
    while (i <= j && !less(a, i)) i++
    while (i <= j && less(a, j)) j--
    if (i > j) break
    swap(i, j)
    i++
    j--
  }
  return i
}

function partialInsertionSort(less: Less, swap: Swap, a: number, b: number): boolean {
  const maxSteps = 5
  const shortestShifting = 50
  let i = a + 1
  for (let step = 0; step < maxSteps; step++) {
    while (i < b && !less(i, i - 1)) i++
    if (i === b) return true
    if (b - a < shortestShifting) return false
    swap(i, i - 1)
    if (i - a >= 2) {
      for (let j = i - 1; j >= 1; j--) {
        if (!less(j, j - 1)) break
        swap(j, j - 1)
      }
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b; j++) {
        if (!less(j, j - 1)) break
        swap(j, j - 1)
      }
    }
  }
  return false
}

const MASK64 = (1n << 64n) - 1n

function breakPatterns(swap: Swap, a: number, b: number): void {
  const length = b - a
  if (length < 8) return
  let random = BigInt(length)
  const modulus = BigInt(2 ** bitLength(length))
  for (let idx = a + Math.trunc(length / 4) * 2 - 1; idx <= a + Math.trunc(length / 4) * 2 + 1; idx++) {
    random ^= (random << 13n) & MASK64
    random ^= random >> 7n
    random ^= (random << 17n) & MASK64
    let other = Number(random & (modulus - 1n))
    if (other >= length) other -= length
    swap(idx, a + other)
  }
}

function choosePivot(less: Less, a: number, b: number): [number, number] {
  const l = b - a
  const swaps = { n: 0 }
  const order2 = (x: number, y: number): [number, number] => {
    if (less(y, x)) {
      swaps.n++
      return [y, x]
    }
    return [x, y]
  }
  const median = (x: number, y: number, z: number): number => {
    ;[x, y] = order2(x, y)
    ;[y, z] = order2(y, z)
    ;[x, y] = order2(x, y)
    return y
  }
  let i = a + Math.trunc(l / 4)
  let j = a + Math.trunc(l / 4) * 2
  let k = a + Math.trunc(l / 4) * 3
  if (l >= 8) {
    if (l >= 50) {
      i = median(i - 1, i, i + 1)
      j = median(j - 1, j, j + 1)
      k = median(k - 1, k, k + 1)
    }
    j = median(i, j, k)
  }
  if (swaps.n === 0) return [j, INCREASING]
  return [j, swaps.n === 12 ? DECREASING : 0]
}

function reverseRange(swap: Swap, a: number, b: number): void {
  for (let i = a, j = b - 1; i < j; i++, j--) swap(i, j)
}

function pdqsort(less: Less, swap: Swap, a: number, b: number, limit: number): void {
  let wasBalanced = true
  let wasPartitioned = true
  for (;;) {
    const length = b - a
    if (length <= 12) {
      insertionSort(less, swap, a, b)
      return
    }
    if (limit === 0) {
      heapSort(less, swap, a, b)
      return
    }
    if (!wasBalanced) {
      breakPatterns(swap, a, b)
      limit--
    }
    let [pivot, hint] = choosePivot(less, a, b)
    if (hint === DECREASING) {
      reverseRange(swap, a, b)
      pivot = b - 1 - (pivot - a)
      hint = INCREASING
    }
    if (wasBalanced && wasPartitioned && hint === INCREASING && partialInsertionSort(less, swap, a, b)) return
    if (a > 0 && !less(a - 1, pivot)) {
      a = partitionEqual(less, swap, a, b, pivot)
      continue
    }
    const [mid, alreadyPartitioned] = partition(less, swap, a, b, pivot)
    wasPartitioned = alreadyPartitioned
    const threshold = Math.trunc(length / 8)
    if (mid - a < b - mid) {
      wasBalanced = mid - a >= threshold
      pdqsort(less, swap, a, mid, limit)
      a = mid + 1
    } else {
      wasBalanced = b - mid >= threshold
      pdqsort(less, swap, mid + 1, b, limit)
      b = mid
    }
  }
}

/** Go's sort.Slice(items, less) on a copy: same comparisons, same swaps, same (unstable) result. */
export function goSortSlice<T>(items: readonly T[], less: (a: T, b: T) => boolean): T[] {
  const data = [...items]
  if (data.length <= 1) return data
  const swap: Swap = (i, j) => {
    const t = data[i]
    data[i] = data[j]
    data[j] = t
  }
  pdqsort((i, j) => less(data[i], data[j]), swap, 0, data.length, bitLength(data.length))
  return data
}
