import { describe, expect, it } from 'vitest';
import { toCsv, toGeoJson, type ExportRow } from '../../src/export/export';

const row: ExportRow = {
  outbreakId: 'anyang',
  state: { phase: 'active', status: 'high-risk', since: 0 },
  feature: {
    type: 'Feature', geometry: { type: 'Point', coordinates: [114.4, 35.9] },
    properties: {
      id: 'anyang-x', name: '=大朱庄村', nameEn: 'Dazhuzhuang Cun', kind: 'risk-area', precision: 'county', admin: { county: '汤阴县' },
      geometrySource: 'admin:410523', events: [{ date: '2022-01-10', status: 'high-risk', quote: '划定为高风险地区' }],
    },
  },
};

describe('export of the visible features', () => {
  it('writes CSV with a BOM for Excel, quoted cells and formulas defused', () => {
    const csv = toCsv([row]);
    expect(csv.startsWith('\uFEFFid,outbreak,name')).toBe(true);
    expect(csv).toContain(`"'=大朱庄村"`);
    expect(csv).toContain('"2022-01-10 high-risk"');
  });
  it('writes GeoJSON with the status on the chosen date', () => {
    const json = JSON.parse(toGeoJson([row], '2022-01-17'));
    expect(json.date).toBe('2022-01-17');
    expect(json.features[0].properties).toMatchObject({ id: 'anyang-x', statusOnDate: 'high-risk', outbreak: 'anyang' });
  });
});
