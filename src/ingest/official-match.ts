/**
 * The official risk-area record as a gazetteer of villages, communities and compounds (INTERFACES.md B): a place
 * the report names is matched to an official area of the same county, and placed at that area's point with the
 * precision the official layer inferred for it (`official:<address>`).
 */
import type { AdminDivision } from '../data/admin-divisions';
import type { Chain, Placement } from './geocode';

export interface OfficialMatcher {
  /** The placement of the official area this chain names in `county`, if exactly one matches. */
  match(chain: Chain, county: AdminDivision, township?: string): Placement | undefined;
}
