/** What the index's URL held that could not be used, as the other views say it (Notices.tsx), above the table. */
import type { OutbreakIndexIgnored } from '../../url/outbreak-index-codec';
import type { Language } from '../../url/view-state';
import { ignoredLine, SHARED_IGNORED_REASONS } from '../shell/i18n';
import { Notices } from '../shell/Notices';

const REASONS: Record<OutbreakIndexIgnored['reason'], { zh: string; en: string }> = {
  ...SHARED_IGNORED_REASONS,
  'unknown-key': { zh: '此视图不使用该参数', en: 'not used by this view' },
};

export function IndexNotices({ lang, ignored, onDismiss }: { lang: Language; ignored: readonly OutbreakIndexIgnored[]; onDismiss: () => void }) {
  const lines = ignored.map((item) => ignoredLine(item.key, item.value, REASONS[item.reason][lang]));
  return <div className="index-notices"><Notices lang={lang} ignored={lines} onDismiss={onDismiss} tilesFailed={false} /></div>;
}
