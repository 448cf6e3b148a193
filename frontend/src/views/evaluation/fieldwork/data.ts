import { ReportStatus, Role } from '@/api/generated/graphql'

/** 编办 records 五个一 (reviews reports, writes letters, records symposia); leaders read it all. */
export function recordsFieldwork(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** The tag colour of a report's state. */
export function reportTag(status: ReportStatus | null | undefined): 'info' | 'warning' | 'danger' | 'success' {
  switch (status) {
    case ReportStatus.ACCEPTED:
      return 'success'
    case ReportStatus.SUBMITTED:
      return 'warning'
    case ReportStatus.RETURNED:
      return 'danger'
    default:
      return 'info'
  }
}

/** The questionnaire (一张问卷) and the ledger (一本台账) of a drawn unit live on their own slices' pages. */
export function surveysLink(roundId: string, unitId: string): { path: string; query: Record<string, string> } {
  return { path: '/evaluation/surveys', query: { roundId, unitId } }
}

export function ledgerLink(roundId: string, unitId: string): { path: string; query: Record<string, string> } {
  return { path: '/evaluation/ledger', query: { roundId, unitId } }
}

/** A yyyy-mm-dd date as 2026年12月5日; "" when absent. */
export function chineseDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ''
}

/** Is the picker's day (a local-midnight Date) before today (yyyy-mm-dd)? A reply cannot fall due in the past. */
export function isBeforeDay(day: Date, today: string): boolean {
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`
  return iso < today
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

function inline(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
}

/**
 * The report's Markdown as HTML, safely: every character of the text is escaped first, and only the few marks the
 * report uses become tags the renderer writes itself (## headings, - lists, **bold**, paragraphs), so no tag, attribute
 * or link the writer typed can ever reach the page.
 */
export function renderMarkdown(source: string): string {
  const out: string[] = []
  let list: string[] = []
  let paragraph: string[] = []
  const flush = (): void => {
    if (list.length) out.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`)
    if (paragraph.length) out.push(`<p>${paragraph.join('<br>')}</p>`)
    list = []
    paragraph = []
  }
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trimEnd()
    const heading = /^(#{1,4})\s+(.*)$/.exec(line)
    const item = /^\s*[-*]\s+(.*)$/.exec(line)
    if (heading) {
      flush()
      const level = Math.min((heading[1] ?? '#').length + 2, 6)
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`)
    } else if (item) {
      if (paragraph.length) flush()
      list.push(inline(item[1] ?? ''))
    } else if (line.trim() === '') {
      flush()
    } else {
      if (list.length) flush()
      paragraph.push(inline(line))
    }
  }
  flush()
  return out.join('')
}
