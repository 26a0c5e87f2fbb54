/**
 * Every private member of Leaflet.markercluster this app uses, in one place, each with what it is. Pinned:
 * leaflet.markercluster 1.5.3 (MARKERCLUSTER_PIN in internals-pins.ts, package.json exact); an e2e test checks that
 * each member exists on the bundled plugin. Public API is used where there is one (getAllChildMarkers, the
 * spiderfied/unspiderfied events, refreshClusters); the spider shapes are copied in spider-layout.ts.
 */
import type L from './leaflet';

/** The cluster tree as counting needs it: parents, child clusters, own markers, and which clusters are drawn. */
export interface ClusterTree<Cluster, Marker> {
  parentOf(item: Cluster | Marker): Cluster | undefined;
  childClustersOf(cluster: Cluster): readonly Cluster[];
  /** The markers directly in this cluster (not those of its child clusters). */
  markersOf(cluster: Cluster): readonly Marker[];
  /** True while the cluster is drawn on the map. */
  isDrawn(cluster: Cluster): boolean;
}

/** A marker's (or cluster's) place in the tree. */
interface ParentMember {
  /** The cluster one zoom level up that holds this marker or cluster (the top one has none). */
  __parent?: L.MarkerCluster;
}

interface ClusterMembers extends ParentMember {
  /** A cluster's child clusters at the next zoom level. */
  _childClusters: L.MarkerCluster[];
  /** A cluster's own markers (those not in a child cluster). */
  _markers: L.Marker[];
  /** A cluster's element while it is drawn on the map. */
  _icon?: HTMLElement | null;
  /** The zoom level a cluster belongs to. */
  _zoom: number;
}

/** A marker outside a group has no `__parent`; every cluster and every marker in a group has one (the top: undefined). */
const hasParentMember = (item: L.Marker | L.MarkerCluster): item is (L.Marker | L.MarkerCluster) & ParentMember => '__parent' in item;

const isClusterNode = (cluster: L.MarkerCluster): cluster is L.MarkerCluster & ClusterMembers => '_childClusters' in cluster && '_markers' in cluster && '_zoom' in cluster;

function clusterMembers(cluster: L.MarkerCluster): L.MarkerCluster & ClusterMembers {
  if (!isClusterNode(cluster)) throw new Error('leaflet.markercluster 1.5.3 cluster members (_childClusters, _markers, _zoom) are missing');
  return cluster;
}

/** markercluster 1.5.3's tree. Its public `getAllChildMarkers` walks a whole subtree; a step needs one parent chain. */
export const markerClusterTree: ClusterTree<L.MarkerCluster, L.Marker> = {
  parentOf: (item) => (hasParentMember(item) ? item.__parent : undefined),
  childClustersOf: (cluster) => clusterMembers(cluster)._childClusters,
  markersOf: (cluster) => clusterMembers(cluster)._markers,
  isDrawn: (cluster) => Boolean(clusterMembers(cluster)._icon),
};

interface GroupMembers {
  /** The cluster spiderfied now; set at the start of `spiderfy`, before the shape positions are asked for. */
  _spiderfied: L.MarkerCluster | null;
  /** Set while markers are moved on purpose, so the group's `move` handler does not re-cluster them. */
  _ignoreMove: boolean;
  /** How many cluster animations run now (after a zoom, ~300 ms); `spiderfy` does nothing while any does. */
  _inZoomAnimation: number;
}

const isGroupWithMembers = (group: L.MarkerClusterGroup): group is L.MarkerClusterGroup & GroupMembers => '_inZoomAnimation' in group;

function groupMembers(group: L.MarkerClusterGroup): L.MarkerClusterGroup & GroupMembers {
  if (!isGroupWithMembers(group)) throw new Error('leaflet.markercluster 1.5.3 group member _inZoomAnimation is missing');
  return group;
}

/** True while the group animates its clusters after a zoom: the clusters of the old level are still drawn. */
export function isAnimating(group: L.MarkerClusterGroup): boolean {
  return groupMembers(group)._inZoomAnimation > 0;
}

/**
 * The cluster being spiderfied, inside `spiderfyShapePositions` (called by `spiderfy` before any event says which
 * cluster it is); elsewhere follow the `spiderfied` / `unspiderfied` events.
 */
export function spiderfyingCluster(group: L.MarkerClusterGroup): L.MarkerCluster | null {
  return groupMembers(group)._spiderfied;
}

/** Runs `move`, which moves markers of the group, without the group treating the moves as drags to re-cluster. */
export function moveMarkersInPlace(group: L.MarkerClusterGroup, move: () => void): void {
  const self = groupMembers(group);
  self._ignoreMove = true;
  try {
    move();
  } finally {
    self._ignoreMove = false;
  }
}

const hasSpiderLeg = (marker: L.Marker): marker is L.Marker & { _spiderLeg: L.Polyline } => '_spiderLeg' in marker;

/** The marker's spider leg (`_spiderLeg`, a polyline from the cluster) while its cluster is spiderfied. */
export function spiderLegOf(marker: L.Marker): L.Polyline | undefined {
  return hasSpiderLeg(marker) ? marker._spiderLeg : undefined;
}

/**
 * True when a click on the cluster fans it out rather than zooming in: its places stay together down to the map's
 * last zoom (markercluster 1.5.3's own test in `_zoomOrSpiderfy`, on `_childClusters` and `_zoom`).
 */
export function opensAsSpider(cluster: L.MarkerCluster, maxZoom: number): boolean {
  let bottom = cluster;
  while (clusterMembers(bottom)._childClusters.length === 1) bottom = clusterMembers(bottom)._childClusters[0];
  return clusterMembers(bottom)._zoom === maxZoom && bottom.getChildCount() === cluster.getChildCount();
}

/**
 * The zoom at which every place of `cluster` is drawn on its own, or `limit` if that comes first: markercluster
 * 1.5.3's walk down `_childClusters` in `zoomToBounds`, so that a click zooms no deeper than the library would.
 */
export function zoomSeparating(cluster: L.MarkerCluster, limit: number): number {
  let zoom = clusterMembers(cluster)._zoom + 1;
  let children = clusterMembers(cluster)._childClusters;
  while (children.length > 0 && limit > zoom) {
    zoom += 1;
    children = children.flatMap((child) => clusterMembers(child)._childClusters);
  }
  return Math.min(zoom, limit);
}
