/**
 * How many of a cluster's markers are on the map today. The cluster group holds every point marker, whatever the
 * date and filters, so a time step or a filter change moves no cluster, only these counts.
 * A count is computed on first use and then adjusted along a changed marker's parent chain: a step costs one
 * walk up the zoom levels per changed place instead of a re-cluster.
 *
 * Reads markercluster 1.5's tree (`__parent`, `_childClusters`, `_markers`, `_icon`); the version is pinned.
 */
export interface ClusterNode {
  __parent?: ClusterNode;
  _childClusters: ClusterNode[];
  _markers: object[];
  /** Set while the cluster is drawn on the map. */
  _icon?: unknown;
}

export class ActiveCounts<Marker extends object> {
  private readonly counts = new Map<ClusterNode, number>();

  constructor(private readonly isShown: (marker: Marker) => boolean) {}

  /** Forgets every count: call after the group's tree changed (markers added or removed). */
  clear(): void {
    this.counts.clear();
  }

  of(cluster: ClusterNode): number {
    const known = this.counts.get(cluster);
    if (known !== undefined) return known;
    let total = 0;
    for (const child of cluster._childClusters) total += this.of(child);
    for (const marker of cluster._markers) if (this.isShown(marker as Marker)) total += 1;
    this.counts.set(cluster, total);
    return total;
  }

  /**
   * `marker` was just shown (+1) or hidden (-1), and `isShown` already says so. Returns the clusters on the map
   * whose count changed: known counts are adjusted, a cluster on the map whose count is not known yet is counted.
   */
  adjust(marker: Marker, delta: 1 | -1): ClusterNode[] {
    const changed: ClusterNode[] = [];
    for (let node = (marker as ClusterNode).__parent; node; node = node.__parent) {
      const known = this.counts.get(node);
      if (known !== undefined) this.counts.set(node, known + delta);
      else if (node._icon) this.of(node);
      else continue;
      if (node._icon) changed.push(node);
    }
    return changed;
  }
}
