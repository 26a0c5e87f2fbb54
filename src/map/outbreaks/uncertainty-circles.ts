/**
 * The dashed uncertainty circles of places known only to a parent record (a county, a town): one circle per
 * parent record, shared by every place put on it, drawn while at least one of them is shown. Counted, not
 * recomputed: a time step adds or removes a circle only when its count goes to or from zero.
 */
import { BatchedCircleCanvas } from '../batched-circle-canvas';
import L from '../leaflet';

/** Own pane (and canvas) for the uncertainty circles: `.leaflet-atlas-uncertainty-pane`. */
const UNCERTAINTY_PANE = 'atlas-uncertainty';

export class UncertaintyCircles {
  private readonly group = L.layerGroup();
  private readonly byKey = new Map<string, { circle: L.Circle; visibleCount: number }>();
  /** Circles on their own canvas: a polygon restyled on a step then does not force every circle to be redrawn. */
  private readonly renderer: BatchedCircleCanvas;

  /** `minRadius` (px): a circle smaller than the marker over it would be hidden under it, and is not drawn. */
  constructor(map: L.Map, minRadius: number) {
    // Above the area fills, below the markers. The circles are not interactive, and their canvas covers the whole
    // map: the pane lets the pointer through to the areas' canvas below (issue 17: a click inside 滑县 did nothing).
    if (!map.getPane(UNCERTAINTY_PANE)) {
      const pane = map.createPane(UNCERTAINTY_PANE);
      pane.style.zIndex = '410';
      pane.style.pointerEvents = 'none';
    }
    this.renderer = new BatchedCircleCanvas({ padding: 0.2, pane: UNCERTAINTY_PANE, minRadius });
  }

  /** The circle of a parent record (`key`, its source and precision) around [lat, lon]; made on first use. */
  share(key: string, latLng: [number, number], radiusMetres: number): string {
    if (!this.byKey.has(key)) {
      const circle = L.circle(latLng, { radius: radiusMetres, renderer: this.renderer, interactive: false, color: '#455a64', weight: 1, opacity: 0.7, dashArray: '3 5', fillOpacity: 0.04 });
      this.byKey.set(key, { circle, visibleCount: 0 });
    }
    return key;
  }

  /** One place of the circle shown (+1) or hidden (−1). */
  count(key: string, delta: number): void {
    const entry = this.byKey.get(key);
    if (!entry) return;
    const before = entry.visibleCount;
    entry.visibleCount += delta;
    if (before === 0 && entry.visibleCount > 0) this.group.addLayer(entry.circle);
    if (before > 0 && entry.visibleCount === 0) this.group.removeLayer(entry.circle);
  }

  addTo(map: L.Map): void {
    this.group.addTo(map);
  }

  remove(): void {
    this.group.remove();
  }
}
