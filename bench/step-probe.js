/*
 * Injected into the page before its own scripts (context.addInitScript), for the app and the
 * Leaflet.TimeDimension page alike, so both are timed the same way. Plain JS on purpose: it is read as text,
 * not transpiled.
 *
 * One step = update + render:
 *   update: from the trigger (ArrowRight keydown, or window.__bench.begin() before a programmatic change) to the
 *           end of the update: the slider's `input` event has bubbled to window (React flushes a discrete event's
 *           render and effects before that) or window.__bench.endUpdate() was called, plus the tasks the update
 *           queued before the frame (e.g. React rendering again for state set in an effect): a message posted
 *           at that point runs after them.
 *   render: from the start of the next animation frame to the first task after it, i.e. rAF callbacks (Leaflet's
 *           canvas redraw runs there), style, layout and paint of that frame.
 * The idle wait for the frame between the two is not counted; `latency` (trigger → frame done) includes it.
 */
(() => {
  const bench = { steps: [], lastLongTask: 0, longTasks: [], keyDelays: [], info: null, firstRender: null, allAreas: null };
  window.__bench = bench;
  let pending = null;
  let waiter = null;

  /**
   * `deferFrame`: for a page whose update is asynchronous (the per-day rebuild fetches its file first), the frame
   * is awaited only after `endUpdate()`, so `update` covers the fetch and the rebuild, and `render` the frame after.
   */
  bench.begin = (options = {}) => {
    const step = { t0: performance.now(), inputEnd: NaN, settled: NaN, frameStarted: false, update: NaN, render: NaN, total: NaN, latency: NaN, info: null, deferred: Boolean(options.deferFrame) };
    pending = step;
    if (!step.deferred) requestAnimationFrame(() => onFrame(step));
  };
  const onFrame = (step) => {
    const frame = performance.now();
    step.frameStarted = true;
    const end = !Number.isNaN(step.settled) ? step.settled : !Number.isNaN(step.inputEnd) ? step.inputEnd : frame;
    step.update = end - step.t0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const end = performance.now();
      step.render = end - frame;
      step.total = step.update + step.render;
      step.latency = end - step.t0;
      step.info = bench.info ? bench.info() : null;
      if (pending === step) pending = null;
      bench.steps.push(step);
      if (waiter && bench.steps.length >= waiter.count) {
        const { resolve } = waiter;
        waiter = null;
        resolve(step);
      }
    };
    channel.port2.postMessage(0);
  };
  bench.endUpdate = () => {
    const step = pending;
    if (!step || !Number.isNaN(step.inputEnd)) return;
    step.inputEnd = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!step.frameStarted) step.settled = performance.now();
    };
    channel.port2.postMessage(0);
    if (step.deferred) requestAnimationFrame(() => onFrame(step));
  };
  /** Resolves once `count` steps have been recorded. */
  bench.waitSteps = (count) => new Promise((resolve) => {
    if (bench.steps.length >= count) resolve(bench.steps[count - 1]);
    else waiter = { count, resolve };
  });

  window.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      // Input delay: from the event's time stamp (when the browser received it) until the page's first listener
      // runs, i.e. how long the main thread kept it waiting; what Event Timing calls processingStart − startTime.
      // `loading`: sent while the national view was still loading its single areas.
      bench.keyDelays.push({ at: event.timeStamp, delay: performance.now() - event.timeStamp, loading: document.querySelector('[data-testid=national-loading]') !== null });
      bench.begin();
    }
  }, true);
  window.addEventListener('input', () => bench.endUpdate(), false);

  // The app keeps only the latest entry of each of its user-timing names (src/map/user-timing.ts); every one is
  // seen here as it is made: `entries[name]` lists their durations and details, in order.
  bench.entries = {};
  bench.clearEntries = (name) => { bench.entries[name] = []; };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.name.startsWith('atlas:')) continue;
        (bench.entries[entry.name] ??= []).push({ startTime: entry.startTime, duration: entry.duration, detail: entry.detail ?? null });
      }
    }).observe({ entryTypes: ['mark', 'measure'] });
  } catch { /* no user timing: the bench reports no entries */ }

  // Long tasks tell when a page has settled after loading (markercluster adds markers in chunks on timers).
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.lastLongTask = Math.max(bench.lastLongTask, entry.startTime + entry.duration);
        bench.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task timing: idle() falls back to its minimum wait */ }
  bench.idle = (quietMs, maxMs) => new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const now = performance.now();
      if ((now - bench.lastLongTask > quietMs && now - started > quietMs) || now - started > maxMs) resolve(now - started);
      else setTimeout(check, 100);
    };
    check();
  });

  /** Sets `bench[key]` (firstRender by default) at the end of the first frame after `ready()` holds (rAF + the task after it). */
  const firstRenderAfter = (ready, key = 'firstRender') => {
    const poll = () => {
      if (ready()) {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { bench[key] = performance.now(); };
          channel.port2.postMessage(0);
        });
      } else requestAnimationFrame(poll);
    };
    poll();
  };

  /**
   * First national frame: the first frame after the national map has drawn the day's circles (the app's
   * `atlas:national-draw` mark with at least one area) and the day's totals are set (not the loading "…"),
   * finished. Performance time, i.e. from navigation start.
   */
  bench.watchNationalFrame = () => {
    const drawn = () => [...performance.getEntriesByName('atlas:national-draw'), ...(bench.entries['atlas:national-draw'] ?? [])]
      .some((entry) => entry.detail && entry.detail.areas > 0);
    const totalsSet = () => {
      const totals = document.querySelector('[data-testid=official-totals]');
      return totals !== null && totals.textContent !== '' && totals.textContent !== '…';
    };
    firstRenderAfter(() => drawn() && totalsSet());
  };

  /**
   * All single areas in: the first frame after the map has drawn (`atlas:national-draw`) following the app's
   * `atlas:national-areas` mark (the record decoded, joined and published), finished. Sets `bench.allAreas`.
   */
  bench.watchAllAreas = () => {
    const marks = (name) => [...performance.getEntriesByName(name), ...(bench.entries[name] ?? [])];
    firstRenderAfter(() => {
      const areas = marks('atlas:national-areas')[0];
      return areas !== undefined && marks('atlas:national-draw').some((draw) => draw.startTime >= areas.startTime);
    }, 'allAreas');
  };

  /** First render: the first frame after `selector` matches, finished. */
  bench.watchFirstRender = (selector) => firstRenderAfter(() => document.querySelector(selector) !== null);
})();
