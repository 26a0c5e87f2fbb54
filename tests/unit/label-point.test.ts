import fs from 'node:fs';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../src/data/label-point';
import type { AdminAreas } from '../../src/data/load';
import type { Polygon, Position } from 'geojson';

const counties = JSON.parse(fs.readFileSync('geo/sources/counties.geojson', 'utf8')) as AdminAreas;

describe('labelPoint', () => {
  it('lies inside every county the offline basemap names', () => {
    const outside = counties.features.filter((county) => !booleanPointInPolygon(labelPoint(county.geometry), county)).map((c) => c.properties.name);
    expect(outside).toEqual([]);
  });

  it('names the counties whose bounding-box centre falls outside them from a point inside', () => {
    const centreOutside = counties.features.filter((county) => {
      const [w, s, e, n] = bbox(county);
      return !booleanPointInPolygon([(w + e) / 2, (s + n) / 2], county);
    });
    expect(centreOutside.length).toBeGreaterThan(0);
    expect(centreOutside.filter((county) => !booleanPointInPolygon(labelPoint(county.geometry), county)).map((c) => c.properties.name)).toEqual([]);
  });

  it('puts the name in the body of a C-shaped polygon, not in its mouth', () => {
    // A C opening to the east: a back 4 wide (x 0–4), arms 1 wide; the bounding-box centre (5, 5) is in the mouth.
    const c: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 1], [4, 1], [4, 9], [10, 9], [10, 10], [0, 10], [0, 0]]] };
    const [x, y] = labelPoint(c, 0.01);
    expect(booleanPointInPolygon([x, y], c)).toBe(true);
    // The middle of the back: 2 from both of its sides, the farthest any point is from an edge.
    expect(x).toBeCloseTo(2, 1);
    expect(y).toBeGreaterThanOrEqual(2);
    expect(y).toBeLessThanOrEqual(8);
  });

  it('labels a multipolygon on its largest part (the mainland, not an island)', () => {
    const island: Position[][] = [[[20, 0], [21, 0], [21, 1], [20, 1], [20, 0]]];
    const mainland: Position[][] = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]];
    for (const coordinates of [[island, mainland], [mainland, island]]) {
      const [x, y] = labelPoint({ type: 'MultiPolygon', coordinates }, 0.01);
      expect(x).toBeCloseTo(2, 1);
      expect(y).toBeCloseTo(2, 1);
    }
  });
});
