/**
 * The candidates of the draft as a virtualised list (@tanstack/react-virtual): only the rows in view are in the
 * page, so a draft of 25,000 candidates costs what one of 30 does (issue 21 item 11). With notice sections, each
 * section's heading row comes before its candidates, and a row of links jumps to a section.
 *
 * Keyboard: the list is one tab stop; ↑ ↓ Home End PageUp PageDown move through every row (rows scrolled out of
 * the page are brought in first), Enter opens a candidate, Tab reaches a section's buttons.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DraftFeature } from '../../data/draft-schema';
import type { DraftSection } from '../../model/draft-sections';
import { placeLabel } from '../../model/names';
import { featureOf, type ReviewSession } from '../../model/review';
import { sectionTally } from '../../model/review-sections';
import type { Language } from '../../url/view-state';
import { KIND_LABELS } from '../shell/i18n';
import { listItems, type ListItem } from './list-items';
import { rt } from './messages';
import { countsDiffer, SectionHeading } from './SectionHeading';

export interface CandidateListProps {
  lang: Language;
  session: ReviewSession;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDecideSection: (section: DraftSection, review: 'accepted' | 'rejected') => void;
}

const STATE_MARK = { pending: '○', accepted: '✓', rejected: '✕' } as const;
const ROW_HEIGHT = 28;
const SECTION_HEIGHT = 112;
const PAGE_ROWS = 10;

const CandidateRow = memo(function CandidateRow({ lang, feature, selected, tabIndex, onSelect }: {
  lang: Language; feature: DraftFeature; selected: boolean; tabIndex: number; onSelect: (id: string) => void;
}) {
  const p = feature.properties;
  return (
    <div className={`candidate-row is-${p.review}`}>
      <button type="button" tabIndex={tabIndex} data-focus-target aria-current={selected ? 'true' : undefined} onClick={() => onSelect(p.id)}
        data-testid="candidate-row" data-feature-id={p.id} data-review={p.review}>
        <span className="mark" aria-hidden="true">{STATE_MARK[p.review]}</span>
        <span className="name">{placeLabel(p, lang)}</span>
        <span className="kind">{KIND_LABELS[p.kind][lang]}</span>
        <span className="confidence">{p.confidence.toFixed(2)}</span>
        <span className="visually-hidden">{rt(lang, `state_${p.review}`)}, {rt(lang, 'confidence')}</span>
      </button>
    </div>
  );
});

function nextRow(key: string, at: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowDown': return Math.min(last, at + 1);
    case 'ArrowUp': return Math.max(0, at - 1);
    case 'PageDown': return Math.min(last, at + PAGE_ROWS);
    case 'PageUp': return Math.max(0, at - PAGE_ROWS);
    case 'Home': return 0;
    case 'End': return last;
    default: return undefined;
  }
}

export function CandidateList({ lang, session, selectedId, onSelect, onDecideSection }: CandidateListProps) {
  const { items, rowOfCandidate, rowOfSection } = useMemo(() => listItems(session.sections), [session.sections]);
  const total = session.draft.features.length;
  const scroller = useRef<HTMLDivElement>(null);
  // The row that takes Tab (roving tab index), and a row to focus once it is rendered after a key press.
  const [active, setActive] = useState(0);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  // The tab-stop row stays in the page when the list is scrolled away from it (by the wheel): focus is never lost.
  const rangeExtractor = useCallback((range: Range) => {
    const rows = defaultRangeExtractor(range);
    return active < range.count && !rows.includes(active) ? [...rows, active].sort((a, b) => a - b) : rows;
  }, [active]);
  // The virtualizer changes inside on every scroll, which React Compiler's memoising would hide; the project does not
  // run the compiler, and this component reads the virtualizer afresh on each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i].kind === 'candidate' ? ROW_HEIGHT : SECTION_HEIGHT),
    overscan: 6,
    rangeExtractor,
  });

  // A candidate chosen on the map: its row is scrolled into view and becomes the list's tab stop.
  const selectedRow = selectedId === null ? undefined : rowOfCandidate.get(selectedId);
  useEffect(() => {
    if (selectedRow === undefined) return;
    setActive(selectedRow);
    virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
  }, [selectedRow, virtualizer]);

  useEffect(() => {
    if (focusRow === null) return undefined;
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const target = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusRow}"] [data-focus-target]`);
      if (target) {
        target.focus({ preventScroll: true });
        setFocusRow(null);
      } else if ((tries += 1) < 10) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [focusRow, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index ?? active);
    const next = nextRow(event.key, at, items.length - 1);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusRow(next);
  };

  const jumpTo = (section: DraftSection) => {
    const row = rowOfSection.get(section)!;
    setActive(row);
    virtualizer.scrollToIndex(row, { align: 'start' });
    setFocusRow(row);
  };

  // A screen reader hears "12 of 5,000" although only the rows in view are in the page.
  const positionOf = (item: ListItem) => (item.kind === 'candidate' ? { 'aria-setsize': total, 'aria-posinset': session.positions.get(item.id)! + 1 } : {});

  const render = (item: ListItem, index: number) => {
    const tabIndex = index === active ? 0 : -1;
    if (item.kind === 'section') return <SectionHeading lang={lang} section={item.section} tally={sectionTally(session, item.section)} tabIndex={tabIndex} onDecide={onDecideSection} />;
    if (item.kind === 'ungrouped') return <h4 className="section-heading ungrouped" tabIndex={tabIndex} data-focus-target>{rt(lang, 'ungrouped')} ({item.size})</h4>;
    const feature = featureOf(session, item.id)!;
    return <CandidateRow lang={lang} feature={feature} selected={item.id === selectedId} tabIndex={tabIndex} onSelect={onSelect} />;
  };

  return (
    <>
      {session.sections.sections.length > 0 && (
        <nav className="section-links" aria-label={rt(lang, 'sections')} data-testid="section-links">
          {session.sections.sections.map((section) => (
            <button key={`${section.order}-${section.heading}`} type="button" className="link" onClick={() => jumpTo(section)} lang="zh-CN">
              {countsDiffer(section) && '⚠ '}{section.heading}
            </button>
          ))}
        </nav>
      )}
      <p className="review-hint" id="candidate-keys">{rt(lang, 'listKeys')}</p>
      <div ref={scroller} className="candidate-scroll" onKeyDown={onKeyDown} data-testid="candidate-list" data-count={total}>
        <div role="list" aria-label={rt(lang, 'candidates')} aria-describedby="candidate-keys" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => (
            <div key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="candidate-slot" style={{ transform: `translateY(${row.start}px)` }}
              role="listitem" {...positionOf(items[row.index])}>
              {render(items[row.index], row.index)}
            </div>
          ))}
        </div>
      </div>
    </>
  );
}
