/**
 * The national view's header: the same controls as the outbreak views' (outbreak picker with 全国 / All China,
 * basemap with AMap, copy link, language), without the alignment, which the national record does not have; one row
 * on every screen (on a phone the basemap and the link are behind "⋯", HeaderMore).
 */
import type { ReactNode } from 'react';
import type { Outbreak } from '../../data/schema';
import type { NationalViewState } from '../../url/national-codec';
import type { Language } from '../../url/view-state';
import { HeaderMore } from '../HeaderMore';
import { t } from '../i18n';
import { OutbreakPicker } from '../OutbreakPicker';
import { tn } from './messages';
import { ti } from '../outbreak-index/messages';

export interface NationalHeaderProps {
  lang: Language;
  outbreaks: readonly Outbreak[];
  basemap: NationalViewState['basemap'];
  offline: boolean;
  onOutbreak: (outbreak: string) => void;
  onBasemap: (basemap: NationalViewState['basemap']) => void;
  onLanguage: () => void;
  /** More controls for the menu (the animation export). */
  menuExtra?: ReactNode;
  /** A scoped view (an episode): its `o` is the picker's value and its title replaces the tagline. */
  scope?: { value: string; title: string; label: string };
}

export function NationalHeader({ lang, outbreaks, basemap, offline, onOutbreak, onBasemap, onLanguage, menuExtra, scope }: NationalHeaderProps) {
  return (
    <header className="app-header">
      <h1>
        {t(lang, 'appTitle')}
        <span className="tagline" data-testid="view-title">{scope?.title ?? tn(lang, 'nationalTagline')}</span>
      </h1>
      <div className="header-controls">
        <OutbreakPicker lang={lang} value={scope?.value ?? 'china'} onPick={onOutbreak}>
          {scope && <option value={scope.value}>{scope.label}</option>}
          <option value="china">{tn(lang, 'allChina')}</option>
          <option value="all">{t(lang, 'allOutbreaks')}</option>
          {outbreaks.map((o) => (
            <option key={o.id} value={o.id}>{lang === 'en' ? `${o.titleEn} (${o.period.start.slice(0, 7)})` : `${o.title}（${o.period.start.slice(0, 7)}）`}</option>
          ))}
          {/* Last, so the report outbreaks keep their places in the list (and the arrow keys' order). */}
          <option value="outbreaks">{ti(lang, 'pickerEntry')}</option>
        </OutbreakPicker>
        <HeaderMore lang={lang}>
          <label>
            <span className="visually-hidden">{t(lang, 'basemap')}</span>
            <select data-testid="basemap-picker" value={offline ? 'offline' : basemap} onChange={(e) => onBasemap(e.target.value as NationalViewState['basemap'])}>
              <option value="osm">{t(lang, 'basemapOsm')}</option>
              <option value="amap">{tn(lang, 'basemapAmap')}</option>
              <option value="offline">{t(lang, 'basemapOffline')}</option>
            </select>
          </label>
          {menuExtra}
        </HeaderMore>
        <button type="button" onClick={onLanguage} data-testid="language-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t(lang, 'language')}</button>
      </div>
    </header>
  );
}
