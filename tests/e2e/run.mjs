// Runs the browser tests with Node's test runner (TypeScript through tsx). The app must be built first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  // The browser tests use Debian's Chromium (no browser download is possible here). Install it when we can.
  const canInstall = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
  if (canInstall) {
    console.log('Chromium is missing: installing Debian\'s chromium package…');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!fs.existsSync(chromium)) {
    console.error(`No Chromium at ${chromium}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

if (!fs.existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `vite build` first (npm run test:e2e does).');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', 'tests/e2e/app.test.ts'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
