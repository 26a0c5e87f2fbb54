import fs from 'node:fs';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../src/data/label-point';
import type { AdminAreas } from '../../src/data/load';

const counties = JSON.parse(fs.readFileSync('geo/sources/counties.geojson', 'utf8')) as AdminAreas;

describe('labelPoint', () => {
  it('lies inside every county the offline basemap names', () => {
    const outside = counties.features.filter((county) => !booleanPointInPolygon(labelPoint(county.geometry), county)).map((c) => c.properties.name);
    expect(outside).toEqual([]);
  });

  it('differs from the bounding-box centre, which falls outside some counties', () => {
    const centreOutside = counties.features.filter((county) => {
      const [w, s, e, n] = bbox(county);
      return !booleanPointInPolygon([(w + e) / 2, (s + n) / 2], county);
    });
    expect(centreOutside.length).toBeGreaterThan(0);
  });
});
