/**
 * Marker icons that keep their DOM element. Leaflet builds a new element each time a marker is added to the map,
 * and markercluster asks for a new cluster icon each time a cluster's count changes, so a time step that shows,
 * hides or re-counts a hundred markers used to destroy and rebuild a hundred elements (and their SVG). These
 * icons hand Leaflet the same element again and update only what changed.
 */
import L from './leaflet';

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
const clusterElements = new WeakMap<L.MarkerCluster, { element: HTMLDivElement; count: Text; size: string }>();

/** Same look as markercluster's default icon (`<div><span>n</span></div>`), one element per cluster. */
class ClusterIcon extends L.DivIcon {
  constructor(private readonly cluster: L.MarkerCluster, private readonly childCount: number, private readonly size: string) {
    super({ html: false, className: `marker-cluster marker-cluster-${size}`, iconSize: CLUSTER_SIZE });
  }

  override createIcon(): HTMLElement {
    let kept = clusterElements.get(this.cluster);
    if (!kept) {
      const element = document.createElement('div');
      const inner = element.appendChild(document.createElement('div'));
      // The count is one text node whose data changes: replacing it (textContent) re-inserts a node on every step.
      kept = { element, count: inner.appendChild(document.createElement('span')).appendChild(document.createTextNode('')), size: '' };
      clusterElements.set(this.cluster, kept);
    }
    const text = String(this.childCount);
    if (kept.count.data !== text) kept.count.data = text;
    if (kept.size !== this.size) {
      // Leaflet's own sizing and class names, as DivIcon.createIcon would set them (it re-adds its own classes).
      (this as unknown as { _setIconStyles: (el: HTMLElement, name: string) => void })._setIconStyles(kept.element, 'icon');
      kept.size = this.size;
    }
    if (kept.element.style.opacity) kept.element.style.opacity = '';
    return kept.element;
  }
}

export function clusterIcon(cluster: L.MarkerCluster): L.Icon | L.DivIcon {
  const count = cluster.getChildCount();
  return new ClusterIcon(cluster, count, count < 10 ? 'small' : count < 100 ? 'medium' : 'large');
}
