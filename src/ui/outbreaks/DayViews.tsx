/**
 * What shows the outbreak view's day, each subscribed to it on its own (issue 22): a day step renders these, not
 * the page. The timeline (histogram cursor, slider, date, play) follows the day at once; the side panels (the
 * place's state on the day, "what changed today") read it deferred, so they may lag the map by a frame.
 */
import { useDeferredValue, useLayoutEffect, useMemo } from 'react';
import { isoOfDay } from '../../core/calendar-day';
import type { Outbreak } from '../../data/schema';
import type { AtlasData, AtlasFeature } from '../../model/atlas-data';
import type { CursorDayScale } from '../../model/periods';
import { changesOnDay } from '../../model/summaries';
import type { TimelineIndex } from '../../time/timeline-index';
import type { Language } from '../../url/view-state';
import type { Playback } from '../hooks/usePlayback';
import { useRestingValue } from '../hooks/useRestingValue';
import { useViewDay, type DaySource } from '../hooks/useUrlState';
import { TimeControls } from '../shell/TimeControls';
import { ChangesToday } from './ChangesToday';
import { FeaturePanel } from './FeaturePanel';
import { Histogram, type HistogramSeries } from './Histogram';

/** How long the slider rests before the "what changed today" list shows its day. */
const LIST_REST_MS = 150;

export interface AtlasTimelineProps {
  lang: Language;
  days: DaySource;
  min: number;
  max: number;
  aligned: boolean;
  series: readonly HistogramSeries[];
  calendarOf: ((day: number, outbreakId: string) => number) | null;
  draftEventsPerDay?: ReadonlyMap<number, number>;
  playback: Playback;
  firstEventDay: number;
  lastEventDay: number;
  onHistogramDay: (day: number) => void;
  onSliderDay: (day: number, deliberate: boolean) => void;
}

/** The footer: the histogram with the day's cursor and the time controls. */
export function AtlasTimeline(props: AtlasTimelineProps) {
  const { lang, min, max, aligned, series, calendarOf, playback } = props;
  const day = useViewDay(props.days);
  const dateBeside = calendarOf && series.length === 1 ? isoOfDay(calendarOf(day, series[0].outbreakId)) : null;
  return (
    <footer className="timeline">
      <Histogram lang={lang} min={min} max={max} day={day} aligned={aligned}
        series={series} calendarOf={calendarOf} draftEventsPerDay={props.draftEventsPerDay} onDay={props.onHistogramDay} />
      <TimeControls
        lang={lang} day={day} min={min} max={max} aligned={aligned} dateBeside={dateBeside}
        playing={playback.playing} speed={playback.speed} onSpeed={playback.setSpeed} onTogglePlay={playback.toggle}
        firstEventDay={props.firstEventDay} lastEventDay={props.lastEventDay}
        onDay={props.onSliderDay}
      />
    </footer>
  );
}

/** The scale the list's day is read on: a new one is followed at once (useRestingValue). */
export interface ListScale {
  index: TimelineIndex;
  mask: Uint8Array;
  toCursorDay: CursorDayScale;
}

/**
 * "What changed today": may lag the map while the slider moves or plays (issue 15): it shows the day once the
 * slider has rested, so a step draws the map, the date and the count without rebuilding the list's rows.
 */
export function ChangesOnDay({ lang, data, scale, days, onSelect, outbreakTitle }: {
  lang: Language; data: AtlasData; scale: ListScale; days: DaySource;
  onSelect: (id: string) => void; outbreakTitle?: (outbreakId: string) => string;
}) {
  const day = useDeferredValue(useViewDay(days));
  const listDay = useRestingValue(day, LIST_REST_MS, scale);
  const changes = useMemo(() => changesOnDay(data, scale.index, scale.mask, listDay, scale.toCursorDay), [data, scale, listDay]);
  return <ChangesToday lang={lang} changes={changes} onSelect={onSelect} outbreakTitle={outbreakTitle} />;
}

/** The selected place's panel, with its state on the (deferred) day. */
export function FeaturePanelOnDay({ lang, item, outbreak, index, days, takeFocus, onClose, onDate }: {
  lang: Language; item: AtlasFeature; outbreak: Outbreak; index: TimelineIndex; days: DaySource; takeFocus: boolean;
  onClose: () => void; onDate: (calendarDay: number) => void;
}) {
  const day = useDeferredValue(useViewDay(days));
  return <FeaturePanel lang={lang} item={item} outbreak={outbreak} state={index.stateOf(item.index, day)} takeFocus={takeFocus} onClose={onClose} onDate={onDate} />;
}

/** Moves a model of its own (the official areas beside the report's places) to the day, before the frame is painted. */
export function DayStep({ model, days }: { model: { moveTo(day: number): void } | null; days: DaySource }): null {
  const day = useViewDay(days);
  useLayoutEffect(() => {
    model?.moveTo(day);
  }, [model, day]);
  return null;
}
