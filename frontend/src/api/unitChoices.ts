import { api } from './index'
import { UnitChoicesDocument, UnitKind } from './generated/graphql'

/** A unit as a picker shows it. */
export interface UnitChoice {
  id: string
  code: string
  /** 「部门 / 科室」 for an office, else the unit's name */
  label: string
}

const CHOICES_PAGE_SIZE = 20

/** How a picker names a unit: an office (科室) with its department, so the four 执法监督科 tell apart. */
export function unitLabel(unit: { name: string; kind?: UnitKind | null; parent?: { name: string } | null }): string {
  return unit.kind === UnitKind.INTERNAL_OFFICE && unit.parent ? `${unit.parent.name} / ${unit.name}` : unit.name
}

/** The units of the first list, then those of the second not already in it. */
export function nearFirst<T extends { id: string }>(near: readonly T[], everywhere: readonly T[]): T[] {
  const seen = new Set(near.map((unit) => unit.id))
  return [...near, ...everywhere.filter((unit) => !seen.has(unit.id))]
}

/**
 * Units whose name contains the text: those of the region of {@code nearUnitId} (the user's own district) first,
 * then the others (the city, other districts), each as a picker names it.
 */
export async function searchUnitChoices(nameContains: string, nearUnitId: string | null): Promise<UnitChoice[]> {
  const page = async (regionOf: string | null): Promise<UnitChoice[]> => {
    const data = await api().execute(UnitChoicesDocument, { filter: { nameContains, regionOf }, first: CHOICES_PAGE_SIZE })
    return data.units.edges.map(({ node }) => ({ id: node.id, code: node.code, label: unitLabel(node) }))
  }
  const near = nearUnitId ? await page(nearUnitId) : []
  return nearFirst(near, await page(null))
}
