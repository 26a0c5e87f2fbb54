import type { IgnoredParameter } from '../url/codec';
import type { Language } from '../url/view-state';
import { describeIgnored, t } from './i18n';

export function Notices({ lang, ignored, onDismiss, tilesFailed }: { lang: Language; ignored: IgnoredParameter[]; onDismiss: () => void; tilesFailed: boolean }) {
  if (!ignored.length && !tilesFailed) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {tilesFailed && <p data-testid="offline-notice">{t(lang, 'offlineFallback')}</p>}
      {ignored.length > 0 && (
        <div data-testid="ignored-notice">
          <p>{t(lang, 'ignoredIntro')}</p>
          <ul>{ignored.map((item, i) => <li key={`${item.key}-${i}`}>{describeIgnored(item, lang)}</li>)}</ul>
          <button type="button" onClick={onDismiss}>{t(lang, 'dismiss')}</button>
        </div>
      )}
    </div>
  );
}
