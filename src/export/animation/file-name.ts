/** File names of an export: the view and the range, e.g. `anyang_2022-01-08_2022-02-03.webm`. */

export type ExportFormat = 'webm' | 'gif' | 'png';

/** Keeps letters, digits and dashes of a view id, so a name is safe on every file system. */
function safeStem(id: string): string {
  const stem = id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return stem || 'view';
}

/** `<view>_<from>_<to>.<ext>`; a PNG (one day) is `<view>_<day>.png`. */
export function exportFileName(viewId: string, fromIso: string, toIso: string, format: ExportFormat): string {
  const dates = format === 'png' || fromIso === toIso ? fromIso : `${fromIso}_${toIso}`;
  return `${safeStem(viewId)}_${dates}.${format}`;
}
