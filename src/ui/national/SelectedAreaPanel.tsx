/**
 * The official area opened in the national view: its record read into the words of the area panel
 * (OfficialAreaPanel) in the reader's language, with the report places matched to its address.
 */
import type { AtlasData } from '../../model/atlas-data';
import type { NationalRecord } from '../../national/record';
import { AREA_FLAGS, PRECISION_RULES } from '../../official/codes';
import { OFFICIAL_CREDIT } from '../../official/credit';
import type { Language } from '../../url/view-state';
import { tn } from './messages';
import { OfficialAreaPanel } from './OfficialAreaPanel';

export function SelectedAreaPanel({ lang, day, record, id, data, onDate, onSelectReport, onClose }: {
  lang: Language; day: number; record: NationalRecord; id: number; data: AtlasData;
  onDate: (day: number) => void; onSelectReport: (featureId: string) => void; onClose: () => void;
}) {
  const area = record.area(id);
  if (!area) return null;
  const chain = [area.province, area.prefecture !== area.province ? area.prefecture : '', area.county ?? '', area.township ?? '', area.village ?? ''].filter(Boolean);
  const matched = data.features.filter((f) => f.feature.properties.geometrySource === `official:${area.address}`);
  return (
    <OfficialAreaPanel
      lang={lang} day={day} credit={OFFICIAL_CREDIT[lang]}
      area={{
        id: area.id, address: area.address, variants: area.variants, chain,
        precision: area.precision, ruleText: PRECISION_RULES[area.precisionRule][lang],
        flagTexts: area.flags.map((flag) => AREA_FLAGS[flag][lang]),
        history: record.historyOf(area.id),
        sourceText: tn(lang, 'listSource'),
      }}
      matchedReports={matched.map((f) => ({ featureId: f.feature.properties.id, name: lang === 'en' ? f.feature.properties.nameEn : f.feature.properties.name }))}
      onDate={onDate} onSelectReport={onSelectReport} onClose={onClose}
    />
  );
}
