import { describe, expect, it } from 'vitest'
import { ReportStatus, Role } from '@/api/generated/graphql'
import { chineseDate, ledgerLink, recordsFieldwork, renderMarkdown, reportTag, surveysLink } from '../data'

describe('五个一 helpers', () => {
  it('renders the report Markdown with every tag the writer typed escaped', () => {
    expect(renderMarkdown('## 一、情况\n完成 **12 项**\n\n- 甲\n- 乙')).toBe(
      '<h4>一、情况</h4><p>完成 <strong>12 项</strong></p><ul><li>甲</li><li>乙</li></ul>',
    )
    const html = renderMarkdown('<img src=x onerror="alert(1)">\n**<script>x</script>**')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
  })

  it('writes dates as 2026年12月5日', () => {
    expect(chineseDate('2026-12-05')).toBe('2026年12月5日')
    expect(chineseDate(null)).toBe('')
  })

  it('links the questionnaire and the ledger filtered to the unit', () => {
    expect(surveysLink('3', '9')).toEqual({ path: '/evaluation/surveys', query: { roundId: '3', unitId: '9' } })
    expect(ledgerLink('3', '9')).toEqual({ path: '/evaluation/ledger', query: { roundId: '3', unitId: '9' } })
  })

  it('lets only 编办 record and colours the report states', () => {
    expect(recordsFieldwork([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(recordsFieldwork([Role.LEADER])).toBe(false)
    expect(reportTag(ReportStatus.ACCEPTED)).toBe('success')
    expect(reportTag(null)).toBe('info')
  })
})
