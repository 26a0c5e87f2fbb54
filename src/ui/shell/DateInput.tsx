/**
 * A typed date beside the slider: Enter (or leaving the field) jumps there; a day out of range goes to the
 * nearest day in range, and a text that is no date leaves the day alone — both with a notice read out by screen
 * readers. The field shows the current day whenever it is not being edited.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { isoOfDay } from '../../core/calendar-day';
import { parseTypedDate } from '../../time/typed-date';
import type { Language } from '../../url/view-state';
import { t } from './i18n';
// The national view's styles and the slider's touch target, for every view (a few kB).
import '../national/national.css';

export interface DateInputProps {
  lang: Language;
  day: number;
  min: number;
  max: number;
  onDay: (day: number) => void;
}

export function DateInput({ lang, day, min, max, onDay }: DateInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const noticeId = useId();

  const commit = () => {
    if (draft === null) return;
    const parsed = parseTypedDate(draft, min, max);
    setDraft(null);
    if (parsed.status === 'invalid') {
      setNotice(t(lang, 'dateInvalid', { date: parsed.typed }));
      return;
    }
    setNotice(parsed.status === 'clamped' ? t(lang, 'dateClamped', { date: parsed.typed, clamped: isoOfDay(parsed.day) }) : '');
    onDay(parsed.day);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(null);
      setNotice('');
    }
  };

  return (
    <span className="date-input">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={10}
        data-testid="date-input"
        aria-label={t(lang, 'typedDate')}
        aria-describedby={notice ? noticeId : undefined}
        placeholder="YYYY-MM-DD"
        value={draft ?? isoOfDay(day)}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <span id={noticeId} className="date-input-notice" role="status" data-testid="date-input-notice">{notice}</span>
    </span>
  );
}
