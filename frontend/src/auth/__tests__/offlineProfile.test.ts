import { describe, expect, it } from 'vitest'
import { Role } from '@/api/generated/graphql'
import type { Me } from '@/api/org'
import { MemoryStorage } from '@/testing/memoryStorage'
import { forgetProfile, offlineProfile, PROFILE_KEY, readProfile, rememberProfile } from '../offlineProfile'

const me = {
  subject: 'f3a1', username: 'wanggeyuan', displayName: '网格员', system: false, roles: [Role.GRID_WORKER], officeId: null,
  unit: { id: '12', code: 'JZ-QH-T01', name: '清河街道' },
} as unknown as Me

describe('the profile the phone app opens offline with', () => {
  it('is the user who last signed in, until they sign out', () => {
    const storage = new MemoryStorage()
    rememberProfile(storage, me)
    expect(readProfile(storage)).toEqual(me)
    forgetProfile(storage)
    expect(readProfile(storage)).toBeNull()
  })

  it('opens only the phone: its path or a narrow screen', () => {
    const storage = new MemoryStorage()
    rememberProfile(storage, me)
    expect(offlineProfile(storage, '/m/cases/new', 1366)).toEqual(me)
    expect(offlineProfile(storage, '/', 390)).toEqual(me)
    expect(offlineProfile(storage, '/cases', 1366)).toBeNull()
  })

  it('is nothing when nobody signed in here or the entry is not a user', () => {
    const storage = new MemoryStorage()
    expect(offlineProfile(storage, '/m', 390)).toBeNull()
    storage.setItem(PROFILE_KEY, '{broken')
    expect(readProfile(storage)).toBeNull()
    storage.setItem(PROFILE_KEY, JSON.stringify({ subject: '', roles: [] }))
    expect(readProfile(storage)).toBeNull()
  })
})
