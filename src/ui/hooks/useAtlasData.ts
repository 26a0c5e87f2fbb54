import { useCallback, useEffect, useState } from 'react';
import { loadAtlasData, type AtlasData } from '../../model/atlas-data';

export type LoadState = { status: 'loading' } | { status: 'ready'; data: AtlasData } | { status: 'error'; message: string };

export function useAtlasData(): { state: LoadState; retry: () => void } {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    loadAtlasData().then(
      (data) => !cancelled && setState({ status: 'ready', data }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
