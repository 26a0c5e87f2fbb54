/**
 * Reviewing a draft of `npm run ingest` in the app (issue 18 part 4): the draft as the reviewer changes it, each
 * change a pure function that returns a new session (the input is never mutated), and the file the reviewer saves.
 *
 * The saved file follows the validator's rule that only accepted features belong in geo/outbreaks: rejected
 * features are left out; accepted ones keep `review: "accepted"` and the tool's confidence; pending ones stay
 * pending, so a half-reviewed file opens again to be finished (and `npm run validate` names what is left).
 * A point the reviewer moved becomes `geometrySource: "reviewer"` with the precision the reviewer chose and the
 * reviewer's note, never an inferred one; until both are given the move is pending and the file cannot be saved.
 *
 * A draft may hold 25,000 candidates (issue 21 item 11): a decision replaces one entry of the feature list (found
 * by id through `positions`, built once when the draft is opened) and adjusts `counts`; nothing is re-read, copied
 * or checked for the other features, which stay the same objects (the map and the list redraw only what changed).
 */
import { draftFileSchema, type DraftFeature, type DraftFile } from '../data/draft-schema';
import { compareEvents } from '../data/event-order';
import { AREA_KINDS } from '../data/area-kinds';
import { KINDS, localizedText, REVIEWER_SOURCE, type Kind, type LocalizedText, type Precision, type Status } from '../data/schema';
import { dayNumber } from '../core/calendar-day';
import { groupBySection, type DraftGroups } from './draft-sections';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay, type FeatureState } from '../time/feature-state';

export type ReviewState = DraftFeature['properties']['review'];

export interface ReviewSession {
  /** Name of the file the draft was opened from. */
  readonly fileName: string;
  readonly draft: DraftFile;
  /** Points dragged to a new place whose precision and note the reviewer has not stated yet, by feature id ([lon, lat]). */
  readonly moved: ReadonlyMap<string, readonly [number, number]>;
  /** Changed since it was opened or last saved. */
  readonly unsaved: boolean;
  /** Index of each feature in `draft.features` by id (no change adds, removes or reorders features). */
  readonly positions: ReadonlyMap<string, number>;
  /** Features per review state, kept by each change. */
  readonly counts: Readonly<Record<ReviewState, number>>;
  /** The notice sections the candidates were listed under (no change moves a candidate to another). */
  readonly sections: DraftGroups;
}

export function openSession(draft: DraftFile, fileName: string): ReviewSession {
  const positions = new Map(draft.features.map((f, i) => [f.properties.id, i]));
  return { fileName, draft, moved: new Map(), unsaved: false, positions, counts: reviewCounts(draft), sections: groupBySection(draft.features) };
}

/** The feature of an id, found without a scan. */
export function featureOf(session: ReviewSession, id: string | null): DraftFeature | undefined {
  const at = id === null ? undefined : session.positions.get(id);
  return at === undefined ? undefined : session.draft.features[at];
}

/** Replaces the features of `ids` by `change` of each, in one copy of the list; the counts follow. */
function withFeatures(session: ReviewSession, ids: readonly string[], change: (feature: DraftFeature) => DraftFeature): ReviewSession {
  const features = [...session.draft.features];
  const counts = { ...session.counts };
  for (const id of ids) {
    const at = session.positions.get(id);
    if (at === undefined) throw new Error(`no feature ${id} in the draft`);
    const before = features[at];
    const after = change(before);
    counts[before.properties.review] -= 1;
    counts[after.properties.review] += 1;
    features[at] = after;
  }
  return { ...session, draft: { ...session.draft, features }, counts, unsaved: true };
}

const withFeature = (session: ReviewSession, id: string, change: (feature: DraftFeature) => DraftFeature): ReviewSession => withFeatures(session, [id], change);

const withProperties = (feature: DraftFeature, patch: Partial<DraftFeature['properties']>): DraftFeature => ({ ...feature, properties: { ...feature.properties, ...patch } });

export function setReview(session: ReviewSession, id: string, review: ReviewState): ReviewSession {
  return withFeature(session, id, (f) => withProperties(f, { review }));
}

/** One decision for several features at once (a notice section: review-sections.ts). */
export function setReviews(session: ReviewSession, ids: readonly string[], review: ReviewState): ReviewSession {
  return withFeatures(session, ids, (f) => withProperties(f, { review }));
}

/** Kinds a feature can take without another geometry: an area stays the kind its polygon was drawn for; a point takes any point kind. */
export function kindsFor(feature: DraftFeature): Kind[] {
  return feature.geometry.type === 'Point' ? POINT_KINDS : [feature.properties.kind];
}

const POINT_KINDS: Kind[] = KINDS.filter((kind) => !AREA_KINDS.has(kind));

export function setKind(session: ReviewSession, id: string, kind: Kind): ReviewSession {
  return withFeature(session, id, (f) => {
    if (!kindsFor(f).includes(kind)) throw new Error(`${id}: a ${f.geometry.type} cannot be a ${kind}`);
    return withProperties(f, { kind });
  });
}

export interface EventEdit {
  status?: Status;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
}

/**
 * Changes one event's status or date; the events are put back in time order. A new date drops the tool's note on
 * where the date came from (it explains a date no longer used); a new status drops the tool's flag on the cue it
 * read the status from (the reviewer has decided it).
 */
export function editEvent(session: ReviewSession, id: string, index: number, edit: EventEdit): ReviewSession {
  if (edit.date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/u.test(edit.date) || Number.isNaN(dayNumber(edit.date)))) throw new Error(`not a calendar date: ${edit.date}`);
  return withFeature(session, id, (f) => {
    const events = f.properties.events.map((event, i) => {
      if (i !== index) return event;
      const next = { ...event };
      if (edit.date !== undefined && edit.date !== event.date) {
        next.date = edit.date;
        delete next.note;
      }
      if (edit.status !== undefined && edit.status !== event.status) {
        next.status = edit.status;
        delete next.flag;
      }
      return next;
    });
    return withProperties(f, { events: [...events].sort(compareEvents) });
  });
}

/** Six decimals (~0.1 m): finer than any placement by hand, and what the official record uses. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** A point dragged to `[lon, lat]`: pending until the reviewer states its precision and note (statePlacement). */
export function movePoint(session: ReviewSession, id: string, lonLat: readonly [number, number]): ReviewSession {
  const feature = featureOf(session, id);
  if (!feature || feature.geometry.type !== 'Point') throw new Error(`${id}: only a point can be moved`);
  const moved = new Map(session.moved);
  moved.set(id, [round6(lonLat[0]), round6(lonLat[1])]);
  return { ...session, moved, unsaved: true };
}

export function cancelMove(session: ReviewSession, id: string): ReviewSession {
  if (!session.moved.has(id)) return session;
  const moved = new Map(session.moved);
  moved.delete(id);
  return { ...session, moved };
}

/** What is missing before a moved point can be placed: the precision, and a note in each language (localizedText's rules). */
export function placementProblems(precision: Precision | null, note: LocalizedText): Array<'precision' | 'note-zh' | 'note-en'> {
  const problems: Array<'precision' | 'note-zh' | 'note-en'> = [];
  if (!precision) problems.push('precision');
  const parsed = localizedText.safeParse(note);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const which = issue.path[0] === 'en' ? 'note-en' : 'note-zh';
      if (!problems.includes(which)) problems.push(which);
    }
  }
  return problems;
}

/** Places a moved point: the reviewer's source, the precision the reviewer chose, the reviewer's note. */
export function statePlacement(session: ReviewSession, id: string, precision: Precision, note: LocalizedText): ReviewSession {
  const coordinates = session.moved.get(id);
  if (!coordinates) throw new Error(`${id} was not moved`);
  if (placementProblems(precision, note).length) throw new Error(`${id}: precision and a note in zh and en are needed`);
  const next = withFeature(session, id, (f) => ({
    ...f,
    geometry: { type: 'Point', coordinates: [coordinates[0], coordinates[1]] },
    properties: { ...f.properties, geometrySource: REVIEWER_SOURCE, precision, geometryNote: { zh: note.zh.trim(), en: note.en.trim() } },
  }));
  return cancelMove(next, id);
}

export function setSource(session: ReviewSession, source: string): ReviewSession {
  return { ...session, draft: { ...session.draft, outbreak: { ...session.draft.outbreak, source } }, unsaved: true };
}

export function reviewCounts(draft: DraftFile): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const f of draft.features) counts[f.properties.review] += 1;
  return counts;
}

export type SaveOutcome =
  | { ok: true; file: DraftFile; fileName: string }
  | { ok: false; moved: string[]; issues: string[] };

/**
 * The file to save: rejected features left out, the period spanning the events kept (a reviewer's new date may
 * lie outside the drafted one), checked with the draft schema. Not possible while a moved point lacks its
 * precision and note (`moved`), or when the result breaks the schema (`issues`, e.g. a malformed source).
 */
export function savedFile(session: ReviewSession): SaveOutcome {
  if (session.moved.size) return { ok: false, moved: [...session.moved.keys()], issues: [] };
  const { draft } = session;
  const features = draft.features.filter((f) => f.properties.review !== 'rejected');
  const days = features.flatMap((f) => f.properties.events.map((e) => e.date)).sort();
  const period = days.length ? { start: days[0], end: days[days.length - 1] } : draft.outbreak.period;
  const parsed = draftFileSchema.safeParse({ ...draft, outbreak: { ...draft.outbreak, period }, features });
  if (!parsed.success) return { ok: false, moved: [], issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, file: parsed.data, fileName: `${draft.outbreak.id}.geojson` };
}

export function markSaved(session: ReviewSession): ReviewSession {
  return { ...session, unsaved: false };
}

/**
 * The calendar day numbers of a feature's events, read once per events list: a decision keeps the list (the same
 * object), so the per-day figures of a 25,000-candidate draft do not parse 25,000 dates again after each one.
 */
const eventDaysCache = new WeakMap<readonly DraftFeature['properties']['events'][number][], readonly number[]>();
function eventDays(feature: DraftFeature): readonly number[] {
  const { events } = feature.properties;
  let days = eventDaysCache.get(events);
  if (!days) {
    days = events.map((e) => dayNumber(e.date));
    eventDaysCache.set(events, days);
  }
  return days;
}

/** Converts a calendar day of the draft to the slider's day (identity in calendar mode). */
export type DraftDayScale = (calendarDay: number) => number;

/** Calendar days the draft spans: its period, widened to any event a reviewer moved outside it. */
export function draftCalendarRange(draft: DraftFile): { min: number; max: number } {
  // A loop, not Math.min(...days): a draft of 25,000 candidates would pass that many arguments.
  let min = Math.min(dayNumber(draft.outbreak.period.start), dayNumber(draft.outbreak.period.end));
  let max = Math.max(dayNumber(draft.outbreak.period.start), dayNumber(draft.outbreak.period.end));
  for (const f of draft.features) {
    for (const day of eventDays(f)) {
      if (day < min) min = day;
      if (day > max) max = day;
    }
  }
  return { min, max };
}

/** Slider day → number of events of the draft's features that are not rejected. */
export function draftEventsPerDay(draft: DraftFile, toCursorDay: DraftDayScale): Map<number, number> {
  const perDay = new Map<number, number>();
  for (const f of draft.features) {
    if (f.properties.review === 'rejected') continue;
    for (const calendarDay of eventDays(f)) {
      const day = toCursorDay(calendarDay);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
  }
  return perDay;
}

export interface DraftChange {
  feature: DraftFeature;
  eventIndex: number;
}

/** The draft's events on a slider day, rejected features included (the reviewer may want them back). */
export function draftChangesOnDay(draft: DraftFile, day: number, toCursorDay: DraftDayScale): DraftChange[] {
  const changes: DraftChange[] = [];
  for (const feature of draft.features) {
    eventDays(feature).forEach((calendarDay, eventIndex) => {
      if (toCursorDay(calendarDay) === day) changes.push({ feature, eventIndex });
    });
  }
  return changes;
}

const DRAFT_TIMELINE_OPTIONS = { ...DEFAULT_TIMELINE_OPTIONS, showLifted: true };

/**
 * A draft feature's state on a slider day, by the timeline's one rule (stateOnDay), lifted measures kept: the
 * review layer draws every candidate and colours it by this state.
 */
export function draftStateOnDay(feature: DraftFeature, day: number, toCursorDay: DraftDayScale): FeatureState {
  const { events } = feature.properties;
  return stateOnDay(eventDays(feature).map(toCursorDay), events.map((e) => e.status), day, DRAFT_TIMELINE_OPTIONS);
}
