/**
 * The one header of every view (outbreaks, national, episode, index, comparison): the app's title and the view's
 * name, the outbreak picker, the view's own controls, the "⋯" menu (basemap, the view's extras, copy link) and the
 * language, always in this order. One row on every screen: on a phone the menu's controls go behind "⋯".
 */
import type { ReactNode } from 'react';
import type { Outbreak } from '../../data/schema';
import { outbreakTitle } from '../../model/names';
import type { Language } from '../../url/view-state';
import { t } from './i18n';
import { BasemapPicker, type BasemapChoice } from './BasemapPicker';
import { HeaderMore } from './HeaderMore';
import { OutbreakPicker } from './OutbreakPicker';

export interface HeaderPicker {
  /** The view on screen: "all", "china", "outbreaks" (the index) or an outbreak id. */
  value: string;
  outbreaks: readonly Outbreak[];
  /** A scoped view's own entry (an episode), first in the list. */
  scope?: { value: string; label: string };
  /** Opens the view chosen (one of the values above). */
  onPick: (choice: string) => void;
}

export interface AppHeaderProps {
  lang: Language;
  /** The view's name beside the app's title. */
  tagline: string;
  /** Without one, the view has no picker (the comparison links back to the index instead). */
  picker?: HeaderPicker;
  /** The view's own controls in the row (the comparison's link to the index). */
  controls?: ReactNode;
  /** The map's basemap; views without a map have none, and then no menu unless `menu` is given. */
  basemap?: { value: BasemapChoice; choices: readonly BasemapChoice[]; onChange: (choice: BasemapChoice) => void };
  /** The view's controls for the menu, after the basemap (the timeline mode, the animation export). */
  menu?: ReactNode;
  onLanguage: () => void;
}

/** "安阳（2022-01）" / "Anyang (2022-01)": an outbreak with its month, so two of one city are told apart. */
const outbreakOption = (o: Outbreak, lang: Language) => (lang === 'en'
  ? `${outbreakTitle(o, lang)} (${o.period.start.slice(0, 7)})`
  : `${outbreakTitle(o, lang)}（${o.period.start.slice(0, 7)}）`);

export function AppHeader({ lang, tagline, picker, controls, basemap, menu, onLanguage }: AppHeaderProps) {
  const hasMenu = basemap !== undefined || menu !== undefined;
  return (
    <header className="app-header">
      <h1>
        {t(lang, 'appTitle')}
        <span className="tagline" data-testid="view-title">{tagline}</span>
      </h1>
      <div className="header-controls">
        {picker && (
          <OutbreakPicker lang={lang} value={picker.value} onPick={picker.onPick}>
            {picker.scope && <option value={picker.scope.value}>{picker.scope.label}</option>}
            <option value="all">{t(lang, 'allOutbreaks')}</option>
            <option value="china">{t(lang, 'allChina')}</option>
            {picker.outbreaks.map((o) => <option key={o.id} value={o.id}>{outbreakOption(o, lang)}</option>)}
            {/* Last, so the report outbreaks keep their places in the list (and the arrow keys' order). */}
            <option value="outbreaks">{t(lang, 'pickerEntry')}</option>
          </OutbreakPicker>
        )}
        {controls}
        {hasMenu && (
          <HeaderMore lang={lang}>
            {basemap && <BasemapPicker lang={lang} {...basemap} />}
            {menu}
          </HeaderMore>
        )}
        <button type="button" onClick={onLanguage} data-testid="language-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t(lang, 'language')}</button>
      </div>
    </header>
  );
}
