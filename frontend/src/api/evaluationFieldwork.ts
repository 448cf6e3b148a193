import { api, saveDownload } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  FieldworkInquiryLetterDocument,
  FieldworkInquiryLettersDocument,
  FieldworkProgressDocument,
  FieldworkUnitDocument,
  IssueFieldworkInquiryLetterDocument,
  RaiseFieldworkInquiryProblemDocument,
  RecordFieldworkSymposiumDocument,
  ReplyFieldworkInquiryLetterDocument,
  ReviewFieldworkReportDocument,
  SaveFieldworkReportDocument,
  SubmitFieldworkReportDocument,
  type FieldworkLetterRowFragment,
  type FieldworkProgressQuery,
  type FieldworkReportRowFragment,
  type FieldworkSymposiumRowFragment,
  type FieldworkUnitQuery,
  type IssueFieldworkInquiryLetterInput,
  type RecordFieldworkSymposiumInput,
  type SaveFieldworkReportInput,
} from './generated/graphql'

/** 五个一 of the drawn units (一个报告, 一次函调, 一场座谈); the questionnaire and the ledger are their own pages. */
export type LetterRow = FieldworkLetterRowFragment
export type ReportRow = FieldworkReportRowFragment
export type SymposiumRow = FieldworkSymposiumRowFragment
export type ProgressRow = FieldworkProgressQuery['fieldworkProgress'][number]
export type FieldworkUnit = FieldworkUnitQuery['fieldworkUnit']

export const PAGE_SIZE = 50

export async function fetchProgress(roundId: string): Promise<ProgressRow[]> {
  const data = await api().execute(FieldworkProgressDocument, { roundId })
  return data.fieldworkProgress
}

export async function fetchFieldworkUnit(roundId: string, unitId: string): Promise<FieldworkUnit> {
  const data = await api().execute(FieldworkUnitDocument, { roundId, unitId })
  return data.fieldworkUnit
}

/** The letters the caller reads: 编办 and leaders the region's, any other unit those addressed to it. */
export async function fetchLetters(after: string | null): Promise<CountedPage<LetterRow>> {
  const data = await api().execute(FieldworkInquiryLettersDocument, { first: PAGE_SIZE, after })
  return countedPage(data.fieldworkInquiryLetters)
}

export async function fetchLetter(id: string): Promise<LetterRow> {
  const data = await api().execute(FieldworkInquiryLetterDocument, { id })
  return data.fieldworkInquiryLetter
}

export async function saveReport(input: SaveFieldworkReportInput): Promise<ReportRow> {
  const data = await api().execute(SaveFieldworkReportDocument, { input })
  return data.saveFieldworkReport.report
}

export async function submitReport(reportId: string, version: number): Promise<ReportRow> {
  const data = await api().execute(SubmitFieldworkReportDocument, { input: { reportId, version } })
  return data.submitFieldworkReport.report
}

export async function reviewReport(reportId: string, version: number, accept: boolean, comment: string | null,
  problems: string[]): Promise<{ report: ReportRow; problemsRaised: number }> {
  const data = await api().execute(ReviewFieldworkReportDocument, { input: { reportId, version, accept, comment, problems } })
  return data.reviewFieldworkReport
}

export async function issueLetter(input: IssueFieldworkInquiryLetterInput): Promise<LetterRow> {
  const data = await api().execute(IssueFieldworkInquiryLetterDocument, { input })
  return data.issueFieldworkInquiryLetter.letter
}

export async function replyLetter(letterId: string, version: number, replyText: string, fileIds: string[]): Promise<LetterRow> {
  const data = await api().execute(ReplyFieldworkInquiryLetterDocument, { input: { letterId, version, replyText, fileIds } })
  return data.replyFieldworkInquiryLetter.letter
}

export async function raiseInquiryProblem(letterId: string, description: string): Promise<string> {
  const data = await api().execute(RaiseFieldworkInquiryProblemDocument, { input: { letterId, description } })
  return data.raiseFieldworkInquiryProblem.problemId
}

export async function recordSymposium(input: RecordFieldworkSymposiumInput): Promise<{ symposium: SymposiumRow; problemsRaised: number }> {
  const data = await api().execute(RecordFieldworkSymposiumDocument, { input })
  return data.recordFieldworkSymposium
}

/** Downloads an inquiry letter (函调函) as PDF. */
export async function downloadLetter(letter: LetterRow): Promise<void> {
  await saveDownload(letter.pdfPath, `${letter.letterNo}.pdf`)
}
