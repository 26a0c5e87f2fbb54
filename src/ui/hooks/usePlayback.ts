/** Play/pause at 1, 2 or 4 days per second; stops at the end of the range. */
import { useCallback, useEffect, useRef, useState } from 'react';

export function usePlayback({ day, max, onStep, onStop }: { day: number; max: number; onStep: (day: number) => void; onStop: () => void }) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const latest = useRef({ day, max, onStep, onStop });
  latest.current = { day, max, onStep, onStop };

  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => {
      const { day: current, max: last, onStep: step } = latest.current;
      if (current >= last) {
        setPlaying(false);
        return;
      }
      step(current + 1);
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);

  // While playing the URL is not written on every step; it is written once when playback stops.
  const wasPlaying = useRef(false);
  useEffect(() => {
    if (wasPlaying.current && !playing) latest.current.onStop();
    wasPlaying.current = playing;
  }, [playing]);

  const toggle = useCallback(() => {
    setPlaying((p) => {
      if (!p && latest.current.day >= latest.current.max) return false;
      return !p;
    });
  }, []);
  return { playing, speed, setSpeed, toggle };
}
