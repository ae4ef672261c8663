import { describe, expect, it } from 'vitest'
import {
  addQuantities, canonicalQuantity, compareQuantities, formatQuantity, maxQuantity, parseQuantity, quantityDecodeError,
  quantityMilliValue, quantityValue, roundUpToMilli, QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR,
} from './quantity'

// value given as (mantissa, exponent10); converted to nano-units for the comparison.
const nanos = (m: bigint, e: number): bigint => (e + 9 >= 0 ? m * 10n ** BigInt(e + 9) : m / 10n ** BigInt(-(e + 9)))

describe('parseQuantity (apimachinery TestQuantityParse cases)', () => {
  const table: [string, bigint, number, string][] = [
    ['0', 0n, 0, 'DecimalSI'], ['0n', 0n, 0, 'DecimalSI'], ['0m', 0n, 0, 'DecimalSI'], ['0Ki', 0n, 0, 'BinarySI'],
    ['0Mi', 0n, 0, 'BinarySI'], ['0G', 0n, 0, 'DecimalSI'], ['1', 1n, 0, 'DecimalSI'],
    ['1Ki', 1024n, 0, 'BinarySI'], ['8Ki', 8n * 1024n, 0, 'BinarySI'], ['7Mi', 7n * 1024n ** 2n, 0, 'BinarySI'],
    ['6Gi', 6n * 1024n ** 3n, 0, 'BinarySI'], ['5Ti', 5n * 1024n ** 4n, 0, 'BinarySI'], ['3Ei', 3n * 1024n ** 6n, 0, 'BinarySI'],
    ['5n', 5n, -9, 'DecimalSI'], ['4u', 4n, -6, 'DecimalSI'], ['3m', 3n, -3, 'DecimalSI'], ['8k', 8n, 3, 'DecimalSI'],
    ['50k', 5n, 4, 'DecimalSI'], ['300T', 3n, 14, 'DecimalSI'], ['2P', 2n, 15, 'DecimalSI'], ['1E', 1n, 18, 'DecimalSI'],
    ['1E-3', 1n, -3, 'DecimalExponent'], ['1e3', 1n, 3, 'DecimalExponent'], ['1E18', 1n, 18, 'DecimalExponent'],
    ['100.035k', 100035n, 0, 'DecimalSI'], ['0.001', 1n, -3, 'DecimalSI'], ['0.0005k', 5n, -1, 'DecimalSI'],
    ['0.5', 5n, -1, 'DecimalSI'], ['0.00500', 5n, -3, 'DecimalSI'], ['0.5e-2', 5n, -3, 'DecimalExponent'],
    ['10.035M', 10035n, 3, 'DecimalSI'], ['1.3E+6', 13n, 5, 'DecimalExponent'], ['1.53E12', 153n, 10, 'DecimalExponent'],
    ['9.01', 901n, -2, 'DecimalSI'], ['6.987654321G', 6987654321n, 0, 'DecimalSI'], ['1.01E', 101n, 16, 'DecimalSI'],
    ['3.001n', 4n, -9, 'DecimalSI'], ['1.1E-9', 2n, -9, 'DecimalExponent'], ['0.0000000001', 1n, -9, 'DecimalSI'],
    ['0.9n', 1n, -9, 'DecimalSI'], ['0.00000012345', 124n, -9, 'DecimalSI'], ['12E', 12n, 18, 'DecimalSI'],
    ['100.035Ki', 10243584n, -2, 'BinarySI'], ['0.5Mi', 524288n, 0, 'BinarySI'], ['0.025Ti', 274877906944n, -1, 'BinarySI'],
    ['0.000000000001Ki', 2n, -9, 'DecimalSI'], ['.001', 1n, -3, 'DecimalSI'], ['.0001k', 100n, -3, 'DecimalSI'],
    ['1.', 1n, 0, 'DecimalSI'], ['1.G', 1n, 9, 'DecimalSI'],
  ]
  it.each(table)('%s', (input, m, e, format) => {
    const q = parseQuantity(input)
    expect(q.nanos).toBe(nanos(m, e))
    expect(q.format).toBe(format)
    expect(parseQuantity('-' + input).nanos).toBe(-nanos(m, e))
    expect(parseQuantity('+' + input).nanos).toBe(nanos(m, e))
  })

  it('saturates BinarySI at the int64 maximum', () => {
    expect(parseQuantity('9Ei').nanos).toBe(9223372036854775807n * 1_000_000_000n)
    expect(parseQuantity('9223372036854775807Ki').nanos).toBe(9223372036854775807n * 1_000_000_000n)
  })

  it.each(['1.1.M', '1+1.0M', '0.1am', 'aoeu', ' 1', '1 ', '', 'abc', '1Gb', '1.5.5'])('rejects %j as malformed', (input) => {
    expect(() => parseQuantity(input)).toThrow(QUANTITY_FORMAT_ERROR)
  })
  it.each(['0.1mi', '.5i', '1i', '-3.01i', '-3.01e-', '1K', '1e'])('rejects %j for its suffix', (input) => {
    expect(() => parseQuantity(input)).toThrow(QUANTITY_SUFFIX_ERROR)
  })
})

describe('formatQuantity (canonical String())', () => {
  const table: [string, string][] = [
    ['1Ki', '1Ki'], ['1Mi', '1Mi'], ['1Gi', '1Gi'], ['1024Mi', '1Gi'], ['1000M', '1G'], ['.001Ki', '1024m'],
    ['.000001Ki', '1024u'], ['.000000001Ki', '1024n'], ['.000000000001Ki', '2n'],
    ['0.5', '500m'], ['1000m', '1'], ['1.5Gi', '1536Mi'], ['0.5Gi', '512Mi'], ['1.5', '1500m'], ['1000', '1k'],
    ['1500', '1500'], ['15000', '15k'], ['100m', '100m'], ['0', '0'], ['0Mi', '0'], ['1e3', '1e3'], ['1e4', '10e3'],
    ['128974848', '128974848'], ['129e6', '129e6'], ['123Mi', '123Mi'], ['1.5Ki', '1536'], ['0.0001', '100u'],
    ['2048', '2048'], ['1023Ki', '1023Ki'],
  ]
  it.each(table)('%s -> %s', (input, out) => {
    expect(formatQuantity(parseQuantity(input))).toBe(out)
    if (out !== '0') expect(formatQuantity(parseQuantity('-' + input))).toBe('-' + out)
  })

  it('keeps already canonical input verbatim, as the Go fast path caches it', () => {
    expect(formatQuantity(parseQuantity('+1'))).toBe('+1')
    expect(formatQuantity(parseQuantity('01'))).toBe('01')
    expect(formatQuantity(parseQuantity('-1'))).toBe('-1')
  })

  it('canonicalizes JSON numbers and trims like the decoder', () => {
    expect(canonicalQuantity(0.5)).toBe('500m')
    expect(canonicalQuantity(2)).toBe('2')
    expect(canonicalQuantity(' 1Gi ')).toBe('1Gi')
    expect(canonicalQuantity('abc')).toBeNull()
  })
})

describe('arithmetic', () => {
  it('Add keeps the first operand format unless it is zero (TestQuantityAddZeroPreservesSuffix)', () => {
    for (const v of ['100m', '1Gi']) {
      expect(formatQuantity(addQuantities(parseQuantity(v), parseQuantity('0')))).toBe(v)
      expect(formatQuantity(addQuantities(parseQuantity('0'), parseQuantity(v)))).toBe(v)
    }
    expect(formatQuantity(addQuantities(parseQuantity('1Gi'), parseQuantity('512Mi')))).toBe('1536Mi')
    expect(formatQuantity(addQuantities(parseQuantity('1'), parseQuantity('512Mi')))).toBe('536870913')
    expect(formatQuantity(addQuantities(parseQuantity('500m'), parseQuantity('0.5')))).toBe('1')
  })

  it('compares like TestQuantityCmp', () => {
    expect(compareQuantities(parseQuantity('0'), parseQuantity('0'))).toBe(0)
    expect(compareQuantities(parseQuantity('100m'), parseQuantity('50m'))).toBe(1)
    expect(compareQuantities(parseQuantity('50m'), parseQuantity('100m'))).toBe(-1)
    expect(compareQuantities(parseQuantity('10000T'), parseQuantity('100Gi'))).toBe(1)
    expect(formatQuantity(maxQuantity(parseQuantity('1'), parseQuantity('1000m')))).toBe('1')
  })

  it('rounds up to milli for defaulting and reports Value/MilliValue rounded up', () => {
    expect(formatQuantity(roundUpToMilli(parseQuantity('100u')))).toBe('1m')
    expect(formatQuantity(roundUpToMilli(parseQuantity('1.0001')))).toBe('1001m')
    expect(formatQuantity(roundUpToMilli(parseQuantity('250m')))).toBe('250m')
    expect(quantityValue(parseQuantity('1500m'))).toBe(2n)
    expect(quantityMilliValue(parseQuantity('1n'))).toBe(1n)
  })

  it('explains decode failures', () => {
    expect(quantityDecodeError('abc')).toBe(QUANTITY_FORMAT_ERROR)
    expect(quantityDecodeError('1K')).toBe(QUANTITY_SUFFIX_ERROR)
    expect(quantityDecodeError('250m')).toBeNull()
    expect(quantityDecodeError(1)).toBeNull()
    expect(QUANTITY_FORMAT_ERROR).toBe("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
  })
})
