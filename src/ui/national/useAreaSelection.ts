/**
 * The selected official area of the national and episode views: the URL holds its key (`sel=official:<key>`,
 * src/official/area-key.ts), the map and the panel its id in the loaded record. An older link's build-order id is
 * looked up in the frozen legacy table (one small file, fetched only then) and the URL rewritten to the key
 * (replace: the same view, not a new history entry). A key or id the record does not have is said in the notices.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NationalRecord } from '../../national/record';
import { areaSelectionValue, type AreaSelection } from '../../official/area-key';
import { keyOfLegacyId, legacyIdsFileOf, legacyIdsFileSchema } from '../../official/legacy-ids';
import { type NationalIgnored, type NationalViewState } from '../../url/national-codec';
import { URL_KEYS } from '../../url/keys';
import type { HistoryMode } from '../../url/view-history';

type Update = (patch: Partial<NationalViewState>, mode?: HistoryMode) => void;

/** The key of a build-order id of an older link, or undefined when the table has none (a failed fetch is thrown). */
async function legacyKeyOf(baseUrl: string, id: number): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}geo/official/${legacyIdsFileOf(id)}`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`legacy ids: HTTP ${response.status}`);
  return keyOfLegacyId(legacyIdsFileSchema.parse(await response.json()), id);
}

export function useAreaSelection(selection: AreaSelection | null, record: NationalRecord | null, update: Update, baseUrl = './') {
  // The link's selection the record does not have, said in the notices until dismissed.
  const [rejected, setRejected] = useState<AreaSelection | null>(null);
  const legacyId = selection?.kind === 'legacy' ? selection.id : null;

  useEffect(() => {
    if (legacyId === null) return undefined;
    let current = true;
    const forget = () => {
      if (!current) return;
      setRejected({ kind: 'legacy', id: legacyId });
      update({ selected: null }, 'replace');
    };
    legacyKeyOf(baseUrl, legacyId).then((key) => {
      if (current && key) update({ selected: { kind: 'key', key } }, 'replace');
      else forget();
    }, forget);
    return () => { current = false; };
  }, [legacyId, baseUrl, update]);

  const selectionKey = selection?.kind === 'key' ? selection.key : null;
  const id = useMemo(() => (record && selectionKey !== null ? record.keys.idOf(selectionKey) ?? null : null), [record, selectionKey]);
  const missing = record !== null && selectionKey !== null && id === null;
  // Noted while rendering (React's pattern for state that follows props); the URL is cleaned in the effect below.
  if (missing && !(rejected?.kind === 'key' && rejected.key === selectionKey)) setRejected({ kind: 'key', key: selectionKey });
  useEffect(() => {
    if (missing) update({ selected: null }, 'replace');
  }, [missing, update]);

  /** The selection that opens an area of the loaded record (null: none). */
  const selectionOf = useCallback((area: number | null): AreaSelection | null => {
    const key = area === null ? undefined : record?.keys.keyOf(area);
    return key === undefined ? null : { kind: 'key', key };
  }, [record]);
  const dismiss = useCallback(() => setRejected(null), []);
  const unknown: NationalIgnored | null = rejected && { key: URL_KEYS.selected, value: areaSelectionValue(rejected), reason: 'unknown-feature' };
  return { id, unknown, dismiss, selectionOf };
}
