/**
 * The trip check: choose a place (search an address, a report place, a county, or type "lat, lon"; or click the
 * map), a radius and a range; read every official area and report place in force within the radius in the range,
 * nearest first, or "none" in words; export the result as CSV. All inputs are cleaned as the URL codec cleans them
 * (trip-codec.ts): the caller writes the cleaned trip back to the URL.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { PlaceMatch, PlaceSearch } from '../../national/place-search';
import { isoOfDay } from '../../core/calendar-day';
import { parseTypedDate } from '../../time/typed-date';
import type { TripHit, TripResult } from '../../trip/trip-check';
import { hitInForce } from '../../trip/trip-day';
import { cleanRadiusKm, DEFAULT_RADIUS_KM, MAX_RADIUS_KM, MIN_RADIUS_KM, type TripState } from '../../url/trip-codec';
import type { Language } from '../../url/view-state';
import { radiusNotice, tn } from './messages';
import { t } from '../shell/i18n';

/** The name the reader chose the trip's place by, kept beside its point (the field shows it while the trip is there). */
export interface TripPlaceName {
  label: string;
  lat: number;
  lon: number;
}

export interface TripPanelProps {
  lang: Language;
  trip: TripState | null;
  result: TripResult | null;
  /** Record bounds: the range's clamp. */
  firstDay: number;
  lastDay: number;
  /** The slider's day: a new trip's range ends there. */
  day: number;
  search: PlaceSearch | null;
  /** Where a search match lies (WGS-84), or null (e.g. an area not loaded). */
  locate: (match: PlaceMatch) => { lat: number; lon: number } | null;
  matchLabel: (match: PlaceMatch) => string;
  hitLabel: (hit: TripHit) => string;
  levelLabel: (level: string) => string;
  isInChina: (lon: number, lat: number) => boolean;
  picking: boolean;
  onPick: (picking: boolean) => void;
  onChange: (trip: TripState | null) => void;
  onSelectHit: (hit: TripHit) => void;
  onExport: () => void;
  /** The name the place was chosen by (kept by the view, so it outlives this panel while an area is open). */
  placeName: TripPlaceName | null;
  onPlaceName: (name: TripPlaceName | null) => void;
  /** Places of the result the map leaves out (it marks the nearest only). */
  unmarked: number;
  marked: number;
}

const PAGE = 100;

export function TripPanel(props: TripPanelProps) {
  const { lang, trip, result } = props;
  // The chosen place stays named in the field while the trip is at its point; a point picked elsewhere clears it.
  const named = props.placeName && trip && props.placeName.lat === trip.lat && props.placeName.lon === trip.lon ? props.placeName.label : null;
  const [query, setQuery] = useState(named ?? '');
  const [notice, setNotice] = useState('');
  const [shown, setShown] = useState(PAGE);
  const headingId = useId();
  const matches = useMemo(() => (query.trim() && query !== named && props.search ? props.search.search(query, 12) : []), [query, named, props.search]);
  const [shownName, setShownName] = useState(named);
  if (shownName !== named) {
    // Adjusting state to a changed prop during render (React's pattern): the field follows the trip's place.
    setShownName(named);
    if (query === shownName || named) setQuery(named ?? '');
  }

  const place = (lat: number, lon: number, label: string | null) => {
    if (!props.isInChina(lon, lat)) {
      setNotice(tn(lang, 'tripOutsideChina'));
      return;
    }
    setNotice('');
    setQuery(label ?? '');
    setShown(PAGE);
    props.onPlaceName(label ? { label, lat, lon } : null);
    props.onChange({ lat, lon, radiusKm: trip?.radiusKm ?? DEFAULT_RADIUS_KM, from: trip?.from ?? Math.max(props.firstDay, props.day - 13), to: trip?.to ?? props.day });
  };
  const choose = (match: PlaceMatch) => {
    const point = props.locate(match);
    if (point) place(point.lat, point.lon, props.matchLabel(match));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (matches[0]) choose(matches[0]);
  };
  const setRadius = (raw: string) => {
    if (!trip) return;
    const km = Number(raw);
    if (!Number.isFinite(km) || raw.trim() === '') return;
    const clean = cleanRadiusKm(km);
    setNotice(radiusNotice(lang, raw.trim(), clean));
    props.onChange({ ...trip, radiusKm: clean.km });
  };
  const setDate = (which: 'from' | 'to', raw: string) => {
    if (!trip) return;
    const parsed = parseTypedDate(raw, props.firstDay, props.lastDay);
    if (parsed.status === 'invalid') {
      setNotice(t(lang, 'dateInvalid', { date: parsed.typed }));
      return;
    }
    let next = { ...trip, [which]: parsed.day };
    let text = parsed.status === 'clamped' ? t(lang, 'dateClamped', { date: parsed.typed, clamped: isoOfDay(parsed.day) }) : '';
    if (next.from > next.to) {
      next = { ...next, from: next.to, to: next.from };
      text = `${text} ${tn(lang, 'tripDatesSwapped')}`.trim();
    }
    setNotice(text);
    props.onChange(next);
  };

  const within = result?.hits.filter((h) => h.match === 'within') ?? [];
  const possibly = result?.hits.filter((h) => h.match === 'possibly') ?? [];
  const hitRow = (hit: TripHit, i: number) => (
    <li key={`${hit.place.source}-${hit.place.source === 'official' ? hit.place.area.id : hit.place.place.featureId}`} className={`trip-hit level-${hit.levels[0]}${hitInForce(hit, props.day) ? ' is-in-force' : ''}`}>
      <button type="button" className="link" onClick={() => props.onSelectHit(hit)}>{i + 1}. {props.hitLabel(hit)}</button>
      <span className="trip-hit-facts">
        {hit.levels.map((level) => <span key={level} className={`level-tag level-${level}`}>{props.levelLabel(level)}</span>)}
        {' '}{tn(lang, 'tripDays', { n: hit.daysInForce })} · {tn(lang, 'tripDistance', { km: hit.distanceKm.toFixed(hit.distanceKm < 10 ? 2 : 1) })}
      </span>
    </li>
  );

  return (
    <section className="trip-panel" aria-labelledby={headingId} data-testid="trip-panel">
      <h2 id={headingId}>{tn(lang, 'tripCheck')}</h2>
      <p className="muted">{tn(lang, 'tripIntro')}</p>
      <form onSubmit={onSubmit} className="trip-form">
        <label className="trip-place">
          <span>{tn(lang, 'tripPlace')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="trip-search" autoComplete="off"
            placeholder={trip ? `${trip.lat}, ${trip.lon}` : undefined} />
        </label>
        {matches.length > 0 && (
          <ul className="trip-matches" data-testid="trip-matches">
            {matches.map((match, i) => <li key={i}><button type="button" className="link" onClick={() => choose(match)}>{props.matchLabel(match)}</button></li>)}
          </ul>
        )}
        <button type="button" aria-pressed={props.picking} onClick={() => props.onPick(!props.picking)} data-testid="trip-pick">
          {props.picking ? tn(lang, 'tripPickHint') : tn(lang, 'tripPickOnMap')}
        </button>
        {trip && (
          <div className="trip-parameters">
            <label><span>{tn(lang, 'tripRadius')}</span>
              <input key={`r${trip.radiusKm}`} type="number" min={MIN_RADIUS_KM} max={MAX_RADIUS_KM} step={0.5} defaultValue={trip.radiusKm} data-testid="trip-radius"
                onBlur={(e) => setRadius(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); setRadius(e.currentTarget.value); } }} />
            </label>
            {(['from', 'to'] as const).map((which) => (
              <label key={which}><span>{tn(lang, which === 'from' ? 'tripFrom' : 'tripTo')}</span>
                <input key={`${which}${trip[which]}`} type="text" inputMode="numeric" size={10} defaultValue={isoOfDay(trip[which])} data-testid={`trip-${which}`}
                  onBlur={(e) => setDate(which, e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); setDate(which, e.currentTarget.value); } }} />
              </label>
            ))}
            <button type="button" onClick={() => props.onChange(null)} data-testid="trip-clear">{tn(lang, 'tripClear')}</button>
          </div>
        )}
      </form>
      <p role="status" className="trip-notice" data-testid="trip-notice">{notice}</p>
      {trip && result && (
        <div data-testid="trip-results" aria-live="polite" data-count={within.length}>
          <p className="trip-summary">
            {within.length === 0
              ? tn(lang, 'tripNone', { km: trip.radiusKm, from: isoOfDay(trip.from), to: isoOfDay(trip.to) })
              : tn(lang, 'tripCount', { n: within.length })}
          </p>
          {(within.length > 0 || possibly.length > 0) && <p className="trip-on-map muted" data-testid="trip-on-map">{tn(lang, 'tripOnMap', { day: isoOfDay(props.day) })}</p>}
          {props.unmarked > 0 && <p className="trip-missing">{tn(lang, 'tripMapLeft', { shown: props.marked, n: props.unmarked })}</p>}
          {result.missingLists.length > 0 && <p className="trip-missing">{tn(lang, 'tripMissing', { n: result.missingLists.length })}</p>}
          <ol className="trip-hits">{within.slice(0, shown).map(hitRow)}</ol>
          {within.length > shown && <button type="button" onClick={() => setShown(shown + PAGE)}>{tn(lang, 'tripShowMore', { n: Math.min(PAGE, within.length - shown) })}</button>}
          {possibly.length > 0 && (
            <details className="trip-possibly" data-testid="trip-possibly">
              <summary>{tn(lang, 'tripPossibly', { n: possibly.length })}</summary>
              <ol className="trip-hits">{possibly.slice(0, PAGE).map(hitRow)}</ol>
            </details>
          )}
          <button type="button" onClick={props.onExport} data-testid="trip-export">{tn(lang, 'tripExport')}</button>
        </div>
      )}
    </section>
  );
}
