import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import { globalIgnores } from 'eslint/config'

/**
 * Lint: the Vue and TypeScript recommended rules over the app, its tests, the e2e tests and the tool configs.
 * Runs in `npm run build`, so `make test` fails on a finding.
 */
export default defineConfigWithVueTs(
  // Generated: src/api/generated from api-schema/schema.graphql by graphql-codegen, src/components.d.ts by
  // unplugin-vue-components (vite.config.ts); fixed by regenerating, not by hand.
  globalIgnores(['dist/**', 'src/api/generated/**', 'src/components.d.ts']),
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      // Route pages are named after their route (views/<feature>/index.vue, detail.vue) and never used as tags.
      'vue/multi-word-component-names': ['error', { ignores: ['index', 'detail', 'item', 'changes', 'report'] }],
      // Layout only (several attributes a line is the house style): they would reflow every template, catching no bug.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/html-indent': 'off',
    },
  },
)
