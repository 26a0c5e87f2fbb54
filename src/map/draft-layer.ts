/**
 * The draft under review as its own layer, above the curated places: hollow, dashed markers with a "draft" badge
 * (solid and ticked once accepted, faded once rejected), dashed outlines for area measures, and the uncertainty
 * circle of a point known only to its village, township, county or city, as for curated places. Points that are
 * not rejected can be dragged; the drop is reported (`onMove`), and the panel asks for the precision and note.
 * Created once per opened draft and updated by diff: an edit restyles or moves only the features it changed.
 * Text from data goes in as DOM text, never HTML.
 */
import { isCoarse } from '../data/precision';
import type { DraftFeature } from '../data/draft-schema';
import type { FeatureState } from '../timeline/state';
import L from './leaflet';
import { uncertaintyRadius } from '../model/uncertainty';
import { markerSvg, STATUS_COLOURS } from './style';

const AREA_PANE = 'atlas-draft-areas';
const MARKER_PANE = 'atlas-draft-markers';
const MARKER_SIZE = 24;
/** The zoom a point is shown at when chosen in the panel. */
const REVEAL_ZOOM = 11;

export interface DraftLayerView {
  features: readonly DraftFeature[];
  /** Points dragged and not yet placed: drawn where they were dropped. */
  moved: ReadonlyMap<string, readonly [number, number]>;
  stateOf: (feature: DraftFeature) => FeatureState;
  selectedId: string | null;
  /** The accessible name and tooltip of a feature (name, kind, review state) in the interface's language. */
  describe: (feature: DraftFeature) => string;
  /** The badge on every draft marker ("草稿" / "draft"). */
  badge: string;
  /** Area in m² of the county a point is placed in, for its uncertainty circle (undefined: not known here). */
  countyArea: (feature: DraftFeature) => number | undefined;
}

interface Entry {
  geometry: DraftFeature['geometry'];
  position: readonly [number, number] | null;
  layer: L.Marker | L.GeoJSON;
  circle: L.Circle | null;
  label: HTMLElement;
  badge: HTMLElement | null;
}

export class DraftLayer {
  private readonly entries = new Map<string, Entry>();
  private readonly group = L.layerGroup();
  private readonly areaRenderer: L.Renderer;

  /**
   * `coveredBottom`: pixels at the bottom of the map hidden by the panel (the bottom sheet on a phone, 0 beside it):
   * the draft is fitted, revealed and "the map centre" taken in the part of the map the reviewer sees.
   */
  constructor(private readonly map: L.Map, private readonly onSelect: (id: string) => void, private readonly onMove: (id: string, lonLat: [number, number]) => void,
    private readonly coveredBottom: () => number = () => 0) {
    // Own panes above the curated layers (SVG: only painted shapes take clicks, so nothing below is covered).
    if (!map.getPane(AREA_PANE)) map.createPane(AREA_PANE).style.zIndex = '430';
    if (!map.getPane(MARKER_PANE)) map.createPane(MARKER_PANE).style.zIndex = '640';
    this.areaRenderer = L.svg({ pane: AREA_PANE });
    this.group.addTo(map);
    this.crosshair.setAttribute('aria-hidden', 'true');
    this.crosshair.hidden = true;
    map.getContainer().append(this.crosshair);
  }

  /**
   * A cross at the centre of the part of the map the reviewer sees, while a point that can be placed is chosen: where
   * "place at the map centre" will put it (the way to place a point from the keyboard: pan with the arrows, then press).
   */
  private readonly crosshair = L.DomUtil.create('div', 'draft-crosshair');

  private showCrosshair(view: DraftLayerView): void {
    const chosen = view.features.find((f) => f.properties.id === view.selectedId);
    const show = chosen !== undefined && chosen.geometry.type === 'Point' && chosen.properties.review !== 'rejected';
    this.crosshair.hidden = !show;
    if (show) this.crosshair.style.top = `${(this.map.getSize().y - this.covered()) / 2}px`;
  }

  update(view: DraftLayerView): void {
    this.showCrosshair(view);
    const seen = new Set<string>();
    for (const feature of view.features) {
      const { id } = feature.properties;
      seen.add(id);
      const position = view.moved.get(id) ?? null;
      let entry = this.entries.get(id);
      if (entry && (entry.geometry !== feature.geometry || entry.position !== position)) {
        this.drop(id, entry);
        entry = undefined;
      }
      entry ??= this.create(feature, position, view);
      this.style(feature, entry, view);
    }
    for (const [id, entry] of this.entries) if (!seen.has(id)) this.drop(id, entry);
  }

  /** Fits the map to every feature of the draft. */
  fit(): void {
    const bounds = L.latLngBounds([]);
    for (const entry of this.entries.values()) {
      if (entry.layer instanceof L.Marker) bounds.extend(entry.layer.getLatLng());
      else bounds.extend(entry.layer.getBounds());
    }
    if (bounds.isValid()) this.map.fitBounds(bounds, { ...this.padding(), maxZoom: 12, animate: false });
  }

  private padding(): L.FitBoundsOptions {
    return { paddingTopLeft: [32, 32], paddingBottomRight: [32, 32 + this.covered()] };
  }

  /** The hidden strip, at most half the map (a sheet taller than that is being scrolled, not read beside the map). */
  private covered(): number {
    return Math.min(Math.max(0, this.coveredBottom()), this.map.getSize().y / 2);
  }

  /** The centre of the part of the map the reviewer sees, as [lon, lat]: where "place at the map centre" puts a point. */
  centre(): [number, number] {
    const size = this.map.getSize();
    const c = this.map.containerPointToLatLng([size.x / 2, (size.y - this.covered()) / 2]);
    return [c.lng, c.lat];
  }

  /**
   * Brings a feature into view: an area fitted when it is off screen, a point centred at a zoom where it can be
   * told from its neighbours and dragged with care (county level, 11), unless it is on screen at that zoom already.
   */
  reveal(id: string): void {
    const layer = this.entries.get(id)?.layer;
    if (!layer) return;
    if (layer instanceof L.Marker) {
      const at = layer.getLatLng();
      const size = this.map.getSize();
      const seen = L.bounds([0, 0], [size.x, size.y - this.covered()]);
      if (this.map.getZoom() < REVEAL_ZOOM || !seen.contains(this.map.latLngToContainerPoint(at))) {
        this.map.setView(at, Math.max(this.map.getZoom(), REVEAL_ZOOM), { animate: false });
        this.map.panBy([0, this.covered() / 2], { animate: false });
      }
      return;
    }
    if (!this.map.getBounds().intersects(layer.getBounds())) this.map.fitBounds(layer.getBounds(), { ...this.padding(), maxZoom: REVEAL_ZOOM, animate: false });
  }

  remove(): void {
    this.crosshair.remove();
    this.group.remove();
    this.entries.clear();
  }

  private create(feature: DraftFeature, position: readonly [number, number] | null, view: DraftLayerView): Entry {
    const { properties, geometry } = feature;
    const label = document.createElement('span');
    const select = () => this.onSelect(properties.id);
    if (geometry.type !== 'Point') {
      const layer = L.geoJSON(geometry as GeoJSON.Geometry, { renderer: this.areaRenderer, pane: AREA_PANE, interactive: true } as L.GeoJSONOptions);
      layer.on('click', select);
      layer.bindTooltip(label, { sticky: true });
      this.group.addLayer(layer);
      const entry: Entry = { geometry, position, layer, circle: null, label, badge: null };
      this.entries.set(properties.id, entry);
      return entry;
    }
    const [lon, lat] = position ?? geometry.coordinates;
    const element = document.createElement('div');
    element.innerHTML = markerSvg(properties.kind); // static markup of the kind's shape, no data in it
    const badge = document.createElement('span');
    badge.className = 'draft-badge';
    element.append(badge);
    const marker = L.marker([lat, lon], {
      pane: MARKER_PANE, keyboard: true, draggable: true, autoPan: true, title: '', riseOnHover: true,
      icon: L.divIcon({ html: element, className: 'draft-marker', iconSize: [MARKER_SIZE, MARKER_SIZE], iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2] }),
    });
    marker.on('click', select);
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === 'Enter') select();
    });
    marker.on('dragend', () => {
      const at = marker.getLatLng();
      this.onMove(properties.id, [at.lng, at.lat]);
    });
    marker.bindTooltip(label, { direction: 'top', offset: [0, -12] });
    let circle: L.Circle | null = null;
    if (isCoarse(properties.precision)) {
      circle = L.circle([lat, lon], {
        radius: uncertaintyRadius(properties.precision, view.countyArea(feature)), renderer: this.areaRenderer, pane: AREA_PANE,
        interactive: false, color: '#6a4c93', weight: 1, opacity: 0.8, dashArray: '2 4', fillOpacity: 0.03,
      });
      this.group.addLayer(circle);
    }
    this.group.addLayer(marker);
    const entry: Entry = { geometry, position, layer: marker, circle, label, badge };
    this.entries.set(properties.id, entry);
    return entry;
  }

  private drop(id: string, entry: Entry): void {
    this.group.removeLayer(entry.layer);
    if (entry.circle) this.group.removeLayer(entry.circle);
    this.entries.delete(id);
  }

  private style(feature: DraftFeature, entry: Entry, view: DraftLayerView): void {
    const { id, review } = feature.properties;
    const state = view.stateOf(feature);
    const colour = state.status ? STATUS_COLOURS[state.status] : '#607d8b';
    const selected = id === view.selectedId;
    const description = view.describe(feature);
    entry.label.textContent = description;
    if (!(entry.layer instanceof L.Marker)) {
      entry.layer.setStyle({
        color: selected ? '#111' : colour, weight: selected ? 3 : 2, opacity: review === 'rejected' ? 0.35 : 0.95,
        dashArray: review === 'accepted' ? undefined : '6 5', fillColor: colour, fillOpacity: review === 'rejected' ? 0.02 : 0.08,
      });
      return;
    }
    const marker = entry.layer;
    // Rejected points stay where they are: put them back (accept or pending) to move them.
    if (review === 'rejected') marker.dragging?.disable();
    else marker.dragging?.enable();
    marker.setZIndexOffset(selected ? 1000 : 0);
    if (entry.badge) entry.badge.textContent = review === 'accepted' ? `✓ ${view.badge}` : review === 'rejected' ? `✕ ${view.badge}` : view.badge;
    const element = marker.getElement();
    if (!element) return;
    element.style.setProperty('--status-colour', colour);
    element.classList.toggle('is-pending', review === 'pending');
    element.classList.toggle('is-accepted', review === 'accepted');
    element.classList.toggle('is-rejected', review === 'rejected');
    element.classList.toggle('is-before', state.status === null);
    element.classList.toggle('is-ended', state.phase === 'ended');
    element.classList.toggle('is-selected', selected);
    element.classList.toggle('is-moved', entry.position !== null);
    element.classList.toggle('is-approximate', isCoarse(feature.properties.precision));
    element.dataset.draftId = id;
    element.dataset.review = review;
    element.setAttribute('aria-label', description);
  }
}
