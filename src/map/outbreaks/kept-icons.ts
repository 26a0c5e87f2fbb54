/**
 * Marker icons that keep their DOM element. Leaflet builds a new element each time a marker is added to the map,
 * and markercluster asks for a new cluster icon each time a cluster is redrawn; these icons hand Leaflet the same
 * element again and update only what changed.
 */
import L from '../leaflet';
import { setIconStyles } from '../leaflet-internals';

/** A DivIcon that builds its element once and returns it on every later add. One instance per marker. */
export class KeptDivIcon extends L.DivIcon {
  private element: HTMLElement | null = null;

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    this.element ??= super.createIcon(oldIcon);
    // Leaflet sets opacity on add only when below 1; clear a fade left over from markercluster's animations.
    if (this.element.style.opacity) this.element.style.opacity = '';
    return this.element;
  }
}

const CLUSTER_SIZE = new L.Point(40, 40);
const clusterElements = new WeakMap<L.MarkerCluster, { element: HTMLDivElement; count: Text }>();

/**
 * A cluster's icon: one element whose only content is its count (styles.css `.marker-cluster`), the number of
 * its places on the map today (`countOf`), read each time the cluster is drawn.
 */
/** A cluster's count of places on the map today, and its accessible name for that count. */
export type ClusterCount = (cluster: L.MarkerCluster) => { count: number; name: string };

class ClusterIcon extends L.DivIcon {
  constructor(private readonly cluster: L.MarkerCluster, private readonly countOf: ClusterCount) {
    super({ html: false, className: 'marker-cluster', iconSize: CLUSTER_SIZE });
  }

  override createIcon(): HTMLElement {
    let kept = clusterElements.get(this.cluster);
    if (!kept) {
      const element = document.createElement('div');
      // The count is one text node whose data changes: replacing it (textContent) re-inserts a node on every step.
      kept = { element, count: element.appendChild(document.createTextNode('')) };
      clusterElements.set(this.cluster, kept);
      // Leaflet's own sizing and class names, as DivIcon.createIcon would set them.
      setIconStyles(this, element);
    }
    if (kept.element.style.opacity) kept.element.style.opacity = '';
    const { count, name } = this.countOf(this.cluster);
    showClusterCount(this.cluster, count, name);
    return kept.element;
  }
}

export function clusterIcon(cluster: L.MarkerCluster, countOf: ClusterCount): L.DivIcon {
  return new ClusterIcon(cluster, countOf);
}

/**
 * Writes a cluster's count into its element, if it has one, and its name for screen readers (the count alone
 * reads as "3"). With no place on the map today the cluster is hidden; with one, too: that place's own marker
 * stands in for it (see ActiveClusters).
 */
export function showClusterCount(cluster: L.MarkerCluster, count: number, name: string): void {
  const kept = clusterElements.get(cluster);
  if (!kept) return;
  const text = String(count);
  if (kept.count.data !== text) kept.count.data = text;
  if (kept.element.getAttribute('aria-label') !== name) kept.element.setAttribute('aria-label', name);
  kept.element.classList.toggle('is-hidden', count <= 1);
}
