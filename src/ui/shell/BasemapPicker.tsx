/** The basemap choice of the header's menu: the tiles a view offers (AMap only where GCJ-02 display is set up) and the offline outlines. */
import type { Language } from '../../url/view-state';
import { t } from './i18n';

export type BasemapChoice = 'osm' | 'amap' | 'offline';

const LABELS: Record<BasemapChoice, (lang: Language) => string> = {
  osm: (lang) => t(lang, 'basemapOsm'),
  amap: (lang) => t(lang, 'basemapAmap'),
  offline: (lang) => t(lang, 'basemapOffline'),
};

export function BasemapPicker({ lang, value, choices, onChange }: {
  lang: Language; value: BasemapChoice; choices: readonly BasemapChoice[]; onChange: (choice: BasemapChoice) => void;
}) {
  return (
    <label>
      <span className="visually-hidden">{t(lang, 'basemap')}</span>
      <select data-testid="basemap-picker" value={value} onChange={(e) => {
        const chosen = choices.find((choice) => choice === e.target.value);
        if (chosen) onChange(chosen);
      }}>
        {choices.map((choice) => <option key={choice} value={choice}>{LABELS[choice](lang)}</option>)}
      </select>
    </label>
  );
}
