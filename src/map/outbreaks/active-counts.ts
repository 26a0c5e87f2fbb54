/**
 * How many of a cluster's markers are on the map today. The cluster group holds every point marker, whatever the
 * date and filters, so a time step or a filter change moves no cluster, only these counts.
 * A count is computed on first use and then adjusted along a changed marker's parent chain: a step costs one
 * walk up the zoom levels per changed place instead of a re-cluster. The tree is read through `ClusterTree`
 * (markercluster-internals.ts in the app, a plain fake in the unit test).
 */
import type { ClusterTree } from '../markercluster-internals';

export class ActiveCounts<Cluster, Marker> {
  private readonly counts = new Map<Cluster, number>();

  constructor(private readonly tree: ClusterTree<Cluster, Marker>, private readonly isShown: (marker: Marker) => boolean) {}

  /** Forgets every count: call after the group's tree changed (markers added or removed). */
  clear(): void {
    this.counts.clear();
  }

  of(cluster: Cluster): number {
    const known = this.counts.get(cluster);
    if (known !== undefined) return known;
    let total = 0;
    for (const child of this.tree.childClustersOf(cluster)) total += this.of(child);
    for (const marker of this.tree.markersOf(cluster)) if (this.isShown(marker)) total += 1;
    this.counts.set(cluster, total);
    return total;
  }

  /**
   * `marker` was just shown (+1) or hidden (-1), and `isShown` already says so. Returns the clusters on the map
   * whose count changed: known counts are adjusted, a cluster on the map whose count is not known yet is counted.
   */
  adjust(marker: Marker, delta: 1 | -1): Cluster[] {
    const changed: Cluster[] = [];
    for (let node = this.tree.parentOf(marker); node; node = this.tree.parentOf(node)) {
      const known = this.counts.get(node);
      const drawn = this.tree.isDrawn(node);
      if (known !== undefined) this.counts.set(node, known + delta);
      else if (drawn) this.of(node);
      else continue;
      if (drawn) changed.push(node);
    }
    return changed;
  }
}
