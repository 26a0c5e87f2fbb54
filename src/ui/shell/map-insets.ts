/** How much of the map the side panel covers: nothing on a wide screen (beside it), its top part as a phone's sheet. */
import { NO_INSETS, type ViewInsets } from '../../map/view-insets';

export function coveredBy(map: DOMRect, panel: DOMRect): ViewInsets {
  const spansWidth = panel.left <= map.left + 1 && panel.right >= map.right - 1;
  if (!spansWidth || panel.top <= map.top || panel.top >= map.bottom) return NO_INSETS;
  return { ...NO_INSETS, bottom: map.bottom - panel.top };
}
