/**
 * A value that follows `value` once it has rested for `restMs`: while the slider moves or plays, what is drawn from
 * it (the "what changed today" list) keeps the last resting day instead of being rebuilt on every step. A change of
 * `resetKey` (another day scale, other filters) is followed at once, so the value never mixes two scales.
 */
import { useEffect, useState } from 'react';

export function useRestingValue<T>(value: T, restMs: number, resetKey: unknown): T {
  const [rested, setRested] = useState({ value, key: resetKey });
  const current = rested.key === resetKey ? rested.value : value;
  useEffect(() => {
    if (rested.key === resetKey && Object.is(rested.value, value)) return undefined;
    // A new scale is taken at once; a new value of the same scale once it has rested.
    const timer = window.setTimeout(() => setRested({ value, key: resetKey }), rested.key === resetKey ? restMs : 0);
    return () => window.clearTimeout(timer);
  }, [value, restMs, resetKey, rested]);
  return current;
}
