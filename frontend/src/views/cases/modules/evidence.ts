import { RatingLevel, Role, UnitKind } from '@/api/generated/graphql'

/**
 * Whether the 下载证据包 button shows: for the bodies that may export an evidence pack (纪委监委, 组织部, 编办 and the
 * district command centre, as the server's EvidencePolicy says) on a case that has, or had before an appeal, an
 * unsatisfied rating. The server decides; this only keeps the button from those it would refuse.
 */
export function canExportEvidence(
  viewer: { roles: readonly Role[]; unitKind: UnitKind | null },
  ratings: readonly { level: RatingLevel; originalLevel: RatingLevel }[],
): boolean {
  const mayExport =
    [Role.DISCIPLINE, Role.ORGANISATION, Role.ESTABLISHMENT_OFFICE].some((r) => viewer.roles.includes(r)) ||
    (viewer.roles.includes(Role.COMMAND_CENTRE) && viewer.unitKind === UnitKind.COMMAND_CENTRE)
  return mayExport && ratings.some((r) => r.level === RatingLevel.UNSATISFIED || r.originalLevel === RatingLevel.UNSATISFIED)
}
