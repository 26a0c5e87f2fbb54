import { useMemo } from 'react';
import { toCsv, toGeoJson, type ExportView } from '../../export/export';
import type { AtlasData } from '../../model/atlas-data';
import { uncertaintyRadii } from '../../model/uncertainty';
import { visibleRows, type RowContext } from '../../model/visible';
import type { TimelineModel } from '../../time/timeline-model';
import type { Language } from '../../url/view-state';
import { download } from '../shell/download';
import { t } from '../shell/i18n';

export interface ExportButtonsProps {
  lang: Language;
  data: AtlasData;
  model: TimelineModel;
  mask: Uint8Array;
  /** The day in the file's name, read when clicked. */
  dayLabel: () => string;
  /** The calendar date (ISO) of the view's day for a feature's outbreak. */
  dateOf: RowContext['dateOf'];
  /** The view the file holds; read when clicked (its link is the URL of that moment). */
  view: () => ExportView;
}

/** Exports what is on the map: read from the timeline model when clicked, whether or not the map is mounted. */
export function ExportButtons({ lang, data, model, mask, dayLabel, dateOf, view }: ExportButtonsProps) {
  const radiusOf = useMemo(() => uncertaintyRadii(data), [data]);
  const rows = () => visibleRows(data, mask, (feature) => model.state(feature), { dateOf, radiusOf });
  return (
    <section className="export">
      <button type="button" data-testid="export-geojson" onClick={() => download(`outbreak-atlas-${dayLabel()}.geojson`, 'application/geo+json', toGeoJson(rows(), view()))}>
        {t(lang, 'exportGeoJson')}
      </button>
      <button type="button" data-testid="export-csv" onClick={() => download(`outbreak-atlas-${dayLabel()}.csv`, 'text/csv', toCsv(rows(), view()))}>
        {t(lang, 'exportCsv')}
      </button>
    </section>
  );
}
