/**
 * The questionnaire pages' rules (满意度问卷), mirroring the backend's QuestionnaireRules so a respondent sees a missing
 * answer before sending: a designed question, an answer sheet, and how results are written (shares as 96.07%).
 */
export type QuestionKind = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE' | 'TEXT'

export interface DraftQuestion {
  kind: QuestionKind
  text: string
  required: boolean
  options: string[]
  scaleMax: number | null
  lowLabel: string | null
  highLabel: string | null
}

export interface SheetAnswer {
  question: number
  choices: number[]
  value: number | null
  text: string | null
}

/** A new question of the kind, with the defaults a designer starts from (a choice: two empty options; a scale: 1–5). */
export function newQuestion(kind: QuestionKind): DraftQuestion {
  const choice = kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE'
  return {
    kind,
    text: '',
    required: kind !== 'TEXT',
    options: choice ? ['', ''] : [],
    scaleMax: kind === 'SCALE' ? 5 : null,
    lowLabel: kind === 'SCALE' ? '很不满意' : null,
    highLabel: kind === 'SCALE' ? '很满意' : null,
  }
}

/** Moves question {@code from} one place up (-1) or down (+1); the list unchanged at either end. */
export function moveQuestion<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list]
  const out = [...list]
  const [moved] = out.splice(from, 1)
  out.splice(to, 0, moved as T)
  return out
}

/** The locale key of what is wrong with a designed question, or null. */
export function questionProblem(q: DraftQuestion): string | null {
  if (!q.text.trim()) return 'evaluationSurveys.problem.text'
  const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE'
  if (choice) {
    const options = q.options.map((o) => o.trim())
    if (options.length < 2 || options.length > 20 || options.some((o) => !o) || new Set(options).size !== options.length) {
      return 'evaluationSurveys.problem.options'
    }
  }
  if (q.kind === 'SCALE' && q.scaleMax !== 5 && q.scaleMax !== 10) return 'evaluationSurveys.problem.scale'
  return null
}

/** The question as the API takes it: only the fields of its kind. */
export function questionInput(q: DraftQuestion) {
  const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE'
  const scale = q.kind === 'SCALE'
  return {
    kind: q.kind,
    text: q.text.trim(),
    required: q.required,
    options: choice ? q.options.map((o) => o.trim()) : [],
    scaleMax: scale ? q.scaleMax : null,
    lowLabel: scale ? q.lowLabel || null : null,
    highLabel: scale ? q.highLabel || null : null,
  }
}

/** An empty sheet for the questions. */
export function emptySheet(count: number): SheetAnswer[] {
  return Array.from({ length: count }, (_, question) => ({ question, choices: [], value: null, text: null }))
}

function answered(a: SheetAnswer): boolean {
  return a.choices.length > 0 || a.value != null || (a.text != null && a.text.trim() !== '')
}

/** The 1-based numbers of the required questions left unanswered. */
export function missingRequired(questions: readonly Pick<DraftQuestion, 'required'>[], sheet: readonly SheetAnswer[]): number[] {
  return questions.flatMap((q, i) => (q.required && !(sheet[i] && answered(sheet[i] as SheetAnswer)) ? [i + 1] : []))
}

/** The answers to send: the answered ones only, each with just its kind's field. */
export function sheetInput(sheet: readonly SheetAnswer[]) {
  return sheet.filter(answered).map((a) => ({
    question: a.question,
    choices: a.choices,
    value: a.value,
    text: a.text != null && a.text.trim() !== '' ? a.text.trim() : null,
  }))
}

/** A share in [0,1] as 96.07%. */
export function percent(share: number | null | undefined): string {
  return share == null ? '—' : `${(share * 100).toFixed(2)}%`
}

/** A scale mean with two decimals. */
export function mean(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2)
}

/** The public page's address for an anonymous link. */
export function publicLink(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}/s/${token}`
}

/** What the anonymous page becomes when sending fails (the answers kept on the page unless they can no longer be sent). */
export type PublicFailure = { state: 'missing' | 'closed' } | { state: 'open'; key: string | null; text: string | null }

/**
 * A failed send of the anonymous page: the link gone (404) or the questionnaire closed meanwhile (403) replace the form;
 * too many sends (429) or the server's own words (a bilingual text, shown in the reader's language), else a generic
 * failure, keep it.
 */
export function publicFailure(status: number, serverMessage: string | null | undefined): PublicFailure {
  if (status === 404) return { state: 'missing' }
  if (status === 403) return { state: 'closed' }
  if (status === 429) return { state: 'open', key: 'evaluationSurveys.public.busy', text: null }
  return serverMessage ? { state: 'open', key: null, text: serverMessage } : { state: 'open', key: 'evaluationSurveys.public.failed', text: null }
}

/** The list page's filters from the route's query (?roundId=&unitId=), ignoring anything that is not an id. */
export function listFilters(query: Record<string, unknown>): { roundId: string | null; unitId: string | null } {
  const id = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? v : null)
  return { roundId: id(query.roundId), unitId: id(query.unitId) }
}

/** Only 编办 designs, publishes, closes and shares questionnaires. */
export function managesSurveys(roles: readonly string[]): boolean {
  return roles.includes('ESTABLISHMENT_OFFICE')
}

/** What the designer edits: the questionnaire's own fields and its questions. */
export interface SurveyDraft {
  title: string
  intro: string
  roundId: string | null
  targets: { id: string; name: string }[]
  questions: DraftQuestion[]
}

/** A new questionnaire: one satisfaction scale to start from. */
export function newDraft(roundId: string | null = null): SurveyDraft {
  return { title: '', intro: '', roundId, targets: [], questions: [newQuestion('SCALE')] }
}

/** The designer's copy of a saved questionnaire (options and labels copied, so editing never touches the original). */
export function draftFrom(q: {
  title: string
  intro?: string | null
  roundId?: string | null
  targets: readonly { id: string; name: string }[]
  questions: readonly DraftQuestion[]
}): SurveyDraft {
  return {
    title: q.title,
    intro: q.intro ?? '',
    roundId: q.roundId ?? null,
    targets: q.targets.map((u) => ({ id: u.id, name: u.name })),
    questions: q.questions.map((x) => ({ ...x, options: [...x.options] })),
  }
}

/** What is wrong with the whole draft before saving: a locale key and the 1-based question it concerns (0: none). */
export function draftProblem(d: SurveyDraft): { key: string; question: number } | null {
  if (!d.title.trim()) return { key: 'evaluationSurveys.problem.title', question: 0 }
  if (d.questions.length === 0) return { key: 'evaluationSurveys.problem.noQuestions', question: 0 }
  for (const [i, q] of d.questions.entries()) {
    const key = questionProblem(q)
    if (key) return { key, question: i + 1 }
  }
  return null
}

/** The draft as create/update take it. */
export function draftInput(d: SurveyDraft) {
  return {
    title: d.title.trim(),
    intro: d.intro.trim() || null,
    roundId: d.roundId,
    targetUnitIds: d.targets.map((u) => u.id),
    questions: d.questions.map(questionInput),
  }
}

export type Audience = 'UNITS' | 'OFFICE_HEADS' | 'ANONYMOUS'

/** The locale key of what the publish dialog still lacks, or null (OFFICE_HEADS: the only assessed unit, if any). */
export function publishProblem(audience: Audience, respondents: readonly string[], officeUnitId: string | null,
  targets: readonly string[]): string | null {
  if (audience === 'UNITS' && respondents.length === 0) return 'evaluationSurveys.problem.respondents'
  if (audience === 'UNITS' && respondents.some((id) => targets.includes(id))) return 'evaluationSurveys.problem.selfRating'
  if (audience === 'OFFICE_HEADS' && !officeUnitId) return 'evaluationSurveys.problem.officeUnit'
  if (audience === 'OFFICE_HEADS' && targets.length > 0 && (targets.length > 1 || targets[0] !== officeUnitId)) {
    return 'evaluationSurveys.problem.officeTarget'
  }
  return null
}

/** The assessed units a named respondent has not rated yet (one sheet per unit; a questionnaire without any: one sheet). */
export function unitsLeft(q: { targets: readonly { id: string; name: string }[]; myResponses: readonly { targetUnitId?: string | null }[] }) {
  const done = new Set(q.myResponses.map((r) => r.targetUnitId ?? ''))
  return q.targets.filter((u) => !done.has(u.id))
}

/** Whether a named respondent still has something to answer. */
export function stillToAnswer(q: Parameters<typeof unitsLeft>[0]): boolean {
  return q.targets.length > 0 ? unitsLeft(q).length > 0 : q.myResponses.length === 0
}

/** The element-plus tag type of a status. */
export function statusType(status: string): 'info' | 'success' | 'warning' {
  return status === 'PUBLISHED' ? 'success' : status === 'DRAFT' ? 'warning' : 'info'
}

/** Who may open a questionnaire's results: 编办 and leaders once it is published, an assessed unit once they are shared. */
export function seesResults(roles: readonly string[], q: { status: string; resultsShared: boolean }): boolean {
  if (q.status === 'DRAFT') return false
  return managesSurveys(roles) || roles.includes('LEADER') || q.resultsShared
}
