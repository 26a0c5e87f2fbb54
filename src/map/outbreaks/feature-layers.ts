/**
 * Leaflet layers of all features, created once and updated by diff: a time step touches only the layers whose
 * state changed (the timeline model hands over the changed set: this is one of its layers), a filter change
 * re-applies visibility, a language change rewrites the tooltips' text, nothing is rebuilt.
 * The selected outbreak's point markers form the cluster group (ActiveClusters): neither a time step nor a filter
 * re-clusters, only choosing another outbreak does; the clusters count and draw the places shown.
 */
import { isCoarse } from '../../data/precision';
import type { OutbreakFeature, Status } from '../../data/schema';
import type { AtlasData, AtlasFeature } from '../../model/atlas-data';
import { placeLabel } from '../../model/names';
import { uncertaintyRadii } from '../../model/uncertainty';
import { isOnMap } from '../../model/visible';
import type { TimeLayer, TimelineModel } from '../../time/timeline-model';
import type { FeatureState } from '../../time/feature-state';
import type { Language } from '../../core/language';
import { ActiveClusters } from './active-clusters';
import { KeptDivIcon } from './kept-icons';
import L from '../leaflet';
import { areaStyle, markerSvg, STATUS_COLOURS } from '../style';
import { UncertaintyCircles } from './uncertainty-circles';
import type { InsetsProbe } from '../view-insets';

/** Marker icon size (px); an uncertainty circle smaller than the icon would be hidden under it and is not drawn. */
const MARKER_SIZE = 22;

interface Entry {
  item: AtlasFeature;
  layer: L.Marker | L.GeoJSON;
  isArea: boolean;
  /** Key of the uncertainty circle this point shares with the others placed on the same parent record. */
  circleKey: string | null;
  /** On the map today (filters and date). */
  shown: boolean;
  /** A second marker for the same point, drawn when its cluster has no other place to show (ActiveClusters). */
  standIn: L.Marker | null;
  /** The tooltips' content elements (the layer's, and its stand-in's): their text changes with the language. */
  tooltips: HTMLElement[];
}

/** Names for screen readers, in the interface's language (the views' copy lives in src/ui). */
export interface MapNames {
  /** A place and its state today: "杨孔村, 风险区域, 封控区". */
  place(properties: OutbreakFeature['properties'], status: Status | null): string;
  /** A cluster of `count` places around a county: "3 places near Tangyin Xian". */
  cluster(count: number, county: { name: string; nameEn: string } | null): string;
  /** The map itself, which takes the focus for panning with the arrow keys. */
  map: string;
}

/** What the layers show besides the day: applied at creation, then changed through the setters. */
export interface FeatureLayerView {
  mask: Uint8Array;
  /** The selected outbreak (or "all"): its points are the ones clustered together. */
  outbreak: string;
  lang: Language;
  names: MapNames;
  selectedId: string | null;
  /** The part of the map a sheet covers (read when needed). */
  obscured: InsetsProbe;
}

export class FeatureLayers implements TimeLayer {
  private readonly entries: Entry[];
  private readonly clusters: ActiveClusters;
  private readonly indexOfMarker = new WeakMap<L.Marker, number>();
  private readonly areas = L.layerGroup();
  private readonly circles: UncertaintyCircles;
  private readonly renderer = L.canvas({ padding: 0.2 });
  private selectedId: string | null;
  /** The outbreak whose points are in the cluster group ("all": every one); null until the first clustering. */
  private clusteredOutbreak: string | null = null;
  private mask: Uint8Array;
  private lang: Language;
  private names: MapNames;
  /** County names (zh → its record) for naming clusters, and the county each cluster is named after. */
  private readonly countiesByName: Map<string, { name: string; nameEn: string }>;
  private readonly clusterCounty = new WeakMap<L.MarkerCluster, { name: string; nameEn: string } | null>();
  /** Features on the map now, kept up to date by `apply` so a time step never counts all of them. */
  shownCount = 0;

  constructor(private readonly map: L.Map, data: AtlasData, private readonly model: TimelineModel, view: FeatureLayerView, private readonly onSelect: (featureId: string) => void) {
    this.mask = view.mask;
    this.lang = view.lang;
    this.names = view.names;
    this.countiesByName = new Map(data.counties.features.map((c) => [c.properties.name, { name: c.properties.name, nameEn: c.properties.nameEn }]));
    this.selectedId = view.selectedId;
    this.circles = new UncertaintyCircles(map, MARKER_SIZE / 2);
    this.clusters = new ActiveClusters(map, {
      isShown: (marker) => this.entryOf(marker).shown,
      standIn: (marker) => {
        const entry = this.entryOf(marker);
        entry.standIn ??= this.createMarker(entry.item, entry.tooltips);
        return entry.standIn;
      },
      nameCluster: (cluster, count) => this.names.cluster(count, this.countyOf(cluster)),
      obscured: view.obscured,
    });
    const radiusOf = uncertaintyRadii(data);
    this.entries = data.features.map((item) => this.createEntry(item, radiusOf));
    this.areas.addTo(map);
    this.circles.addTo(map);
    this.clusters.addTo(map);
    this.applyAll();
    this.clusterOutbreak(view.outbreak);
    this.selectedId = null;
    this.setSelected(view.selectedId);
  }

  private createEntry(item: AtlasFeature, radiusOf: (item: AtlasFeature) => number | null): Entry {
    const { properties, geometry } = item.feature;
    if (geometry.type !== 'Point') {
      const layer = L.geoJSON(geometry as GeoJSON.Geometry, { renderer: this.renderer, interactive: true } as L.GeoJSONOptions);
      layer.on('click', () => this.onSelect(properties.id));
      const tooltip = this.tooltipFor(item);
      layer.bindTooltip(tooltip, { sticky: true });
      return { item, layer, isArea: true, circleKey: null, shown: false, standIn: null, tooltips: [tooltip] };
    }
    const [lon, lat] = geometry.coordinates;
    const radius = radiusOf(item);
    const circleKey = radius === null ? null : this.circles.share(`${properties.geometrySource}|${properties.precision}`, [lat, lon], radius);
    const tooltips: HTMLElement[] = [];
    return { item, layer: this.createMarker(item, tooltips), isArea: false, circleKey, shown: false, standIn: null, tooltips };
  }

  /** Tooltip content as a text node's element: names come from data and never go through innerHTML. */
  private tooltipFor(item: AtlasFeature): HTMLElement {
    const tooltip = document.createElement('span');
    tooltip.textContent = placeLabel(item.feature.properties, this.lang);
    return tooltip;
  }

  private entryOf(marker: L.Marker): Entry {
    return this.entries[this.indexOfMarker.get(marker)!];
  }

  /** A marker for a point feature; its tooltip's element is added to `tooltips`. */
  private createMarker(item: AtlasFeature, tooltips: HTMLElement[]): L.Marker {
    const { properties, geometry } = item.feature;
    const [lon, lat] = (geometry as GeoJSON.Point).coordinates;
    const select = () => this.onSelect(properties.id);
    const marker = L.marker([lat, lon], {
      icon: new KeptDivIcon({
        html: markerSvg(properties.kind), className: isCoarse(properties.precision) ? 'atlas-marker is-approximate' : 'atlas-marker',
        iconSize: [MARKER_SIZE, MARKER_SIZE], iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
      }),
      keyboard: true, title: '', alt: properties.name, riseOnHover: true,
    });
    marker.on('click', select);
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === 'Enter') select();
    });
    const tooltip = this.tooltipFor(item);
    tooltips.push(tooltip);
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -10] });
    this.indexOfMarker.set(marker, item.index);
    // Markers enter the DOM only when drawn (unclustered, or standing in): style each one as it appears.
    marker.on('add', () => this.style(this.entries[item.index], this.model.state(item.index)));
    return marker;
  }

  /** After the timeline model moved: update only the features it reports as changed. */
  applyChanges(changed: readonly number[]): void {
    const toAdd: L.Layer[] = [];
    const toRemove: L.Layer[] = [];
    for (const i of changed) this.apply(i, toAdd, toRemove);
    this.flush(toAdd, toRemove);
  }

  /** New filters; `outbreak` is the one selected now (all filters, the outbreak included, are in `mask`). */
  setMask(mask: Uint8Array, outbreak: string): void {
    if (mask === this.mask && outbreak === this.clusteredOutbreak) return;
    this.mask = mask;
    this.applyAll();
    this.clusterOutbreak(outbreak);
  }

  /** Rewrites the tooltips' text and the names in place: no layer is rebuilt and nothing re-clusters. */
  setLanguage(lang: Language, names: MapNames): void {
    if (lang === this.lang && names === this.names) return;
    this.lang = lang;
    this.names = names;
    for (const entry of this.entries) {
      const text = placeLabel(entry.item.feature.properties, lang);
      for (const tooltip of entry.tooltips) tooltip.textContent = text;
      if (!entry.isArea) this.style(entry, this.model.state(entry.item.index));
    }
    this.clusters.rename();
  }

  setSelected(featureId: string | null): void {
    const previous = this.selectedId;
    if (featureId === previous) return;
    this.selectedId = featureId;
    let selected: Entry | undefined;
    for (const entry of this.entries) {
      const id = entry.item.feature.properties.id;
      if (id === featureId) selected = entry;
      if (id === previous || id === featureId) this.style(entry, this.model.state(entry.item.index));
    }
    // The map is not zoomed to it (the link's view stays the view): the cluster holding it is marked instead.
    this.clusters.select(selected && !selected.isArea ? selected.layer as L.Marker : null);
  }

  remove(): void {
    this.clusters.remove();
    this.areas.remove();
    this.circles.remove();
  }

  private applyAll(): void {
    const toAdd: L.Layer[] = [];
    const toRemove: L.Layer[] = [];
    for (let i = 0; i < this.entries.length; i += 1) this.apply(i, toAdd, toRemove);
    this.flush(toAdd, toRemove);
  }

  private apply(i: number, toAdd: L.Layer[], toRemove: L.Layer[]): void {
    const entry = this.entries[i];
    const state = this.model.state(i);
    const shouldShow = isOnMap(this.mask[i] === 1, state);
    if (shouldShow !== entry.shown) {
      entry.shown = shouldShow;
      this.shownCount += shouldShow ? 1 : -1;
      if (entry.isArea) (shouldShow ? toAdd : toRemove).push(entry.layer);
      else this.clusters.setShown(entry.layer as L.Marker, shouldShow);
      if (entry.circleKey) this.circles.count(entry.circleKey, shouldShow ? 1 : -1);
    }
    // A hidden marker is restyled too (it stays in its cluster and must carry `is-inactive`); a hidden area is not,
    // as restyling it would redraw the canvas it is no longer on.
    if (!entry.isArea || shouldShow) this.style(entry, state);
  }

  /**
   * Puts the outbreak's points (all, for "all") in the cluster group and the others out of it, so places of an
   * outbreak not on the map never pull a cluster towards them when zoomed out.
   */
  private clusterOutbreak(outbreak: string): void {
    const before = this.clusteredOutbreak;
    if (outbreak === before) return;
    this.clusteredOutbreak = outbreak;
    const isMember = (entry: Entry, selected: string | null) => selected === 'all' || entry.item.outbreakId === selected;
    const toAdd: L.Marker[] = [];
    const toRemove: L.Marker[] = [];
    for (const entry of this.entries) {
      if (entry.isArea) continue;
      const was = isMember(entry, before);
      if (isMember(entry, outbreak) !== was) (was ? toRemove : toAdd).push(entry.layer as L.Marker);
    }
    this.clusters.setMembers(toAdd, toRemove);
  }

  private flush(toAdd: L.Layer[], toRemove: L.Layer[]): void {
    this.clusters.redraw();
    for (const layer of toRemove) this.areas.removeLayer(layer);
    for (const layer of toAdd) this.areas.addLayer(layer);
  }

  /** The county most of a cluster's places are in (all of them, shown or not: the name stays put while scrubbing). */
  private countyOf(cluster: L.MarkerCluster): { name: string; nameEn: string } | null {
    let county = this.clusterCounty.get(cluster);
    if (county !== undefined) return county;
    const tally = new Map<string, number>();
    for (const marker of cluster.getAllChildMarkers()) {
      const name = this.entryOf(marker).item.feature.properties.admin.county;
      tally.set(name, (tally.get(name) ?? 0) + 1);
    }
    const [top] = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    county = top ? this.countiesByName.get(top[0]) ?? { name: top[0], nameEn: top[0] } : null;
    this.clusterCounty.set(cluster, county);
    return county;
  }

  private style(entry: Entry, state: FeatureState): void {
    const selected = entry.item.feature.properties.id === this.selectedId;
    if (entry.isArea) {
      (entry.layer as L.GeoJSON).setStyle(areaStyle(state.status, state.phase, selected));
      return;
    }
    // Icon elements are kept and restyled (not replaced), so CSS transitions animate the change while playing.
    for (const marker of [entry.layer as L.Marker, entry.standIn]) {
      const element = marker?.getElement();
      if (!element) continue;
      element.style.setProperty('--status-colour', state.status ? STATUS_COLOURS[state.status] : '#607d8b');
      element.classList.toggle('is-ended', state.phase === 'ended');
      element.classList.toggle('is-inactive', !entry.shown);
      element.classList.toggle('is-selected', selected);
      element.dataset.featureId = entry.item.feature.properties.id;
      element.dataset.status = state.status ?? '';
      const name = this.names.place(entry.item.feature.properties, state.status);
      if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
    }
  }
}
