import { launchBrowser, offlinePage } from '/work/wt/drafts/tests/support/browser';
import { syntheticDraft } from '/work/wt/drafts/tests/support/synthetic-draft';
import { startStaticServer } from '/work/wt/drafts/bench/static-server';
const server = await startStaticServer({ '/app/': '/tmp/drafts-dist-plain' });
const browser = await launchBrowser();
const { page } = await offlinePage(browser, server.base);
await page.goto(`${server.base}app/?o=kaihua&lang=en`);
await page.waitForSelector('[data-testid=current-date]');
const n = Number(process.argv[2] ?? 25000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await page.setInputFiles('[data-testid=open-draft-input]', [{ name: 'x.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(syntheticDraft(n))) }]);
await page.waitForFunction((c) => new RegExp(`${c} pending`).test(document.querySelector('[data-testid=review-counts]')?.textContent ?? ''), n, { timeout: 120000 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const parent = new Map<number, number>();
for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
const dt = profile.timeDeltas ?? [];
const total = new Map<string, number>(); const self = new Map<string, number>();
profile.samples!.forEach((id, k) => {
  const seen = new Set<string>();
  const nd0 = byId.get(id)!; const k0 = `${nd0.callFrame.functionName || '(anon)'}:${nd0.callFrame.lineNumber}`; self.set(k0, (self.get(k0) ?? 0) + (dt[k] ?? 0) / 1000);
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const nd = byId.get(cur)!; const key = `${nd.callFrame.functionName || '(anon)'}:${nd.callFrame.lineNumber}`;
    if (seen.has(key)) continue; seen.add(key);
    total.set(key, (total.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
  }
});
console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
console.log('--- self');
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
await browser.close(); await server.stop();
