/** A button that opens the file picker for a draft and/or its report text (read in the browser only). */
import { useRef } from 'react';
import type { Language } from '../../url/view-state';
import { rt, type ReviewMessageKey } from './messages';

export interface OpenDraftButtonProps {
  lang: Language;
  onFiles: (files: File[]) => void;
  label?: ReviewMessageKey;
  /** `report`: the picker offers text files only. */
  accept?: 'draft' | 'report';
  testId?: string;
}

export function OpenDraftButton({ lang, onFiles, label = 'openDraft', accept = 'draft', testId = 'open-draft' }: OpenDraftButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid={testId}>{rt(lang, label)}</button>
      <input
        ref={input} type="file" multiple={accept === 'draft'} hidden data-testid={`${testId}-input`}
        accept={accept === 'draft' ? '.geojson,.json,application/geo+json,application/json,.txt,text/plain' : '.txt,text/plain'}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that choosing the same file again (after fixing it) opens it again.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
