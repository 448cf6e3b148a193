import { DisputeRung, DisputeStatus, Role } from '@/api/generated/graphql'

/** The rungs of the coordination ladder, lowest first (DOMAIN.md §3). */
export const RUNGS: readonly DisputeRung[] = [
  DisputeRung.LEAD_CONVENES,
  DisputeRung.NEGOTIATION,
  DisputeRung.LEADER_COORDINATES,
  DisputeRung.OFFICE_COORDINATES,
  DisputeRung.COMMITTEE_DECIDES,
]

/** The role that acts at a rung: the command centre at the first three, then 编办, then 编委. */
export function actingRole(rung: DisputeRung): Role {
  if (rung === DisputeRung.OFFICE_COORDINATES) return Role.ESTABLISHMENT_OFFICE
  if (rung === DisputeRung.COMMITTEE_DECIDES) return Role.COMMITTEE
  return Role.COMMAND_CENTRE
}

/** Whether the act form is shown: an open dispute at a rung the viewer's role acts at (the server decides finally). */
export function mayAct(roles: readonly Role[], dispute: { status: DisputeStatus; rung: DisputeRung }): boolean {
  return dispute.status === DisputeStatus.OPEN && roles.includes(actingRole(dispute.rung))
}

/** Every rung but the top may be escalated. */
export function canEscalate(rung: DisputeRung): boolean {
  return rung !== DisputeRung.COMMITTEE_DECIDES
}

/** The el-steps `active` index: the current rung, or past the resolving rung once resolved. */
export function activeStep(dispute: { status: DisputeStatus; rung: DisputeRung }): number {
  const index = RUNGS.indexOf(dispute.rung)
  return dispute.status === DisputeStatus.RESOLVED ? index + 1 : index
}

/** A co-operating unit of a decision being written. */
export interface PartyDraft {
  unitId: string | null
  responsibility: string
}

/** The co-operating units a decision sends: complete rows only, trimmed. */
export function cooperatingInput(parties: readonly PartyDraft[]): { unitId: string; responsibility: string }[] {
  return parties
    .filter((p): p is { unitId: string; responsibility: string } => p.unitId !== null && p.responsibility.trim() !== '')
    .map((p) => ({ unitId: p.unitId, responsibility: p.responsibility.trim() }))
}
