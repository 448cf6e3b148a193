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

/** The list page's filters from the route's query (?roundId=&unitId=), ignoring anything that is not an id. */
export function listFilters(query: Record<string, unknown>): { roundId: string | null; unitId: string | null } {
  const id = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? v : null)
  return { roundId: id(query.roundId), unitId: id(query.unitId) }
}
