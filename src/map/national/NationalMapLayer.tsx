/**
 * React glue of the national layers: created once per model and map, moved by the model's steps (it subscribes;
 * the view never moves the model), restyled in place when the language or the selection changes.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { UnitLevel } from '../../national/admin-units';
import type { NationalDayModel } from '../../national/national-model';
import type { Language } from '../../core/language';
import type { Aggregation } from './aggregate-style';
import { NationalLayers, type NationalLayerCallbacks, type NationalLayerData } from './national-layers';

export interface NationalMapLayerProps extends NationalLayerCallbacks {
  model: NationalDayModel;
  data: NationalLayerData;
  lang: Language;
  selected: readonly number[];
  /** Receives the layers once made (for the keyboard lists of what is in view), null when they go. */
  onLayers?: (layers: NationalLayers | null) => void;
}

export function NationalMapLayer(props: NationalMapLayerProps) {
  const map = useMap();
  const { model, data, lang, selected } = props;
  const [layers, setLayers] = useState<NationalLayers | null>(null);
  // Callbacks change identity on every render; the layers read the latest through this ref.
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const initialLang = useRef(lang);

  useEffect(() => {
    const made = new NationalLayers(map, model, data, {
      onSelectAreas: (areas) => callbacks.current.onSelectAreas(areas),
      onSelectUnit: (level: UnitLevel, unit: number) => callbacks.current.onSelectUnit(level, unit),
      describeUnit: (level: UnitLevel, unit: number) => callbacks.current.describeUnit(level, unit),
      describeAreas: (areas) => callbacks.current.describeAreas(areas),
      onAggregationChange: (aggregation: Aggregation) => callbacks.current.onAggregationChange?.(aggregation),
    }, initialLang.current);
    const unsubscribe = model.subscribe((step) => made.step(step));
    setLayers(made);
    callbacks.current.onLayers?.(made);
    return () => {
      unsubscribe();
      made.remove();
      callbacks.current.onLayers?.(null);
    };
  }, [map, model, data]);

  useEffect(() => layers?.setLanguage(lang), [layers, lang]);
  useEffect(() => layers?.setSelected(selected), [layers, selected]);
  return null;
}
