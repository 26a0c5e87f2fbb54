import { launchBrowser, offlinePage } from '/work/wt/drafts/tests/support/browser';
import { syntheticDraft } from '/work/wt/drafts/tests/support/synthetic-draft';
import { startStaticServer } from '/work/wt/drafts/bench/static-server';
const server = await startStaticServer({ '/app/': '/tmp/drafts-dist-plain' });
const browser = await launchBrowser();
const { page } = await offlinePage(browser, server.base);
await page.goto(`${server.base}app/?o=kaihua&lang=en`);
await page.waitForSelector('[data-testid=current-date]');
const n = Number(process.argv[2] ?? 5000);
await page.setInputFiles('[data-testid=open-draft-input]', [{ name: 'x.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(syntheticDraft(n))) }]);
await page.waitForFunction((c) => new RegExp(`${c} pending`).test(document.querySelector('[data-testid=review-counts]')?.textContent ?? ''), n, { timeout: 120000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const total = new Map<string, number>();
for (let i = 0; i < 6; i++) {
  await page.click('[data-testid=candidate-row][data-review=pending]');
  await page.waitForSelector('[data-testid=review-accepted]');
  await page.waitForTimeout(300);
  await cdp.send('Profiler.start');
  await page.evaluate(async () => { document.querySelector<HTMLElement>('[data-testid=review-accepted]')!.click(); await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); });
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map<number, number>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const dt = profile.timeDeltas ?? [];
  profile.samples!.forEach((id, k) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const nd = byId.get(cur)!; const key = `${nd.callFrame.functionName || '(anon)'}:${nd.callFrame.lineNumber}`;
      if (seen.has(key)) continue; seen.add(key);
      total.set(key, (total.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
    }
  });
}
console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / 6).toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); await server.stop();
