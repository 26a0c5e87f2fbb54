/**
 * A draft of a notice with headed sections (issue 24 item 4) and big drafts (issue 21 item 11): the fixture notice
 * is a valid draft (parsed as the app and `npm run validate` parse it), its candidates group by section in the
 * notice's order with the stated count beside the number found, a whole section is accepted or rejected in one
 * action that changes only its pending candidates and says how many, and one decision in a draft of 5,000 changes
 * one entry: the other features are the same objects, and the counts follow without a recount.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFileSchema } from '../../../src/data/draft-schema';
import { readDraft } from '../../../src/model/review-files';
import { openSession, reviewCounts, setReview } from '../../../src/model/review';
import { groupBySection } from '../../../src/model/draft-sections';
import { reviewSection, sectionTally } from '../../../src/model/review-sections';
import { syntheticDraft } from '../../support/synthetic-draft';

const NOTICE_BYTES = fs.readFileSync('tests/fixtures/drafts/guangzhou-notice.geojson');
const NOTICE_REPORT = fs.readFileSync('tests/fixtures/drafts/guangzhou-notice.report.txt', 'utf8');
const read = readDraft(new Uint8Array(NOTICE_BYTES));
if (!read.ok) throw new Error(`the notice fixture is not a draft: ${JSON.stringify(read.error)}`);
const notice = read.value;

describe('the sectioned notice fixture', () => {
  it('is a valid draft whose every candidate names its section and quotes a line of the notice', () => {
    expect(draftFileSchema.safeParse(JSON.parse(NOTICE_BYTES.toString('utf8'))).success).toBe(true);
    expect(notice.features.length).toBe(57);
    for (const f of notice.features) {
      expect(f.properties.section).toBeDefined();
      expect(NOTICE_REPORT).toContain(f.properties.section!.heading);
      for (const e of f.properties.events) expect(NOTICE_REPORT.split('\n')).toContain(e.quote);
    }
  });
});

describe('grouping by section', () => {
  it('lists the sections in the notice\'s order with heading, stated count and members; the rest ungrouped', () => {
    const extra = syntheticDraft(3).features; // no section
    const groups = groupBySection([...extra.slice(0, 1), ...notice.features.slice().reverse(), ...extra.slice(1)]);
    expect(groups.sections.map((s) => s.heading)).toEqual(['一、高风险区降为中风险区（16个）', '二、新增高风险区（14个）', '三、新增中风险区（14个）', '四、中风险区降为低风险区（14个）']);
    expect(groups.sections.map((s) => [s.count, s.members.length])).toEqual([[16, 16], [14, 14], [14, 14], [14, 13]]);
    // Members keep the draft's order within a section.
    expect(groups.sections[0].members[0]).toBe('guangzhou-notice-1-16');
    expect(groups.ungrouped).toEqual(['synthetic-00001', 'synthetic-00002', 'synthetic-00003']);
  });

  it('has no sections for a draft without them', () => {
    const groups = groupBySection(syntheticDraft(5).features);
    expect(groups.sections).toEqual([]);
    expect(groups.ungrouped).toHaveLength(5);
  });
});

describe('deciding a section at once', () => {
  it('accepts the pending candidates of one section, keeps a decision already made, and says how many changed', () => {
    let s = openSession(notice, 'guangzhou-notice.geojson');
    const [first, second] = s.sections.sections;
    s = setReview(s, first.members[0], 'rejected');
    s = setReview(s, first.members[1], 'accepted');
    const before = s;
    const result = reviewSection(s, first, 'accepted');
    expect(result.changed).toBe(14);
    expect(sectionTally(result.session, first)).toEqual({ pending: 0, accepted: 15, rejected: 1 });
    expect(sectionTally(result.session, second)).toEqual({ pending: 14, accepted: 0, rejected: 0 });
    expect(result.session.counts).toEqual(reviewCounts(result.session.draft));
    expect(result.session.counts).toEqual({ pending: 57 - 16, accepted: 15, rejected: 1 });
    expect(result.session.unsaved).toBe(true);
    // The session it was given is unchanged.
    expect(sectionTally(before, first)).toEqual({ pending: 14, accepted: 1, rejected: 1 });

    const rejected = reviewSection(result.session, second, 'rejected');
    expect(rejected.changed).toBe(14);
    expect(reviewSection(rejected.session, second, 'rejected').changed).toBe(0);
  });
});

describe('one decision in a big draft', () => {
  it('replaces one entry: every other feature is the same object, the counts follow', () => {
    const big = syntheticDraft(5_000);
    const s = openSession(big, 'big.geojson');
    const next = setReview(s, 'synthetic-02500', 'accepted');
    expect(next.draft.features).not.toBe(s.draft.features);
    const changed = next.draft.features.filter((f, i) => f !== s.draft.features[i]);
    expect(changed.map((f) => f.properties.id)).toEqual(['synthetic-02500']);
    expect(next.counts).toEqual({ pending: 4_999, accepted: 1, rejected: 0 });
    expect(setReview(next, 'synthetic-02500', 'rejected').counts).toEqual({ pending: 4_999, accepted: 0, rejected: 1 });
    expect(s.counts).toEqual({ pending: 5_000, accepted: 0, rejected: 0 });
  });

  it('makes the same valid draft of N candidates on every run', () => {
    const a = syntheticDraft(200, { sections: 4 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(syntheticDraft(200, { sections: 4 })));
    expect(draftFileSchema.safeParse(a).success).toBe(true);
    expect(groupBySection(a.features).sections.map((s) => s.members.length)).toEqual([50, 50, 50, 50]);
  });
});
