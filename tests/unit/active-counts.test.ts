import { describe, expect, it } from 'vitest';
import { ActiveCounts } from '../../src/map/outbreaks/active-counts';
import type { ClusterTree } from '../../src/map/markercluster-internals';

interface FakeMarker { id: string; parent?: FakeCluster }
interface FakeCluster { children: FakeCluster[]; leaves: FakeMarker[]; parent?: FakeCluster; drawn?: boolean }

const fakeTree: ClusterTree<FakeCluster, FakeMarker> = {
  parentOf: (item) => item.parent,
  childClustersOf: (cluster) => cluster.children,
  markersOf: (cluster) => cluster.leaves,
  isDrawn: (cluster) => cluster.drawn === true,
};

/** A two-level tree like markercluster's: top ← [left ← a, b] [right ← c], and d directly under top. */
function tree() {
  const markers = Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, { id } as FakeMarker]));
  const node = (children: FakeCluster[], leaves: FakeMarker[]): FakeCluster => {
    const cluster: FakeCluster = { children, leaves };
    for (const child of children) child.parent = cluster;
    for (const leaf of leaves) leaf.parent = cluster;
    return cluster;
  };
  const left = node([], [markers.a, markers.b]);
  const right = node([], [markers.c]);
  const top = node([left, right], [markers.d]);
  return { markers, left, right, top };
}

describe('active counts of clusters', () => {
  it('counts only the markers shown today, at every level', () => {
    const { markers, left, right, top } = tree();
    const shown = new Set([markers.a, markers.c, markers.d]);
    const counts = new ActiveCounts(fakeTree, (m: FakeMarker) => shown.has(m));
    expect([counts.of(left), counts.of(right), counts.of(top)]).toEqual([1, 1, 3]);
  });

  it('follows a marker shown or hidden up its parent chain, and reports the clusters drawn on the map', () => {
    const { markers, left, right, top } = tree();
    const shown = new Set([markers.a]);
    const counts = new ActiveCounts(fakeTree, (m: FakeMarker) => shown.has(m));
    expect(counts.of(top)).toBe(1);
    left.drawn = true;
    shown.add(markers.b);
    expect(counts.adjust(markers.b, 1)).toEqual([left]);
    expect([counts.of(left), counts.of(top)]).toEqual([2, 2]);
    shown.delete(markers.a);
    counts.adjust(markers.a, -1);
    expect([counts.of(left), counts.of(right), counts.of(top)]).toEqual([1, 0, 1]);
  });

  it('counts a cluster on the map afresh when its count is not known, e.g. after the tree changed', () => {
    const { markers, right } = tree();
    const shown = new Set<FakeMarker>();
    const counts = new ActiveCounts(fakeTree, (m: FakeMarker) => shown.has(m));
    counts.clear();
    right.drawn = true;
    shown.add(markers.c);
    expect(counts.adjust(markers.c, 1)).toEqual([right]);
    expect(counts.of(right)).toBe(1);
  });
});
