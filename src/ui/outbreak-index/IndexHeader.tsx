/**
 * The index's header: the app's title, the outbreak picker (this index, 全国 / All China, all report outbreaks and
 * each of them) and the language, in one row as the other views' headers.
 */
import type { Outbreak } from '../../data/schema';
import { outbreakTitle } from '../../model/names';
import type { Language } from '../../url/view-state';
import { t } from '../i18n';
import { tn } from '../national/messages';
import { enterNational, leaveNational } from '../national/route';
import { OutbreakPicker } from '../OutbreakPicker';
import { ti } from './messages';

export function IndexHeader({ lang, outbreaks, onLanguage }: { lang: Language; outbreaks: readonly Outbreak[]; onLanguage: () => void }) {
  return (
    <header className="app-header">
      <h1>
        {t(lang, 'appTitle')}
        <span className="tagline">{ti(lang, 'tagline')}</span>
      </h1>
      <div className="header-controls">
        <OutbreakPicker lang={lang} value="outbreaks" onPick={(choice) => (choice === 'china' ? enterNational(lang) : leaveNational(choice, lang))}>
          <option value="outbreaks">{ti(lang, 'pickerEntry')}</option>
          <option value="china">{tn(lang, 'allChina')}</option>
          <option value="all">{t(lang, 'allOutbreaks')}</option>
          {outbreaks.map((o) => (
            <option key={o.id} value={o.id}>{lang === 'en' ? `${outbreakTitle(o, lang)} (${o.period.start.slice(0, 7)})` : `${outbreakTitle(o, lang)}（${o.period.start.slice(0, 7)}）`}</option>
          ))}
        </OutbreakPicker>
        <button type="button" onClick={onLanguage} data-testid="language-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t(lang, 'language')}</button>
      </div>
    </header>
  );
}
