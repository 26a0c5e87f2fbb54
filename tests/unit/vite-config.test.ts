/**
 * `npm start` loads vite.config.ts: Vite warns when the config (or a file it imports) uses what its coming native
 * config loader does not support, e.g. an import without its file extension. The start prints no warning.
 */
import { createLogger, loadConfigFromFile } from 'vite';
import { expect, it } from 'vitest';
import { repoRoot } from '../../src/node/geo-files';

it('loads vite.config.ts without a warning', async () => {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => { warnings.push(message); };
  logger.warnOnce = (message) => { warnings.push(message); };
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, undefined, repoRoot, 'warn', logger);
  expect(loaded?.config.plugins?.length).toBeGreaterThan(0);
  expect(warnings).toEqual([]);
});
