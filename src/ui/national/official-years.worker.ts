/**
 * Web Worker: fetches the official record's year files, parses them and decodes them to typed columns
 * (src/official/year-data.ts `decodeYearData`), and moves the columns to the page (transferred, not copied). A thin
 * adapter: the decoding stays in src/official. Its messages are `YearsMessage` (official-years-client.ts).
 */
import type { OfficialChunk } from '../../official/schema';
import { decodeYearData, transferablesOf } from '../../official/year-data';
import type { YearsMessage, YearsRequest } from './official-years-client';

// The project's lib is the DOM's, so `self` is typed as a window. The two calls below mean the same in a worker:
// `postMessage(message, { transfer })` (structured-clone options, no target origin) and the `message` event.
function post(message: YearsMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function decodeFile(url: string, index: number): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data = decodeYearData((await response.json()) as OfficialChunk);
  post({ kind: 'year', index, data }, transferablesOf(data));
}

self.addEventListener('message', ({ data: { urls } }: MessageEvent<YearsRequest>) => {
  Promise.all(urls.map(decodeFile)).catch((error: unknown) => {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  });
});
