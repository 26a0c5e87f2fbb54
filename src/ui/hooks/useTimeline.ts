/**
 * The outbreak features' timeline model for React, and the one place their date step happens. The model is made
 * once per loaded data (Atlas is mounted once per data), re-indexed in place when the alignment or "show lifted"
 * changes, and moved to the view's day in a layout effect: its layers (the map) update before the frame is painted.
 * The page holds the model (useTimelineSource) without reading the day; <TimelineStep> reads the day and moves
 * the model, so a day step renders that small component, not the page (issue 22).
 * Another time source (the national record) gets a hook of the same shape, moved to the same view day.
 */
import { useLayoutEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../../model/atlas-data';
import { timelineIndex } from '../../model/timeline-input';
import type { TimelineIndex } from '../../time/timeline-index';
import { TimelineModel } from '../../time/timeline-model';
import { measureLatest } from '../../map/user-timing';
import type { Alignment } from '../../url/view-state';
import { useViewDay, type DaySource } from '../hooks/useUrlState';

/**
 * `index` is the model's index as of this render: read it (not `model.index`, which changes after the render) for
 * what the render shows. `model` is for layers, which subscribe to it, and for reads at click time (export).
 * `firstDay` is read once, when the model is made.
 */
export function useTimelineSource(data: AtlasData, align: Alignment, showLifted: boolean, firstDay: () => number): { model: TimelineModel; index: TimelineIndex } {
  const index = useMemo(() => timelineIndex(data, align, showLifted), [data, align, showLifted]);
  const [model] = useState(() => new TimelineModel(index, firstDay()));
  return { model, index };
}

/** Moves the model to the day, or re-indexes it at the day when the index changed: before the frame is painted. */
export function useTimelineStep(model: TimelineModel, index: TimelineIndex, day: number): void {
  useLayoutEffect(() => {
    // Timed as `atlas:step`: the model's move and its layers' updates (the bench reads it).
    const started = performance.now();
    if (model.index !== index) model.reindex(index, day);
    else model.moveTo(day);
    measureLatest('atlas:step', started);
  }, [model, index, day]);
}

/** For a view that renders for each day anyway (the episode's report places): the model and its step in one. */
export function useTimelineModel(data: AtlasData, align: Alignment, showLifted: boolean, day: number): { model: TimelineModel; index: TimelineIndex } {
  const source = useTimelineSource(data, align, showLifted, () => day);
  useTimelineStep(source.model, source.index, day);
  return source;
}

/** The day step of a page's model: the one component of the page that renders for a day step's map. */
export function TimelineStep({ model, index, days }: { model: TimelineModel; index: TimelineIndex; days: DaySource }): null {
  useTimelineStep(model, index, useViewDay(days));
  return null;
}
