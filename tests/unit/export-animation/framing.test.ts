/** The export's framing (the map's pan and zoom), the comparison's chart per day, and the national aggregation by zoom. */
import { describe, expect, it, vi } from 'vitest';
import { chartScene, dayTicks } from '../../../src/compare/chart-scene';
import type { Curve } from '../../../src/compare/series';
import { fitProjection, viewBounds } from '../../../src/export/animation/projection';
import { STATUS_COLOURS } from '../../../src/map/style';
import { HIGH, MEDIUM, FADED } from '../../../src/national/area-timeline';
import { pointDots } from '../../../src/ui/national/export-source';

// The national source's basemap loaders reach Leaflet (no window under Node); the dots do not use them.
vi.mock('../../../src/map/national/basemap-data', () => ({ loadOutlines: () => Promise.resolve({ type: 'FeatureCollection', features: [] }) }));
vi.mock('../../../src/map/national/national-outlines', () => ({ OUTLINES_ATTRIBUTION: 'Outlines: test' }));

describe('a frame that follows the map', () => {
  it('covers what a map of that size shows at that centre and zoom: 256 px per world at zoom 0', () => {
    // At zoom 0 a 256 px map spans the whole world in longitude.
    const world = viewBounds([0, 0], 0, 256, 256);
    expect(world.west).toBeCloseTo(-180, 6);
    expect(world.east).toBeCloseTo(180, 6);
    expect(world.north).toBeCloseTo(85.0511, 3);
    // One zoom level more halves the span; the centre stays the centre.
    const a = viewBounds([36.06, 114.38], 12, 800, 600);
    const b = viewBounds([36.06, 114.38], 13, 800, 600);
    expect((b.east - b.west) * 2).toBeCloseTo(a.east - a.west, 9);
    expect((a.west + a.east) / 2).toBeCloseTo(114.38, 9);
    expect(a.south < 36.06 && a.north > 36.06).toBe(true);
  });

  it('has the zoom of its scale: the map\'s bounds fitted into a box of the map\'s size give back its zoom', () => {
    const bounds = viewBounds([30, 120], 9.5, 1000, 500);
    const projection = fitProjection(bounds, 1000, 500, { top: 0, right: 0, bottom: 0, left: 0 });
    expect(projection.zoom).toBeCloseTo(9.5, 6);
    const [x, y] = projection.toPixel(120, 30);
    expect([x, y].map((v) => Math.round(v))).toEqual([500, 250]);
  });
});

describe('the comparison chart of a day', () => {
  const curves: Curve[] = [
    { id: 'a', source: 'episode', day0: 100, from: 0, values: [1, 3, null, 10] },
    { id: 'b', source: 'report-events', day0: 200, from: -1, values: [0, 2] },
  ];
  const series = curves.map((curve, i) => ({ curve, colour: ['#111111', '#222222'][i], dash: ['', '6 3'][i] }));
  const words = { xLabel: 'days', yLabel: 'areas', readout: (i: number, d: number, v: number | null | undefined) => `${i}:${d}:${v === undefined ? 'outside' : v}` };
  const scene = (day: number) => chartScene(series, { min: -1, max: 3 }, 10, 'linear', day, words);

  it('moves the cursor with the day and keeps the curves, a day without a list a gap', () => {
    expect(scene(-1).cursor.x).toBe(0);
    expect(scene(3).cursor.x).toBe(1);
    expect(scene(0).lines).toEqual(scene(3).lines);
    expect(scene(0).lines[0].points[2]).toBeNull();
    expect(scene(0).lines[0].points[3]).toEqual([1, 0]);
    expect(scene(0).lines[1].dash).toEqual([6, 3]);
  });

  it('puts a dot on each curve with a value that day and a readout per curve, "outside" past its end', () => {
    expect(scene(0).cursor.dots).toEqual([{ colour: '#111111', y: 0.9 }, { colour: '#222222', y: 0.8 }]);
    expect(scene(2).cursor.dots).toEqual([null, null]);
    expect(scene(2).readouts.map((r) => r.text)).toEqual(['0:2:null', '1:2:outside']);
  });

  it('ticks every 5, 10, 20 or 50 days as the span grows', () => {
    expect(dayTicks({ min: -3, max: 12 })).toEqual([0, 5, 10]);
    expect(dayTicks({ min: 0, max: 100 })).toEqual([0, 20, 40, 60, 80, 100]);
  });
});

describe('the national view at city zoom', () => {
  const points = { lon: [113.3, 113.3, 113.31, 113.32, 120], lat: [23.1, 23.1, 23.11, 23.12, 30], uncertaintyMetres: [0, 0, 5000, 0, 0] };
  const states = Uint8Array.from([HIGH, HIGH, MEDIUM, MEDIUM | FADED, HIGH]);
  const bounds = { west: 113.2, south: 23.0, east: 113.4, north: 23.2 };

  it('draws a dot per area shown in the view, one where areas share a point, lifted ones faded below, high on top', () => {
    const dots = pointDots(states, points, bounds, 11);
    expect(dots).toEqual([
      { type: 'dot', at: [113.32, 23.12], radiusPx: 3.5, colour: STATUS_COLOURS['medium-risk'], opacity: 0.35, dashedRing: false },
      { type: 'dot', at: [113.31, 23.11], radiusPx: 3.5, colour: STATUS_COLOURS['medium-risk'], opacity: 0.95, dashedRing: true },
      { type: 'dot', at: [113.3, 23.1], radiusPx: 3.5, colour: STATUS_COLOURS['high-risk'], opacity: 0.95, dashedRing: false },
    ]);
  });

  it('sizes dots by zoom as the map does', () => {
    expect(pointDots(states, points, bounds, 14).every((d) => d.type === 'dot' && d.radiusPx === 6)).toBe(true);
  });
});
