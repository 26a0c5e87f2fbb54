/**
 * The review model (src/model/review.ts) on the fixture draft of `npm run ingest`: each decision a reviewer makes
 * changes only what it names, the input is never mutated, and the saved file is what `npm run validate` takes
 * once every place is reviewed (rejected places left out, a placed point named as the reviewer's).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFileSchema, type DraftFile } from '../../../src/data/draft-schema';
import { formatProblem, validateOutbreakFile } from '../../../src/data/validate';
import { loadGazetteer } from '../../../src/node/geo-files';
import {
  cancelMove, draftCalendarRange, draftChangesOnDay, draftEventsPerDay, draftStateOnDay, editEvent, kindsFor, markSaved, movePoint,
  openSession, placementProblems, reviewCounts, savedFile, setKind, setReview, setSource, statePlacement, type ReviewSession,
} from '../../../src/model/review';
import { dayNumber } from '../../../src/core/calendar-day';

const REPORT = fs.readFileSync('tests/fixtures/drafts/changshan.report.txt', 'utf8');
const draft: DraftFile = draftFileSchema.parse(JSON.parse(fs.readFileSync('tests/fixtures/drafts/changshan.geojson', 'utf8')));
const frozen = JSON.stringify(draft);
const byId = (s: ReviewSession, id: string) => s.draft.features.find((f) => f.properties.id === id)!;
const XINQIAO = 'changshan-xinqiao-cun'; // a point known to its township, events 05-03 first-case and 05-12 lifted
const COUNTY = 'changshan-changshan-xian'; // the county-wide control, a polygon
const HOTLINE = 'changshan-qiuzhupingtai'; // a service point
const NOTE = { zh: '审核人按村委会位置放置', en: 'placed by the reviewer at the village committee' };
const SEED = '001_0123456789abcdef.txt';

let gazetteer: ReturnType<typeof loadGazetteer> | undefined;
const problemsOf = (file: unknown) => validateOutbreakFile({ file: 'changshan.geojson', json: JSON.parse(JSON.stringify(file)), reportText: () => REPORT }, (gazetteer ??= loadGazetteer())).map(formatProblem);

describe('review decisions', () => {
  it('opens every candidate pending and unchanged', () => {
    const s = openSession(draft, 'changshan.geojson');
    expect(reviewCounts(s.draft)).toEqual({ pending: draft.features.length, accepted: 0, rejected: 0 });
    expect(s.unsaved).toBe(false);
  });

  it('accepts and rejects one feature each, leaving the others and the input as they were', () => {
    let s = openSession(draft, 'changshan.geojson');
    s = setReview(setReview(s, XINQIAO, 'accepted'), HOTLINE, 'rejected');
    expect(byId(s, XINQIAO).properties.review).toBe('accepted');
    expect(byId(s, HOTLINE).properties.review).toBe('rejected');
    expect(reviewCounts(s.draft)).toEqual({ pending: draft.features.length - 2, accepted: 1, rejected: 1 });
    expect(s.unsaved).toBe(true);
    expect(JSON.stringify(draft)).toBe(frozen);
  });

  it('refuses an id the draft does not have', () => {
    expect(() => setReview(openSession(draft, 'x'), 'nowhere', 'accepted')).toThrow(/no feature nowhere/);
  });

  it('lets a point take any point kind, but an area only its own', () => {
    const s = openSession(draft, 'x');
    expect(kindsFor(byId(s, XINQIAO))).toContain('quarantine-site');
    expect(kindsFor(byId(s, COUNTY))).toEqual(['county-control']);
    expect(byId(setKind(s, XINQIAO, 'quarantine-site'), XINQIAO).properties.kind).toBe('quarantine-site');
    expect(() => setKind(s, COUNTY, 'risk-area')).toThrow(/cannot be a risk-area/);
  });

  it('edits a date: events back in time order, the tool\'s note on the old date dropped; a new status drops the cue flag', () => {
    const s = openSession(draft, 'x');
    const original = byId(s, XINQIAO).properties.events;
    const moved = byId(editEvent(s, XINQIAO, 0, { date: '2022-05-20' }), XINQIAO).properties.events;
    expect(moved.map((e) => [e.date, e.status])).toEqual([['2022-05-12', 'lifted'], ['2022-05-20', 'first-case']]);
    expect(moved[1].note).toBeUndefined();
    expect(moved[1].quote).toBe(original[0].quote);
    const restatused = byId(editEvent(s, XINQIAO, 0, { status: 'high-risk' }), XINQIAO).properties.events[0];
    expect(restatused.status).toBe('high-risk');
    expect(restatused.flag).toBeUndefined();
    expect(() => editEvent(s, XINQIAO, 0, { date: '2022-02-30' })).toThrow(/not a calendar date/);
    expect(() => editEvent(s, XINQIAO, 0, { date: '5/3' })).toThrow(/not a calendar date/);
  });
});

describe('placing a point by hand', () => {
  it('needs a precision chosen by the reviewer and a note in each language', () => {
    expect(placementProblems(null, { zh: '', en: '' })).toEqual(['precision', 'note-zh', 'note-en']);
    expect(placementProblems('village', { zh: NOTE.zh, en: '' })).toEqual(['note-en']);
    expect(placementProblems('village', NOTE)).toEqual([]);
  });

  it('keeps a dragged point pending until its precision and note are stated, and refuses to save meanwhile', () => {
    let s = movePoint(openSession(draft, 'x'), XINQIAO, [118.5312345678, 28.9812345678]);
    expect(s.moved.get(XINQIAO)).toEqual([118.531235, 28.981235]);
    expect(byId(s, XINQIAO).properties.geometrySource).toBe(draft.features.find((f) => f.properties.id === XINQIAO)!.properties.geometrySource);
    expect(savedFile(s)).toEqual({ ok: false, moved: [XINQIAO], issues: [] });
    expect(() => statePlacement(s, XINQIAO, 'village', { zh: '', en: '' })).toThrow(/precision and a note/);
    s = statePlacement(s, XINQIAO, 'village', NOTE);
    const placed = byId(s, XINQIAO);
    expect(placed.geometry).toEqual({ type: 'Point', coordinates: [118.531235, 28.981235] });
    expect(placed.properties).toMatchObject({ geometrySource: 'reviewer', precision: 'village', geometryNote: NOTE });
    expect(s.moved.size).toBe(0);
  });

  it('undoes a move without touching the feature, and moves no area', () => {
    const s = openSession(draft, 'x');
    expect(cancelMove(movePoint(s, XINQIAO, [118.5, 28.9]), XINQIAO).moved.size).toBe(0);
    expect(() => movePoint(s, COUNTY, [118.5, 28.9])).toThrow(/only a point/);
  });
});

describe('the saved file', () => {
  it('leaves rejected places out, keeps pending ones pending, and the validator names what is left', () => {
    let s = openSession(draft, 'x');
    s = setReview(setReview(setReview(s, XINQIAO, 'accepted'), COUNTY, 'accepted'), HOTLINE, 'rejected');
    const out = savedFile(setSource(s, SEED));
    if (!out.ok) throw new Error('not saved');
    expect(out.fileName).toBe('changshan.geojson');
    expect(out.file.features.map((f) => f.properties.id)).not.toContain(HOTLINE);
    expect(out.file.features).toHaveLength(draft.features.length - 1);
    const problems = problemsOf(out.file);
    expect(problems).toHaveLength(draft.features.length - 3);
    expect(problems.every((p) => p.includes('review is pending'))).toBe(true);
    expect(markSaved(s).unsaved).toBe(false);
  });

  it('is accepted by the validator once every place is reviewed, a placed point and an edited date included', () => {
    let s = openSession(draft, 'x');
    for (const f of draft.features) s = setReview(s, f.properties.id, f.properties.id === HOTLINE ? 'rejected' : 'accepted');
    // A point inside 常山县 (its county), placed by hand; a date moved past the drafted period.
    s = statePlacement(movePoint(s, XINQIAO, [118.52, 28.93]), XINQIAO, 'village', NOTE);
    s = editEvent(s, XINQIAO, 1, { date: '2022-05-20' });
    s = setSource(s, SEED);
    const out = savedFile(s);
    if (!out.ok) throw new Error(JSON.stringify(out));
    expect(out.file.outbreak.period.end).toBe('2022-05-20');
    expect(problemsOf(out.file)).toEqual([]);
  });

  it('is refused by the validator while it still names the draft as its source', () => {
    let s = openSession(draft, 'x');
    for (const f of draft.features) s = setReview(s, f.properties.id, 'accepted');
    const out = savedFile(s);
    if (!out.ok) throw new Error('not saved');
    expect(problemsOf(out.file)).toEqual([expect.stringContaining('$.outbreak.source: a draft from npm run ingest')]);
  });

  it('reports a source that breaks the schema instead of saving it', () => {
    const out = savedFile(setSource(openSession(draft, 'x'), 'my notes.txt'));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]).toMatch(/^outbreak\.source/);
  });
});

describe('the draft on the timeline', () => {
  const calendar = (d: number) => d;

  it('spans its period and counts the events of places not rejected', () => {
    const range = draftCalendarRange(draft);
    expect(range).toEqual({ min: dayNumber('2022-05-02'), max: dayNumber('2022-05-14') });
    const all = draft.features.reduce((n, f) => n + f.properties.events.length, 0);
    const perDay = draftEventsPerDay(draft, calendar);
    expect([...perDay.values()].reduce((a, b) => a + b, 0)).toBe(all);
    const rejected = setReview(openSession(draft, 'x'), XINQIAO, 'rejected').draft;
    expect([...draftEventsPerDay(rejected, calendar).values()].reduce((a, b) => a + b, 0)).toBe(all - 2);
  });

  it('lists the day\'s events, rejected places included, on the slider\'s scale', () => {
    const day = dayNumber('2022-05-12');
    const ids = draftChangesOnDay(draft, day, calendar).map((c) => c.feature.properties.id);
    expect(ids).toEqual(expect.arrayContaining([XINQIAO, 'changshan-quzhou-shi', 'changshan-hongqi-cun']));
    const shifted = draftChangesOnDay(draft, day - 100, (d) => d - 100).map((c) => c.feature.properties.id);
    expect(shifted).toEqual(ids);
  });

  it('colours a candidate by the timeline\'s rule: nothing before its first event, lifted after', () => {
    const xinqiao = draft.features.find((f) => f.properties.id === XINQIAO)!;
    expect(draftStateOnDay(xinqiao, dayNumber('2022-05-02'), calendar).status).toBeNull();
    expect(draftStateOnDay(xinqiao, dayNumber('2022-05-05'), calendar).status).toBe('first-case');
    expect(draftStateOnDay(xinqiao, dayNumber('2022-05-13'), calendar).status).toBe('lifted');
  });
});
