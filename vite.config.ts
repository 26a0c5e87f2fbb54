import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/vite-csp.ts';
import { geoData } from './build/vite-geo-data.ts';

export default defineConfig({
  plugins: [react(), geoData(), contentSecurityPolicy()],
  base: './',
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 900 },
  preview: { port: 5173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Data tests spawn the CLI tools (tsx start-up plus reading the 16 MB official record): seconds each, and
    // several times that on a loaded 2-core CI machine. A hung test still fails, after a minute.
    testTimeout: 60_000,
  },
});
