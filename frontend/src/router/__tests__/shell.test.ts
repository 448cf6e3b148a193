import { describe, expect, it } from 'vitest'
import { Role } from '@/api/generated/graphql'
import { isMobilePath, isNarrowViewport, shellRedirect } from '../shell'

const desktop = 1366
const phone = 390

describe('isMobilePath', () => {
  it.each([
    ['/m', true],
    ['/m/units/42', true],
    ['/', false],
    ['/org', false],
    ['/media', false],
  ])('%s → %s', (path, expected) => {
    expect(isMobilePath(path)).toBe(expected)
  })
})

describe('isNarrowViewport', () => {
  it('is narrow below 768 px', () => {
    expect(isNarrowViewport(767)).toBe(true)
    expect(isNarrowViewport(768)).toBe(false)
  })
})

describe('shellRedirect', () => {
  it('sends a grid worker to the phone shell from any desktop page, at any width', () => {
    for (const path of ['/', '/org']) {
      for (const initial of [true, false]) {
        expect(shellRedirect({ path, roles: [Role.GRID_WORKER], viewportWidth: desktop, initial })).toBe('/m')
      }
    }
  })

  it('lets a grid worker through inside the phone shell', () => {
    expect(shellRedirect({ path: '/m/units', roles: [Role.GRID_WORKER], viewportWidth: phone, initial: true })).toBeNull()
  })

  it('opens the phone shell for other users on a narrow screen', () => {
    expect(shellRedirect({ path: '/', roles: [Role.ESTABLISHMENT_OFFICE], viewportWidth: phone, initial: true })).toBe(
      '/m',
    )
  })

  it('lets other users switch to the desktop later on a narrow screen', () => {
    expect(
      shellRedirect({ path: '/', roles: [Role.ESTABLISHMENT_OFFICE], viewportWidth: phone, initial: false }),
    ).toBeNull()
  })

  it('keeps other users on the desktop on a wide screen', () => {
    expect(shellRedirect({ path: '/org', roles: [Role.DEPARTMENT], viewportWidth: desktop, initial: true })).toBeNull()
  })
})
