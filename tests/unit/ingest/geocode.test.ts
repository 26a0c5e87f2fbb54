import { describe, expect, it } from 'vitest';
import { chainOf, emptyMemory, Geocoder } from '../../../src/ingest/geocode';
import { loadGazetteer } from '../../../scripts/lib/load-sources';

describe('ingest geocoding', () => {
  const geocoder = new Geocoder(loadGazetteer(), '衢州市');
  it('places a site named after its county in that county, not at the city', () => {
    const placement = geocoder.place(chainOf([{ text: '龙游县人民医院', level: 'site' }]), 'hospital', emptyMemory());
    expect(placement).toMatchObject({ geometrySource: 'admin:330825', precision: 'county', admin: { county: '龙游县' } });
  });
});
