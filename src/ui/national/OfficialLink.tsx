/**
 * From a report place whose point comes from the official lists (geometrySource "official:<address>") to that area
 * in the national view: centred on it at the day of its first event, with its panel open (its link key is that of
 * the address the point came from). The official area's panel links back to the report place.
 */
import type { AtlasFeature } from '../../model/atlas-data';
import { areaKeyOfAddress } from '../../official/area-key';
import { formatNationalQuery, defaultNationalState } from '../../url/national-codec';
import type { Language } from '../../url/view-state';
import { tn } from './messages';
import { RECORD_FIRST_DAY, RECORD_LAST_DAY } from '../../national/official-contract';

export function OfficialLink({ lang, item }: { lang: Language; item: AtlasFeature }) {
  const { geometry, properties } = item.feature;
  if (!properties.geometrySource.startsWith('official:') || geometry.type !== 'Point') return null;
  const [lon, lat] = geometry.coordinates;
  const day = Math.min(RECORD_LAST_DAY, Math.max(RECORD_FIRST_DAY, item.eventDays[0]));
  const key = areaKeyOfAddress(properties.geometrySource.slice('official:'.length));
  const query = formatNationalQuery({ ...defaultNationalState(), day, zoom: 16, centre: [lat, lon], lang, selected: { kind: 'key', key } });
  return (
    <>
      {' '}
      <a className="link" data-testid="report-to-official" href={`?${query}`}>{tn(lang, 'matchedOfficialArea')}</a>
    </>
  );
}
