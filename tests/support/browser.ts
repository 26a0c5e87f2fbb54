/**
 * Shared browser plumbing for the e2e tests and the bench: Debian's Chromium through playwright-core, the built
 * app served by `vite preview` on a free port, and every request outside that server blocked (no tiles, no CDN).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** A port nothing listens on now: the system picks it for a socket bound to port 0, which is then closed. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Preview {
  base: string;
  stop: () => void;
}

function stopGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid);
  } catch {
    // Already gone.
  }
}

/** One attempt: resolves once the server answers, rejects as soon as it exits (e.g. the port was taken meanwhile). */
async function previewOn(port: number, env: NodeJS.ProcessEnv): Promise<Preview> {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: true,
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const base = `http://127.0.0.1:${port}/`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline && !exited;) {
    try {
      const response = await fetch(base);
      if (response.ok) return { base, stop: () => stopGroup(child) };
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stopGroup(child);
  throw new Error(exited ? `vite preview exited on port ${port}` : `vite preview did not answer on ${base}`);
}

/** Starts `vite preview` of dist/ on a free port and resolves with its base URL once it answers. */
export async function startPreview(env: NodeJS.ProcessEnv = {}): Promise<Preview> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await previewOn(await freePort(), env);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** URLs the page asked for outside the server, refused. */
  blocked: string[];
  /** Page errors and console errors. */
  errors: string[];
}

/** A page whose requests to anything but `base` fail, as on an offline machine. */
export async function offlinePage(browser: Browser, base: string, viewport = { width: 1280, height: 800 }): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, blocked, errors };
}
