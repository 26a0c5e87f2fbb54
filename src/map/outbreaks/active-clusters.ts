/**
 * The point markers' cluster group, clustered over every place of the selected outbreak. Neither a time step nor a
 * filter change adds or removes markers: clusters keep their place while the slider moves or the filters change,
 * and only their counts of places on the map change (ActiveCounts). A marker not on the map (by date or filter)
 * stays in its cluster, hidden (`is-inactive`); a cluster with nothing to show is hidden, and a cluster with exactly
 * one place to show is replaced by a stand-in marker for that place at its own position, so a lone place keeps its
 * symbol and colour instead of becoming a "1". A spiderfied cluster fans out only its places on the map, without
 * gaps, and fans out again when a step or a filter changes them.
 */
import { ActiveCounts } from './active-counts';
import { clusterIcon, showClusterCount } from './kept-icons';
import L from '../leaflet';
import { ClusterOpening } from './cluster-opening';
import { markerClusterTree, moveMarkersInPlace, opensAsSpider, spiderfyingCluster, spiderLegOf, zoomSeparating } from '../markercluster-internals';
import type { InsetsProbe } from '../view-insets';
import { fanOut } from './spider-layout';

/** How far from the map's edges (px) a cluster zoomed into keeps its places: clear of the controls and notices. */
const ZOOM_IN_PADDING = 56;

export interface ClusteredPlaces {
  isShown: (marker: L.Marker) => boolean;
  /** The marker drawn for `marker`'s place when its cluster has nothing else to show; the same one every time. */
  standIn: (marker: L.Marker) => L.Marker;
  /** The cluster's name for screen readers when it shows `count` places ("3 places near 汤阴县"). */
  nameCluster: (cluster: L.MarkerCluster, count: number) => string;
  /** The part of the map a sheet covers now: a cluster zoomed into keeps its places out of it. */
  obscured: InsetsProbe;
}

const LEG_OPACITY = 0.5;
const SPIDER_DISTANCE = 1.6;

/**
 * The spiderfied cluster: set when markercluster asks for its shape, open once its `spiderfied` event says the
 * opening animation is over (markercluster ignores a close before that), gone at its `unspiderfied` event.
 */
interface Spider {
  cluster: L.MarkerCluster;
  open: boolean;
  /** A step changed its places while it was opening: fan out again (or close) once it is open. */
  refanWhenOpen: boolean;
}

export class ActiveClusters {
  readonly group: L.MarkerClusterGroup;
  private readonly counts: ActiveCounts<L.MarkerCluster, L.Marker>;
  private readonly standIns = L.layerGroup();
  /** Clusters on the map now drawn as one place's stand-in. */
  private readonly standInOf = new Map<L.MarkerCluster, L.Marker>();
  /** Clusters on the map whose count changed since the last `redraw`. */
  private readonly changed = new Set<L.MarkerCluster>();
  /** A place in the open spider was shown or hidden since the last `redraw`. */
  private spiderChanged = false;
  private spider: Spider | null = null;
  /** Opens a cluster clicked (or Enter) and moves the focus to what it opened into. */
  private readonly opening: ClusterOpening;
  /** The selected place's marker, and the cluster element marked as holding it. */
  private selected: L.Marker | null = null;
  private markedCluster: HTMLElement | null = null;

  constructor(private readonly map: L.Map, private readonly places: ClusteredPlaces) {
    this.counts = new ActiveCounts(markerClusterTree, places.isShown);
    this.group = L.markerClusterGroup({
      // Opening a cluster is ours (ClusterOpening: zoomIntoCluster with padding, or markercluster's fan at the last zoom).
      showCoverageOnHover: false, spiderfyOnMaxZoom: false, zoomToBoundsOnClick: false, maxClusterRadius: 28, chunkedLoading: true,
      spiderfyDistanceMultiplier: SPIDER_DISTANCE, spiderLegPolylineOptions: { weight: 1.5, color: '#222', opacity: LEG_OPACITY },
      iconCreateFunction: (cluster) => clusterIcon(cluster, (c) => {
        const count = this.present(c);
        return { count, name: places.nameCluster(c, count) };
      }),
      spiderfyShapePositions: (count, centre) => this.spiderPositions(count, centre),
      // Each chunk of a large add changes the tree under counts already taken.
      chunkProgress: () => this.counts.clear(),
    });
    this.opening = new ClusterOpening({
      map, group: this.group, isShown: places.isShown, drawnFor: (marker) => this.drawnFor(marker),
      opensAsSpider: (cluster) => opensAsSpider(cluster, map.getMaxZoom()), zoomInto: (cluster) => this.zoomIntoCluster(cluster),
    });
    this.group.on('spiderfied', (event) => {
      const { cluster, markers } = event as L.MarkerClusterSpiderfyEvent;
      for (const marker of markers) this.styleLeg(marker);
      if (this.spider?.cluster !== cluster) return;
      this.spider.open = true;
      if (this.spider.refanWhenOpen) this.refanSpider();
    });
    this.group.on('unspiderfied', (event) => {
      // A spider closing late (its animation) may already have been replaced by another one.
      if (this.spider?.cluster === (event as L.MarkerClusterSpiderfyEvent).cluster) this.spider = null;
    });
    map.on('layerremove', this.onLayerRemove);
    // Clusters are redrawn after a zoom (animationend) and added as the view moves (markercluster's own moveend
    // handler, which runs after this one: hence the microtask).
    this.group.on('animationend', this.markSelectedCluster);
    map.on('moveend', this.markSelectedLater);
  }

  addTo(map: L.Map): void {
    this.standIns.addTo(map);
    this.group.addTo(map);
  }

  remove(): void {
    this.map.off('layerremove', this.onLayerRemove);
    this.map.off('moveend', this.markSelectedLater);
    this.group.remove();
    this.standIns.remove();
    this.standInOf.clear();
  }

  /** The markers of another outbreak: the only change that re-clusters. */
  setMembers(toAdd: L.Marker[], toRemove: L.Marker[]): void {
    if (!toAdd.length && !toRemove.length) return;
    this.counts.clear();
    this.changed.clear();
    if (toRemove.length) this.group.removeLayers(toRemove);
    if (toAdd.length) this.group.addLayers(toAdd);
    // Redraws the clusters on the map, which counts them again (present).
    this.group.refreshClusters();
    this.markSelectedCluster();
  }

  /** The selected place (null: none, or an area): the cluster drawn in its place is marked (`has-selected`). */
  select(marker: L.Marker | null): void {
    this.selected = marker;
    this.markSelectedCluster();
  }

  private readonly markSelectedLater = () => queueMicrotask(this.markSelectedCluster);

  private readonly markSelectedCluster = () => {
    const drawn = this.selected && this.group.hasLayer(this.selected) ? this.drawnFor(this.selected) : null;
    const element = drawn && drawn !== this.selected && !this.isStandIn(drawn) ? drawn.getElement() ?? null : null;
    if (element === this.markedCluster) return;
    this.markedCluster?.classList.remove('has-selected');
    element?.classList.add('has-selected');
    this.markedCluster = element;
  };

  private isStandIn(marker: L.Marker): boolean {
    for (const standIn of this.standInOf.values()) if (standIn === marker) return true;
    return false;
  }

  /** A time step or a filter showed or hid this marker's place; `isShown` already says which. Drawn by `redraw`. */
  setShown(marker: L.Marker, shown: boolean): void {
    for (const cluster of this.counts.adjust(marker, shown ? 1 : -1)) this.changed.add(cluster);
    if (spiderLegOf(marker)) this.spiderChanged = true;
    this.styleLeg(marker);
  }

  /** Draws the clusters whose count changed, once each however many of their places changed. */
  redraw(): void {
    for (const cluster of this.changed) {
      const count = this.present(cluster);
      showClusterCount(cluster, count, this.places.nameCluster(cluster, count));
    }
    this.changed.clear();
    if (this.spiderChanged) this.refanSpider();
    this.spiderChanged = false;
  }

  /**
   * A cluster clicked (or Enter): zooms in so that its places lie in the part of the map the sheet leaves, away
   * from the edges (markercluster's own zoomToBounds centres them on the whole map without padding, so on a phone
   * they went under the sheet and, elsewhere, under the notices and the count). Like markercluster, at least one
   * level in and no deeper than where its places are drawn apart; a cluster whose places stay together to the last
   * zoom is fanned out instead (ClusterOpening).
   */
  private zoomIntoCluster(cluster: L.MarkerCluster): void {
    const insets = this.places.obscured();
    const topLeft = L.point(ZOOM_IN_PADDING + insets.left, ZOOM_IN_PADDING + insets.top);
    const bottomRight = L.point(ZOOM_IN_PADDING + insets.right, ZOOM_IN_PADDING + insets.bottom);
    const bounds = cluster.getBounds();
    // As deep as fits the places into the visible part, but no deeper than where each is drawn on its own.
    const fitted = zoomSeparating(cluster, this.map.getBoundsZoom(bounds, false, topLeft.add(bottomRight)));
    const zoom = Math.min(this.map.getMaxZoom(), Math.max(this.map.getZoom() + 1, fitted));
    // The bounds' centre goes to the centre of the visible part (as Leaflet's fitBounds with padding places it).
    const middle = this.map.project(bounds.getSouthWest(), zoom).add(this.map.project(bounds.getNorthEast(), zoom)).divideBy(2);
    this.map.setView(this.map.unproject(middle.add(bottomRight.subtract(topLeft).divideBy(2)), zoom), zoom);
  }

  /** Names the clusters in view again (the language changed); their elements are kept. */
  rename(): void {
    this.group.refreshClusters();
  }

  /** The cluster or marker drawn for this marker's place now (itself, a cluster holding it, or its stand-in). */
  drawnFor(marker: L.Marker): L.Marker | null {
    const parent = this.group.getVisibleParent(marker) as L.Marker | null;
    if (parent && parent !== marker && this.standInOf.has(parent as L.MarkerCluster)) return this.standInOf.get(parent as L.MarkerCluster)!;
    return parent;
  }

  /**
   * Spider positions, in markercluster's order of the spiderfied cluster's markers: its default circle or spiral for
   * the places on the map, and the cluster's own point for the others (hidden, with invisible legs).
   */
  private spiderPositions(count: number, centre: L.Point): L.Point[] {
    const cluster = spiderfyingCluster(this.group);
    if (!cluster) return new Array<L.Point>(count).fill(centre);
    this.spider = { cluster, open: false, refanWhenOpen: false };
    const markers = cluster.getAllChildMarkers();
    const shown = markers.length === count ? markers.map((marker) => this.places.isShown(marker)) : new Array<boolean>(count).fill(true);
    return fanOut(shown, centre, SPIDER_DISTANCE).map(({ x, y }) => L.point(x, y));
  }

  /**
   * After a step or a filter changed which of its places are shown, moves the open spider's markers and legs, or
   * closes the spider when fewer than two places are left in it. A spider still opening is handled once it is open.
   */
  private refanSpider(): void {
    const spider = this.spider;
    if (!spider) return;
    // Closed already (a zoom closes it at once; its `unspiderfied` event comes after the closing animation).
    if (spiderfyingCluster(this.group) !== spider.cluster) {
      this.spider = null;
      return;
    }
    if (!spider.open) {
      spider.refanWhenOpen = true;
      return;
    }
    spider.refanWhenOpen = false;
    const { cluster } = spider;
    const markers = cluster.getAllChildMarkers();
    const shown = markers.map((marker) => this.places.isShown(marker));
    if (shown.filter(Boolean).length < 2) {
      // Nothing left to fan out: a lone place is drawn by its stand-in (present), and would otherwise show twice.
      cluster.unspiderfy();
      return;
    }
    const positions = fanOut(shown, this.map.latLngToLayerPoint(cluster.getLatLng()), SPIDER_DISTANCE);
    moveMarkersInPlace(this.group, () => {
      markers.forEach((marker, i) => {
        const at = this.map.layerPointToLatLng(L.point(positions[i].x, positions[i].y));
        marker.setLatLng(at);
        spiderLegOf(marker)?.setLatLngs([cluster.getLatLng(), at]);
      });
    });
  }

  /** Counts a cluster on the map and adds or removes its stand-in to match. Returns the count. */
  private present(cluster: L.MarkerCluster): number {
    const count = this.counts.of(cluster);
    const current = this.standInOf.get(cluster);
    const lone = count === 1 ? cluster.getAllChildMarkers().find(this.places.isShown) : undefined;
    const wanted = lone ? this.places.standIn(lone) : undefined;
    if (current === wanted) return count;
    if (current) this.dropStandIn(cluster);
    if (wanted) {
      this.standInOf.set(cluster, wanted);
      this.standIns.addLayer(wanted);
    }
    return count;
  }

  private readonly onLayerRemove = (event: L.LayerEvent) => {
    const cluster = event.layer as L.MarkerCluster;
    if (this.standInOf.has(cluster)) this.dropStandIn(cluster);
  };

  private dropStandIn(cluster: L.MarkerCluster): void {
    const standIn = this.standInOf.get(cluster);
    this.standInOf.delete(cluster);
    // While a zoom animates, the clusters of both levels are on the map and may stand in with the same marker.
    for (const other of this.standInOf.values()) if (other === standIn) return;
    if (standIn) this.standIns.removeLayer(standIn);
  }

  /** A spider leg leads to a marker only while that marker is shown. */
  private styleLeg(marker: L.Marker): void {
    spiderLegOf(marker)?.setStyle({ opacity: this.places.isShown(marker) ? LEG_OPACITY : 0 });
  }
}
