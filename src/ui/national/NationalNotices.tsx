/** What the national view's URL held that could not be used, and what was done instead; dismissable. */
import type { NationalIgnored } from '../../url/national-codec';
import type { Language } from '../../url/view-state';
import { t } from '../i18n';

const REASONS: Record<NationalIgnored['reason'], { zh: string; en: string }> = {
  'unknown-key': { zh: '此视图不使用该参数', en: 'not used by this view' },
  'unknown-value': { zh: '未知取值', en: 'unknown value' },
  'unknown-feature': { zh: '没有这个风险区', en: 'no such risk area' },
  'bad-date': { zh: '不是有效日期', en: 'not a valid date' },
  'date-clamped': { zh: '超出名单时间范围（2020-07-29 至 2022-12-24），已调整到最近的日期', en: 'outside the lists (2020-07-29 to 2022-12-24); moved to the nearest day' },
  'bad-number': { zh: '不是有效数字', en: 'not a valid number' },
  'radius-clamped': { zh: '半径须在 1–50 公里之间，已调整到最近的值', en: 'the radius must be 1–50 km; set to the nearest' },
  'dates-swapped': { zh: '起始日期晚于结束日期，已交换', en: 'from was after to; swapped' },
  'outside-china': { zh: '该地点不在中国境内，名单只覆盖中国', en: 'the point is outside China, which the lists cover' },
};

export function NationalNotices({ lang, ignored, onDismiss, tilesFailed }: { lang: Language; ignored: NationalIgnored[]; onDismiss: () => void; tilesFailed: boolean }) {
  if (!ignored.length && !tilesFailed) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {tilesFailed && <p data-testid="offline-notice">{t(lang, 'offlineFallback')}</p>}
      {ignored.length > 0 && (
        <div data-testid="ignored-notice">
          <p>{t(lang, 'ignoredIntro')}</p>
          <ul>{ignored.map((item, i) => <li key={`${item.key}-${i}`}>{`${item.key}=${item.value.length > 40 ? `${item.value.slice(0, 40)}…` : item.value}: ${REASONS[item.reason][lang]}`}</li>)}</ul>
          <button type="button" onClick={onDismiss}>{t(lang, 'dismiss')}</button>
        </div>
      )}
    </div>
  );
}
