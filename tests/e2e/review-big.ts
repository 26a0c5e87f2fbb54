/**
 * Big and sectioned drafts in the review (issue 21 item 11, issue 24 item 4): a synthetic draft of 5,000
 * candidates opens with a virtualised list (a few dozen rows in the page, every candidate reachable from the
 * keyboard) and its dots on one canvas, and accepting one updates the counts; a notice of 57 candidates under four
 * headed sections is listed by section, the section whose stated count differs from the number found is flagged in
 * zh and en, and a whole section is accepted from the keyboard with a visible count of what changed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { syntheticDraft } from '../support/synthetic-draft';
import { ARTIFACTS, open } from './session';

const NOTICE = fs.readFileSync('tests/fixtures/drafts/guangzhou-notice.geojson');
const NOTICE_REPORT = fs.readFileSync('tests/fixtures/drafts/guangzhou-notice.report.txt');
const asFile = (name: string, buffer: Buffer, mimeType = 'application/geo+json') => ({ name, mimeType, buffer });
const rowCount = (page: import('playwright-core').Page) => page.$$eval('[data-testid=candidate-row]', (rows) => rows.length);

describe('reviewing big and sectioned drafts', () => {
  it('opens a draft of 5,000 candidates with a virtualised list, reaches the last one by keyboard and accepts it', async () => {
    const { page, context, errors } = await open('?o=kaihua&lang=en');
    try {
      await page.setInputFiles('[data-testid=open-draft-input]', [asFile('synthetic-5000.geojson', Buffer.from(JSON.stringify(syntheticDraft(5_000))))]);
      await page.waitForFunction(() => /5000 pending · 0 accepted · 0 rejected/.test(document.querySelector('[data-testid=review-counts]')?.textContent ?? ''), undefined, { timeout: 60_000 });
      assert.equal(await page.getAttribute('[data-testid=draft-dots]', 'data-count'), '5000', 'every candidate is drawn on the canvas');
      assert.ok((await page.$$('.draft-marker')).length === 0, 'no DOM marker until a point is chosen');
      const rows = await rowCount(page);
      assert.ok(rows > 5 && rows < 100, `the list holds only the rows in view (${rows} of 5000)`);
      assert.equal(await page.getAttribute('[data-testid=candidate-list] [role=listitem]', 'aria-setsize'), '5000');
      await page.screenshot({ path: `${ARTIFACTS}/review-5000.png` });

      // Keyboard: the list is one tab stop; End brings the last candidate into the page and focuses it.
      await page.focus('[data-testid=candidate-row][data-feature-id=synthetic-00001]');
      await page.keyboard.press('End');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-feature-id') === 'synthetic-05000');
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-feature-id') === 'synthetic-04999');
      assert.ok(await rowCount(page) < 100, 'still only the rows in view');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=candidate][data-feature-id=synthetic-04999]');
      await page.waitForSelector('.draft-marker[data-draft-id=synthetic-04999]');
      await page.click('[data-testid=review-accepted]');
      await page.waitForFunction(() => /4999 pending · 1 accepted · 0 rejected/.test(document.querySelector('[data-testid=review-counts]')?.textContent ?? ''));
      assert.equal(await page.getAttribute('[data-testid=candidate-row][data-feature-id=synthetic-04999]', 'data-review'), 'accepted');
      assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    } finally {
      await context.close();
    }
  });

  it('lists a notice by section, flags a stated count that differs, and accepts a section from the keyboard', async () => {
    const { page, context, errors } = await open('?o=kaihua&lang=zh');
    try {
      await page.setInputFiles('[data-testid=open-draft-input]', [asFile('guangzhou-notice.geojson', NOTICE), asFile('guangzhou-notice.report.txt', NOTICE_REPORT, 'text/plain')]);
      await page.waitForSelector('[data-testid=review-panel]');
      assert.match(await page.textContent('[data-testid=review-counts]') ?? '', /待审 57 · 采用 0 · 舍弃 0/);
      const first = '[data-testid=review-section][data-order="0"]';
      assert.equal(await page.textContent(`${first} h4`), '一、高风险区降为中风险区（16个）');
      assert.match(await page.textContent(`${first} [data-testid=section-count]`) ?? '', /^找到 16 处，通告写明 16 处$/);
      // The rows under the first heading are its candidates.
      const ids = await page.$$eval('[data-testid=candidate-row]', (rows) => rows.map((r) => r.getAttribute('data-feature-id')));
      assert.deepEqual(ids.slice(0, 3), ['guangzhou-notice-1-01', 'guangzhou-notice-1-02', 'guangzhou-notice-1-03']);

      // A click on a dot drawn on the canvas chooses its candidate (the first painted pixel found, then inside its ring).
      const dot = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=draft-dots] canvas')!;
        const rect = canvas.getBoundingClientRect();
        const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        for (let y = 0; y < height; y += 1) {
          for (let x = 0; x < width; x += 1) {
            const px = rect.left + ((x + 3) * rect.width) / width;
            const py = rect.top + ((y + 4) * rect.height) / height;
            if (data[(y * width + x) * 4 + 3] > 200 && px > 0 && py > 60 && px < window.innerWidth - 400) return { x: px, y: py };
          }
        }
        return null;
      });
      assert.ok(dot, 'a dot is painted on the canvas');
      await page.mouse.click(dot.x, dot.y);
      await page.waitForSelector('[data-testid=candidate]');
      assert.match(await page.getAttribute('[data-testid=candidate]', 'data-feature-id') ?? '', /^guangzhou-notice-/);
      await page.click('[data-testid=candidate-back]');

      // The section links jump to the fourth section, whose heading states 14 where 13 were found.
      const links = await page.$$eval('[data-testid=section-links] button', (buttons) => buttons.map((b) => b.textContent));
      assert.deepEqual(links, ['一、高风险区降为中风险区（16个）', '二、新增高风险区（14个）', '三、新增中风险区（14个）', '⚠ 四、中风险区降为低风险区（14个）']);
      await page.click('[data-testid=section-links] button:nth-child(4)');
      const fourth = '[data-testid=review-section][data-order="3"]';
      await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), fourth);
      assert.equal(await page.getAttribute(fourth, 'data-mismatch'), 'true');
      assert.match(await page.textContent(`${fourth} [data-testid=section-count]`) ?? '', /找到 13 处，通告写明 14 处 · ⚠ 数目不符/);
      await page.screenshot({ path: `${ARTIFACTS}/review-sections-zh.png` });
      await page.click('[data-testid=language-toggle]');
      assert.match(await page.textContent(`${fourth} [data-testid=section-count]`) ?? '', /13 found, the notice states 14 · ⚠ the numbers differ/);

      // Keyboard only: the section link (Enter) focuses the heading, Tab reaches "Accept the 13 pending", Enter decides them all.
      await page.focus('[data-testid=section-links] button:nth-child(4)');
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), fourth);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Accept the 13 pending');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /44 pending · 13 accepted · 0 rejected/.test(document.querySelector('[data-testid=review-counts]')?.textContent ?? ''));
      assert.match(await page.textContent('[data-testid=review-notice]') ?? '', /四、中风险区降为低风险区（14个）: 13 pending places accepted/);
      assert.match(await page.textContent(`${fourth} .section-tally`) ?? '', /0 pending · 13 accepted · 0 rejected/);
      assert.equal(await page.isDisabled(`${fourth} [data-testid=section-accept]`), true);
      // The other sections are as they were.
      await page.click('[data-testid=section-links] button:nth-child(1)');
      assert.match(await page.textContent(`${first} .section-tally`) ?? '', /16 pending · 0 accepted · 0 rejected/);
      assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    } finally {
      await context.close();
    }
  });
});
