/** The outbreak views' timeline mode (calendar days or days since each outbreak's first case), in the header's menu. */
import type { Alignment, Language } from '../../url/view-state';
import { t } from '../shell/i18n';

const ALIGNMENTS: readonly Alignment[] = ['calendar', 'first-case'];

export function AlignPicker({ lang, value, onChange }: { lang: Language; value: Alignment; onChange: (align: Alignment) => void }) {
  return (
    <label>
      <span className="visually-hidden">{t(lang, 'align')}</span>
      <select data-testid="align-picker" value={value} onChange={(e) => {
        const chosen = ALIGNMENTS.find((align) => align === e.target.value);
        if (chosen) onChange(chosen);
      }}>
        <option value="calendar">{t(lang, 'alignCalendar')}</option>
        <option value="first-case">{t(lang, 'alignFirstCase')}</option>
      </select>
    </label>
  );
}
