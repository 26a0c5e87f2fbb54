/**
 * The page's side of the year files' worker (official-years.worker.ts): the 15.7 MB year file is fetched, parsed
 * and decoded off the main thread, so the slider and the map keep answering while it loads. Plain postMessage with
 * transferred typed arrays: one request, one message per year file, one error message; no library needed for that.
 */
import type { YearData } from '../../official/year-data';

export interface YearsRequest {
  /** Absolute addresses (a worker resolves relative ones against its own script, not the page). */
  urls: string[];
}

export type YearsMessage = { kind: 'year'; index: number; data: YearData } | { kind: 'error'; message: string };

/** Decodes the files in a worker; `onYear` is called as each one arrives. Rejects on the first failure. */
export function decodeYearsInWorker(urls: readonly string[], onYear: (index: number) => void): Promise<YearData[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./official-years.worker.ts', import.meta.url), { type: 'module', name: 'official-years' });
    const years: YearData[] = new Array(urls.length);
    let arrived = 0;
    const fail = (message: string) => {
      worker.terminate();
      reject(new Error(message));
    };
    worker.onmessage = ({ data: message }: MessageEvent<YearsMessage>) => {
      if (message.kind === 'error') return fail(message.message);
      years[message.index] = message.data;
      arrived += 1;
      onYear(message.index);
      if (arrived === urls.length) {
        worker.terminate();
        resolve(years);
      }
    };
    // A worker that cannot start (script missing, blocked) or a message that cannot be read.
    worker.onerror = (event) => {
      event.preventDefault();
      fail(`official record worker: ${event.message || 'failed to start'}`);
    };
    worker.onmessageerror = () => fail('official record worker: a message could not be read');
    worker.postMessage({ urls: urls.map((url) => new URL(url, document.baseURI).href) } satisfies YearsRequest);
  });
}
