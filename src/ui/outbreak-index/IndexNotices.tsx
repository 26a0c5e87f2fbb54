/** What the index's URL held that could not be used, as the other views say it (Notices.tsx), above the table. */
import type { OutbreakIndexIgnored } from '../../url/outbreak-index-codec';
import { MAX_SEARCH_LENGTH } from '../../url/codec';
import type { Language } from '../../url/view-state';
import { ignoredLine, SHARED_IGNORED_REASONS } from '../i18n';
import { Notices } from '../shell/Notices';

const REASONS: Record<OutbreakIndexIgnored['reason'], { zh: string; en: string }> = {
  'too-long': SHARED_IGNORED_REASONS['too-long'],
  'unknown-key': { zh: '此视图不使用该参数', en: 'not used by this view' },
  'unknown-value': { zh: '未知取值', en: 'unknown value' },
  'search-too-long': { zh: `搜索词最多 ${MAX_SEARCH_LENGTH} 个字符，未使用`, en: `a search is at most ${MAX_SEARCH_LENGTH} characters; not used` },
  'unsafe-text': { zh: '含有不允许的字符', en: 'contains characters that are not allowed' },
};

export function IndexNotices({ lang, ignored, onDismiss }: { lang: Language; ignored: readonly OutbreakIndexIgnored[]; onDismiss: () => void }) {
  const lines = ignored.map((item) => ignoredLine(item.key, item.value, REASONS[item.reason][lang]));
  return <div className="index-notices"><Notices lang={lang} ignored={lines} onDismiss={onDismiss} tilesFailed={false} /></div>;
}
