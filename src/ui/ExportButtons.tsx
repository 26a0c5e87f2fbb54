import type { AtlasData } from '../data/load';
import { toCsv, toGeoJson, type ExportRow } from '../export/export';
import type { TimelineCursor } from '../timeline/index';
import type { Language } from '../url/view-state';
import { t } from './i18n';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({ lang, data, cursor, mask, dateLabel }: { lang: Language; data: AtlasData; cursor: TimelineCursor; mask: Uint8Array; dateLabel: string }) {
  const rows = (): ExportRow[] => data.features
    .filter((item) => mask[item.index] === 1 && cursor.state(item.index).phase !== 'hidden')
    .map((item) => ({ outbreakId: item.outbreakId, feature: item.feature, state: cursor.state(item.index) }));
  return (
    <section className="export">
      <button type="button" data-testid="export-geojson" onClick={() => download(`outbreak-atlas-${dateLabel}.geojson`, 'application/geo+json', toGeoJson(rows(), dateLabel))}>
        {t(lang, 'exportGeoJson')}
      </button>
      <button type="button" data-testid="export-csv" onClick={() => download(`outbreak-atlas-${dateLabel}.csv`, 'text/csv', toCsv(rows()))}>
        {t(lang, 'exportCsv')}
      </button>
    </section>
  );
}
