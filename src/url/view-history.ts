/**
 * The view state and its record in the browser's history, framework-free (the browser is behind `HistoryPort`).
 * Each update carries its own history mode and is recorded as it comes, so two updates in one React batch are
 * both honoured (a push followed by a replace pushes, then replaces the new entry) instead of the last one winning.
 *
 * Writing the URL is a side channel after the state changes, and happens only when the query differs from what
 * the browser shows (Nextstrain Auspice's rule). `replace` writes wait until the view has been still for
 * REPLACE_DELAY_MS: scrubbing changes the date on every key repeat, and a synchronous replaceState per step cost
 * ~10 ms of each step (Chromium also throttles frequent calls).
 *
 * One history for every view: the state type is the view's (outbreak, national, episode, index, compare), the
 * format its codec's.
 */

/**
 * push: a new history entry now (deliberate navigation: an outbreak, a filter, a feature, a jump to a date);
 * replace: the current entry, once the view is still (scrubbing, panning);
 * none: not recorded (playback steps; the view is recorded when playback stops); a replace still waiting is dropped;
 * typing: not recorded while the text changes; one new entry when typing rests for TYPING_REST_MS, or on `settle()`.
 */
export type HistoryMode = 'push' | 'replace' | 'none' | 'typing';

export interface HistoryPort {
  /** The query the browser shows now, without the "?". */
  current(): string;
  push(query: string): void;
  replace(query: string): void;
}

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number | undefined): void;
}

export const REPLACE_DELAY_MS = 250;
export const TYPING_REST_MS = 600;

export class ViewHistory<State extends object> {
  private current: State;
  private readonly listeners = new Set<() => void>();
  private replaceTimer: number | undefined;
  private typingTimer: number | undefined;

  /**
   * `replaceDelayMs`: how long a replace waits for the view to be still. 0 writes at once: for views without a day
   * to scrub (the outbreak index, the compare view), whose every change is a choice a copied link must hold.
   */
  constructor(initial: State, private readonly format: (view: State) => string, private readonly port: HistoryPort, private readonly timers: Timers,
    private readonly replaceDelayMs = REPLACE_DELAY_MS) {
    this.current = initial;
  }

  /** The view now (the same object until the next update: a snapshot for useSyncExternalStore). */
  readonly get = (): State => this.current;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly update = (patch: Partial<State>, mode: HistoryMode = 'replace'): void => {
    if (Object.keys(patch).length) this.current = { ...this.current, ...patch };
    this.record(mode);
    if (Object.keys(patch).length) for (const listener of this.listeners) listener();
  };

  /** Typing ended (Enter): records the typed view now instead of when typing rests. */
  readonly settle = (): void => {
    if (this.typingTimer === undefined) return;
    this.record('push');
  };

  /** The browser moved through its history (back, forward): shows that view and writes nothing. */
  readonly restore = (view: State): void => {
    this.cancelTimers();
    this.current = view;
    for (const listener of this.listeners) listener();
  };

  /** Drops the writes still waiting: the view they describe is gone. */
  readonly dispose = (): void => this.cancelTimers();

  private record(mode: HistoryMode): void {
    switch (mode) {
      case 'push':
        this.cancelTimers();
        this.write('push');
        break;
      case 'replace':
        // While typing waits to push, that push will record this view too; a replace now would take its place.
        if (this.typingTimer !== undefined) return;
        this.timers.clear(this.replaceTimer);
        if (this.replaceDelayMs === 0) {
          this.replaceTimer = undefined;
          this.write('replace');
          break;
        }
        this.replaceTimer = this.timers.set(() => {
          this.replaceTimer = undefined;
          this.write('replace');
        }, this.replaceDelayMs);
        break;
      case 'none':
        this.timers.clear(this.replaceTimer);
        this.replaceTimer = undefined;
        break;
      case 'typing':
        this.cancelTimers();
        this.typingTimer = this.timers.set(() => {
          this.typingTimer = undefined;
          this.write('push');
        }, TYPING_REST_MS);
        break;
    }
  }

  private cancelTimers(): void {
    this.timers.clear(this.replaceTimer);
    this.timers.clear(this.typingTimer);
    this.replaceTimer = undefined;
    this.typingTimer = undefined;
  }

  private write(mode: 'push' | 'replace'): void {
    const query = this.format(this.current);
    if (query === this.port.current()) return;
    if (mode === 'push') this.port.push(query);
    else this.port.replace(query);
  }
}
