/**
 * Shared browser plumbing for the e2e tests and the bench: Debian's Chromium through playwright-core,
 * the built app served by `vite preview`, and every request outside localhost blocked (no tiles, no CDN).
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** Starts `vite preview` on a free-ish port and resolves with its base URL once it answers. */
export async function startPreview(port = 4173 + Math.floor(Math.random() * 500), extraEnv = {}) {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...extraEnv }, detached: true,
  });
  const base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(base);
      if (response.ok) return { base, stop: () => { try { process.kill(-child.pid); } catch { /* already gone */ } } };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  try { process.kill(-child.pid); } catch { /* ignore */ }
  throw new Error(`vite preview did not answer on ${base}`);
}

/** A page whose requests to anything but the preview server fail, as on an offline machine. */
export async function offlinePage(browser, base, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return { context, page, blocked, errors };
}
