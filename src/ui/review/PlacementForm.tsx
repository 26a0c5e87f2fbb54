/**
 * Placing a point by hand: drag it on the map, or centre the map on the place and press "place at the map centre"
 * (the keyboard's way). The moved point waits here for the precision the reviewer states (a select with no
 * default: never inferred) and a note in Chinese and English on what the placement rests on.
 */
import { useId, useState } from 'react';
import { PRECISIONS, type Precision } from '../../data/schema';
import { placementProblems } from '../../model/review';
import type { Language } from '../../url/view-state';
import { PRECISION_LABELS, t } from '../shell/i18n';
import { rt } from './messages';

export interface PlacementFormProps {
  lang: Language;
  /** Where the point was dropped, while it waits for its precision and note. */
  moved: readonly [number, number] | null;
  onPlaceAtCentre: () => void;
  onApply: (precision: Precision, note: { zh: string; en: string }) => void;
  onUndo: () => void;
}

export function PlacementForm({ lang, moved, onPlaceAtCentre, onApply, onUndo }: PlacementFormProps) {
  const [precision, setPrecision] = useState<Precision | ''>('');
  const [noteZh, setNoteZh] = useState('');
  const [noteEn, setNoteEn] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const problems = placementProblems(precision || null, { zh: noteZh, en: noteEn });
  const apply = () => {
    setTried(true);
    if (problems.length === 0 && precision) onApply(precision, { zh: noteZh, en: noteEn });
  };
  const problemText = { precision: rt(lang, 'needPrecision'), 'note-zh': rt(lang, 'needNoteZh'), 'note-en': rt(lang, 'needNoteEn') };
  return (
    <div className="placement" data-testid="placement">
      <p className="review-hint">
        {rt(lang, 'movePoint')}{' '}
        <button type="button" onClick={onPlaceAtCentre} data-testid="place-at-centre">{rt(lang, 'placeAtCentre')}</button>
      </p>
      {moved && (
        <fieldset className="placement-form" data-testid="placement-form">
          <legend>{rt(lang, 'movedTo', { lon: moved[0].toFixed(6), lat: moved[1].toFixed(6) })}</legend>
          <label htmlFor={`${id}-precision`}>{t(lang, 'precision')}</label>
          <select id={`${id}-precision`} value={precision} onChange={(e) => setPrecision(e.target.value as Precision | '')} data-testid="placement-precision"
            aria-invalid={tried && problems.includes('precision')}>
            <option value="">{rt(lang, 'precisionChoose')}</option>
            {PRECISIONS.map((p) => <option key={p} value={p}>{PRECISION_LABELS[p][lang]}</option>)}
          </select>
          <label htmlFor={`${id}-zh`}>{rt(lang, 'noteZh')}</label>
          <input id={`${id}-zh`} lang="zh-CN" value={noteZh} onChange={(e) => setNoteZh(e.target.value)} placeholder={rt(lang, 'notePlaceholderZh')} data-testid="placement-note-zh"
            aria-invalid={tried && problems.includes('note-zh')} />
          <label htmlFor={`${id}-en`}>{rt(lang, 'noteEn')}</label>
          <input id={`${id}-en`} lang="en" value={noteEn} onChange={(e) => setNoteEn(e.target.value)} placeholder={rt(lang, 'notePlaceholderEn')} data-testid="placement-note-en"
            aria-invalid={tried && problems.includes('note-en')} />
          {tried && problems.length > 0 && (
            <ul className="error" role="alert">{problems.map((p) => <li key={p}>{problemText[p]}</li>)}</ul>
          )}
          <div className="review-actions">
            <button type="button" onClick={apply} data-testid="placement-apply">{rt(lang, 'applyPlacement')}</button>
            <button type="button" onClick={onUndo} data-testid="placement-undo">{rt(lang, 'undoMove')}</button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
