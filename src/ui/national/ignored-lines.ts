/** What the national view's URL held that could not be used, and what was done instead: the lines of its notice (../shell/Notices.tsx). */
import type { NationalIgnored } from '../../url/national-codec';
import type { Language } from '../../url/view-state';
import { MAX_RADIUS_KM, MIN_RADIUS_KM } from '../../url/trip-codec';
import { ignoredLine, SHARED_IGNORED_REASONS } from '../shell/i18n';

const REASONS: Record<NationalIgnored['reason'], { zh: string; en: string }> = {
  ...SHARED_IGNORED_REASONS,
  'point-out-of-range': { zh: '不是地球上的点：纬度须在 −90 至 90、经度须在 −180 至 180 之间', en: 'not a point on Earth: latitude must be −90 to 90, longitude −180 to 180' },
  'radius-rounded': { zh: '半径已四舍五入到 10 米（0.01 公里）', en: 'the radius was rounded to 10 m (0.01 km)' },
  'unknown-key': { zh: '此视图不使用该参数', en: 'not used by this view' },
  'unknown-feature': { zh: '没有这个风险区', en: 'no such risk area' },
  'date-clamped': { zh: '超出名单时间范围（2020-07-29 至 2022-12-24），已调整到最近的日期', en: 'outside the lists (2020-07-29 to 2022-12-24); moved to the nearest day' },
  'radius-clamped': { zh: `半径须在 ${MIN_RADIUS_KM}–${MAX_RADIUS_KM} 公里之间，已调整到最近的值`, en: `the radius must be ${MIN_RADIUS_KM}–${MAX_RADIUS_KM} km; set to the nearest` },
  'dates-swapped': { zh: '起始日期晚于结束日期，已交换', en: 'from was after to; swapped' },
  'outside-china': { zh: '该地点不在中国境内，名单只覆盖中国', en: 'the point is outside China, which the lists cover' },
};

/** One line of the national "not used from the link" notice, in the reader's language. */
export const describeNationalIgnored = (item: NationalIgnored, lang: Language): string => ignoredLine(item.key, item.value, REASONS[item.reason][lang]);
