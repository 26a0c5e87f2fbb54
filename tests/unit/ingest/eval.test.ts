import { describe, expect, it } from 'vitest';
import { normaliseName, placesMatch } from '../../../src/ingest/eval';

describe('eval place matching', () => {
  it('matches equal names and names contained in each other, after dropping the city', () => {
    expect(placesMatch(normaliseName('古贤镇大朱庄村', '安阳市'), normaliseName('大朱庄村', '安阳市'))).toBe(true);
    expect(placesMatch(normaliseName('安阳市第五人民医院', '安阳市'), normaliseName('第五人民医院', '安阳市'))).toBe(true);
    expect(placesMatch('燕庄村', '燕庄村疫情防控服务点')).toBe(true);
    expect(placesMatch('大朱庄村', '袁六村')).toBe(false);
    expect(placesMatch('村', '袁六村')).toBe(false);
    expect(normaliseName('安阳市', '安阳市')).toBe('安阳市');
  });
});
