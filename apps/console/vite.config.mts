import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The console is built into dist/console; the API serves it at / (apps/api/src/console).
export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', development: false } },
  // React and antd read process.env.NODE_ENV: the shipped console is their production build.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in a client bundle.
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // ECharts is only the analysis page's. Other libraries land with the pages that use them
        // (the ranking page does not fetch the data grid's), in few files: the console is served
        // over HTTP/1.1 (6 connections), where 35 small files cost more than their bytes.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 2 },
            { name: 'libs', test: /node_modules[\\/]/, entriesAware: true, entriesAwareMergeThreshold: 160 * 1024, priority: 1 },
            // The console's own common code (client, session, pickers, messages, shell): small, needed by the frame.
            { name: 'common', test: /apps[\\/]console[\\/]src[\\/](api|auth|common|i18n|shell)[\\/]/ },
          ],
        },
        // An entries-aware group's chunk is named after every page sharing it: shorten to the group.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0] ?? 'chunk'}-[hash].js`,
      },
    },
  },
  server: { proxy: { '^/(auth|users|cycles|audit|notifications|health|ops|evidence)': 'http://127.0.0.1:3000' } },
});
