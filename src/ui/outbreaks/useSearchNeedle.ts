/**
 * The search as the filters compare it (normaliseQuery). A query with Chinese characters loads the
 * Traditional→Simplified tables on first use; the needle is recomputed once they are there.
 */
import { useEffect, useMemo, useState } from 'react';
import { hasHan, loadedSimplifier, loadSimplifier, normaliseQuery, type Simplifier } from '../../filters/search-text';

export function useSearchNeedle(search: string): string {
  const [simplify, setSimplify] = useState<Simplifier | null>(loadedSimplifier);
  const needsTables = simplify === null && hasHan(search);
  useEffect(() => {
    if (!needsTables) return;
    let cancelled = false;
    void loadSimplifier().then((loaded) => {
      if (!cancelled) setSimplify(() => loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [needsTables]);
  return useMemo(() => normaliseQuery(search, simplify), [search, simplify]);
}
