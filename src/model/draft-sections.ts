/**
 * The notice sections a draft's candidates were listed under (一、高风险区降为中风险区（4个）…, issue 24 item 4), in
 * the notice's order, with the count each heading states. Read once when a draft is opened (review.ts).
 */
import type { DraftFeature } from '../data/draft-schema';

export interface DraftSection {
  /** The section's place in the notice. */
  order: number;
  /** Its line as written. */
  heading: string;
  /** The number of places the heading states, when it states one. */
  count?: number;
  /** Ids of its candidates, in the draft's order. */
  members: readonly string[];
}

export interface DraftGroups {
  sections: readonly DraftSection[];
  /** Candidates listed under no section, in the draft's order. */
  ungrouped: readonly string[];
}

/** Sections by order, then heading (two headings given one order by a faulty tool stay apart rather than merged). */
export function groupBySection(features: readonly DraftFeature[]): DraftGroups {
  const sections = new Map<string, { order: number; heading: string; count?: number; members: string[] }>();
  const ungrouped: string[] = [];
  for (const { properties: p } of features) {
    if (!p.section) {
      ungrouped.push(p.id);
      continue;
    }
    const key = `${p.section.order}\u0000${p.section.heading}`;
    let section = sections.get(key);
    if (!section) {
      section = { order: p.section.order, heading: p.section.heading, members: [] };
      if (p.section.count !== undefined) section.count = p.section.count;
      sections.set(key, section);
    }
    section.members.push(p.id);
  }
  const ordered = [...sections.values()].sort((a, b) => a.order - b.order || a.heading.localeCompare(b.heading));
  return { sections: ordered, ungrouped };
}

