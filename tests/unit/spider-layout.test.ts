/** The copied spider shapes give exactly what markercluster's own (pinned) methods give. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CIRCLE_SPIRAL_SWITCHOVER, fanOut, spiderCircle, spiderSlots, spiderSpiral, type PixelPoint } from '../../src/map/outbreaks/spider-layout';

interface SpiderMethods {
  _circleSpiralSwitchover: number;
  _generatePointsCircle(count: number, centre: PixelPoint): PixelPoint[];
  _generatePointsSpiral(count: number, centre: PixelPoint): PixelPoint[];
}

/** Evaluates the plugin's Spiderfier source with a stand-in `L` that records what it adds to MarkerCluster. */
function pluginSpiderMethods(distanceMultiplier: number): SpiderMethods {
  const source = fs.readFileSync('node_modules/leaflet.markercluster/src/MarkerCluster.Spiderfier.js', 'utf8');
  let included: Record<string, unknown> = {};
  class Point {
    constructor(public x: number, public y: number) {}
    _round() {
      this.x = Math.round(this.x);
      this.y = Math.round(this.y);
      return this;
    }
  }
  const L = { MarkerCluster: { include: (methods: Record<string, unknown>) => { included = { ...included, ...methods }; }, extend: () => ({}) }, MarkerClusterGroup: { include: () => undefined }, Point, Polyline: {}, DomUtil: {}, Util: {}, Path: {}, Marker: {}, Browser: {} };
  new Function('L', source)(L);
  return { ...included, _group: { options: { spiderfyDistanceMultiplier: distanceMultiplier } } } as unknown as SpiderMethods;
}

const plain = (points: PixelPoint[]) => points.map(({ x, y }) => ({ x, y }));

describe('spider layout copied from markercluster', () => {
  const centre = { x: 412, y: 287 };
  for (const multiplier of [1, 1.6]) {
    it(`gives the plugin's circle and spiral for 1 to 40 places (distance × ${multiplier})`, () => {
      const plugin = pluginSpiderMethods(multiplier);
      expect(plugin._circleSpiralSwitchover).toBe(CIRCLE_SPIRAL_SWITCHOVER);
      for (let count = 1; count <= 40; count += 1) {
        expect(spiderCircle(count, centre, multiplier)).toEqual(plain(plugin._generatePointsCircle(count, { ...centre })));
        expect(spiderSpiral(count, centre, multiplier)).toEqual(plain(plugin._generatePointsSpiral(count, { ...centre })));
      }
    });
  }

  it('draws a circle 10 px lower below the switchover, a spiral from it on', () => {
    expect(spiderSlots(3, centre, 1.6)).toEqual(spiderCircle(3, { x: 412, y: 297 }, 1.6));
    expect(spiderSlots(9, centre, 1.6)).toEqual(spiderSpiral(9, centre, 1.6));
    expect(spiderSlots(0, centre, 1.6)).toEqual([]);
  });

  it('fans out only the places shown, without gaps, and leaves the others at the centre', () => {
    const positions = fanOut([true, false, true, false, true], centre, 1.6);
    expect([positions[0], positions[2], positions[4]]).toEqual(spiderSlots(3, centre, 1.6));
    expect([positions[1], positions[3]]).toEqual([centre, centre]);
  });
});
