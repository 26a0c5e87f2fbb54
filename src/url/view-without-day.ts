/**
 * The view without its day, as a snapshot that stays the same object while only the day changes: what a page
 * reads, so a day step (scrubbing, playing) re-renders only what shows the day (issue 22). Framework-free; the
 * React side is useUrlState. A view without a day (the outbreak index, compare) changes on every update as before.
 */

export type WithoutDay<State> = Omit<State, 'day'>;

function withoutDay<State extends object>(view: State): WithoutDay<State> {
  if (!('day' in view)) return view;
  const { day: _day, ...rest } = view;
  return rest;
}

function sameBesidesDay(a: object, b: object): boolean {
  const keysA = Object.keys(a).filter((key) => key !== 'day');
  const keysB = Object.keys(b).filter((key) => key !== 'day');
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** A getter of the view without its day: the same object until something besides the day changes. */
export function viewWithoutDay<State extends object>(get: () => State): () => WithoutDay<State> {
  let seen: State | undefined;
  let shown: WithoutDay<State> | undefined;
  return () => {
    const now = get();
    if (now === seen && shown) return shown;
    if (!shown || !seen || !sameBesidesDay(seen, now)) shown = withoutDay(now);
    seen = now;
    return shown;
  };
}
