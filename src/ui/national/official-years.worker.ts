/**
 * Web Worker: fetches the official record's year files, parses them and decodes them to typed columns
 * (src/official/year-data.ts `decodeYearData`), and moves the columns to the page (transferred, not copied). A thin
 * adapter: the decoding stays in src/official. Its messages are `YearsMessage` (official-years-client.ts).
 */
import type { OfficialChunk } from '../../official/schema';
import { decodeYearData, transferablesOf } from '../../official/year-data';
import type { YearsMessage, YearsRequest } from './official-years-client';

// The project's lib is the DOM's; of the worker's global scope only these two are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<YearsRequest>) => void) | null;
  postMessage(message: YearsMessage, transfer?: Transferable[]): void;
};

async function decodeFile(url: string, index: number): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data = decodeYearData((await response.json()) as OfficialChunk);
  scope.postMessage({ kind: 'year', index, data }, transferablesOf(data));
}

scope.onmessage = ({ data: { urls } }) => {
  Promise.all(urls.map(decodeFile)).catch((error: unknown) => {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};
