/** Command line of `npm run ingest`: options, usage text and exit codes (0 drafted, 1 bad input, 2 bad usage). */
import { ERA_REASON, isEraYear } from '../../src/data/era';

export const USAGE = `usage: npm run ingest -- <report.txt> [options]

Drafts candidate features from a Chinese news report for review: every feature is "review": "pending" with a
confidence and the quote it comes from. The prefecture and county are read from the text unless --city is given.

options:
  --city <name>     the prefecture the report is about, full or short (温州市, 温州, 北京市, 阿拉善盟); a county-level
                    city or county (江阴市) is taken as that county of its prefecture
  --year <YYYY>     the year, when the report does not write it: 2019–2023 (the years of COVID-19 measures in
                    China); refused when the report's own dates written with a year contradict it
  --out <file>      the draft to write (default drafts/<id>.geojson; never under geo/outbreaks/); the normalised
                    report text goes beside it as <id>.report.txt
  --source <name>   the seed file (NNN_<16 hex>.txt) the report came from
  --quiet           print only errors and warnings
  -h, --help        print this help and exit

exit status: 0 draft written, 1 the report could not be drafted (nothing written), 2 bad command line (or a
--year the report contradicts)`;

export interface IngestArgs { input?: string; city?: string; year?: number; out?: string; source?: string; quiet: boolean; help: boolean }

const WITH_VALUE = new Set(['--city', '--year', '--out', '--source']);

/** The parsed options, or the reason the command line is unusable. */
export function parseIngestArgs(argv: string[]): IngestArgs | string {
  const args: IngestArgs = { quiet: false, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { args.help = true; continue; }
    if (a === '--quiet') { args.quiet = true; continue; }
    if (WITH_VALUE.has(a)) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return `${a} needs a value`;
      i += 1;
      if (a === '--city') args.city = v;
      else if (a === '--out') args.out = v;
      else if (a === '--source') args.source = v;
      else if (!/^\d{4}$/.test(v)) return `--year needs a four-digit year, got ${v}`;
      else if (!isEraYear(Number(v))) return `--year ${v} is outside ${ERA_REASON}`;
      else args.year = Number(v);
      continue;
    }
    if (a.startsWith('-')) return `unknown option ${a}`;
    if (args.input) return `only one report at a time (got ${args.input} and ${a})`;
    args.input = a;
  }
  if (args.help) return args;
  return args.input ? args : 'no report file given';
}
