/**
 * Reviewing a draft on the map (issue 18 parts 4 and 5): a draft of `npm run ingest` opened in the browser, its
 * candidates reviewed by mouse and keyboard, one point dragged and placed with the reviewer's precision, the file
 * saved (a download) and run through the project's validator; and files the app must refuse with a zh/en message
 * while the map stays as it was. Nothing is sent anywhere: every request outside the preview server is blocked.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { draftFileSchema } from '../../src/data/draft-schema';
import { formatProblem, validateOutbreakFile } from '../../src/data/validate';
import { loadGazetteer } from '../../src/node/geo-files';
import { ARTIFACTS, open, visibleCount } from './session';

const DRAFT = draftFileSchema.parse(JSON.parse(fs.readFileSync('tests/fixtures/drafts/changshan.geojson', 'utf8')));
const REPORT = fs.readFileSync('tests/fixtures/drafts/changshan.report.txt');
const DRAG = 'changshan-dongfang-xiaoqu'; // a point known only to its county: the reviewer places it
const ACCEPT = 'changshan-xinqiao-cun';
const REJECT = 'changshan-qiuzhupingtai';
const SEED = '001_0123456789abcdef.txt';

/** The fixture draft cut to three candidates, so that accepting two and rejecting one reviews every place. */
const threeCandidates = Buffer.from(JSON.stringify({ ...DRAFT, features: DRAFT.features.filter((f) => [DRAG, ACCEPT, REJECT].includes(f.properties.id)) }));
const asFile = (name: string, buffer: Buffer, mimeType = 'application/geo+json') => ({ name, mimeType, buffer });

const row = (id: string) => `[data-testid=candidate-row][data-feature-id=${id}]`;
const reviewOf = (page: Page, id: string) => page.getAttribute(row(id), 'data-review');

/** Drops files on the map as a reader drags them from the desktop; `spaces` makes a file of that many bytes in the page. */
async function dropFiles(page: Page, files: Array<{ name: string; text?: string; spaces?: number }>) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text ?? ' '.repeat(f.spaces ?? 0)], f.name));
    return data;
  }, files);
  await page.dispatchEvent('[data-testid=map-drop-zone]', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('[data-testid=map-drop-zone]', 'drop', { dataTransfer: transfer });
}

describe('reviewing a draft on the map', () => {
  it('opens a draft, accepts two candidates, rejects one, places a point, saves a file the validator accepts', async () => {
    const { page, context, errors } = await open('?o=kaihua&lang=en');
    // Nothing leaves the browser: no request carries a body (the files are read and saved in the page).
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || request.postDataBuffer()) sent.push(`${request.method()} ${request.url()}`);
    });
    try {
      await page.setInputFiles('[data-testid=open-draft-input]', [asFile('changshan.geojson', threeCandidates), asFile('changshan.report.txt', REPORT, 'text/plain')]);
      await page.waitForSelector('[data-testid=review-panel]');
      // Candidates: a layer of their own (three dots on its canvas) and bars on the timeline, each with its confidence.
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid=draft-dots]')?.dataset.count === '3');
      // The pill counts what is on the map: the draft's candidates as well as the atlas's places of the day.
      assert.equal(await page.getAttribute('[data-testid=visible-count]', 'data-draft-count'), '3');
      assert.match(await page.textContent('[data-testid=visible-count]') ?? '', /^Shown: \d+ places? \+ 3 draft candidates$/);
      assert.ok((await page.$$('[data-testid=draft-bar]')).length >= 2, 'the draft\'s events are on the timeline');
      assert.match(await page.textContent('[data-testid=review-counts]') ?? '', /3 pending · 0 accepted · 0 rejected/);
      assert.match(await page.textContent('[data-testid=review-report-status]') ?? '', /found/);

      // Keyboard: choose a candidate from the list and accept it, without the mouse.
      await page.focus(row(ACCEPT));
      await page.keyboard.press('Enter');
      await page.waitForSelector(`[data-testid=candidate][data-feature-id=${ACCEPT}]`);
      const accepted = DRAFT.features.find((f) => f.properties.id === ACCEPT)!;
      assert.match(await page.textContent('[data-testid=candidate]') ?? '', new RegExp(`confidence ${accepted.properties.confidence.toFixed(2)}`));
      assert.equal(await page.textContent('[data-testid=review-quote-highlight]'), accepted.properties.events[0].quote);
      // Edit the first event: a later date (typed, then Enter) and another status.
      await page.fill('[data-testid=review-event]:first-child [data-testid=event-date]', '2022-05-04');
      await page.press('[data-testid=review-event]:first-child [data-testid=event-date]', 'Enter');
      await page.selectOption('[data-testid=review-event]:first-child [data-testid=event-status]', 'high-risk');
      await page.focus('[data-testid=review-accepted]');
      await page.keyboard.press('Space');
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-review') === 'accepted', row(ACCEPT));
      assert.match(await page.textContent('[data-testid=review-announcement]') ?? '', /accepted/);

      await page.click(row(REJECT));
      await page.click('[data-testid=review-rejected]');
      assert.equal(await reviewOf(page, REJECT), 'rejected');

      // Drag the county-level point a little way and state where it is: a village, with a note in both languages.
      await page.click(row(DRAG));
      const marker = await page.waitForSelector(`.draft-marker[data-draft-id=${DRAG}]`);
      const box = (await marker.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 8 });
      await page.mouse.up();
      await page.waitForSelector('[data-testid=placement-form]');
      await page.click('[data-testid=save-review]');
      assert.match(await page.textContent('[data-testid=review-notice]') ?? '', /Cannot save: .* moved without a stated precision/);
      await page.click('[data-testid=placement-apply]');
      assert.match(await page.textContent('.placement-form [role=alert]') ?? '', /Choose the precision/);
      await page.selectOption('[data-testid=placement-precision]', 'village');
      await page.fill('[data-testid=placement-note-zh]', '审核人按小区所在位置放置');
      await page.fill('[data-testid=placement-note-en]', 'placed by the reviewer where the compound is');
      await page.click('[data-testid=placement-apply]');
      await page.waitForSelector('[data-testid=placement-form]', { state: 'detached' });
      assert.match(await page.textContent('[data-testid=candidate]') ?? '', /reviewer \(placed by the reviewer\)/);
      await page.click('[data-testid=review-accepted]');
      assert.match(await page.textContent('[data-testid=review-counts]') ?? '', /0 pending · 2 accepted · 1 rejected/);

      await page.fill('[data-testid=review-source]', SEED);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=save-review]')]);
      assert.equal(download.suggestedFilename(), 'changshan.geojson');
      const saved = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as typeof DRAFT;
      fs.writeFileSync(`${ARTIFACTS}/review-saved.geojson`, JSON.stringify(saved, null, 2));
      assert.deepEqual(saved.features.map((f) => f.properties.id).sort(), [ACCEPT, DRAG].sort());
      const edited = saved.features.find((f) => f.properties.id === ACCEPT)!.properties.events[0];
      assert.deepEqual([edited.date, edited.status, edited.quote], ['2022-05-04', 'high-risk', accepted.properties.events[0].quote]);
      const placed = saved.features.find((f) => f.properties.id === DRAG)!;
      assert.equal(placed.properties.geometrySource, 'reviewer');
      assert.equal(placed.properties.precision, 'village');
      assert.notDeepEqual(placed.geometry, DRAFT.features.find((f) => f.properties.id === DRAG)!.geometry);
      const problems = validateOutbreakFile({ file: 'changshan.geojson', json: saved, reportText: () => REPORT.toString('utf8') }, loadGazetteer());
      assert.deepEqual(problems.map(formatProblem), []);
      assert.match(await page.textContent('[data-testid=review-notice]') ?? '', /Saved changshan\.geojson/);
      assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
      assert.deepEqual(sent, []);
    } finally {
      await context.close();
    }
  });

  it('refuses a non-GeoJSON file, an oversized file, a draft of another schema and a report in an unknown encoding, in zh and en, leaving the map and an open draft as they were', async () => {
    const { page, context } = await open('?o=anyang&d=2022-01-20', { width: 390, height: 844 });
    try {
      const before = { url: page.url(), visible: await visibleCount(page) };
      const notice = async () => (await page.waitForSelector('[data-testid=review-notice][data-tone=error]')).textContent();
      const unchanged = async () => {
        assert.equal(page.url(), before.url);
        assert.equal(await visibleCount(page), before.visible);
        assert.equal((await page.$$('.draft-marker')).length, 0);
        assert.equal(await page.$('[data-testid=draft-dots][data-count]'), null);
        assert.equal(await page.$('[data-testid=review-panel]'), null);
        await page.click('[data-testid=review-notice] button');
      };

      await dropFiles(page, [{ name: 'cases.csv', text: '城市,日期\n常山县,2022-05-02' }]);
      assert.match(await notice() ?? '', /cases\.csv 不是 GeoJSON/);
      await unchanged();

      await dropFiles(page, [{ name: 'huge.geojson', spaces: 10 * 1024 * 1024 + 1 }]);
      assert.match(await notice() ?? '', /huge\.geojson 有 10\.0 MB，超过 10\.0 MB 的上限/);
      await unchanged();

      const otherSchema = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [118.5, 28.9] }, properties: { name: '常山县' } }] });
      await dropFiles(page, [{ name: 'other.geojson', text: otherSchema }]);
      const zhText = await notice() ?? '';
      assert.match(zhText, /other\.geojson 不符合草稿格式.*outbreak: 无效输入/);
      assert.doesNotMatch(zhText, /Invalid input/);
      await page.click('[data-testid=language-toggle]');
      assert.match(await notice() ?? '', /other\.geojson does not follow the draft schema/);
      before.url = page.url(); // the language is in the link; nothing else may change
      await unchanged();

      // With a draft open: a report in an unknown encoding (Big5) and a file of another schema leave the draft as it was.
      await page.setInputFiles('[data-testid=open-draft-input]', [asFile('changshan.geojson', Buffer.from(JSON.stringify(DRAFT)))]);
      await page.waitForSelector('[data-testid=review-panel]');
      const dots = () => page.getAttribute('[data-testid=draft-dots]', 'data-count');
      const markers = await dots();
      const counts = await page.textContent('[data-testid=review-counts]');
      assert.equal(markers, String(DRAFT.features.length));
      await page.setInputFiles('[data-testid=open-report-input]', [asFile('changshan.big5.txt', iconv.encode(REPORT.toString('utf8'), 'big5'), 'text/plain')]);
      assert.match(await notice() ?? '', /changshan\.big5\.txt is in an encoding the app cannot read/);
      await dropFiles(page, [{ name: 'other.geojson', text: otherSchema }]);
      assert.match(await notice() ?? '', /other\.geojson does not follow the draft schema/);
      assert.equal(await dots(), markers);
      assert.equal(await page.textContent('[data-testid=review-counts]'), counts);
      assert.ok(await page.$('[data-testid=open-report]'), 'no report was taken');
      await page.screenshot({ path: `${ARTIFACTS}/review-refused-phone.png` });
    } finally {
      await context.close();
    }
  });
});
