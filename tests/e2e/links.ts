/** Shared links, bad input in them, and what the browser history records. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { anyang, aRiskArea, clickWhenSettled, currentDate, open, settled } from './session';

describe('deep links', () => {
  it('restore the date, outbreak, filters, language and selected feature', async () => {
    const id = aRiskArea.properties.id;
    const { page, context } = await open(`?o=anyang&d=2022-01-17&k=risk-area,county-control&lang=en&sel=${id}`);
    assert.equal(await currentDate(page), '2022-01-17');
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'anyang');
    assert.equal(await page.getAttribute('[data-testid=feature-panel]', 'data-feature-id'), id);
    assert.match(await page.textContent('#feature-title') ?? '', new RegExp(aRiskArea.properties.nameEn));
    const highlighted = await page.textContent('[data-testid=quote-highlight]', { timeout: 10_000 });
    assert.equal(highlighted?.replace(/\s+/g, ''), aRiskArea.properties.events[0].quote.replace(/\s+/g, ''));
    await page.click('[data-testid=feature-panel] .close');
    const kindChecks = await page.$$eval('[data-testid=filter-kind] input:checked', (inputs: Element[]) => inputs.map((i) => (i as HTMLInputElement).value));
    assert.deepEqual(kindChecks.sort(), ['county-control', 'risk-area']);
    await context.close();
  });

  it('are written back as the view changes, and back/forward walk through them', async () => {
    const { page, context } = await open('');
    await page.selectOption('[data-testid=outbreak-picker]', 'anyang');
    await page.waitForFunction(() => window.location.search.includes('o=anyang'));
    await page.click('[data-testid=filter-kind] label:has(input[value=risk-area])');
    await page.waitForFunction(() => window.location.search.includes('k=risk-area'));
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('k=risk-area'));
    assert.equal(await page.$$eval('[data-testid=filter-kind] input:checked', (i: Element[]) => i.length), 0);
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'anyang');
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('o=anyang'));
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'all');
    await page.goForward();
    await page.waitForFunction(() => window.location.search.includes('o=anyang'));
    assert.equal(await page.inputValue('[data-testid=outbreak-picker]'), 'anyang');
    await context.close();
  });
});

/** Where the map draws things, once still: the basemap's county names and the clusters, in page pixels. */
function drawnView(page: Page): Promise<string[]> {
  return settled(page, () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.atlas-basemap-label, .marker-cluster:not(.is-hidden)')]
    .filter((element) => getComputedStyle(element).visibility !== 'hidden')
    .map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.textContent}@${Math.round(box.x)},${Math.round(box.y)}`;
    })
    .sort()));
}

describe('the same link, the same view', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`fits an outbreak picked in the header as opening its link does, and writes the first zoom after (${viewport.width} px)`, async () => {
      // The OSM tiles fail here, as offline: the notice that says so must not change the fitted view.
      const direct = await open('?o=anyang', viewport);
      await direct.page.waitForSelector('[data-testid=offline-notice]');
      const expected = await drawnView(direct.page);
      await direct.context.close();
      const { page, context } = await open('', viewport);
      await page.waitForSelector('[data-testid=offline-notice]');
      await page.selectOption('[data-testid=outbreak-picker]', 'anyang');
      await page.waitForFunction(() => window.location.search === '?o=anyang');
      assert.deepEqual(await drawnView(page), expected);
      await page.click('.leaflet-control-zoom-in');
      await page.waitForFunction(() => new URLSearchParams(window.location.search).has('z'));
      const zoomed = await drawnView(page);
      const link = await page.evaluate(() => window.location.search);
      await context.close();
      const reopened = await open(link, viewport);
      assert.deepEqual(await drawnView(reopened.page), zoomed, `${link} reopens the zoomed view`);
      await reopened.context.close();
    });
  }
});

describe('a link with a place selected', () => {
  // A cluster away from 袁六村 (内黄县) in the view fitted on each screen (the phone's sheet covers half of it).
  const cases = [{ viewport: { width: 1280, height: 800 }, cluster: '汤阴县附近 3 处' }, { viewport: { width: 390, height: 844 }, cluster: '文峰区附近 9 处' }];
  for (const { viewport, cluster } of cases) {
    it(`reopens the view it names, not the selected place's (${viewport.width} px)`, async () => {
      // 袁六村 selected, then a cluster zoomed into, away from 袁六村: the link names that view.
      const { page, context } = await open('?o=anyang&d=2022-01-10&sel=anyang-neihuang-yuanliu&b=offline', viewport);
      await page.waitForSelector('[data-testid=feature-panel][data-feature-id=anyang-neihuang-yuanliu]');
      await clickWhenSettled(page, `.marker-cluster[aria-label="${cluster}"]`);
      await page.waitForFunction(() => new URLSearchParams(window.location.search).has('z'));
      const zoomed = await drawnView(page);
      const link = await page.evaluate(() => window.location.search);
      assert.match(link, /sel=anyang-neihuang-yuanliu/);
      await context.close();
      const reopened = await open(link, viewport);
      await reopened.page.waitForSelector('[data-testid=feature-panel][data-feature-id=anyang-neihuang-yuanliu]');
      assert.deepEqual(await drawnView(reopened.page), zoomed, `${link} reopens the zoomed view`);
      assert.equal(await reopened.page.evaluate(() => window.location.search), link, 'and keeps the link as it was');
      await reopened.context.close();
    });
  }
});

describe('bad input never breaks the page', () => {
  // [case, query, text the notice shows, text that must be gone from the cleaned URL]
  const cases: Array<[string, string, string, string]> = [
    ['an unknown outbreak', 'o=atlantis', 'o=atlantis', 'atlantis'],
    ['an unknown feature', 'sel=no-such-place', 'sel=no-such-place', 'no-such-place'],
    ['an impossible date', 'o=anyang&d=2022-02-30', 'd=2022-02-30', '2022-02-30'],
    ['an out-of-range date', 'o=anyang&d=2031-01-01', 'd=2031-01-01', '2031'],
    ['malformed numbers', 'z=big&c=north,east', 'z=big', 'north'],
    ['unknown filter values', 'k=volcano', 'k=volcano', 'volcano'],
    ['a script-laden parameter', `q=${encodeURIComponent('<script>alert(1)</script>')}&sel=${encodeURIComponent('"><img src=x onerror=alert(2)>')}`, 'q=<script>', 'script'],
  ];
  for (const [name, query, shown, gone] of cases) {
    it(`falls back and says so for ${name}`, async () => {
      const { page, context, dialogs, errors } = await open(`?${query}`);
      const notice = await page.textContent('[data-testid=ignored-notice]');
      assert.ok(notice?.includes(shown), `notice mentions ${shown}: ${notice}`);
      assert.equal(await page.$$eval('img[src=x], script:not([src])', (n: Element[]) => n.length), 0);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(errors.filter((e: string) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
      await page.waitForFunction((text: string) => !window.location.search.includes(text), gone);
      await context.close();
    });
  }

  it('clamps an out-of-range date to the last day of the outbreak', async () => {
    const { page, context } = await open('?o=anyang&d=2031-01-01');
    assert.equal(await currentDate(page), anyang.outbreak.period.end);
    await context.close();
  });

  it('has a Content-Security-Policy that forbids inline script', async () => {
    const { page, context } = await open('');
    const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert.match(policy ?? '', /script-src 'self'(;|$)/);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    assert.equal(ran, false);
    await context.close();
  });

  it('ships its icon: the page links one the policy lets it show, and nothing it asks the server for is missing', async () => {
    const { page, context } = await open('');
    const missing: string[] = [];
    page.on('response', (response) => { if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`); });
    const icon = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel=icon]');
      if (!link) return 'no link[rel=icon]';
      const image = new Image();
      const shown = new Promise<string>((resolve) => {
        image.onload = () => resolve(`${image.naturalWidth > 0}`);
        image.onerror = () => resolve(`cannot load ${link.href}`);
      });
      image.src = link.href;
      return shown;
    });
    assert.equal(icon, 'true');
    await page.reload();
    await page.waitForSelector('.atlas');
    assert.deepEqual(missing, []);
    await context.close();
  });
});

describe('history of a search', () => {
  it('adds one history entry for a typed name, when typing rests, and one on Enter', async () => {
    const { page, context } = await open('?o=anyang');
    const entries = () => page.evaluate(() => window.history.length);
    const before = await entries();
    await page.click('[data-testid=search]');
    await page.keyboard.type('dazhu', { delay: 60 });
    assert.equal(await entries(), before, 'no entry per keystroke');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'dazhu');
    assert.equal(await entries(), before + 1);
    await page.keyboard.type('zhuang');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'dazhuzhuang');
    assert.equal(await entries(), before + 2);
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'dazhu');
    assert.equal(await page.inputValue('[data-testid=search]'), 'dazhu');
    await context.close();
  });
});
