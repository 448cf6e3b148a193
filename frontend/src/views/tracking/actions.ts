import { Role, TrackingStep } from '@/api/generated/graphql'

/**
 * Which actions the follow-up pages offer (DOMAIN.md §5; backend: TrackingPolicy, RoundSteps). The backend decides;
 * these only keep the page from offering what it would refuse: 编办 of the region runs the round (scope, scores,
 * rectifications, archive); the unit under review fills in its own self-check during 自评自查. Once a review is
 * archived the page offers no more editing.
 */
export interface TrackingViewer {
  roles: readonly Role[]
}

export type ReviewAction = 'selfCheck' | 'score' | 'requireRectification' | 'recordRectification' | 'archive'

export interface ReviewState {
  step: TrackingStep
  /** in the round's scope */
  included: boolean
  /** every indicator scored (the server's result is present) */
  scored: boolean
  archived: boolean
  /** open rectifications (not yet recorded done) */
  openRectifications: number
}

const isOffice = (viewer: TrackingViewer): boolean => viewer.roles.includes(Role.ESTABLISHMENT_OFFICE)

/**
 * The unit under review: a department or township (the backend shows it only its own matters); the office, committee
 * and leaders see the whole region and never fill in a self-check.
 */
export function isUnitUnderReview(viewer: TrackingViewer): boolean {
  const regional = [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER].some((r) => viewer.roles.includes(r))
  return !regional && (viewer.roles.includes(Role.DEPARTMENT) || viewer.roles.includes(Role.TOWNSHIP))
}

export function reviewActions(viewer: TrackingViewer, review: ReviewState): ReviewAction[] {
  if (!review.included || review.archived) return []
  const actions: ReviewAction[] = []
  if (isUnitUnderReview(viewer) && review.step === TrackingStep.SELF_CHECK) actions.push('selfCheck')
  if (!isOffice(viewer)) return actions
  const step = review.step
  if (step === TrackingStep.ON_SITE || step === TrackingStep.ASSESSMENT) actions.push('score')
  if (step === TrackingStep.FEEDBACK || step === TrackingStep.RECTIFICATION) {
    actions.push('requireRectification')
    if (review.openRectifications > 0) actions.push('recordRectification')
    if (review.scored) actions.push('archive')
  }
  return actions
}

/** 编办 adds or drops matters of a round only while it is planned or surveyed (部署安排, 调查摸底). */
export function canChangeScope(viewer: TrackingViewer, step: TrackingStep): boolean {
  return isOffice(viewer) && (step === TrackingStep.PLAN || step === TrackingStep.SURVEY)
}

/** 编办 records matters and edits templates; everyone else reads them. */
export function managesMatters(viewer: TrackingViewer): boolean {
  return isOffice(viewer)
}

/** A department or township applies for establishment matters for itself. */
export function canApply(viewer: TrackingViewer): boolean {
  return viewer.roles.includes(Role.DEPARTMENT) || viewer.roles.includes(Role.TOWNSHIP)
}
