/**
 * Bridges React to the imperative FeatureLayers: created once per map, data and timeline model, subscribed to the
 * model (a date step reaches the layers as the model's changed set, not through React), and updated by diff when
 * the filters, the language or the selection change.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasData } from '../../model/atlas-data';
import type { TimelineModel } from '../../time/timeline-model';
import type { Language } from '../../core/language';
import { FeatureLayers, type MapNames } from './feature-layers';
import type { InsetsProbe } from '../view-insets';

export interface FeatureLayerProps {
  data: AtlasData;
  model: TimelineModel;
  /** The selected outbreak (or "all"): its points are the ones clustered together. */
  outbreak: string;
  mask: Uint8Array;
  lang: Language;
  /** Names for screen readers in `lang`: a new object when the language changes. */
  names: MapNames;
  selectedId: string | null;
  /** The part of the map a sheet covers. */
  obscured: InsetsProbe;
  onSelect: (featureId: string) => void;
  /** Called after every update with the number of features now on the map. */
  onVisibleChange: (count: number) => void;
}

export function FeatureLayer({ data, model, outbreak, mask, lang, names, selectedId, obscured, onSelect, onVisibleChange }: FeatureLayerProps) {
  const map = useMap();
  const layers = useRef<FeatureLayers | null>(null);
  const select = useEffectEvent(onSelect);
  const reportVisible = useEffectEvent(onVisibleChange);
  // The view when the layers are made; later changes reach them through the effects below.
  const currentView = useEffectEvent(() => ({ mask, outbreak, lang, names, selectedId, obscured }));

  useEffect(() => {
    const instance = new FeatureLayers(map, data, model, currentView(), (id) => select(id));
    layers.current = instance;
    reportVisible(instance.shownCount);
    const unsubscribe = model.subscribe((changed) => {
      instance.applyChanges(changed);
      reportVisible(instance.shownCount);
    });
    return () => {
      unsubscribe();
      instance.remove();
      layers.current = null;
    };
  }, [map, data, model]);

  useEffect(() => {
    if (!layers.current) return;
    layers.current.setMask(mask, outbreak);
    reportVisible(layers.current.shownCount);
  }, [mask, outbreak]);

  useEffect(() => {
    layers.current?.setLanguage(lang, names);
    // The map's container is focusable (arrow keys pan): name it, or a screen reader reads out every label on it.
    map.getContainer().setAttribute('aria-label', names.map);
  }, [map, lang, names]);

  useEffect(() => {
    layers.current?.setSelected(selectedId);
  }, [selectedId]);

  return null;
}
