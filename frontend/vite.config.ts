import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { VantResolver } from '@vant/auto-import-resolver'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

const backend = 'http://localhost:8080'

export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    // Element Plus (el-*) and Vant (van-*) components in templates are imported where they are used, at build
    // time, so each route chunk carries only its own components. The styles are imported whole by the two
    // layouts (DesktopLayout, MobileLayout), hence no per-component style imports. Only the two libraries are
    // resolved (dirs: []): the app's own components stay imported by hand. src/components.d.ts (generated,
    // committed) types them for vue-tsc; services used in script code (ElMessage, showFailToast...) stay
    // imported by hand.
    Components({
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: false }), VantResolver({ importStyle: false })],
      dts: 'src/components.d.ts',
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n: composition API only, no devtools in production bundles.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: backend, changeOrigin: false },
      '/api': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
    environment: 'node',
  },
})
