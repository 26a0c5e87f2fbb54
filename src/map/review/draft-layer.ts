/**
 * The draft under review as its own layer, above the curated places. Every point candidate is a dot on one canvas
 * (hollow and dashed while pending, filled once accepted, faded once rejected, coloured by its state on the day),
 * so a draft of 25,000 candidates adds no DOM node per candidate (issue 21 item 11), and dots of one style are
 * drawn as one path (batched-dot-canvas.ts); area measures are dashed
 * outlines (SVG: a draft has a few); a point known only to its village, township, county or city has its
 * uncertainty circle, all circles on one batched canvas. The chosen point is a draggable marker with a "draft"
 * badge: the drop is reported (`onMove`) and the panel asks for the precision and note. Dots are reached from the
 * keyboard through the panel's list; a click or tap on one chooses it.
 *
 * Created once per opened draft and updated by diff: a decision replaces one feature object (review.ts), so an
 * update restyles only the features whose object, position or choice changed, or all when the day changed.
 * Text from data goes in as DOM text, never HTML.
 */
import { isCoarse } from '../../data/precision';
import type { DraftFeature } from '../../data/draft-schema';
import type { FeatureState } from '../../time/feature-state';
import { uncertaintyRadius } from '../../model/uncertainty';
import { BatchedCircleCanvas } from '../batched-circle-canvas';
import { BatchedDotCanvas } from './batched-dot-canvas';
import { DraftHandle } from './draft-handle';
import { CHOSEN_KEY, draftDotStyle } from './draft-dot-style';
import L from '../leaflet';

const AREA_PANE = 'atlas-draft-areas';
const DOT_PANE = 'atlas-draft-dots';
const MARKER_PANE = 'atlas-draft-markers';
/** The zoom a point is shown at when chosen in the panel. */
const REVEAL_ZOOM = 11;
/** Uncertainty circles smaller than a dot on screen are covered by it. */
const MIN_CIRCLE_RADIUS = 6;

export interface DraftLayerView {
  features: readonly DraftFeature[];
  /** Points dragged and not yet placed: drawn where they were dropped. */
  moved: ReadonlyMap<string, readonly [number, number]>;
  /** A new function when the day or the day scale changes (every feature is restyled then). */
  stateOf: (feature: DraftFeature) => FeatureState;
  selectedId: string | null;
  /** The accessible name and tooltip of a feature (name, kind, review state) in the interface's language. */
  describe: (feature: DraftFeature) => string;
  /** The badge on the chosen marker ("草稿" / "draft"). */
  badge: string;
  /** Area in m² of the county a point is placed in, for its uncertainty circle (undefined: not known here). */
  countyArea: (feature: DraftFeature) => number | undefined;
}

interface Entry {
  feature: DraftFeature;
  position: readonly [number, number] | null;
  layer: L.CircleMarker | L.GeoJSON;
  circle: L.Circle | null;
  /** What the layer is drawn as: restyled only when it differs. */
  styleKey: string;
}

export class DraftLayer {
  private readonly entries = new Map<string, Entry>();
  private readonly group = L.layerGroup();
  /** The dots, with one tooltip and one click handler for all of them (not 25,000 of each). */
  private readonly dots = L.featureGroup();
  private readonly entryOfDot = new WeakMap<L.Layer, Entry>();
  private readonly areaRenderer: L.Renderer;
  private readonly dotRenderer: BatchedDotCanvas;
  /** Each dot's style key, for the renderer to draw dots of one style together. */
  private readonly dotKeys = new WeakMap<L.Path, string>();
  private readonly circleRenderer: BatchedCircleCanvas;
  private readonly handle: DraftHandle;
  private view: DraftLayerView | null = null;

  /**
   * `coveredBottom`: pixels at the bottom of the map hidden by the panel (the bottom sheet on a phone, 0 beside it):
   * the draft is fitted, revealed and "the map centre" taken in the part of the map the reviewer sees.
   */
  constructor(private readonly map: L.Map, private readonly onSelect: (id: string) => void, private readonly onMove: (id: string, lonLat: [number, number]) => void,
    private readonly coveredBottom: () => number = () => 0) {
    if (!map.getPane(AREA_PANE)) map.createPane(AREA_PANE).style.zIndex = '430';
    if (!map.getPane(DOT_PANE)) map.createPane(DOT_PANE).style.zIndex = '635';
    if (!map.getPane(MARKER_PANE)) map.createPane(MARKER_PANE).style.zIndex = '640';
    this.areaRenderer = L.svg({ pane: AREA_PANE });
    this.handle = new DraftHandle(map, MARKER_PANE, onSelect, onMove);
    this.dotRenderer = new BatchedDotCanvas({
      pane: DOT_PANE, padding: 0.2, tolerance: 4, keyOf: (dot) => this.dotKeys.get(dot) ?? '', isOnTop: (key) => key.endsWith(CHOSEN_KEY),
    });
    this.circleRenderer = new BatchedCircleCanvas({ pane: AREA_PANE, padding: 0.2, minRadius: MIN_CIRCLE_RADIUS });
    this.group.addTo(map);
    this.dots.addTo(map);
    this.dots.on('click', (event: L.LeafletEvent & { layer?: L.Layer }) => {
      const entry = event.layer && this.entryOfDot.get(event.layer);
      if (entry) this.onSelect(entry.feature.properties.id);
    });
    this.dots.bindTooltip((layer) => {
      const entry = this.entryOfDot.get(layer);
      return entry ? this.tooltip(entry)() : '';
    }, { direction: 'top', offset: [0, -8] });
    this.crosshair.setAttribute('aria-hidden', 'true');
    this.crosshair.hidden = true;
    map.getContainer().append(this.crosshair);
    this.dotPane.dataset.testid = 'draft-dots';
  }

  private get dotPane(): HTMLElement {
    return this.map.getPane(DOT_PANE)!;
  }

  /**
   * A cross at the centre of the part of the map the reviewer sees, while a point that can be placed is chosen: where
   * "place at the map centre" will put it (the way to place a point from the keyboard: pan with the arrows, then press).
   */
  private readonly crosshair = L.DomUtil.create('div', 'draft-crosshair');

  private showCrosshair(chosen: DraftFeature | undefined): void {
    const show = chosen !== undefined && chosen.geometry.type === 'Point' && chosen.properties.review !== 'rejected';
    this.crosshair.hidden = !show;
    if (show) this.crosshair.style.top = `${(this.map.getSize().y - this.covered()) / 2}px`;
  }

  update(view: DraftLayerView): void {
    const previous = this.view;
    this.view = view;
    const dayChanged = previous?.stateOf !== view.stateOf || previous.describe !== view.describe;
    const choiceChanged = (id: string) => previous !== null && (id === previous.selectedId) !== (id === view.selectedId);
    for (const feature of view.features) {
      const { id } = feature.properties;
      const position = view.moved.get(id) ?? null;
      let entry = this.entries.get(id);
      if (entry && entry.feature.geometry !== feature.geometry) {
        this.drop(id, entry);
        entry = undefined;
      }
      if (!entry) entry = this.create(feature, position, view);
      else if (entry.feature === feature && entry.position === position && !dayChanged && !choiceChanged(id)) continue;
      if (entry.position !== position) this.place(entry, position ?? (feature.geometry.coordinates as [number, number]));
      entry.feature = feature;
      entry.position = position;
      this.style(entry, view);
    }
    if (this.entries.size !== view.features.length) {
      const ids = new Set(view.features.map((f) => f.properties.id));
      for (const [id, entry] of this.entries) if (!ids.has(id)) this.drop(id, entry);
    }
    this.dotPane.dataset.count = String(this.entries.size);
    const chosen = view.selectedId === null ? undefined : this.entries.get(view.selectedId);
    this.handle.update(chosen && chosen.layer instanceof L.CircleMarker ? chosen : undefined, view, dayChanged);
    this.showCrosshair(chosen?.feature);
  }

  /** Fits the map to every feature of the draft. */
  fit(): void {
    const bounds = L.latLngBounds([]);
    for (const entry of this.entries.values()) {
      if (entry.layer instanceof L.CircleMarker) bounds.extend(entry.layer.getLatLng());
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
    if (layer instanceof L.CircleMarker) {
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
    this.handle.remove();
    this.group.remove();
    this.dots.remove();
    this.entries.clear();
    delete this.dotPane.dataset.count;
  }

  /** The tooltip of a feature, written when shown (25,000 descriptions are not made on every change). */
  private tooltip(entry: Entry): () => HTMLElement {
    return () => {
      const label = document.createElement('span');
      label.textContent = this.view?.describe(entry.feature) ?? '';
      return label;
    };
  }

  private create(feature: DraftFeature, position: readonly [number, number] | null, view: DraftLayerView): Entry {
    const { properties, geometry } = feature;
    const select = () => this.onSelect(properties.id);
    if (geometry.type !== 'Point') {
      const layer = L.geoJSON(geometry as GeoJSON.Geometry, { renderer: this.areaRenderer, pane: AREA_PANE, interactive: true } as L.GeoJSONOptions);
      const entry: Entry = { feature, position, layer, circle: null, styleKey: '' };
      layer.on('click', select);
      layer.bindTooltip(this.tooltip(entry), { sticky: true });
      this.group.addLayer(layer);
      this.entries.set(properties.id, entry);
      return entry;
    }
    const [lon, lat] = position ?? geometry.coordinates;
    let circle: L.Circle | null = null;
    if (isCoarse(properties.precision)) {
      circle = L.circle([lat, lon], {
        radius: uncertaintyRadius(properties.precision, view.countyArea(feature)), renderer: this.circleRenderer, pane: AREA_PANE,
        interactive: false, color: '#6a4c93', weight: 1, opacity: 0.8, dashArray: '2 4', fillOpacity: 0.03,
      });
      this.group.addLayer(circle);
    }
    // Drawn with its style from the start: restyling 25,000 new dots would ask for as many redraws.
    const style = draftDotStyle(feature, view.stateOf(feature), properties.id === view.selectedId, position !== null, true);
    const dot = L.circleMarker([lat, lon], { ...style.options, radius: style.radius, renderer: this.dotRenderer, pane: DOT_PANE, interactive: true, bubblingMouseEvents: false });
    const entry: Entry = { feature, position, layer: dot, circle, styleKey: style.key };
    this.dotKeys.set(dot, style.key);
    this.entryOfDot.set(dot, entry);
    this.dots.addLayer(dot);
    this.entries.set(properties.id, entry);
    return entry;
  }

  private place(entry: Entry, [lon, lat]: readonly [number, number]): void {
    if (entry.layer instanceof L.CircleMarker) entry.layer.setLatLng([lat, lon]);
    entry.circle?.setLatLng([lat, lon]);
  }

  private drop(id: string, entry: Entry): void {
    if (entry.layer instanceof L.CircleMarker) this.dots.removeLayer(entry.layer);
    else this.group.removeLayer(entry.layer);
    if (entry.circle) this.group.removeLayer(entry.circle);
    this.entries.delete(id);
  }

  private style(entry: Entry, view: DraftLayerView): void {
    const { feature } = entry;
    const selected = feature.properties.id === view.selectedId;
    const style = draftDotStyle(feature, view.stateOf(feature), selected, entry.position !== null, entry.layer instanceof L.CircleMarker);
    if (style.key === entry.styleKey) return;
    entry.styleKey = style.key;
    if (entry.layer instanceof L.CircleMarker) {
      this.dotKeys.set(entry.layer, style.key);
      entry.layer.setStyle(style.options);
      entry.layer.setRadius(style.radius);
    } else entry.layer.setStyle(style.options);
  }
}
