// Runs the browser tests with Node's test runner (TypeScript through tsx). The app must be built first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

if (!fs.existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `vite build` first (npm run test:e2e does).');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', 'tests/e2e/app.test.ts'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
