import zhAudit from '@/locales/zh-CN/audit.json'
import zhCases from '@/locales/zh-CN/cases.json'
import zhCaseBasis from '@/locales/zh-CN/caseBasis.json'
import zhClaims from '@/locales/zh-CN/claims.json'
import zhCommon from '@/locales/zh-CN/common.json'
import zhComparisons from '@/locales/zh-CN/comparisons.json'
import zhDisputes from '@/locales/zh-CN/disputes.json'
import zhEnums from '@/locales/zh-CN/enums.json'
import zhEscalation from '@/locales/zh-CN/escalation.json'
import zhErrors from '@/locales/zh-CN/errors.json'
import zhEvaluation from '@/locales/zh-CN/evaluation.json'
import zhEvaluationGoals from '@/locales/zh-CN/evaluationGoals.json'
import zhEvaluationSchemes from '@/locales/zh-CN/evaluationSchemes.json'
import zhEvaluationRounds from '@/locales/zh-CN/evaluationRounds.json'
import zhEvaluationResults from '@/locales/zh-CN/evaluationResults.json'
import zhEvaluationForms from '@/locales/zh-CN/evaluationForms.json'
import zhEvaluationPeer from '@/locales/zh-CN/evaluationPeer.json'
import zhEvaluationSurveys from '@/locales/zh-CN/evaluationSurveys.json'
import zhEvaluationDraws from '@/locales/zh-CN/evaluationDraws.json'
import zhEvaluationFieldwork from '@/locales/zh-CN/evaluationFieldwork.json'
import zhEvaluationLedger from '@/locales/zh-CN/evaluationLedger.json'
import zhEvaluationSanding from '@/locales/zh-CN/evaluationSanding.json'
import zhHome from '@/locales/zh-CN/home.json'
import zhInvestigations from '@/locales/zh-CN/investigations.json'
import zhLists from '@/locales/zh-CN/lists.json'
import zhMandates from '@/locales/zh-CN/mandates.json'
import zhMenu from '@/locales/zh-CN/menu.json'
import zhMobile from '@/locales/zh-CN/mobile.json'
import zhNotifications from '@/locales/zh-CN/notifications.json'
import zhOrg from '@/locales/zh-CN/org.json'
import enAudit from '@/locales/en/audit.json'
import zhPhone from '@/locales/zh-CN/phone.json'
import enCases from '@/locales/en/cases.json'
import enCaseBasis from '@/locales/en/caseBasis.json'
import zhStaffing from '@/locales/zh-CN/staffing.json'
import zhTracking from '@/locales/zh-CN/tracking.json'
import zhStatistics from '@/locales/zh-CN/statistics.json'
import zhTodo from '@/locales/zh-CN/todo.json'
import zhCaseReopen from '@/locales/zh-CN/caseReopen.json'
import enCaseReopen from '@/locales/en/caseReopen.json'
import enClaims from '@/locales/en/claims.json'
import enCommon from '@/locales/en/common.json'
import enComparisons from '@/locales/en/comparisons.json'
import enDisputes from '@/locales/en/disputes.json'
import enEnums from '@/locales/en/enums.json'
import enEscalation from '@/locales/en/escalation.json'
import enErrors from '@/locales/en/errors.json'
import enEvaluation from '@/locales/en/evaluation.json'
import enEvaluationGoals from '@/locales/en/evaluationGoals.json'
import enEvaluationSchemes from '@/locales/en/evaluationSchemes.json'
import enEvaluationRounds from '@/locales/en/evaluationRounds.json'
import enEvaluationResults from '@/locales/en/evaluationResults.json'
import enEvaluationForms from '@/locales/en/evaluationForms.json'
import enEvaluationPeer from '@/locales/en/evaluationPeer.json'
import enEvaluationSurveys from '@/locales/en/evaluationSurveys.json'
import enEvaluationDraws from '@/locales/en/evaluationDraws.json'
import enEvaluationFieldwork from '@/locales/en/evaluationFieldwork.json'
import enEvaluationLedger from '@/locales/en/evaluationLedger.json'
import enEvaluationSanding from '@/locales/en/evaluationSanding.json'
import enHome from '@/locales/en/home.json'
import enInvestigations from '@/locales/en/investigations.json'
import enLists from '@/locales/en/lists.json'
import enMandates from '@/locales/en/mandates.json'
import enMenu from '@/locales/en/menu.json'
import enMobile from '@/locales/en/mobile.json'
import enNotifications from '@/locales/en/notifications.json'
import enOrg from '@/locales/en/org.json'
import enPhone from '@/locales/en/phone.json'
import enStaffing from '@/locales/en/staffing.json'
import enTracking from '@/locales/en/tracking.json'
import enStatistics from '@/locales/en/statistics.json'
import enTodo from '@/locales/en/todo.json'
import type { AppLocale } from './locale'

/** zh-CN is the reference: every other locale must have the same keys (type-checked and tested). */
export const zhCN = {
  audit: zhAudit,
  cases: zhCases,
  caseBasis: zhCaseBasis,
  claims: zhClaims,
  common: zhCommon,
  comparisons: zhComparisons,
  disputes: zhDisputes,
  enums: zhEnums,
  escalation: zhEscalation,
  errors: zhErrors,
  evaluation: zhEvaluation,
  evaluationGoals: zhEvaluationGoals,
  evaluationSchemes: zhEvaluationSchemes,
  evaluationRounds: zhEvaluationRounds,
  evaluationResults: zhEvaluationResults,
  evaluationForms: zhEvaluationForms,
  evaluationPeer: zhEvaluationPeer,
  evaluationSurveys: zhEvaluationSurveys,
  evaluationDraws: zhEvaluationDraws,
  evaluationFieldwork: zhEvaluationFieldwork,
  evaluationLedger: zhEvaluationLedger,
  evaluationSanding: zhEvaluationSanding,
  home: zhHome,
  investigations: zhInvestigations,
  lists: zhLists,
  mandates: zhMandates,
  menu: zhMenu,
  mobile: zhMobile,
  notifications: zhNotifications,
  org: zhOrg,
  phone: zhPhone,
  staffing: zhStaffing,
  tracking: zhTracking,
  statistics: zhStatistics,
  todo: zhTodo,
  caseReopen: zhCaseReopen,
}

export type MessageSchema = typeof zhCN

export const en: MessageSchema = {
  audit: enAudit,
  cases: enCases,
  caseBasis: enCaseBasis,
  claims: enClaims,
  common: enCommon,
  comparisons: enComparisons,
  disputes: enDisputes,
  enums: enEnums,
  escalation: enEscalation,
  errors: enErrors,
  evaluation: enEvaluation,
  evaluationGoals: enEvaluationGoals,
  evaluationSchemes: enEvaluationSchemes,
  evaluationRounds: enEvaluationRounds,
  evaluationResults: enEvaluationResults,
  evaluationForms: enEvaluationForms,
  evaluationPeer: enEvaluationPeer,
  evaluationSurveys: enEvaluationSurveys,
  evaluationDraws: enEvaluationDraws,
  evaluationFieldwork: enEvaluationFieldwork,
  evaluationLedger: enEvaluationLedger,
  evaluationSanding: enEvaluationSanding,
  home: enHome,
  investigations: enInvestigations,
  lists: enLists,
  mandates: enMandates,
  menu: enMenu,
  mobile: enMobile,
  notifications: enNotifications,
  org: enOrg,
  phone: enPhone,
  staffing: enStaffing,
  tracking: enTracking,
  statistics: enStatistics,
  todo: enTodo,
  caseReopen: enCaseReopen,
}

export const messages: Record<AppLocale, MessageSchema> = { 'zh-CN': zhCN, en }
