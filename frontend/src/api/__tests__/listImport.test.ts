import { describe, expect, it } from 'vitest'
import { ImportStatus } from '../generated/graphql'
import { importPercent, importPhaseOf } from '../listImport'

describe('importPercent', () => {
  it('fills the first 30 % while uploading, in proportion to the bytes sent', () => {
    expect(importPercent('uploading', 0, 1000)).toBe(0)
    expect(importPercent('uploading', 500, 1000)).toBe(15)
    expect(importPercent('uploading', 1000, 1000)).toBe(30)
    expect(importPercent('uploading', 10, 0)).toBe(0)
  })

  it('then shows the check and the rows written, never past 100', () => {
    expect(importPercent('checking', 0, 0)).toBe(35)
    expect(importPercent('writing', 0, 5000)).toBe(40)
    expect(importPercent('writing', 2500, 5000)).toBe(70)
    expect(importPercent('writing', 9000, 5000)).toBe(100)
    expect(importPercent('done', 0, 0)).toBe(100)
    expect(importPercent('failed', 3, 10)).toBe(100)
  })
})

describe('importPhaseOf', () => {
  it('maps the import status to the phase shown', () => {
    expect(importPhaseOf(ImportStatus.IMPORTING)).toBe('writing')
    expect(importPhaseOf(ImportStatus.SUCCEEDED)).toBe('done')
    expect(importPhaseOf(ImportStatus.FAILED)).toBe('failed')
  })
})
