/**
 * The library versions the two internals adapters are written against (leaflet-internals.ts,
 * markercluster-internals.ts), and the private members they use. package.json pins the same versions exactly; the
 * e2e test "library internals" checks every member below on the libraries as bundled. Plain data, so Node tests
 * can read it without loading Leaflet.
 */
export const LEAFLET_PIN = {
  version: '1.9.4',
  /** On L.Canvas.prototype. */
  canvasMethods: ['_requestRedraw', '_redraw', '_clear', '_fillStroke'],
  /** On a canvas renderer once it is on a map. */
  canvasFields: ['_ctx', '_container', '_drawFirst', '_redrawBounds', '_redrawRequest'],
  /** On a circle drawn by a canvas renderer. */
  circleFields: ['_point', '_radius', '_empty', '_pxBounds'],
  /** On L.DivIcon.prototype. */
  iconMethods: ['_setIconStyles'],
} as const;

export const MARKERCLUSTER_PIN = {
  version: '1.5.3',
  /** On a cluster group with a spiderfied cluster. */
  groupFields: ['_spiderfied', '_ignoreMove', '_inZoomAnimation'],
  /** On a marker in a cluster group; `_spiderLeg` while its cluster is spiderfied. */
  markerFields: ['__parent', '_spiderLeg'],
  /** On a cluster; `_icon` while it is drawn. */
  clusterFields: ['__parent', '_childClusters', '_markers', '_icon', '_zoom'],
} as const;
