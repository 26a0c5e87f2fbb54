/**
 * An outbreak view's "official areas" toggle: the official areas of the outbreak's prefecture in force on the
 * slider's day, drawn on one canvas beside the report's places (the same point layer as the national view's
 * city zoom), moved by the model's steps.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { NationalModel } from '../../national/national-model';
import { NATIONAL_PANE } from './national-layers';
import { OfficialPointLayer, type PointLayerData } from './points-layer';

/** What an outbreak view's toggle hands the map: the prefecture's areas in their own model, and their addresses. */
export interface OfficialOverlay {
  model: NationalModel;
  data: Omit<PointLayerData, 'states'>;
  /** Official areas of the prefecture in the whole record. */
  areas: number;
  address: (id: number) => string;
}

export interface OfficialPointsOverlayProps {
  model: NationalModel;
  data: Omit<PointLayerData, 'states'>;
  /** Picking areas on the map; without it the points only show their addresses (an outbreak view's overlay). */
  onSelect?: (areas: number[]) => void;
  describe: (areas: number[]) => string;
}

export function OfficialPointsOverlay({ model, data, onSelect, describe }: OfficialPointsOverlayProps) {
  const map = useMap();
  const callbacks = useRef({ onSelect, describe });
  useEffect(() => {
    callbacks.current = { onSelect, describe };
  });
  useEffect(() => {
    if (!map.getPane(NATIONAL_PANE)) map.createPane(NATIONAL_PANE).style.zIndex = '420';
    const layer = new OfficialPointLayer({ ...data, states: model.states }, {
      pane: NATIONAL_PANE,
      onSelect: (areas) => callbacks.current.onSelect?.(areas),
      describe: (areas) => callbacks.current.describe(areas),
    }).addTo(map);
    const unsubscribe = model.subscribe((step) => layer.update(step.areas));
    return () => {
      unsubscribe();
      layer.remove();
    };
  }, [map, model, data]);
  return null;
}
