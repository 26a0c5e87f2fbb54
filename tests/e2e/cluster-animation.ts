/**
 * Acting on a cluster while markercluster still animates the clusters in, after the map first fits its outbreak
 * (~300 ms from the first frame): the moment a reader on a slow machine, or one whose fonts load late, clicks or
 * presses Enter. Timing a real click into that window is a race; the page itself acts instead, from the change of
 * the map pane's class that starts the animation, when the new clusters are drawn and the old ones fade out.
 */
import type { Page } from 'playwright-core';
import { offlinePage } from '../support/browser';
import { session } from './session';

export type ClusterAction = 'click' | 'Enter';

/**
 * The page's own script (a string: the test runner's transpiler would wrap named functions in helpers the page
 * lacks). On the first `leaflet-cluster-anim` on the map pane, it takes the first drawn cluster matching
 * `selector` that is not fading out, and clicks it or focuses it and presses Enter; `window.__clusterActed` then
 * says what it did, while the animation still ran.
 */
const actOnFirstAnimation = (selector: string, action: ClusterAction) => `
(() => {
  const observer = new MutationObserver(() => {
    const pane = document.querySelector('.leaflet-map-pane');
    if (!pane || !pane.classList.contains('leaflet-cluster-anim')) return;
    const target = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.style.opacity !== '0');
    if (!target) return;
    observer.disconnect();
    if (${JSON.stringify(action)} === 'click') target.click();
    else {
      target.focus();
      target.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true }));
    }
    window.__clusterActed = { label: target.getAttribute('aria-label'), animating: pane.classList.contains('leaflet-cluster-anim') };
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
})();`;

/** Opens `query` and acts on the cluster matching `selector` during the clusters' first animation. */
export async function openActingDuringClusterAnimation(query: string, selector: string, action: ClusterAction) {
  const opened = await offlinePage(session.browser, session.server.base);
  const { page } = opened;
  await page.addInitScript({ content: actOnFirstAnimation(selector, action) });
  await page.goto(`${session.server.base}${query}`);
  const acted = await page.waitForFunction(() => (window as unknown as { __clusterActed?: unknown }).__clusterActed, undefined, { timeout: 20_000 });
  return { ...opened, acted: (await acted.jsonValue()) as { label: string; animating: boolean } };
}

/** Resolves once neither Leaflet nor markercluster animates the map. */
export function clustersStill(page: Page): Promise<unknown> {
  return page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim'));
}
