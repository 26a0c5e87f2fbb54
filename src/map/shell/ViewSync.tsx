/**
 * Keeps the map view and the URL's z/c in step. <MapContainer> reads center/zoom only once, so later changes
 * (outbreak picked, back/forward) are applied here with useMap(). The same link gives the same view:
 * - a link with z/c shows that view as written, with or without a selected place (no pan to the place: a reader
 *   who zoomed away from it and copied the link was taken back to it);
 * - a link without them fits the outbreak and pans a selected place out from under the phone's sheet, derived from
 *   the URL, so neither is written back;
 * - a place the reader selects on a view of their own (z/c written) is panned into view as a move of theirs: the
 *   URL then names the view they see.
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { LatLngBounds, LatLngBoundsExpression } from 'leaflet';
import { NO_INSETS, panToShow, VIEW_MARGIN, type InsetsProbe } from '../view-insets';

export interface ViewSyncProps {
  zoom: number | null;
  centre: [number, number] | null;
  /** Bounds to fit when no explicit view is set (the selected outbreak's features). */
  fitBounds: LatLngBoundsExpression | null;
  fitKey: string;
  /** The part of the map under the phone's sheet: the outbreak is fitted into the rest (none if not given). */
  obscured?: InsetsProbe;
  /** The selected place (its bounds; a point's are empty), kept in the visible part; `focusKey` names it. */
  focus?: LatLngBounds | null;
  focusKey?: string | null;
  onViewChange: (zoom: number, centre: [number, number]) => void;
}

/**
 * Runs a view change with `flag` set. Views set here are not animated, so their moveend fires during the call:
 * flagged only for its duration (a flag left for "the next moveend" swallowed the reader's first pan when the
 * fit's moveend came before the listener was bound).
 */
function whileSet(flag: RefObject<boolean>, move: () => void): void {
  flag.current = true;
  try {
    move();
  } finally {
    flag.current = false;
  }
}

/** For a map with nothing over it (the national view): one function, so the fit effect does not rerun. */
const UNCOVERED: InsetsProbe = () => NO_INSETS;

export function ViewSync({ zoom, centre, fitBounds, fitKey, obscured = UNCOVERED, focus = null, focusKey = null, onViewChange }: ViewSyncProps) {
  const map = useMap();
  const programmatic = useRef(false);
  const lastFitKey = useRef<string | null>(null);

  useEffect(() => {
    if (zoom !== null && centre !== null) {
      const current = map.getCenter();
      const same = map.getZoom() === zoom && Math.abs(current.lat - centre[0]) < 1e-4 && Math.abs(current.lng - centre[1]) < 1e-4;
      if (!same) whileSet(programmatic, () => map.setView(centre, zoom, { animate: false }));
      lastFitKey.current = fitKey;
      return;
    }
    if (fitBounds && lastFitKey.current !== fitKey) {
      const insets = obscured();
      whileSet(programmatic, () => map.fitBounds(fitBounds, {
        paddingTopLeft: [VIEW_MARGIN + insets.left, VIEW_MARGIN + insets.top],
        paddingBottomRight: [VIEW_MARGIN + insets.right, VIEW_MARGIN + insets.bottom],
        maxZoom: 11, animate: false,
      }));
      lastFitKey.current = fitKey;
    }
  }, [map, zoom, centre, fitBounds, fitKey, obscured]);

  /** The view the URL names ("z/lat,lon"), or null when it names none (fitted). */
  const urlView = zoom !== null && centre !== null ? `${zoom}/${centre[0]},${centre[1]}` : null;
  /** The URL's view as of the last commit: a selection coming with a new one (a link, back/forward) keeps it. */
  const lastUrlView = useRef<string | null>(null);
  const keepFocusInView = useEffectEvent(() => {
    if (!focus) return;
    if (urlView !== null && urlView !== lastUrlView.current) return;
    const nw = map.latLngToContainerPoint(focus.getNorthWest());
    const se = map.latLngToContainerPoint(focus.getSouthEast());
    const size = map.getSize();
    const offset = panToShow({ left: nw.x, top: nw.y, right: se.x, bottom: se.y }, size.x, size.y, obscured());
    if (!offset) return;
    // On a view of the reader's own the pan is theirs (written); on a fitted view it is derived from the link.
    if (urlView !== null) map.panBy(offset, { animate: false });
    else whileSet(programmatic, () => map.panBy(offset, { animate: false }));
  });
  useEffect(() => {
    // After the fit above (effects run in order), and only when another place is selected: a step or a filter
    // never moves the map.
    if (focusKey) keepFocusInView();
  }, [focusKey]);
  useEffect(() => {
    // After the selection's effect, which compares with the view before this commit.
    lastUrlView.current = urlView;
  }, [urlView]);

  useEffect(() => {
    // The container changes size with the window: tell Leaflet, keeping the centre the URL names where it is.
    const observer = new ResizeObserver(() => whileSet(programmatic, () => map.invalidateSize({ pan: true, animate: false })));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  useMapEvents({
    moveend: () => {
      // A view we set from the URL or a fit is not a user's pan: do not write it back as one.
      if (programmatic.current) return;
      const c = map.getCenter();
      onViewChange(map.getZoom(), [Number(c.lat.toFixed(4)), Number(c.lng.toFixed(4))]);
    },
  });
  return null;
}
