/**
 * How a draft candidate looks on the map: its dot on the canvas (draft-layer.ts) and the marker of the chosen
 * point. Pending: hollow (the chosen marker also dashed); accepted: filled; rejected: faded; the stroke grey before the first event,
 * the fill faded after the measure ended, black when moved and not yet placed; the chosen one larger, outlined black.
 */
import { isCoarse } from '../../data/precision';
import type { DraftFeature } from '../../data/draft-schema';
import { colourOf } from './draft-dot-style';
import type { Kind } from '../../data/schema';
import type { FeatureState } from '../../time/feature-state';
import L from '../leaflet';
import { markerSvg } from '../style';

// The dots' style is leaflet-free (the animation export reads it too).

const MARKER_SIZE = 24;
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
