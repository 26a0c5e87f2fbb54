/** The index's header: the one header (../shell/AppHeader) with the picker on the index and no map menu. */
import type { Outbreak } from '../../data/schema';
import type { Language } from '../../url/view-state';
import { enterNational, leaveNational } from '../shell/navigation';
import { AppHeader } from '../shell/AppHeader';
import { ti } from './messages';

export function IndexHeader({ lang, outbreaks, onLanguage }: { lang: Language; outbreaks: readonly Outbreak[]; onLanguage: () => void }) {
  return (
    <AppHeader lang={lang} tagline={ti(lang, 'tagline')} onLanguage={onLanguage}
      picker={{ value: 'outbreaks', outbreaks, onPick: (choice) => (choice === 'china' ? enterNational(lang) : leaveNational(choice, lang)) }} />
  );
}
