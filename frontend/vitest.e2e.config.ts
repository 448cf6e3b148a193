import { defineConfig } from 'vitest/config'

/**
 * End-to-end tests: a real browser against the running stack, one file at a time.
 * BASE_URL is read here, in the main process, because Vitest sets BASE_URL to Vite's base ('/') in the workers.
 */
const baseUrl = process.env.BASE_URL ?? 'http://localhost:8080'

export default defineConfig({
  test: {
    env: { LVZHI_E2E_BASE_URL: baseUrl },
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
})
