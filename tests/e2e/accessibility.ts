/**
 * axe-core (Deque's rules for WCAG) on the outbreak view and the national view, on a wide screen and a phone: no
 * critical or serious violation. axe's own source is evaluated in the page through the DevTools protocol: a script
 * tag with it (page.addScriptTag) is inline script, which the page's Content-Security-Policy rightly refuses.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { open } from './session';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe on the whole page; returns its violations of impact critical or serious. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

const VIEWS = [
  { name: 'outbreak view', query: '?o=anyang&d=2022-01-10&b=offline', ready: '.marker-cluster:not(.is-hidden)' },
  // The record loaded (its loading notice gone), so that what axe sees is the view a reader uses.
  { name: 'national view', query: '?o=china&d=2022-04-20&b=offline', ready: '[data-testid=official-totals]' },
  { name: 'episode view', query: '?o=610100-20211215&b=offline', ready: '[data-testid=episode-panel]' },
];

describe('axe-core', () => {
  for (const view of VIEWS) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      it(`finds no critical or serious violation in the ${view.name} (${viewport.width} px)`, async () => {
        const { page, context } = await open(view.query, viewport);
        await page.waitForSelector(view.ready, { timeout: 60_000 });
        await page.waitForSelector('[data-testid=national-loading]', { state: 'detached', timeout: 60_000 });
        const found = await seriousViolations(page);
        assert.deepEqual(found, [], found.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.targets.slice(0, 5).join(', ')}`).join('\n'));
        await context.close();
      });
    }
  }
});
