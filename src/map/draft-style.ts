/**
 * How a draft candidate looks on the map: its dot on the canvas (draft-layer.ts) and the marker of the chosen
 * point. Pending: hollow (the chosen marker also dashed); accepted: filled; rejected: faded; the stroke grey before the first event,
 * the fill faded after the measure ended, black when moved and not yet placed; the chosen one larger, outlined black.
 */
import { isCoarse } from '../data/precision';
import type { DraftFeature } from '../data/draft-schema';
import type { Kind } from '../data/schema';
import type { FeatureState } from '../timeline/state';
import L from './leaflet';
import { markerSvg, STATUS_COLOURS } from './style';

const MARKER_SIZE = 24;
const DOT_RADIUS = 6;
const CHOSEN_RADIUS = 9;

export interface DraftDotStyle {
  /** Equal keys draw the same: the layer is restyled only when its key changes. */
  key: string;
  options: L.PathOptions;
  radius: number;
}

/** The end of the style key of the chosen candidate (drawn on top). */
export const CHOSEN_KEY = '|chosen';

const colourOf = (state: FeatureState) => (state.status ? STATUS_COLOURS[state.status] : '#607d8b');

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
  const options: L.PathOptions = review === 'accepted'
    ? { color: '#fff', weight: 1.5, dashArray: undefined, fillColor: colour, fillOpacity: state.phase === 'ended' ? 0.55 : 1, opacity: 1 }
    // A solid ring, not the dashed one of the chosen marker: a dashed stroke of thousands of dots costs seconds to raster.
    : { color: stroke, weight: 2.5, dashArray: undefined, fillColor: '#fff', fillOpacity: faded, opacity: faded };
  if (selected) Object.assign(options, { color: '#111', weight: 3, dashArray: undefined });
  return { key, options, radius: selected ? CHOSEN_RADIUS : DOT_RADIUS };
}

/** The chosen point: a draggable, focusable marker of its kind's shape with a "draft" badge. */
export function draftMarker(at: L.LatLngExpression, kind: Kind, pane: string): L.Marker {
  const element = document.createElement('div');
  element.innerHTML = markerSvg(kind); // static markup of the kind's shape, no data in it
  const badge = document.createElement('span');
  badge.className = 'draft-badge';
  element.append(badge);
  return L.marker(at, {
    pane, keyboard: true, draggable: true, autoPan: true, title: '', riseOnHover: true, zIndexOffset: 1000,
    icon: L.divIcon({ html: element, className: 'draft-marker', iconSize: [MARKER_SIZE, MARKER_SIZE], iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2] }),
  });
}

export function styleDraftMarker(marker: L.Marker, feature: DraftFeature, state: FeatureState, { badge, description, moved }: { badge: string; description: string; moved: boolean }): void {
  const { id, review } = feature.properties;
  // Rejected points stay where they are: put them back (accept or pending) to move them.
  if (review === 'rejected') marker.dragging?.disable();
  else marker.dragging?.enable();
  const element = marker.getElement();
  if (!element) return;
  const badgeElement = element.querySelector('.draft-badge');
  if (badgeElement) badgeElement.textContent = review === 'accepted' ? `✓ ${badge}` : review === 'rejected' ? `✕ ${badge}` : badge;
  element.style.setProperty('--status-colour', colourOf(state));
  element.classList.toggle('is-pending', review === 'pending');
  element.classList.toggle('is-accepted', review === 'accepted');
  element.classList.toggle('is-rejected', review === 'rejected');
  element.classList.toggle('is-before', state.status === null);
  element.classList.toggle('is-ended', state.phase === 'ended');
  element.classList.add('is-selected');
  element.classList.toggle('is-moved', moved);
  element.classList.toggle('is-approximate', isCoarse(feature.properties.precision));
  element.dataset.draftId = id;
  element.dataset.review = review;
  element.setAttribute('aria-label', description);
  element.title = description;
}
