/**
 * Play/pause at 1, 2 or 4 days per second; stops at the end of the range. The returned object changes only when
 * playing, speed or the range changes, never on a step, so listeners bound to `toggle` stay bound. The day is read
 * when needed (`dayNow`), not passed in, so the page holding playback does not render for a step (issue 22).
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { nextPlayDay, type DayRange } from '../../time/day';

export interface Playback {
  playing: boolean;
  speed: number;
  setSpeed: (speed: number) => void;
  toggle: () => void;
}

export function usePlayback({ dayNow, range, onStep, onStop }: { dayNow: () => number; range: DayRange; onStep: (day: number) => void; onStop: () => void }): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);

  const tick = useEffectEvent(() => {
    const next = nextPlayDay(dayNow(), range);
    if (next === null) setPlaying(false);
    else onStep(next);
  });
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(tick, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);

  // While playing the URL is not written on every step; it is written once when playback stops.
  const stopped = useEffectEvent(onStop);
  const wasPlaying = useRef(false);
  useEffect(() => {
    if (wasPlaying.current && !playing) stopped();
    wasPlaying.current = playing;
  }, [playing]);

  return useMemo(() => ({
    playing, speed, setSpeed,
    toggle: () => {
      const atEnd = nextPlayDay(dayNow(), range) === null;
      setPlaying((p) => (p ? false : !atEnd));
    },
  }), [playing, speed, dayNow, range]);
}
