/**
 * The review of a draft as the Atlas uses it: the review state, what it adds to the view (range, histogram,
 * day's events, map layer), the drop target on the map and the map controls the panel uses. One hook, so the
 * Atlas needs only a few lines for it.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { DraftMapControls } from '../../map/review/DraftReviewLayer';
import type { AtlasData } from '../../model/atlas-data';
import type { ViewState } from '../../url/view-state';
import type { DaySource } from '../hooks/useUrlState';
import { useDraftReview } from './useDraftReview';
import { useFileDrop } from './useFileDrop';
import { useReviewView } from './useReviewView';
import './review.css';

/** `clearSelection` deselects the curated place, whose panel would otherwise hide the candidate chosen on the map. */
export function useReview(data: AtlasData, view: Pick<ViewState, 'align' | 'lang'>, days: DaySource, clearSelection: () => void) {
  const review = useDraftReview();
  // The draft's events on the day and its layer follow the day: the page renders for a day step only while a draft
  // is open (issue 22); otherwise the day is not read here.
  const day = useSyncExternalStore(days.subscribe, () => (review.session ? days.get().day : 0));
  const controls = useRef<DraftMapControls | null>(null);
  const { select, open } = review;
  const selectCandidate = useCallback((id: string) => {
    select(id);
    clearSelection();
    controls.current?.reveal(id);
  }, [select, clearSelection]);
  const setControls = useCallback((next: DraftMapControls | null) => { controls.current = next; }, []);
  const derived = useReviewView(review, data, view.align, day, view.lang, setControls, selectCandidate);
  const drop = useFileDrop(useCallback((files: File[]) => void open(files), [open]));
  const mapCentre = useCallback(() => controls.current?.centre() ?? null, []);
  return { review, derived, selectCandidate, drop, mapCentre };
}
