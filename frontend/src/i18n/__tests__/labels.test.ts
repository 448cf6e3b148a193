import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildSchema, isEnumType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { Role, UnitKind } from '@/api/generated/graphql'
import { enumLabelKey, LABELLED_ENUMS, ROLE_DISPLAY_ORDER, sortRoles } from '../labels'
import { messages } from '../messages'
import { SUPPORTED_LOCALES } from '../locale'

const schemaPath = fileURLToPath(new URL('../../../../api-schema/schema.graphql', import.meta.url))
const schema = buildSchema(readFileSync(schemaPath, 'utf8'))
const schemaEnums = Object.values(schema.getTypeMap()).filter(
  (type) => isEnumType(type) && !type.name.startsWith('__'),
)

function lookup(locale: (typeof SUPPORTED_LOCALES)[number], key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    return typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
  }, messages[locale])
}

describe('enum labels', () => {
  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    it.each(Object.keys(LABELLED_ENUMS) as (keyof typeof LABELLED_ENUMS)[])(
      'label every generated value of %s',
      (enumName) => {
        for (const value of Object.values(LABELLED_ENUMS[enumName])) {
          const label = lookup(locale, `enums.${enumName}.${value}`)
          expect(typeof label, `${locale} ${enumName}.${value}`).toBe('string')
          expect(String(label).trim(), `${locale} ${enumName}.${value}`).not.toBe('')
        }
      },
    )

    it('label every value of every enum in the API schema', () => {
      expect(schemaEnums.length).toBeGreaterThan(0)
      for (const type of schemaEnums) {
        if (!isEnumType(type)) continue
        for (const value of type.getValues()) {
          const label = lookup(locale, `enums.${type.name}.${value.name}`)
          expect(typeof label, `${locale} ${type.name}.${value.name}`).toBe('string')
        }
      }
    })

    it('have no label for a value the schema lacks', () => {
      const enums = lookup(locale, 'enums') as Record<string, Record<string, string>>
      for (const [enumName, values] of Object.entries(enums)) {
        const type = schema.getType(enumName)
        expect(type && isEnumType(type), `${enumName} is an enum of the schema`).toBe(true)
        if (!type || !isEnumType(type)) continue
        const names = type.getValues().map((value) => value.name)
        for (const value of Object.keys(values)) expect(names, `${enumName}.${value}`).toContain(value)
      }
    })
  })

  it('uses the Chinese role names of the domain', () => {
    const zh = messages['zh-CN'].enums.Role
    expect(ROLE_DISPLAY_ORDER.map((role) => zh[role])).toEqual([
      '编办',
      '编委',
      '指挥中心',
      '部门',
      '镇街',
      '网格员',
      '纪委监委',
      '组织部',
      '领导',
      '系统对接',
    ])
  })

  it('uses the Chinese unit kind, level and category names of the domain', () => {
    const zh = messages['zh-CN'].enums
    expect(zh.UnitKind[UnitKind.REGION_GOVERNMENT]).toBe('人民政府')
    expect(zh.UnitKind[UnitKind.COMMAND_CENTRE]).toBe('综合信息指挥中心')
    expect(zh.UnitKind[UnitKind.TOWNSHIP_COMMAND_ROOM]).toBe('镇街指挥室')
    expect(Object.values(zh.UnitLevel)).toEqual(['市级', '县级', '乡镇级', '村级'])
    expect(Object.values(zh.UnitCategory)).toEqual(['执法监管', '社会管理', '民生保障', '安全环保', '经济发展', '综合保障'])
  })
})

describe('enumLabelKey', () => {
  it('points into the enums namespace', () => {
    expect(enumLabelKey('Role', Role.GRID_WORKER)).toBe('enums.Role.GRID_WORKER')
    expect(enumLabelKey('UnitKind', UnitKind.GRID)).toBe('enums.UnitKind.GRID')
  })
})

describe('sortRoles', () => {
  it('puts roles in domain order and drops duplicates', () => {
    expect(sortRoles([Role.LEADER, Role.GRID_WORKER, Role.ESTABLISHMENT_OFFICE, Role.LEADER])).toEqual([
      Role.ESTABLISHMENT_OFFICE,
      Role.GRID_WORKER,
      Role.LEADER,
    ])
  })

  it('orders every role', () => {
    expect([...ROLE_DISPLAY_ORDER].sort()).toEqual(Object.values(Role).sort())
  })
})
