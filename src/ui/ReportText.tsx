/** The report the quote comes from, with the quoted passage highlighted and scrolled into view. Text only, no HTML. */
import { useEffect, useRef, useState } from 'react';
import { locateQuote } from '../data/quote';
import type { Language } from '../url/view-state';
import { t } from './i18n';

const cache = new Map<string, Promise<string>>();

function fetchReport(path: string): Promise<string> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(`./${path}`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

export function ReportText({ lang, reportPath, quote }: { lang: Language; reportPath: string; quote: string | null }) {
  // What came back for which report: a result for another path than the one asked for is still loading.
  const [loaded, setLoaded] = useState<{ path: string; text: string | null } | null>(null);
  const mark = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    fetchReport(reportPath).then(
      (body) => !cancelled && setLoaded({ path: reportPath, text: body }),
      () => !cancelled && setLoaded({ path: reportPath, text: null }),
    );
    return () => {
      cancelled = true;
    };
  }, [reportPath]);
  const current = loaded?.path === reportPath ? loaded : null;
  const text = current?.text ?? null;

  useEffect(() => {
    // Scroll only the report box: scrollIntoView would also scroll the panel and hide the feature's name.
    const container = box.current;
    const target = mark.current;
    if (container && target) container.scrollTop = target.offsetTop - container.offsetTop - container.clientHeight / 3;
  }, [text, quote]);

  if (current && text === null) return <p className="error">{t(lang, 'reportFailed')}</p>;
  if (text === null) return <p className="loading">{t(lang, 'reportLoading')}</p>;
  const range = quote ? locateQuote(text, quote) : null;
  return (
    <div className="report-text" lang="zh-CN" data-testid="report-text" ref={box}>
      {quote && !range && <p className="error">{t(lang, 'quoteNotFound')}</p>}
      {range ? (
        <>
          {text.slice(0, range.start)}
          <mark ref={mark} data-testid="quote-highlight">{text.slice(range.start, range.end)}</mark>
          {text.slice(range.end)}
        </>
      ) : text}
    </div>
  );
}
