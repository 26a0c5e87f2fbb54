import { toCsv, toGeoJson } from '../export/export';
import type { AtlasData } from '../model/atlas-data';
import { visibleRows } from '../model/visible';
import type { TimelineModel } from '../timeline/model';
import type { Language } from '../url/view-state';
import { download } from './download';
import { t } from './i18n';

/** Exports what is on the map: read from the timeline model when clicked, whether or not the map is mounted. */
export function ExportButtons({ lang, data, model, mask, dayLabel }: { lang: Language; data: AtlasData; model: TimelineModel; mask: Uint8Array; dayLabel: string }) {
  const rows = () => visibleRows(data, mask, (feature) => model.state(feature));
  return (
    <section className="export">
      <button type="button" data-testid="export-geojson" onClick={() => download(`outbreak-atlas-${dayLabel}.geojson`, 'application/geo+json', toGeoJson(rows(), dayLabel))}>
        {t(lang, 'exportGeoJson')}
      </button>
      <button type="button" data-testid="export-csv" onClick={() => download(`outbreak-atlas-${dayLabel}.csv`, 'text/csv', toCsv(rows()))}>
        {t(lang, 'exportCsv')}
      </button>
    </section>
  );
}
