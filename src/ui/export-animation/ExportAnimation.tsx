/**
 * "导出动画 / Export animation": a button (in the header's menu) that opens a modal dialog — a bottom sheet on a
 * phone — with the range, the speed, the size and the format, a progress bar with the frame count and Cancel, and
 * "PNG of the current view". The view gives a function that builds its AnimationSource when the dialog opens.
 */
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AnimationSource, MapView } from '../../export/animation/scene';
import { clampRange, frameCount } from '../../export/animation/schedule';
import { FRAME_SIZES, encodedSize } from '../../export/animation/sizes';
import type { Language } from '../../url/view-state';
import { saveBlob } from './save-blob';
import { te } from './messages';
import { t } from '../shell/i18n';
import type { GifPalette } from './encode-gif';
import './export-animation.css';

type Phase = { type: 'idle' } | { type: 'running'; done: number; total: number } | { type: 'saved'; name: string } | { type: 'cancelled' } | { type: 'failed'; reason: string };

const SPEEDS = [1, 2, 4, 8];

/** `makeSource` null: the view has nothing to export yet (the national record still loading); the button is disabled. */
export function ExportAnimation({ lang, makeSource }: { lang: Language; makeSource: (() => AnimationSource | Promise<AnimationSource>) | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [source, setSource] = useState<AnimationSource | null>(null);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [speed, setSpeed] = useState(2);
  const [sizeIndex, setSizeIndex] = useState(0);
  const [format, setFormat] = useState<'webm' | 'gif'>('webm');
  const [palette, setPalette] = useState<GifPalette>('per-frame');
  const [framing, setFraming] = useState<'current' | 'whole'>('current');
  const [phase, setPhase] = useState<Phase>({ type: 'idle' });

  const open = async () => {
    if (!makeSource) return;
    const next = await makeSource();
    setSource(next);
    setFrom(next.period.first);
    setTo(next.period.last);
    setSpeed(next.speed);
    // The map as the user left it, when it is panned or zoomed away from the whole view.
    setFraming(next.kind !== 'chart' && next.currentView ? 'current' : 'whole');
    setPhase({ type: 'idle' });
    dialog.current?.showModal();
  };
  const running = phase.type === 'running';
  const currentView = source && source.kind !== 'chart' ? source.currentView ?? null : null;
  const view: MapView | null = framing === 'current' ? currentView : null;
  const close = () => {
    abort.current?.abort();
    dialog.current?.close();
  };
  const start = async () => {
    if (!source) return;
    const controller = new AbortController();
    abort.current = controller;
    const range = clampRange({ from, to }, source.period);
    setPhase({ type: 'running', done: 0, total: frameCount(range) });
    try {
      // The encoders (mediabunny, gifenc) load when an export starts, not with the app.
      const { runExport } = await import('./run-export');
      const result = await runExport({
        source, range, daysPerSecond: speed, size: FRAME_SIZES[sizeIndex], format, view, gifPalette: palette, signal: controller.signal,
        onProgress: (done, total) => setPhase({ type: 'running', done, total }),
      });
      if (!result) {
        setPhase({ type: 'cancelled' });
        return;
      }
      saveBlob(result.name, result.blob);
      setPhase({ type: 'saved', name: result.name });
    } catch (error) {
      setPhase({ type: 'failed', reason: error instanceof Error && error.name === 'ExportUnsupported' ? te(lang, 'noWebm') : String(error) });
    } finally {
      abort.current = null;
    }
  };
  const png = async () => {
    if (!source) return;
    try {
      const { exportPng } = await import('./run-export');
      const result = await exportPng(source, FRAME_SIZES[sizeIndex], view);
      saveBlob(result.name, result.blob);
      setPhase({ type: 'saved', name: result.name });
    } catch (error) {
      setPhase({ type: 'failed', reason: String(error) });
    }
  };
  const days = source ? Array.from({ length: source.period.last - source.period.first + 1 }, (_, i) => source.period.first + i) : [];
  const size = encodedSize(FRAME_SIZES[sizeIndex], format);
  return (
    <>
      <button type="button" data-testid="export-animation" disabled={!makeSource} onClick={() => void open()}>{t(lang, 'exportAnimation')}</button>
      {/* On <body>, so a menu that hides (the phone's header menu) never hides it; its events stay its own. */}
      {createPortal(<dialog ref={dialog} className="export-animation" aria-labelledby="export-animation-title" data-testid="export-animation-dialog"
        onCancel={() => abort.current?.abort()} onChange={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
        <h2 id="export-animation-title">{te(lang, 'dialogTitle')}</h2>
        {source && (
          <form method="dialog" onSubmit={(e) => { e.preventDefault(); void start(); }}>
            <fieldset disabled={running}>
              <div className="export-row">
                <label>{te(lang, 'from')}
                  <select data-testid="export-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                    {days.map((d) => <option key={d} value={d}>{source.dateLabel(d)}</option>)}
                  </select>
                </label>
                <label>{te(lang, 'to')}
                  <select data-testid="export-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
                    {days.map((d) => <option key={d} value={d}>{source.dateLabel(d)}</option>)}
                  </select>
                </label>
              </div>
              <div className="export-row">
                <label>{te(lang, 'speed')}
                  <select data-testid="export-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
                    {[...new Set([...SPEEDS, speed])].sort((a, b) => a - b).map((s) => <option key={s} value={s}>{s}</option>)}
                  </select>
                </label>
                <label>{te(lang, 'size')}
                  <select data-testid="export-size" value={sizeIndex} onChange={(e) => setSizeIndex(Number(e.target.value))}>
                    {FRAME_SIZES.map((s, i) => <option key={i} value={i}>{s.width}×{s.height}</option>)}
                  </select>
                </label>
                <label>{te(lang, 'format')}
                  <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as 'webm' | 'gif')}>
                    <option value="webm">WebM (VP9/VP8)</option>
                    <option value="gif">GIF</option>
                  </select>
                </label>
                {currentView && (
                  <label>{te(lang, 'framing')}
                    <select data-testid="export-framing" value={framing} onChange={(e) => setFraming(e.target.value as 'current' | 'whole')}>
                      <option value="current">{te(lang, 'framingCurrent')}</option>
                      <option value="whole">{te(lang, 'framingWhole')}</option>
                    </select>
                  </label>
                )}
                {format === 'gif' && (
                  <label>{te(lang, 'gifPalette')}
                    <select data-testid="export-palette" value={palette} onChange={(e) => setPalette(e.target.value as GifPalette)}>
                      <option value="per-frame">{te(lang, 'perFrame')}</option>
                      <option value="global">{te(lang, 'global')}</option>
                    </select>
                  </label>
                )}
              </div>
              <p className="export-note">
                {te(lang, 'frames', { n: frameCount(clampRange({ from, to }, source.period)) })} · {size.width}×{size.height}
                {format === 'gif' && size.width !== FRAME_SIZES[sizeIndex].width ? ` · ${te(lang, 'gifWidthNote')}` : ''}
              </p>
              {source.kind !== 'chart' && <p className="export-note">{te(lang, 'basemapNote')}</p>}
            </fieldset>
            <div className="export-status" aria-live="polite">
              {phase.type === 'running' && (
                <>
                  <progress data-testid="export-progress" max={phase.total} value={phase.done} />
                  <span>{te(lang, 'progress', { done: phase.done, total: phase.total })}</span>
                </>
              )}
              {phase.type === 'saved' && <span data-testid="export-saved">{te(lang, 'done', { name: phase.name })}</span>}
              {phase.type === 'cancelled' && <span data-testid="export-cancelled">{te(lang, 'cancelled')}</span>}
              {phase.type === 'failed' && <span role="alert">{te(lang, 'failed', { reason: phase.reason })}</span>}
            </div>
            <div className="export-actions">
              {running
                ? <button type="button" data-testid="export-cancel" onClick={() => abort.current?.abort()}>{te(lang, 'cancel')}</button>
                : <>
                    <button type="submit" data-testid="export-start">{te(lang, 'start')}</button>
                    <button type="button" data-testid="export-png" onClick={() => void png()}>{te(lang, 'png')}</button>
                  </>}
              <button type="button" data-testid="export-close" onClick={close}>{te(lang, 'close')}</button>
            </div>
          </form>
        )}
      </dialog>, document.body)}
    </>
  );
}
