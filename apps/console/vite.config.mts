import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Each script and stylesheet also gzipped beside it (name.js.gz), once at build time: the API sends
 * those to a browser that accepts gzip (apps/api/src/console/serve-console.ts), about a quarter of the
 * bytes (a phone on a mobile network), without compressing on every request.
 */
const precompressed = (): Plugin => ({
  name: 'kaoping:precompressed',
  apply: 'build',
  writeBundle(options) {
    const assets = join(options.dir ?? '', 'assets');
    for (const name of readdirSync(assets).filter((file) => /\.(js|css)$/.test(file))) {
      writeFileSync(join(assets, `${name}.gz`), gzipSync(readFileSync(join(assets, name)), { level: 9 }));
    }
  },
});

// The console is built into dist/console; the API serves it at / (apps/api/src/console).
export default defineConfig({
  root: here,
  base: '/',
  plugins: [precompressed()],
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
        // ECharts is only the analysis page's. Every other library lands with the pages that use it:
        // the first load carries only the shell's (React, the router, antd's frame), not every page's.
        manualChunks: (id: string) => {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '^/(auth|users|cycles|audit|notifications|health|ops|evidence)': 'http://127.0.0.1:3000' } },
});
