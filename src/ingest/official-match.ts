/**
 * The official risk-area record as a gazetteer of villages, communities and compounds (INTERFACES.md B): a place
 * the report names is matched to the official areas of the report's prefecture with the official layer's own
 * rules (src/official/crossref.ts: the name in the address, one area in the county, a point of its own, finer than
 * what the place has), and then placed at that area's point with the precision the official layer inferred for it
 * (`official:<address>`). Several areas of that name, namesakes elsewhere or a fallback point are not taken; the
 * reason goes into the place's flag (zh / en).
 */
import type { AdminDivision, AdminDivisions } from '../data/admin-divisions';
import type { Kind, LocalizedText, Precision } from '../data/schema';
import { matchReportPlace, PRECISION_ZH } from '../official/crossref';
import type { OfficialArea } from '../official/schema';
import type { Placement } from './geocode';
import { bilingual } from './texts';

export interface OfficialOutcome {
  /** The official point, when one is taken. */
  placement?: Pick<Placement, 'geometrySource' | 'precision' | 'geometryNote' | 'official'>;
  /** Why an official area of that name was not taken (zh / en). */
  reason?: LocalizedText;
}

export interface OfficialMatcher {
  match(place: { name: string; kind: Kind; precision: Precision; admin: Placement['admin'] }): OfficialOutcome;
}

/** A matcher over the official areas of one prefecture (a few hundred to a few thousand of the record's 174k). */
export function officialMatcher(areas: readonly OfficialArea[], prefecture: AdminDivision, province: AdminDivision | undefined, divisions: AdminDivisions): OfficialMatcher {
  const provinceName = province?.name ?? prefecture.name;
  return {
    match({ name, kind, precision, admin }) {
      const decision = matchReportPlace({ id: name, name, kind, precision, admin, city: prefecture.name, province: provinceName }, areas, divisions);
      if (decision.outcome === 'official' && decision.geometrySource && decision.precision && decision.area) {
        const a = decision.area;
        const geometryNote = bilingual(
          `${name}：官方风险区名单条目“${a.address}”（精度为${PRECISION_ZH[a.precision]}级，依规则 ${a.precisionRule}；来源 geo/official，CovidRiskAreaMap，MIT 许可）`,
          `${name}: official risk-area list entry "${a.address}" (precision ${a.precision} by rule ${a.precisionRule}; geo/official, CovidRiskAreaMap, MIT)`);
        return { placement: { geometrySource: decision.geometrySource, precision: decision.precision, geometryNote, official: { areaId: a.id, address: a.address } } };
      }
      return decision.reason ? { reason: decision.reason } : {};
    },
  };
}
