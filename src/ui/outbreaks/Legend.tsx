import { memo } from 'react';
import { KINDS, type Kind, type Status } from '../../data/schema';
import { KIND_SHAPES, STATUS_COLOURS } from '../../map/style';
import type { Language } from '../../url/view-state';
import { KIND_LABELS, STATUS_LABELS, t } from '../shell/i18n';

export const Legend = memo(function Legend({ lang, kinds, statuses }: { lang: Language; kinds: ReadonlySet<Kind>; statuses: ReadonlySet<Status> }) {
  return (
    <details className="legend" open>
      <summary>{t(lang, 'legend')}</summary>
      <ul className="legend-kinds">
        {KINDS.filter((k) => kinds.has(k)).map((kind) => (
          <li key={kind}>
            <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true"><path fillRule="evenodd" d={KIND_SHAPES[kind]} /></svg>
            {KIND_LABELS[kind][lang]}
          </li>
        ))}
      </ul>
      <ul className="legend-statuses">
        {[...statuses].map((status) => (
          <li key={status}>
            <span className="swatch" style={{ background: STATUS_COLOURS[status] }} />
            {STATUS_LABELS[status][lang]}
          </li>
        ))}
      </ul>
      <p className="legend-note"><span className="cluster-swatch" aria-hidden="true">3</span> {t(lang, 'clusterNote')}</p>
      <p className="legend-note"><span className="circle-swatch" /> {t(lang, 'uncertainty')}</p>
      <p className="legend-note"><span className="swatch is-ended" /> {t(lang, 'ended')}</p>
    </details>
  );
});
