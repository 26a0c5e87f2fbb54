import type { ReactNode } from 'react';
import type { Outbreak } from '../data/schema';
import { outbreakTitle } from '../model/names';
import type { Alignment, Basemap, Language } from '../url/view-state';
import { HeaderMore } from './HeaderMore';
import { t } from './i18n';
import { tn } from './national/messages';
import { enterNational } from './national/route';
import { OutbreakPicker } from './OutbreakPicker';
import { ti } from './outbreak-index/messages';
import { enterOutbreakIndex } from './outbreak-index/route';

export interface HeaderProps {
  lang: Language;
  outbreak: string;
  align: Alignment;
  outbreaks: readonly Outbreak[];
  offline: boolean;
  onOutbreak: (outbreak: string) => void;
  onAlign: (align: Alignment) => void;
  onBasemap: (basemap: Basemap) => void;
  onLanguage: () => void;
  /** More controls for the menu (the animation export). */
  menuExtra?: ReactNode;
}

/**
 * One row on every screen: on a phone the outbreak picker and the language stay in the row, and the timeline mode,
 * the basemap and the link go into a menu behind "⋯" (the header took two rows of a 390 px screen).
 */
export function Header({ lang, outbreak, align, outbreaks, offline, onOutbreak, onAlign, onBasemap, onLanguage, menuExtra }: HeaderProps) {
  return (
    <header className="app-header">
      <h1>
        {t(lang, 'appTitle')}
        <span className="tagline">{t(lang, 'tagline')}</span>
      </h1>
      <div className="header-controls">
        <OutbreakPicker lang={lang} value={outbreak} onPick={(choice) => (choice === 'china' ? enterNational(lang) : choice === 'outbreaks' ? enterOutbreakIndex(lang) : onOutbreak(choice))}>
          <option value="all">{t(lang, 'allOutbreaks')}</option>
          <option value="china">{tn(lang, 'allChina')}</option>
          {outbreaks.map((o) => (
            <option key={o.id} value={o.id}>{lang === 'en' ? `${outbreakTitle(o, lang)} (${o.period.start.slice(0, 7)})` : `${outbreakTitle(o, lang)}（${o.period.start.slice(0, 7)}）`}</option>
          ))}
          {/* Last, so the report outbreaks keep their places in the list (and the arrow keys' order). */}
          <option value="outbreaks">{ti(lang, 'pickerEntry')}</option>
        </OutbreakPicker>
        <HeaderMore lang={lang}>
          <label>
            <span className="visually-hidden">{t(lang, 'align')}</span>
            <select data-testid="align-picker" value={align} onChange={(e) => onAlign(e.target.value as Alignment)}>
              <option value="calendar">{t(lang, 'alignCalendar')}</option>
              <option value="first-case">{t(lang, 'alignFirstCase')}</option>
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t(lang, 'basemap')}</span>
            <select data-testid="basemap-picker" value={offline ? 'offline' : 'osm'} onChange={(e) => onBasemap(e.target.value as Basemap)}>
              <option value="osm">{t(lang, 'basemapOsm')}</option>
              <option value="offline">{t(lang, 'basemapOffline')}</option>
            </select>
          </label>
          {menuExtra}
        </HeaderMore>
        <button type="button" onClick={onLanguage} data-testid="language-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t(lang, 'language')}
        </button>
      </div>
    </header>
  );
}
