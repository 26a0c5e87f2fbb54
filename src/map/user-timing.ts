/**
 * User-timing entries the bench reads (bench/step-probe.js observes each one as it is made). Only the latest entry
 * of a name is kept in the page's timeline: one per draw or step would pile up over a long session.
 */
export function markLatest(name: string, detail: unknown): void {
  performance.clearMarks(name);
  performance.mark(name, { detail });
}

export function measureLatest(name: string, start: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}
