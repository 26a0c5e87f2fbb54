/**
 * Opening a cluster, by a click or Enter, and where the focus goes then.
 *
 * markercluster animates its clusters after every zoom (~300 ms, also once the map first fits its outbreak): while
 * it does, it ignores a spiderfy, the clusters of the level fading out are still under the pointer, and Leaflet
 * drops a new zoom asked for during its own zoom animation. A cluster opened then did nothing, zoomed from a cluster
 * on its way out, or moved the focus on the end of an animation that was not its own. So an open asked for during an
 * animation waits for its end, and then opens what is drawn for that cluster now.
 *
 * Once the cluster has opened (zoomed in and redrawn, or fanned out), the focus goes to the nearest of what it opened
 * into, a place's marker or a smaller cluster: never to the page, as when the focused cluster element was removed.
 */
import L from '../leaflet';
import { isAnimating, markerClusterTree, spiderfyingCluster } from '../markercluster-internals';

export interface OpeningTarget {
  map: L.Map;
  group: L.MarkerClusterGroup;
  /** The places on the map today (a cluster's hidden places are not opened into). */
  isShown: (marker: L.Marker) => boolean;
  /** The cluster or marker drawn for a place now (itself, a cluster holding it, or its stand-in). */
  drawnFor: (marker: L.Marker) => L.Marker | null;
  /** True when the cluster fans out rather than zooming in (its places stay together to the last zoom). */
  opensAsSpider: (cluster: L.MarkerCluster) => boolean;
  /** Zooms in so that the cluster's places are drawn apart in the visible part of the map. */
  zoomInto: (cluster: L.MarkerCluster) => void;
}

/** An open under way: the cluster, where it was drawn, and the places it holds that are on the map. */
interface Opened {
  cluster: L.MarkerCluster;
  at: L.LatLng;
  places: L.Marker[];
}

export class ClusterOpening {
  /** A cluster asked to open while the clusters animated; opened at the end of the animation. */
  private waiting: L.MarkerCluster | null = null;
  private opened: Opened | null = null;

  constructor(private readonly target: OpeningTarget) {
    const { group } = target;
    group.on('clusterclick', (event) => this.request((event as L.LeafletEvent & { layer: L.MarkerCluster }).layer));
    group.on('clusterkeypress', (event) => {
      const { layer, originalEvent } = event as L.LeafletKeyboardEvent & { layer: L.MarkerCluster };
      if (originalEvent.key === 'Enter') this.request(layer);
    });
    group.on('animationend', this.settled);
    group.on('spiderfied', this.settled);
  }

  private animating(): boolean {
    const { map, group } = this.target;
    return isAnimating(group) || Boolean(map.getPane('mapPane')?.classList.contains('leaflet-zoom-anim'));
  }

  private request(cluster: L.MarkerCluster): void {
    // The cluster's element may be about to go (zoom): the map holds the focus until the opened places are drawn.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused === cluster.getElement()) this.target.map.getContainer().focus({ preventScroll: true });
    if (this.animating()) {
      this.waiting = cluster;
      return;
    }
    this.open(cluster);
  }

  private open(cluster: L.MarkerCluster): void {
    const { group, isShown, opensAsSpider, zoomInto } = this.target;
    const spider = opensAsSpider(cluster);
    // Open already: markercluster does nothing, and no event would end this open.
    if (spider && spiderfyingCluster(group) === cluster) return;
    this.opened = { cluster, at: cluster.getLatLng(), places: cluster.getAllChildMarkers().filter(isShown) };
    if (spider) cluster.spiderfy();
    else zoomInto(cluster);
  }

  private readonly settled = () => {
    if (this.animating()) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      const now = this.drawnNowFor(waiting);
      if (now instanceof L.MarkerCluster) this.open(now);
      else if (now && this.focusIsOurs(waiting)) now.getElement()?.focus({ preventScroll: true });
      return;
    }
    this.focusOpened();
  };

  /** The cluster itself if it is still drawn, else what is drawn now for its places nearest to where it was. */
  private drawnNowFor(cluster: L.MarkerCluster): L.Marker | null {
    if (markerClusterTree.isDrawn(cluster)) return cluster;
    return this.nearestDrawn(cluster.getAllChildMarkers().filter(this.target.isShown), cluster.getLatLng(), null);
  }

  /** Moves the focus to what the cluster opened into, nearest to where the cluster was, once it is drawn. */
  private focusOpened(): void {
    const opened = this.opened;
    if (!opened) return;
    const nearest = this.nearestDrawn(opened.places, opened.at, opened.cluster);
    if (!nearest) return;
    this.opened = null;
    if (this.focusIsOurs(opened.cluster)) nearest.getElement()?.focus({ preventScroll: true });
  }

  /** The focus is where an open leaves it (the cluster, the map, or the page once the cluster went): not moved on. */
  private focusIsOurs(cluster: L.MarkerCluster): boolean {
    const focused = document.activeElement;
    return !focused || focused === document.body || focused === this.target.map.getContainer() || focused === cluster.getElement();
  }

  /** Of what is drawn now for `places` (other than `except`), the one nearest to `at` on screen. */
  private nearestDrawn(places: readonly L.Marker[], at: L.LatLng, except: L.Marker | null): L.Marker | null {
    const { map, drawnFor } = this.target;
    const from = map.latLngToLayerPoint(at);
    let best: L.Marker | null = null;
    let bestDistance = Infinity;
    for (const place of places) {
      const drawn = drawnFor(place);
      const element = drawn?.getElement();
      if (!drawn || drawn === except || !element?.isConnected || element.classList.contains('is-hidden')) continue;
      const distance = map.latLngToLayerPoint(drawn.getLatLng()).distanceTo(from);
      if (distance < bestDistance) {
        best = drawn;
        bestDistance = distance;
      }
    }
    return best;
  }
}
