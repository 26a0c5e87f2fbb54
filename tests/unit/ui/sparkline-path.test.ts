import { describe, expect, it } from 'vitest';
import { sparklineShape } from '../../../src/ui/outbreak-index/sparkline-path';

describe('episode sparkline geometry', () => {
  it('draws each day as a step of its width, scaled so the peak reaches the top', () => {
    expect(sparklineShape([1, 2], 20, 10, 2)).toEqual({ area: 'M0,10L0,5L10,5L10,0L20,0L20,10Z', gaps: [] });
  });

  it('draws a day without a list as a band of its own, closing the area before it: never as 0', () => {
    const shape = sparklineShape([2, null, 2], 30, 10, 2);
    expect(shape.gaps).toEqual([{ x: 10, width: 10 }]);
    expect(shape.area).toBe('M0,10L0,0L10,0L10,10ZM20,10L20,0L30,0L30,10Z');
    // A day with a list and none in force is drawn at 0 inside one area, with no band.
    expect(sparklineShape([2, 0, 2], 30, 10, 2)).toEqual({ area: 'M0,10L0,0L10,0L10,10L20,10L20,0L30,0L30,10Z', gaps: [] });
  });
});
