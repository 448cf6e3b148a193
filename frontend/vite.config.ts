import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { VantResolver } from '@vant/auto-import-resolver'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { VitePWA } from 'vite-plugin-pwa'

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
    // The phone app installs and opens with no network: Workbox precaches the built app (the shell and every route
    // chunk) and answers page loads with index.html. Nothing else is routed through the worker, so the API
    // (/graphql, /api) always goes to the network and a case is never shown from a stale copy. The worker is
    // registered by the phone shell (src/pwa.ts), not by a script in index.html.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: '/m',
        name: '履职 · 网格上报',
        short_name: '履职',
        description: '机关职能运行监管平台的手机端：事件上报、我的上报、待办',
        lang: 'zh-CN',
        start_url: '/m',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f7f8fa',
        theme_color: '#1989fa',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff,woff2,ttf}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/(graphql|api|q)(\/|$)/],
        cleanupOutdatedCaches: true,
        // a new release takes over at once (registerType autoUpdate); src/pwa.ts reloads at the next navigation
        skipWaiting: true,
        clientsClaim: true,
      },
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
