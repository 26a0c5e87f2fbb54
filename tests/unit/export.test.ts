import { describe, expect, it } from 'vitest';
import { toCsv, toGeoJson, type ExportRow, type ExportView } from '../../src/export/export';

const row: ExportRow = {
  outbreakId: 'anyang',
  state: { phase: 'active', status: 'high-risk', since: 0 },
  date: '2022-01-17',
  uncertaintyRadiusMetres: 18_234.6,
  feature: {
    type: 'Feature', geometry: { type: 'Point', coordinates: [114.4, 35.9] },
    properties: {
      id: 'anyang-x', name: '=大朱庄村', nameEn: 'Dazhuzhuang Cun', kind: 'risk-area', precision: 'county', admin: { county: '汤阴县' },
      geometrySource: 'admin:410523', geometryNote: { zh: '县内一点', en: 'a point in the county' },
      flag: { zh: '区县为推断', en: 'county inferred' },
      events: [{ date: '2022-01-10', status: 'high-risk', quote: '划定为高风险地区', flag: { zh: '日期存疑', en: 'date uncertain' } }],
    },
  },
};

const view: ExportView = {
  day: '2022-01-17', alignment: 'calendar', outbreak: 'anyang', link: 'http://localhost/?o=anyang&d=2022-01-17&k=risk-area',
  filters: { kinds: ['risk-area'], statuses: [], precisions: [], search: '', showLifted: false },
};

describe('export of the visible features', () => {
  it('writes CSV with a BOM for Excel, a header that names the view, quoted cells and formulas defused', () => {
    const csv = toCsv([row], view);
    expect(csv.startsWith('\uFEFF# Outbreak Atlas export')).toBe(true);
    expect(csv).toContain('# day: 2022-01-17');
    expect(csv).toContain('# filters: kinds=risk-area; statuses=all;');
    expect(csv).toContain('# link: http://localhost/?o=anyang&d=2022-01-17&k=risk-area');
    expect(csv).toContain(`"'=大朱庄村"`);
    expect(csv).toContain('"2022-01-10 high-risk"');
  });

  it('says in CSV how precise each place is and quotes every event, curator texts in both languages', () => {
    const lines = toCsv([row], view).split('\r\n');
    const columns = lines.find((l) => l.startsWith('id,'))!.split(',');
    const cells = lines[lines.indexOf(columns.join(',')) + 1].slice(1, -1).split('","');
    const cell = (name: string) => cells[columns.indexOf(name)];
    expect(cell('precision')).toBe('county');
    expect(cell('uncertainty_radius_m')).toBe('18235');
    expect(cell('geometrySource')).toBe('admin:410523');
    expect(cell('event_quotes')).toBe('2022-01-10 high-risk: 划定为高风险地区');
    expect([cell('flag_zh'), cell('flag_en')]).toEqual(['区县为推断', 'county inferred']);
    expect([cell('event_flags_zh'), cell('event_flags_en')]).toEqual(['2022-01-10: 日期存疑', '2022-01-10: date uncertain']);
    expect([cell('geometryNote_zh'), cell('geometryNote_en')]).toEqual(['县内一点', 'a point in the county']);
  });

  it('writes GeoJSON with the view in its properties and, per place, the status on the date and its radius', () => {
    const json = JSON.parse(toGeoJson([row], view));
    expect(json.properties).toMatchObject({ day: '2022-01-17', outbreak: 'anyang', filters: { kinds: ['risk-area'] }, link: view.link });
    expect(json.properties.precisionNote).toMatch(/uncertaintyRadiusMetres/);
    expect(json.features[0].properties).toMatchObject({ id: 'anyang-x', statusOnDate: 'high-risk', outbreak: 'anyang', dateOnMap: '2022-01-17', uncertaintyRadiusMetres: 18235 });
    expect(json.features[0].properties.events[0].quote).toBe('划定为高风险地区');
  });
});
