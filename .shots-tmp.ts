import fs from 'node:fs';
import { launchBrowser, offlinePage, startPreview } from './tests/support/browser';
import { syntheticDraft } from './tests/support/synthetic-draft';
const preview = await startPreview();
const browser = await launchBrowser();
const OUT = '/work/shots/drafts';
const big = Buffer.from(JSON.stringify(syntheticDraft(5_000)));
const notice = fs.readFileSync('tests/fixtures/drafts/guangzhou-notice.geojson');
const report = fs.readFileSync('tests/fixtures/drafts/guangzhou-notice.report.txt');
for (const [w, h] of [[1280, 800], [390, 844]]) {
  for (const lang of ['en', 'zh']) {
    const { page, context } = await offlinePage(browser, preview.base, { width: w, height: h });
    await page.goto(`${preview.base}?o=kaihua&lang=${lang}`);
    await page.waitForSelector('[data-testid=current-date]');
    await page.setInputFiles('[data-testid=open-draft-input]', [{ name: 'synthetic-5000.geojson', mimeType: 'application/geo+json', buffer: big }]);
    await page.waitForFunction(() => /5000/.test(document.querySelector('[data-testid=review-counts]')?.textContent ?? ''), undefined, { timeout: 120000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/big-5000-${w}-${lang}.png` });
    await page.click('[data-testid=candidate-row][data-feature-id=synthetic-00003]');
    await page.click('[data-testid=review-accepted]');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/big-5000-accepted-${w}-${lang}.png` });
    await context.close();
    const s = await offlinePage(browser, preview.base, { width: w, height: h });
    await s.page.goto(`${preview.base}?o=kaihua&lang=${lang}`);
    await s.page.waitForSelector('[data-testid=current-date]');
    await s.page.setInputFiles('[data-testid=open-draft-input]', [{ name: 'guangzhou-notice.geojson', mimeType: 'application/geo+json', buffer: notice }, { name: 'guangzhou-notice.report.txt', mimeType: 'text/plain', buffer: report }]);
    await s.page.waitForSelector('[data-testid=review-section]');
    await s.page.waitForTimeout(500);
    await s.page.screenshot({ path: `${OUT}/notice-${w}-${lang}.png` });
    await s.page.click('[data-testid=section-links] button:nth-child(4)');
    await s.page.click('[data-testid=review-section][data-order="3"] [data-testid=section-accept]');
    await s.page.waitForTimeout(500);
    await s.page.screenshot({ path: `${OUT}/notice-section-accepted-${w}-${lang}.png` });
    await s.context.close();
  }
}
await browser.close(); preview.stop();
