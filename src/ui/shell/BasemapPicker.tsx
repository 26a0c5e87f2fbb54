/** The basemap choice of the header's menu: the tiles a view offers (AMap only where GCJ-02 display is set up) and the offline outlines. */
import type { Language } from '../../url/view-state';
import { t } from './i18n';
import { MenuSelect } from './MenuSelect';

export type BasemapChoice = 'osm' | 'amap' | 'offline';

const LABEL_KEYS = { osm: 'basemapOsm', amap: 'basemapAmap', offline: 'basemapOffline' } as const;

export function BasemapPicker({ lang, value, choices, onChange }: {
  lang: Language; value: BasemapChoice; choices: readonly BasemapChoice[]; onChange: (choice: BasemapChoice) => void;
}) {
  const labelled = choices.map((choice) => ({ value: choice, label: t(lang, LABEL_KEYS[choice]) }));
  return <MenuSelect label={t(lang, 'basemap')} testId="basemap-picker" value={value} choices={labelled} onChange={onChange} />;
}
