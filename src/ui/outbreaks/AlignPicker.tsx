/** The outbreak views' timeline mode (calendar days or days since each outbreak's first case), in the header's menu. */
import type { Alignment, Language } from '../../url/view-state';
import { t } from '../shell/i18n';
import { MenuSelect } from '../shell/MenuSelect';

export function AlignPicker({ lang, value, onChange }: { lang: Language; value: Alignment; onChange: (align: Alignment) => void }) {
  const choices = [{ value: 'calendar' as const, label: t(lang, 'alignCalendar') }, { value: 'first-case' as const, label: t(lang, 'alignFirstCase') }];
  return <MenuSelect label={t(lang, 'align')} testId="align-picker" value={value} choices={choices} onChange={onChange} />;
}
