import { launchBrowser, startPreview, offlinePage } from './browser.mjs';
const server = await startPreview(4999);
const browser = await launchBrowser();
try {
  for (const [name, url, vp] of [['desktop', process.argv[2] ?? '', { width: 1280, height: 800 }], ['mobile', process.argv[3] ?? process.argv[2] ?? '', { width: 390, height: 844 }]]) {
    const { page, errors, blocked } = await offlinePage(browser, server.base, vp);
    await page.goto(server.base + url);
    await page.waitForSelector('.atlas, [data-testid=load-error]', { timeout: 20000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shot-${name}.png` });
    console.log(name, 'errors:', errors.slice(0, 5), 'blocked:', blocked.length, 'url:', page.url());
  }
} finally { await browser.close(); server.stop(); }
