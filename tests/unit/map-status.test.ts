/** The pill over the map counts what is drawn: with a draft open, its candidates too, each named, in zh and en. */
import { describe, expect, it } from 'vitest';
import { mapStatusText } from '../../src/ui/outbreaks/MapStatus';

describe('the map status pill', () => {
  it('counts the atlas places of the day, or says why there are none, without a draft', () => {
    expect(mapStatusText('en', { filtered: 40, visible: 12, draftCandidates: null })).toBe('12 places on the map');
    expect(mapStatusText('zh', { filtered: 40, visible: 0, draftCandidates: null })).toBe('这一天没有生效的措施');
    expect(mapStatusText('en', { filtered: 0, visible: 0, draftCandidates: null })).toBe('No features match these filters');
  });

  it('counts the draft candidates on the map, never saying nothing is in force while they are drawn', () => {
    expect(mapStatusText('zh', { filtered: 40, visible: 0, draftCandidates: 12 })).toBe('地图上 0 处地点 + 草稿候选 12 个');
    expect(mapStatusText('en', { filtered: 40, visible: 0, draftCandidates: 12 })).toBe('Shown: 0 places + 12 draft candidates');
    expect(mapStatusText('en', { filtered: 40, visible: 1, draftCandidates: 1 })).toBe('Shown: 1 place + 1 draft candidate');
    expect(mapStatusText('zh', { filtered: 0, visible: 0, draftCandidates: 3 })).toBe('没有符合筛选条件的地点 · 草稿候选 3 个');
  });
});
