/**
 * The national map's layers on a Leaflet map, without React: province, prefecture and county circles and the
 * single areas, one of them shown at a time by zoom (aggregate-style.ts), all kept up to date by each step's
 * diff (a hidden layer's counts move too; it only draws when shown). Created once per map; a language change
 * or a selection restyles in place.
 */
import type { UnitLevel } from '../../national/admin-units';
import type { NationalDayModel, NationalStep } from '../../national/national-model';
import L from '../leaflet';
import { OfficialAggregateLayer, type AggregateUnit } from './aggregate-layer';
import { aggregationAt, type Aggregation } from './aggregate-style';
import { OfficialPointLayer } from './points-layer';

export const NATIONAL_PANE = 'atlas-official';

export interface NationalLayerData {
  lon: Float64Array;
  lat: Float64Array;
  uncertaintyMetres: Float32Array;
  /** Label points and names of the units, per level, in the model's unit order. */
  units: Record<UnitLevel, AggregateUnit[]>;
}

export interface NationalLayerCallbacks {
  onSelectAreas: (areas: number[]) => void;
  onSelectUnit: (level: UnitLevel, unit: number) => void;
  describeUnit: (level: UnitLevel, unit: number) => string;
  describeAreas: (areas: number[]) => string;
  /** Called when the zoom changes which layer is shown. */
  onAggregationChange?: (aggregation: Aggregation) => void;
}

export class NationalLayers {
  private readonly aggregates: Record<UnitLevel, OfficialAggregateLayer>;
  private readonly points: OfficialPointLayer;
  private shown: L.Layer | null = null;
  private aggregation: Aggregation | null = null;
  private readonly settledListeners = new Set<() => void>();

  constructor(private readonly map: L.Map, model: NationalDayModel, data: NationalLayerData, private readonly callbacks: NationalLayerCallbacks, lang: 'zh' | 'en') {
    if (!map.getPane(NATIONAL_PANE)) map.createPane(NATIONAL_PANE).style.zIndex = '420';
    const aggregate = (level: UnitLevel) => new OfficialAggregateLayer(data.units[level], model.counts[level], {
      pane: NATIONAL_PANE, lang,
      onSelectUnit: (unit) => callbacks.onSelectUnit(level, unit),
      describeUnit: (unit) => callbacks.describeUnit(level, unit),
    });
    this.aggregates = { province: aggregate('province'), prefecture: aggregate('prefecture'), county: aggregate('county') };
    this.points = new OfficialPointLayer(
      { lon: data.lon, lat: data.lat, uncertaintyMetres: data.uncertaintyMetres, states: model.states },
      { pane: NATIONAL_PANE, onSelect: callbacks.onSelectAreas, describe: callbacks.describeAreas },
    );
    map.on('zoomend', this.choose);
    map.on('moveend', this.settled);
    this.choose();
  }

  private settled = (): void => {
    for (const listener of this.settledListeners) listener();
  };

  /** Calls `listener` when the view settles (pan, zoom): the keyboard lists of what is in view are read then. */
  onSettled(listener: () => void): () => void {
    this.settledListeners.add(listener);
    return () => {
      this.settledListeners.delete(listener);
    };
  }

  private choose = (): void => {
    const aggregation = aggregationAt(this.map.getZoom());
    if (aggregation === this.aggregation) return;
    this.aggregation = aggregation;
    const next = aggregation === 'points' ? this.points : this.aggregates[aggregation];
    this.shown?.remove();
    next.addTo(this.map);
    this.shown = next;
    this.callbacks.onAggregationChange?.(aggregation);
  };

  step(step: NationalStep): void {
    if (this.aggregation === 'points') this.points.update(step.areas);
    else if (this.aggregation) this.aggregates[this.aggregation].update(step.units[this.aggregation]);
  }

  setLanguage(lang: 'zh' | 'en'): void {
    for (const layer of Object.values(this.aggregates)) layer.setLanguage(lang);
  }

  setSelected(areas: Iterable<number>): void {
    this.points.setSelected(areas);
  }

  /** Areas shown in the view (city zoom), nearest the centre first. */
  areasInView(limit: number): number[] {
    return this.aggregation === 'points' ? this.points.areasIn(this.map.getBounds(), limit) : [];
  }

  /** Units with areas in force in the view (country and province zoom), most areas first. */
  unitsInView(): { level: UnitLevel; units: number[] } | null {
    if (!this.aggregation || this.aggregation === 'points') return null;
    return { level: this.aggregation, units: this.aggregates[this.aggregation].unitsInView() };
  }

  remove(): void {
    this.map.off('zoomend', this.choose);
    this.map.off('moveend', this.settled);
    this.shown?.remove();
    this.shown = null;
    this.aggregation = null;
  }
}
