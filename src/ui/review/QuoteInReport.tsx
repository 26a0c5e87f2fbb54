/**
 * A draft event's quote: highlighted in the report text when the reviewer opened it, else shown alone with a note
 * saying where the report is. Text only, no HTML.
 */
import { useEffect, useRef } from 'react';
import { locateQuote } from '../../data/quote';
import type { Language } from '../../url/view-state';
import { rt } from './messages';
import type { OpenReport } from './useDraftReview';

export interface QuoteInReportProps {
  lang: Language;
  quote: string;
  report: OpenReport | null;
  /** The report the draft cites (geo/reports/<id>.txt) and the draft's id, for the note when none is open. */
  reportPath: string;
  draftId: string;
}

export function QuoteInReport({ lang, quote, report, reportPath, draftId }: QuoteInReportProps) {
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  const range = report ? locateQuote(report.text, quote) : null;

  useEffect(() => {
    // Scroll only the report box, so the candidate's name stays in sight.
    const container = box.current;
    const target = mark.current;
    if (container && target) container.scrollTop = target.offsetTop - container.offsetTop - container.clientHeight / 3;
  }, [quote, report]);

  if (!report || !range) {
    return (
      <div className="review-quote" data-testid="review-quote">
        <blockquote lang="zh-CN">{quote}</blockquote>
        <p className="review-hint">{report ? rt(lang, 'quoteMissing') : rt(lang, 'noReport', { path: reportPath, id: draftId })}</p>
      </div>
    );
  }
  return (
    <div className="report-text review-report-text" lang="zh-CN" data-testid="review-report-text" ref={box}>
      {report.text.slice(0, range.start)}
      <mark ref={mark} data-testid="review-quote-highlight">{report.text.slice(range.start, range.end)}</mark>
      {report.text.slice(range.end)}
    </div>
  );
}
