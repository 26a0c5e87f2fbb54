/** Colour by status, shape by kind: the single source for markers, polygons and the legend. */
import type { Kind, Status } from '../data/schema';
import type { Phase } from '../time/feature-state';

export const STATUS_COLOURS: Record<Status, string> = {
  'first-case': '#6a1b9a',
  reported: '#607d8b',
  'high-risk': '#d32f2f',
  'medium-risk': '#f57c00',
  'low-risk': '#2e7d32',
  sealed: '#b71c1c',
  controlled: '#e65100',
  precaution: '#f9a825',
  'regional-control': '#c2185b',
  lockdown: '#880e4f',
  opened: '#1565c0',
  'in-use': '#1565c0',
  closed: '#78909c',
  suspended: '#5d4037',
  'partly-resumed': '#8d6e63', // still a measure (the rest stays suspended): suspended's brown, lighter
  resumed: '#2e7d32',
  lifted: '#78909c',
};

/** SVG path in a 20×20 box. Static markup, never built from data. */
export const KIND_SHAPES: Record<Kind, string> = {
  'risk-area': 'M10 2 L18 18 L2 18 Z', // triangle
  'county-control': 'M3 3 H17 V17 H3 Z',
  'city-control': 'M3 3 H17 V17 H3 Z',
  'quarantine-site': 'M2 2 H18 V18 H2 Z M6 6 V14 H14 V6 Z', // hollow square
  checkpoint: 'M10 1 L19 10 L10 19 L1 10 Z', // diamond
  hospital: 'M7 2 H13 V7 H18 V13 H13 V18 H7 V13 H2 V7 H7 Z', // cross
  'makeshift-hospital': 'M2 10 L10 2 L18 10 V18 H2 Z', // house
  'testing-site': 'M10 1 A9 9 0 1 1 9.99 1 Z', // circle
  'vaccination-site': 'M10 1 L12.6 7.4 L19 7.4 L13.8 11.6 L15.8 18.5 L10 14.3 L4.2 18.5 L6.2 11.6 L1 7.4 L7.4 7.4 Z', // star
  'service-point': 'M5 2 H15 L19 10 L15 18 H5 L1 10 Z', // hexagon
  'command-post': 'M3 2 V18 H5 V11 H17 L14 6.5 L17 2 Z', // flag
  transport: 'M3 4 A3 3 0 0 1 6 1 H14 A3 3 0 0 1 17 4 V15 H3 Z M5 16 H8 V19 H5 Z M12 16 H15 V19 H12 Z', // bus
};

export function markerSvg(kind: Kind): string {
  return `<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path fill-rule="evenodd" d="${KIND_SHAPES[kind]}"/></svg>`;
}

export function areaStyle(status: Status | null, phase: Phase, selected: boolean) {
  const colour = status ? STATUS_COLOURS[status] : '#607d8b';
  const ended = phase === 'ended';
  return {
    color: selected ? '#111' : colour,
    weight: selected ? 3 : 1.5,
    opacity: ended ? 0.4 : 0.9,
    fillColor: colour,
    fillOpacity: ended ? 0.05 : 0.18,
    dashArray: ended ? '4 4' : undefined,
  };
}

