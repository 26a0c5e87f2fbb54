/**
 * The point markers' cluster group, clustered over every place of the selected outbreak. Neither a time step nor a
 * filter change adds or removes markers: clusters keep their place while the slider moves or the filters change,
 * and only their counts of places on the map change (ActiveCounts). A marker not on the map (by date or filter)
 * stays in its cluster, hidden (`is-inactive`); a cluster with nothing to show is hidden, and a cluster with exactly
 * one place to show is replaced by a stand-in marker for that place at its own position, so a lone place keeps its
 * symbol and colour instead of becoming a "1". A spiderfied cluster fans out only its places on the map, without
 * gaps, and fans out again when a step or a filter changes them.
 */
import { ActiveCounts, type ClusterNode } from './active-counts';
import { clusterIcon, showClusterCount } from './kept-icons';
import L from './leaflet';

export interface ClusteredPlaces {
  isShown: (marker: L.Marker) => boolean;
  /** The marker drawn for `marker`'s place when its cluster has nothing else to show; the same one every time. */
  standIn: (marker: L.Marker) => L.Marker;
}

const LEG_OPACITY = 0.5;

/** markercluster 1.5 internals the spider layout reads (the package is pinned; e2e tests cover the behaviour). */
interface SpiderCluster {
  _circleSpiralSwitchover: number;
  _generatePointsCircle: (count: number, centre: L.Point) => L.Point[];
  _generatePointsSpiral: (count: number, centre: L.Point) => L.Point[];
}
interface SpiderGroup {
  /** The cluster spiderfied now; markercluster sets it before asking for the spider's positions. */
  _spiderfied: L.MarkerCluster | null;
  /** Set while markers are moved on purpose, so the group does not re-cluster them. */
  _ignoreMove: boolean;
  /** Above 0 while a zoom or spider animation runs; `animationend` fires when it is over. */
  _inZoomAnimation: number;
}

export class ActiveClusters {
  readonly group: L.MarkerClusterGroup;
  private readonly counts: ActiveCounts<L.Marker>;
  private readonly standIns = L.layerGroup();
  /** Clusters on the map now drawn as one place's stand-in. */
  private readonly standInOf = new Map<L.MarkerCluster, L.Marker>();
  /** Clusters on the map whose count changed since the last `redraw`. */
  private readonly changed = new Set<L.MarkerCluster>();
  /** A place in the open spider was shown or hidden since the last `redraw`. */
  private spiderChanged = false;

  constructor(private readonly map: L.Map, private readonly places: ClusteredPlaces) {
    this.counts = new ActiveCounts<L.Marker>(places.isShown);
    this.group = L.markerClusterGroup({
      showCoverageOnHover: false, spiderfyOnMaxZoom: true, maxClusterRadius: 28, chunkedLoading: true,
      spiderfyDistanceMultiplier: 1.6, spiderLegPolylineOptions: { weight: 1.5, color: '#222', opacity: LEG_OPACITY },
      iconCreateFunction: (cluster) => clusterIcon(cluster, (c) => this.present(c)),
      spiderfyShapePositions: (count, centre) => this.spiderPositions(count, centre),
      // Each chunk of a large add changes the tree under counts already taken.
      chunkProgress: () => this.counts.clear(),
    });
    this.group.on('spiderfied', (event) => {
      for (const marker of (event as L.MarkerClusterSpiderfyEvent).markers) this.styleLeg(marker);
    });
    map.on('layerremove', this.onLayerRemove);
  }

  addTo(map: L.Map): void {
    this.standIns.addTo(map);
    this.group.addTo(map);
  }

  remove(): void {
    this.map.off('layerremove', this.onLayerRemove);
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
  }

  /** A time step or a filter showed or hid this marker's place; `isShown` already says which. Drawn by `redraw`. */
  setShown(marker: L.Marker, shown: boolean): void {
    for (const node of this.counts.adjust(marker, shown ? 1 : -1)) this.changed.add(node as unknown as L.MarkerCluster);
    if (this.legOf(marker)) this.spiderChanged = true;
    this.styleLeg(marker);
  }

  /** Draws the clusters whose count changed, once each however many of their places changed. */
  redraw(): void {
    for (const cluster of this.changed) showClusterCount(cluster, this.present(cluster));
    this.changed.clear();
    if (this.spiderChanged) this.refanSpider();
    this.spiderChanged = false;
  }

  /**
   * Spider positions, in markercluster's order of the spiderfied cluster's markers: its default circle or spiral for
   * the places on the map, and the cluster's own point for the others (hidden, with invisible legs).
   */
  private spiderPositions(count: number, centre: L.Point): L.Point[] {
    const cluster = (this.group as unknown as SpiderGroup)._spiderfied;
    if (!cluster) return new Array<L.Point>(count).fill(centre);
    const markers = cluster.getAllChildMarkers();
    const shown = markers.length === count ? markers.map((marker) => this.places.isShown(marker)) : new Array<boolean>(count).fill(true);
    return fanOut(cluster, shown, centre);
  }

  /**
   * After a step or a filter changed which of its places are shown, moves the open spider's markers and legs, or
   * closes the spider when fewer than two places are left in it.
   */
  private refanSpider(): void {
    const group = this.group as unknown as SpiderGroup;
    const cluster = group._spiderfied;
    if (!cluster) return;
    const markers = cluster.getAllChildMarkers();
    const shown = markers.map((marker) => this.places.isShown(marker));
    if (shown.filter(Boolean).length < 2) {
      // Nothing left to fan out: a lone place is drawn by its stand-in (present), and would otherwise show twice.
      // markercluster ignores unspiderfy while a spider is still opening, so that waits for the animation's end.
      if (group._inZoomAnimation) this.group.once('animationend', () => this.refanSpider());
      else cluster.unspiderfy();
      return;
    }
    const positions = fanOut(cluster, shown, this.map.latLngToLayerPoint(cluster.getLatLng()));
    group._ignoreMove = true;
    markers.forEach((marker, i) => {
      const at = this.map.layerPointToLatLng(positions[i]);
      marker.setLatLng(at);
      this.legOf(marker)?.setLatLngs([cluster.getLatLng(), at]);
    });
    group._ignoreMove = false;
  }

  /** Counts a cluster on the map and adds or removes its stand-in to match. Returns the count. */
  private present(cluster: L.MarkerCluster): number {
    const count = this.counts.of(cluster as unknown as ClusterNode);
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
    this.legOf(marker)?.setStyle({ opacity: this.places.isShown(marker) ? LEG_OPACITY : 0 });
  }

  /** The marker's spider leg while its cluster is spiderfied. */
  private legOf(marker: L.Marker): L.Polyline | undefined {
    return (marker as unknown as { _spiderLeg?: L.Polyline })._spiderLeg;
  }
}

/** Spider positions for markers flagged shown or not, in their order: the cluster's point for those not shown. */
function fanOut(cluster: L.MarkerCluster, shown: readonly boolean[], centre: L.Point): L.Point[] {
  const slots = defaultSpiderSlots(cluster as unknown as SpiderCluster, shown.filter(Boolean).length, centre);
  let next = 0;
  return shown.map((isShown) => (isShown ? slots[next++] : centre));
}

/** markercluster's own spider shape for `count` markers: a circle (drawn 10 px lower, as it does), or a spiral. */
function defaultSpiderSlots(cluster: SpiderCluster, count: number, centre: L.Point): L.Point[] {
  if (count === 0) return [];
  return count >= cluster._circleSpiralSwitchover
    ? cluster._generatePointsSpiral(count, centre)
    : cluster._generatePointsCircle(count, centre.add([0, 10]));
}
