/**
 * What every exported file says about itself: the title, the range, the data sources and the link that reopens the
 * view. One record, written into each container its own way (WebM tags, PNG text chunks, a GIF comment).
 */

export interface ExportMetadata {
  title: string;
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  sources: readonly string[];
  /** The basemap's attribution, and whether it replaced the one on screen. */
  basemap: string;
  deepLink: string;
}

export function rangeText(meta: Pick<ExportMetadata, 'from' | 'to'>): string {
  return meta.from === meta.to ? meta.from : `${meta.from} .. ${meta.to}`;
}

/** Key/value pairs in a fixed order, the PNG's keywords (PNG spec 11.3.4.2: Title, Source, Copyright, Comment…). */
export function metadataEntries(meta: ExportMetadata): Array<[string, string]> {
  return [
    ['Title', meta.title],
    ['Date range', rangeText(meta)],
    ['Source', meta.sources.join('; ')],
    ['Copyright', meta.basemap],
    ['URL', meta.deepLink],
  ];
}

/** One text of all of it, for a GIF comment and a WebM comment tag. */
export function metadataText(meta: ExportMetadata): string {
  return metadataEntries(meta).map(([key, value]) => `${key}: ${value}`).join('\n');
}
