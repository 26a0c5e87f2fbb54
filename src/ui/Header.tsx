import { useState } from 'react';
import type { AtlasData } from '../data/load';
import type { Language, ViewState } from '../url/view-state';
import { t } from './i18n';
import { tn } from './national/messages';
import { enterNational } from './national/route';

export interface HeaderProps {
  lang: Language;
  view: ViewState;
  data: AtlasData;
  offline: boolean;
  onChange: (patch: Partial<ViewState>, mode?: 'replace' | 'push') => void;
}

export function Header({ lang, view, data, offline, onChange }: HeaderProps) {
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
  const pickOutbreak = (outbreak: string) => {
    if (outbreak === 'china') {
      enterNational(lang);
      return;
    }
    const bounds = data.outbreaks.find((o) => o.id === outbreak)?.period;
    const date = view.date;
    const inside = !bounds || (date >= bounds.start && date <= bounds.end);
    onChange({ outbreak, selected: null, zoom: null, centre: null, date: inside ? date : bounds.start, alignDay: 0 }, 'push');
  };
  return (
    <header className="app-header">
      <h1>
        {t(lang, 'appTitle')}
        <span className="tagline">{t(lang, 'tagline')}</span>
      </h1>
      <div className="header-controls">
        <label>
          <span className="visually-hidden">{t(lang, 'outbreak')}</span>
          <select data-testid="outbreak-picker" value={view.outbreak} onChange={(e) => pickOutbreak(e.target.value)}>
            <option value="all">{t(lang, 'allOutbreaks')}</option>
            <option value="china">{tn(lang, 'allChina')}</option>
            {data.outbreaks.map((o) => (
              <option key={o.id} value={o.id}>{lang === 'en' ? `${o.titleEn} (${o.period.start.slice(0, 7)})` : `${o.title}（${o.period.start.slice(0, 7)}）`}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t(lang, 'align')}</span>
          <select data-testid="align-picker" value={view.align} onChange={(e) => onChange({ align: e.target.value as ViewState['align'] }, 'push')}>
            <option value="calendar">{t(lang, 'alignCalendar')}</option>
            <option value="first-case">{t(lang, 'alignFirstCase')}</option>
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t(lang, 'basemap')}</span>
          <select data-testid="basemap-picker" value={offline ? 'offline' : 'osm'} onChange={(e) => onChange({ basemap: e.target.value as ViewState['basemap'] }, 'push')}>
            <option value="osm">{t(lang, 'basemapOsm')}</option>
            <option value="offline">{t(lang, 'basemapOffline')}</option>
          </select>
        </label>
        <button type="button" onClick={copyLink} data-testid="copy-link">{copied ? t(lang, 'copied') : t(lang, 'copyLink')}</button>
        <button type="button" onClick={() => onChange({ lang: lang === 'zh' ? 'en' : 'zh' }, 'push')} data-testid="language-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t(lang, 'language')}
        </button>
      </div>
    </header>
  );
}
