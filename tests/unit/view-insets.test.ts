import { describe, expect, it } from 'vitest';
import { NO_INSETS, panToShow } from '../../src/map/view-insets';

const point = (x: number, y: number) => ({ left: x, top: y, right: x, bottom: y });

describe('panToShow', () => {
  it('leaves a place that is seen where it is', () => {
    expect(panToShow(point(200, 150), 400, 300, NO_INSETS, 24)).toBeNull();
  });

  it('brings a place under the sheet to the centre of the part above it', () => {
    // A 390 × 600 map with a 360 px sheet over its bottom: the visible part is y 24..216, centred on 120.
    expect(panToShow(point(195, 400), 390, 600, { ...NO_INSETS, bottom: 360 }, 24)).toEqual([0, 280]);
  });

  it('pans to an area only when none of it is seen', () => {
    expect(panToShow({ left: -100, top: 50, right: 30, bottom: 80 }, 400, 300, NO_INSETS, 24)).toBeNull();
    expect(panToShow({ left: -100, top: 50, right: -10, bottom: 80 }, 400, 300, NO_INSETS, 24)).toEqual([-255, -85]);
  });
});
