/** Which features are on the map: the one rule the map layers and the export share. */
import type { ExportRow } from '../export/export';
import type { FeatureState } from '../time/feature-state';
import type { AtlasData, AtlasFeature } from './atlas-data';

/** A feature is on the map when the filters let it through (`mask`) and its state on the day is not hidden. */
export const isOnMap = (passesFilters: boolean, state: FeatureState): boolean => passesFilters && state.phase !== 'hidden';

/** What an export row says besides the state: its calendar date and how far the place may lie from its point. */
export interface RowContext {
  dateOf: (item: AtlasFeature) => string;
  radiusOf: (item: AtlasFeature) => number | null;
}

/** The features on the map at the states given by `stateOf` (a timeline model's day), as export rows. */
export function visibleRows(data: AtlasData, mask: Uint8Array, stateOf: (feature: number) => FeatureState, context: RowContext): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const item of data.features) {
    const state = stateOf(item.index);
    if (isOnMap(mask[item.index] === 1, state)) {
      rows.push({ outbreakId: item.outbreakId, feature: item.feature, state, date: context.dateOf(item), uncertaintyRadiusMetres: context.radiusOf(item) });
    }
  }
  return rows;
}
