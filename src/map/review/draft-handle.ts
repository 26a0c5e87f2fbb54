/**
 * The draggable marker of the chosen draft point, with its "draft" badge: made again when the choice, the feature
 * or its position changes, restyled when only the day did. The drop is reported (`onMove`); Enter on it chooses it.
 */
import type { DraftFeature } from '../../data/draft-schema';
import type { FeatureState } from '../../time/feature-state';
import { draftMarker, styleDraftMarker } from './draft-style';
import type L from '../leaflet';

/** A chosen point: its feature, and where it was dropped (null: at its own coordinates). */
export interface ChosenPoint {
  feature: DraftFeature;
  position: readonly [number, number] | null;
}

/** What the marker shows of the chosen point, in the interface's language. */
export interface HandleView {
  stateOf: (feature: DraftFeature) => FeatureState;
  describe: (feature: DraftFeature) => string;
  badge: string;
}

interface Handle {
  id: string;
  feature: DraftFeature;
  position: readonly [number, number] | null;
  marker: L.Marker;
}

export class DraftHandle {
  private handle: Handle | null = null;

  constructor(private readonly map: L.Map, private readonly pane: string, private readonly onSelect: (id: string) => void,
    private readonly onMove: (id: string, lonLat: [number, number]) => void) {}

  /** `point`: the chosen point, or undefined when nothing or an area is chosen. */
  update(point: ChosenPoint | undefined, view: HandleView, dayChanged: boolean): void {
    const same = point && this.handle && this.handle.id === point.feature.properties.id && this.handle.position === point.position;
    if (!same) {
      this.handle?.marker.remove();
      this.handle = point ? this.make(point) : null;
    }
    if (!this.handle || !point) return;
    if (same && this.handle.feature === point.feature && !dayChanged) return;
    this.handle.feature = point.feature;
    styleDraftMarker(this.handle.marker, point.feature, view.stateOf(point.feature), { badge: view.badge, description: view.describe(point.feature), moved: point.position !== null });
  }

  remove(): void {
    this.handle?.marker.remove();
    this.handle = null;
  }

  private make({ feature, position }: ChosenPoint): Handle {
    const { id } = feature.properties;
    const [lon, lat] = position ?? (feature.geometry.coordinates as [number, number]);
    const marker = draftMarker([lat, lon], feature.properties.kind, this.pane);
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === 'Enter') this.onSelect(id);
    });
    marker.on('dragend', () => {
      const at = marker.getLatLng();
      this.onMove(id, [at.lng, at.lat]);
    });
    marker.addTo(this.map);
    return { id, feature, position, marker };
  }
}
