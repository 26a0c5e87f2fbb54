/**
 * How a draft candidate's dot looks (draft-layer.ts draws it; the animation export draws it in its frames): pending
 * hollow, accepted filled, rejected faded; the stroke grey before the first event, the fill faded after the measure
 * ended, black when moved and not yet placed; the chosen one larger, outlined black. Without Leaflet's runtime.
 */
import type { PathOptions } from 'leaflet';
import type { DraftFeature } from '../../data/draft-schema';
import type { FeatureState } from '../../time/feature-state';
import { STATUS_COLOURS } from '../style';

const DOT_RADIUS = 6;
const CHOSEN_RADIUS = 9;

export interface DraftDotStyle {
  /** Equal keys draw the same: the layer is restyled only when its key changes. */
  key: string;
  options: PathOptions;
  radius: number;
}

/** The end of the style key of the chosen candidate (drawn on top). */
export const CHOSEN_KEY = '|chosen';

export const colourOf = (state: FeatureState) => (state.status ? STATUS_COLOURS[state.status] : '#607d8b');

export function draftDotStyle(feature: DraftFeature, state: FeatureState, selected: boolean, moved: boolean, point: boolean): DraftDotStyle {
  const { review } = feature.properties;
  const colour = colourOf(state);
  const key = `${review}|${colour}|${state.status === null}|${state.phase}|${moved}${selected ? CHOSEN_KEY : ''}`;
  if (!point) {
    return {
      key, radius: 0,
      options: {
        color: selected ? '#111' : colour, weight: selected ? 3 : 2, opacity: review === 'rejected' ? 0.35 : 0.95,
        dashArray: review === 'accepted' ? undefined : '6 5', fillColor: colour, fillOpacity: review === 'rejected' ? 0.02 : 0.08,
      },
    };
  }
  const stroke = moved ? '#111' : state.status === null ? '#90a4ae' : colour;
  const faded = review === 'rejected' ? 0.35 : 1;
  const options: PathOptions = review === 'accepted'
    ? { color: '#fff', weight: 1.5, dashArray: undefined, fillColor: colour, fillOpacity: state.phase === 'ended' ? 0.55 : 1, opacity: 1 }
    // A solid ring, not the dashed one of the chosen marker: a dashed stroke of thousands of dots costs seconds to raster.
    : { color: stroke, weight: 2.5, dashArray: undefined, fillColor: '#fff', fillOpacity: faded, opacity: faded };
  if (selected) Object.assign(options, { color: '#111', weight: 3, dashArray: undefined });
  return { key, options, radius: selected ? CHOSEN_RADIUS : DOT_RADIUS };
}

