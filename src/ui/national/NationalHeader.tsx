/**
 * The national view's header: the same controls as the outbreak views' (outbreak picker with 全国 / All China,
 * basemap with AMap, copy link, language), without the alignment, which the national record does not have.
 */
import { useState } from 'react';
import type { Outbreak } from '../../data/schema';
import type { NationalViewState } from '../../url/national-codec';
import type { Language } from '../../url/view-state';
import { t } from '../i18n';
import { tn } from './messages';

export interface NationalHeaderProps {
  lang: Language;
  outbreaks: readonly Outbreak[];
  basemap: NationalViewState['basemap'];
  offline: boolean;
  onOutbreak: (outbreak: string) => void;
  onBasemap: (basemap: NationalViewState['basemap']) => void;
  onLanguage: () => void;
}

export function NationalHeader({ lang, outbreaks, basemap, offline, onOutbreak, onBasemap, onLanguage }: NationalHeaderProps) {
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t(lang, 'copyLink'), window.location.href);
    }
  };
  return (
    <header className="app-header">
      <h1>
        {t(lang, 'appTitle')}
        <span className="tagline">{tn(lang, 'nationalTagline')}</span>
      </h1>
      <div className="header-controls">
        <label>
          <span className="visually-hidden">{t(lang, 'outbreak')}</span>
          <select data-testid="outbreak-picker" value="china" onChange={(e) => onOutbreak(e.target.value)}>
            <option value="china">{tn(lang, 'allChina')}</option>
            <option value="all">{t(lang, 'allOutbreaks')}</option>
            {outbreaks.map((o) => (
              <option key={o.id} value={o.id}>{lang === 'en' ? `${o.titleEn} (${o.period.start.slice(0, 7)})` : `${o.title}（${o.period.start.slice(0, 7)}）`}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t(lang, 'basemap')}</span>
          <select data-testid="basemap-picker" value={offline ? 'offline' : basemap} onChange={(e) => onBasemap(e.target.value as NationalViewState['basemap'])}>
            <option value="osm">{t(lang, 'basemapOsm')}</option>
            <option value="amap">{tn(lang, 'basemapAmap')}</option>
            <option value="offline">{t(lang, 'basemapOffline')}</option>
          </select>
        </label>
        <button type="button" onClick={copyLink} data-testid="copy-link">{copied ? t(lang, 'copied') : t(lang, 'copyLink')}</button>
        <button type="button" onClick={onLanguage} data-testid="language-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t(lang, 'language')}</button>
      </div>
    </header>
  );
}
