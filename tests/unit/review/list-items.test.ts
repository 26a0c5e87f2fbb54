/** The rows of the candidate list (src/ui/review/list-items.ts): by section with headings, or the plain list without sections. */
import { describe, expect, it } from 'vitest';
import { groupBySection } from '../../../src/model/draft-sections';
import { listItems } from '../../../src/ui/review/list-items';
import { syntheticDraft } from '../../support/synthetic-draft';

describe('candidate list rows', () => {
  it('is the candidates alone, in the draft\'s order, without sections', () => {
    const { items, rowOfCandidate } = listItems(groupBySection(syntheticDraft(3).features));
    expect(items).toEqual([{ kind: 'candidate', id: 'synthetic-00001' }, { kind: 'candidate', id: 'synthetic-00002' }, { kind: 'candidate', id: 'synthetic-00003' }]);
    expect(rowOfCandidate.get('synthetic-00003')).toBe(2);
  });

  it('puts each section heading before its candidates, and the candidates under no section last behind their own heading', () => {
    const sectioned = syntheticDraft(4, { sections: 2 }).features;
    const loose = syntheticDraft(1, { seed: 2 }).features.map((f) => ({ ...f, properties: { ...f.properties, id: 'loose-1' } }));
    const groups = groupBySection([...loose, ...sectioned]);
    const { items, rowOfSection, rowOfCandidate } = listItems(groups);
    expect(items.map((i) => (i.kind === 'candidate' ? i.id : i.kind === 'section' ? `§${i.section.order}` : `rest ${i.size}`)))
      .toEqual(['§0', 'synthetic-00001', 'synthetic-00002', '§1', 'synthetic-00003', 'synthetic-00004', 'rest 1', 'loose-1']);
    expect(rowOfSection.get(groups.sections[1])).toBe(3);
    expect(rowOfCandidate.get('loose-1')).toBe(7);
  });
});
