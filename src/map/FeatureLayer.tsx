/** Bridges React state to the imperative FeatureLayers: one instance per timeline index, updated by diff. */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { AtlasData, AtlasFeature } from '../data/load';
import type { TimelineCursor } from '../timeline/index';
import { FeatureLayers } from './feature-layers';

export interface FeatureLayerProps {
  data: AtlasData;
  /** The selected outbreak (or "all"): its points are the ones clustered together. */
  outbreak: string;
  cursor: TimelineCursor;
  day: number;
  mask: Uint8Array;
  selectedId: string | null;
  onSelect: (featureId: string) => void;
  tooltipText: (item: AtlasFeature) => string;
  /** Called after every update with the number of features now on the map. */
  onVisibleChange: (count: number) => void;
}

export function FeatureLayer({ data, outbreak, cursor, day, mask, selectedId, onSelect, tooltipText, onVisibleChange }: FeatureLayerProps) {
  const map = useMap();
  const layers = useRef<FeatureLayers | null>(null);
  const callbacks = useRef({ onSelect, tooltipText, onVisibleChange });
  callbacks.current = { onSelect, tooltipText, onVisibleChange };

  useEffect(() => {
    const instance = new FeatureLayers(map, data, cursor, mask, outbreak, {
      onSelect: (id) => callbacks.current.onSelect(id),
      tooltipText: (item) => callbacks.current.tooltipText(item),
    });
    layers.current = instance;
    callbacks.current.onVisibleChange(instance.shownCount);
    return () => {
      instance.remove();
      layers.current = null;
    };
    // The mask, outbreak and day at creation are applied by the constructor; later changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, data, cursor]);

  useEffect(() => {
    const instance = layers.current;
    if (!instance) return;
    const started = performance.now();
    instance.applyChanges(cursor.moveTo(day));
    performance.measure('atlas:step', { start: started, end: performance.now() });
    callbacks.current.onVisibleChange(instance.shownCount);
  }, [cursor, day]);

  useEffect(() => {
    layers.current?.setMask(mask, outbreak);
    if (layers.current) callbacks.current.onVisibleChange(layers.current.shownCount);
    // The outbreak is part of the mask: a new outbreak always comes with a new mask.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mask]);

  useEffect(() => {
    layers.current?.setSelected(selectedId);
    if (selectedId) layers.current?.reveal(selectedId);
  }, [selectedId, cursor]);

  return null;
}
