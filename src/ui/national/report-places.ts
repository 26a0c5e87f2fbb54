/** The report places as the trip check reads them: geometry, precision, uncertainty circle and runs in force. */
import area from '@turf/area';
import type { AtlasData } from '../../model/atlas-data';
import { reportPlaceRuns } from '../../trip/runs';
import type { ReportPlace } from '../../trip/trip-check';
import { dayNumber } from '../../core/calendar-day';
import { uncertaintyOf } from './national-glue';

export function reportPlacesForTrip(data: AtlasData): ReportPlace[] {
  const countyArea = new Map(data.counties.features.map((c) => [`admin:${c.properties.code}`, area(c)]));
  const ends = new Map(data.outbreaks.map((o) => [o.id, dayNumber(o.period.end)]));
  return data.features.map((item) => {
    const { properties, geometry } = item.feature;
    return {
      featureId: properties.id, outbreakId: item.outbreakId, name: properties.name, nameEn: properties.nameEn, precision: properties.precision,
      geometry, geometrySource: properties.geometrySource,
      uncertaintyMetres: geometry.type === 'Point' ? uncertaintyOf(properties.precision, countyArea.get(properties.geometrySource)) : 0,
      runs: reportPlaceRuns(item.eventDays, properties.events.map((e) => e.status), ends.get(item.outbreakId)),
    };
  });
}
