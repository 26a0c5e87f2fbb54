/**
 * The review of one draft for React: the session (src/model/review.ts), its report text, the selected candidate,
 * and the one message shown (a file that could not be opened, a save). Files are read in the browser; a file that
 * cannot be opened leaves everything as it was (the open draft, the map, the URL) and only says why.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatOutbreakJson } from '../../data/format-json';
import { isReportFile, MAX_DRAFT_BYTES, MAX_REPORT_BYTES, readDraft, readReport, sizeError, type ReportText, type ReviewFileError } from '../../model/review-files';
import type { DraftSection } from '../../model/draft-sections';
import { featureOf, markSaved, openSession, reviewCounts, savedFile, type ReviewSession } from '../../model/review';
import { reviewSection } from '../../model/review-sections';
import type { Language } from '../../url/view-state';
import { download } from '../shell/download';
import { fileErrorText, rt } from './messages';

/** A message in both languages, shown in the interface's. */
export interface ReviewNotice {
  tone: 'error' | 'info';
  text: (lang: Language) => string;
}

export interface OpenReport extends ReportText {
  name: string;
}

export interface DraftReview {
  session: ReviewSession | null;
  report: OpenReport | null;
  selectedId: string | null;
  notice: ReviewNotice | null;
  /** Increases each time a draft is opened (the view moves to its days then). */
  opened: number;
  open: (files: readonly File[]) => Promise<void>;
  change: (update: (session: ReviewSession) => ReviewSession) => void;
  /** Accepts or rejects a section's pending candidates, and says how many changed. */
  decideSection: (section: DraftSection, review: 'accepted' | 'rejected') => void;
  select: (id: string | null) => void;
  save: () => void;
  close: () => void;
  dismiss: () => void;
}

const fileError = (error: ReviewFileError, name: string): ReviewNotice => ({ tone: 'error', text: (lang) => fileErrorText(error, name, lang) });

async function bytesOf(file: File, limit: number): Promise<{ bytes: Uint8Array } | { error: ReviewFileError }> {
  // The size first: a file over the limit is never read into memory.
  const tooBig = sizeError(file.size, limit);
  if (tooBig) return { error: tooBig };
  return { bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function useDraftReview(): DraftReview {
  const [session, setSession] = useState<ReviewSession | null>(null);
  const [report, setReport] = useState<OpenReport | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReviewNotice | null>(null);
  const [opened, setOpened] = useState(0);
  const [closeArmed, setCloseArmed] = useState(false);

  const open = useCallback(async (files: readonly File[]) => {
    const draftFile = files.find((f) => !isReportFile(f.name));
    const reportFile = files.find((f) => isReportFile(f.name));
    let draft = session?.draft ?? null;
    if (draftFile) {
      if (session?.unsaved) {
        setNotice({ tone: 'error', text: (lang) => rt(lang, 'closeUnsaved') });
        return;
      }
      const read = await bytesOf(draftFile, MAX_DRAFT_BYTES);
      const parsed = 'error' in read ? { ok: false as const, error: read.error } : readDraft(read.bytes);
      if (!parsed.ok) {
        setNotice(fileError(parsed.error, draftFile.name));
        return;
      }
      draft = parsed.value;
      setSession(openSession(parsed.value, draftFile.name));
      setReport(null);
      setSelectedId(null);
      setNotice(null);
      setCloseArmed(false);
      setOpened((n) => n + 1);
    }
    if (reportFile) {
      const read = await bytesOf(reportFile, MAX_REPORT_BYTES);
      const parsed = 'error' in read ? { ok: false as const, error: read.error } : readReport(read.bytes, draft);
      if (!parsed.ok) {
        setNotice(fileError(parsed.error, reportFile.name));
        return;
      }
      setReport({ ...parsed.value, name: reportFile.name });
      if (!draftFile) setNotice(null);
    }
  }, [session]);

  const change = useCallback((update: (current: ReviewSession) => ReviewSession) => {
    setSession((current) => (current ? update(current) : current));
    setCloseArmed(false);
  }, []);

  const decideSection = useCallback((section: DraftSection, review: 'accepted' | 'rejected') => {
    if (!session) return;
    const result = reviewSection(session, section, review);
    setSession(result.session);
    setCloseArmed(false);
    setNotice({ tone: 'info', text: (lang) => rt(lang, review === 'accepted' ? 'sectionAccepted' : 'sectionRejected', { heading: section.heading, n: result.changed }) });
  }, [session]);

  const save = useCallback(() => {
    if (!session) return;
    const outcome = savedFile(session);
    if (!outcome.ok) {
      const names = outcome.moved.map((id) => featureOf(session, id)?.properties.name ?? id);
      setNotice({ tone: 'error', text: (lang) => (names.length ? rt(lang, 'saveMoved', { names: names.join(lang === 'zh' ? '、' : ', ') }) : rt(lang, 'saveInvalid', { issues: outcome.issues.join('; ') })) });
      return;
    }
    download(outcome.fileName, 'application/geo+json', formatOutbreakJson(outcome.file));
    setSession(markSaved(session));
    const pending = reviewCounts(outcome.file).pending;
    const reportPath = outcome.file.outbreak.report;
    setNotice({
      tone: 'info',
      text: (lang) => [rt(lang, 'saved', { name: outcome.fileName }), pending ? rt(lang, 'savePending', { n: pending }) : rt(lang, 'saveNext', { report: reportPath })].join(' '),
    });
  }, [session]);

  const close = useCallback(() => {
    if (session?.unsaved && !closeArmed) {
      setCloseArmed(true);
      setNotice({ tone: 'error', text: (lang) => rt(lang, 'closeUnsaved') });
      return;
    }
    setSession(null);
    setReport(null);
    setSelectedId(null);
    setNotice(null);
    setCloseArmed(false);
  }, [session, closeArmed]);

  // Leaving the page (reload, another address, closing the tab) would lose the review: the browser asks first.
  const unsaved = session?.unsaved ?? false;
  useEffect(() => {
    if (!unsaved) return undefined;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  const dismiss = useCallback(() => setNotice(null), []);
  return { session, report, selectedId, notice, opened, open, change, decideSection, select: setSelectedId, save, close, dismiss };
}
