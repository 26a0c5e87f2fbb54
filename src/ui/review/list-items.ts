/**
 * The rows of the candidate list, in order: without sections, the candidates as the draft lists them; with
 * sections, each section's heading row followed by its candidates, then the candidates under no section behind
 * a heading of their own. Pure, made once per opened draft (sections never change during a review).
 */
import type { DraftGroups, DraftSection } from '../../model/draft-sections';

export type ListItem =
  | { kind: 'section'; section: DraftSection }
  | { kind: 'ungrouped'; size: number }
  | { kind: 'candidate'; id: string };

export interface CandidateListItems {
  items: readonly ListItem[];
  /** Row of each candidate by id, and of each section by order. */
  rowOfCandidate: ReadonlyMap<string, number>;
  rowOfSection: ReadonlyMap<DraftSection, number>;
}

export function listItems(groups: DraftGroups): CandidateListItems {
  const items: ListItem[] = [];
  const rowOfCandidate = new Map<string, number>();
  const rowOfSection = new Map<DraftSection, number>();
  const candidates = (ids: readonly string[]) => {
    for (const id of ids) {
      rowOfCandidate.set(id, items.length);
      items.push({ kind: 'candidate', id });
    }
  };
  for (const section of groups.sections) {
    rowOfSection.set(section, items.length);
    items.push({ kind: 'section', section });
    candidates(section.members);
  }
  if (groups.sections.length && groups.ungrouped.length) items.push({ kind: 'ungrouped', size: groups.ungrouped.length });
  candidates(groups.ungrouped);
  return { items, rowOfCandidate, rowOfSection };
}
