import { createRouter, createWebHistory, START_LOCATION, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/generated/graphql'
import { shellRedirect } from './shell'

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/layouts/DesktopLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/views/home/index.vue') },
      { path: 'org', name: 'org', component: () => import('@/views/org/index.vue') },
      { path: 'lists', name: 'lists', component: () => import('@/views/lists/index.vue') },
      { path: 'lists/changes', name: 'list-changes', component: () => import('@/views/lists/changes.vue') },
      { path: 'lists/items/:id', name: 'list-item', component: () => import('@/views/lists/item.vue') },
      { path: 'lists/basis-report', name: 'basis-report', component: () => import('@/views/basis/index.vue') },
      { path: 'cases', name: 'cases', component: () => import('@/views/cases/index.vue') },
      { path: 'cases/escalation', name: 'case-escalation', component: () => import('@/views/cases/escalation/index.vue') },
      { path: 'cases/:id', name: 'case', component: () => import('@/views/cases/detail.vue') },
      { path: 'cases/:id/print', name: 'case-print', component: () => import('@/views/cases/PrintSheet.vue') },
      { path: 'comparisons', name: 'comparisons', component: () => import('@/views/comparisons/index.vue') },
      { path: 'comparisons/:id', name: 'comparison', component: () => import('@/views/comparisons/report.vue') },
      { path: 'claims', name: 'claims', component: () => import('@/views/claims/index.vue') },
      { path: 'statistics', name: 'statistics', component: () => import('@/views/statistics/index.vue') },
      { path: 'mandates/:unitId?', name: 'mandate', component: () => import('@/views/mandates/index.vue') },
      { path: 'evaluation', name: 'evaluation', component: () => import('@/views/evaluation/index.vue') },
      { path: 'evaluation/goals', name: 'evaluation-goals', component: () => import('@/views/evaluation/goals/index.vue') },
      { path: 'evaluation/schemes', name: 'evaluation-schemes', component: () => import('@/views/evaluation/schemes/index.vue') },
      {
        path: 'evaluation/schemes/:id',
        name: 'evaluation-scheme',
        component: () => import('@/views/evaluation/schemes/detail.vue'),
      },
      { path: 'evaluation/rounds', name: 'evaluation-rounds', component: () => import('@/views/evaluation/rounds/index.vue') },
      {
        path: 'evaluation/rounds/:id',
        name: 'evaluation-round',
        component: () => import('@/views/evaluation/rounds/detail.vue'),
      },
      {
        path: 'evaluation/results/:roundId?',
        name: 'evaluation-results',
        component: () => import('@/views/evaluation/results/index.vue'),
      },
      {
        path: 'evaluation/results/:roundId/units/:unitId',
        name: 'evaluation-unit-result',
        component: () => import('@/views/evaluation/results/UnitResult.vue'),
      },
      {
        path: 'evaluation/dashboard',
        name: 'evaluation-dashboard',
        component: () => import('@/views/evaluation/results/EvaluationDashboard.vue'),
      },
      { path: 'evaluation/forms', name: 'evaluation-forms', component: () => import('@/views/evaluation/forms/index.vue') },
      { path: 'evaluation/forms/:id', name: 'evaluation-form', component: () => import('@/views/evaluation/forms/detail.vue'), props: true },
      { path: 'evaluation/peer', name: 'evaluation-peer', component: () => import('@/views/evaluation/peer/index.vue') },
      { path: 'evaluation/surveys', name: 'evaluation-surveys', component: () => import('@/views/evaluation/surveys/index.vue') },
      { path: 'evaluation/surveys/new', name: 'evaluation-survey-new', component: () => import('@/views/evaluation/surveys/SurveyDesign.vue') },
      { path: 'evaluation/surveys/:id', name: 'evaluation-survey', component: () => import('@/views/evaluation/surveys/detail.vue') },
      { path: 'evaluation/surveys/:id/edit', name: 'evaluation-survey-edit', component: () => import('@/views/evaluation/surveys/SurveyDesign.vue') },
      { path: 'evaluation/surveys/:id/answer', name: 'evaluation-survey-answer', component: () => import('@/views/evaluation/surveys/SurveyAnswer.vue') },
      { path: 'evaluation/draws', name: 'evaluation-draws', component: () => import('@/views/evaluation/draws/index.vue') },
      { path: 'evaluation/draws/:id', name: 'evaluation-draw', component: () => import('@/views/evaluation/draws/detail.vue') },
      { path: 'evaluation/fieldwork', name: 'evaluation-fieldwork', component: () => import('@/views/evaluation/fieldwork/index.vue') },
      {
        path: 'evaluation/fieldwork/:roundId/:unitId',
        name: 'evaluation-fieldwork-unit',
        component: () => import('@/views/evaluation/fieldwork/UnitFieldwork.vue'),
      },
      { path: 'evaluation/ledger', name: 'evaluation-ledger', component: () => import('@/views/evaluation/ledger/index.vue') },
      { path: 'evaluation/sanding', name: 'evaluation-sanding', component: () => import('@/views/evaluation/sanding/index.vue') },
      { path: 'tracking', name: 'tracking', component: () => import('@/views/tracking/index.vue') },
      { path: 'staffing', name: 'staffing', component: () => import('@/views/staffing/index.vue') },
      { path: 'disputes', name: 'disputes', component: () => import('@/views/disputes/index.vue') },
      { path: 'investigations', name: 'investigations', component: () => import('@/views/investigations/index.vue') },
      { path: 'audit', name: 'audit', component: () => import('@/views/audit/index.vue') },
    ],
  },
  {
    path: '/m',
    component: () => import('@/views/mobile/MobileLayout.vue'),
    children: [
      { path: '', name: 'm-home', component: () => import('@/views/mobile/home/index.vue') },
      { path: 'units/:id?', name: 'm-units', component: () => import('@/views/mobile/units/index.vue') },
      { path: 'cases', name: 'm-cases', component: () => import('@/views/mobile/cases/index.vue') },
      { path: 'cases/new', name: 'm-report', component: () => import('@/views/mobile/cases/report.vue') },
      { path: 'cases/:id(\\d+)', name: 'mobile-case', component: () => import('@/views/mobile/cases/detail.vue') },
      { path: 'todo', name: 'm-todo', component: () => import('@/views/mobile/todo/index.vue') },
    ],
  },
  { path: '/s/:token', name: 'public-survey', component: () => import('@/views/evaluation/surveys/PublicSurvey.vue'), props: true },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** The app's router; `roles` reads the signed-in user's roles for the shell choice. */
export function createAppRouter(roles: () => readonly Role[]) {
  const router = createRouter({ history: createWebHistory('/'), routes })
  router.beforeEach((to, from) => {
    const target = shellRedirect({
      path: to.path,
      roles: roles(),
      viewportWidth: window.innerWidth,
      initial: from === START_LOCATION,
    })
    return target ?? true
  })
  return router
}
