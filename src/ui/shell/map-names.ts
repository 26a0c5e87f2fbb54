/** The map's names for screen readers, in the interface's language: a marker says what and where it is today. */
import { isCoarse } from '../../data/precision';
import type { MapNames } from '../../map/outbreaks/feature-layers';
import { placeLabel } from '../../model/names';
import type { Language } from '../../url/view-state';
import { KIND_LABELS, PRECISION_LABELS, STATUS_LABELS, t, tn } from './i18n';

export function mapNames(lang: Language): MapNames {
  return {
    place: (properties, status) => {
      const parts = [placeLabel(properties, lang), KIND_LABELS[properties.kind][lang], status ? STATUS_LABELS[status][lang] : t(lang, 'noStatus')];
      if (isCoarse(properties.precision)) parts.push(t(lang, 'approximate', { p: PRECISION_LABELS[properties.precision][lang].toLowerCase() }));
      return parts.join(', ');
    },
    map: t(lang, 'mapKeys'),
    cluster: (count, county) => (county
      ? tn(lang, 'placesNear', count, { place: lang === 'en' ? county.nameEn : county.name })
      : tn(lang, 'places', count)),
  };
}
