/**
 * Notices list areas under a header line (自6月28日18时起，将以下区域划定为高风险区：\n1.武侯区…小区；\n2.…). The items
 * carry neither date nor measure: both are the header's. A header is a sentence ending with a colon; its items are
 * the following lines that start with an enumerator (1. 2、 （3） 一、); a header without a date of its own that
 * follows such a list (将以下区域划定为中风险区：) keeps the date of the list before it.
 */
import type { Status } from '../data/schema';
import { headerCue } from './classify';
import type { DateMention } from './dates';
import type { Sentence } from './sentences';

export interface ListContext {
  header: Sentence;
  date?: DateMention;
  cue?: { status: Status; cue: string };
}

const ITEM = /^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(]\d{1,3}[)）])\s*[、.．)）]?\s*(?=\p{Script=Han})/u;
const HEADER_END = /[：:]\s*$/u;

export const isListItem = (text: string) => ITEM.test(text) && !/^\s*\d{1,2}月/u.test(text);

/** The list context of each sentence that is a list item (undefined for the others). */
export function listContexts(sentences: Sentence[], datesOf: (i: number) => DateMention[]): Array<ListContext | undefined> {
  const out: Array<ListContext | undefined> = [];
  let current: ListContext | undefined;
  let lastWasItem = false;
  sentences.forEach((s, i) => {
    if (HEADER_END.test(s.text)) {
      const own = datesOf(i);
      const date = own.length ? own[own.length - 1] : lastWasItem ? current?.date : undefined;
      current = { header: s, date, cue: headerCue(s.text) };
      lastWasItem = false;
      out.push(undefined);
      return;
    }
    const item = current !== undefined && s.paragraph > current.header.paragraph && isListItem(s.text);
    out.push(item ? current : undefined);
    lastWasItem = item;
    if (!item && s.paragraph !== current?.header.paragraph) current = undefined;
  });
  return out;
}
