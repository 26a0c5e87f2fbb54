/**
 * Bridges React to the imperative DraftLayer: created when a draft is opened (and fitted to it), updated by diff
 * as the reviewer edits, removed when the draft is closed. It hands the panel the map's centre (for
 * "place at the map centre") and lets it bring a candidate into view (`onControls`).
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { DraftLayer, type DraftLayerView } from './draft-layer';

export interface DraftMapControls {
  centre: () => [number, number];
  reveal: (id: string) => void;
}

export interface DraftReviewLayerProps {
  /** Changes when another draft is opened: the layer is made again and the map fitted to it. */
  draftKey: string;
  view: DraftLayerView;
  onSelect: (id: string) => void;
  onMove: (id: string, lonLat: [number, number]) => void;
  /** Pixels at the bottom of the map hidden by the panel (the bottom sheet on a phone). */
  coveredBottom: () => number;
  /** Receives the map controls when the layer is made, and null when it goes. */
  onControls: (controls: DraftMapControls | null) => void;
}

export function DraftReviewLayer({ draftKey, view, onSelect, onMove, onControls, coveredBottom }: DraftReviewLayerProps) {
  const map = useMap();
  const layer = useRef<DraftLayer | null>(null);
  const select = useEffectEvent(onSelect);
  const move = useEffectEvent(onMove);
  const currentView = useEffectEvent(() => view);
  const handOver = useEffectEvent(onControls);
  const covered = useEffectEvent(coveredBottom);

  useEffect(() => {
    const instance = new DraftLayer(map, (id) => select(id), (id, lonLat) => move(id, lonLat), () => covered());
    layer.current = instance;
    instance.update(currentView());
    instance.fit();
    handOver({ centre: () => instance.centre(), reveal: (id) => instance.reveal(id) });
    return () => {
      instance.remove();
      layer.current = null;
      handOver(null);
    };
  }, [map, draftKey]);

  useEffect(() => {
    layer.current?.update(view);
  }, [view]);

  return null;
}
