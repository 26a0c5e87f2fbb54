/** The cursor's values: each outbreak's value and calendar date on the chosen day since start, as a table. */
import { valueAt, type Curve } from '../../compare/series';
import type { CompareItem } from '../../compare/items';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { tc } from './messages';
import { COMPARE_COLOURS } from './palette';

export function CursorTable({ lang, curves, items, cursor }: { lang: Language; curves: readonly Curve[]; items: ReadonlyMap<string, CompareItem>; cursor: number }) {
  return (
    <table className="compare-table" data-testid="compare-table">
      <caption>{tc(lang, 'tableCaption', { n: cursor })}</caption>
      <thead><tr><th scope="col">{tc(lang, 'colOutbreak')}</th><th scope="col">{tc(lang, 'colDate')}</th><th scope="col">{tc(lang, 'colValue')}</th></tr></thead>
      <tbody>
        {curves.map((curve, i) => {
          const item = items.get(curve.id);
          const value = valueAt(curve, cursor);
          const text = value === undefined ? tc(lang, 'outside') : value === null ? tc(lang, 'noList')
            : tc(lang, curve.source === 'report-events' ? 'events' : 'areas', { n: value });
          return (
            <tr key={curve.id} data-testid="compare-row" data-id={curve.id} data-value={value ?? ''} data-date={isoOfDay(curve.day0 + cursor)}>
              <th scope="row"><span className="swatch" style={{ background: COMPARE_COLOURS[i] }} aria-hidden="true" />{lang === 'en' ? item?.en : item?.zh}</th>
              <td>{isoOfDay(curve.day0 + cursor)}</td>
              <td>{text}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
