/**
 * `npx node scripts/eval-entities.ts [--gold gum|interviews|interviews-2|bundled|both|all] [--half dev|held-out|all] [--json] [--docs] [--errors] [--limit N]`
 *
 * Measures the entity extractor: runs the real ingest on the articles of a gold set and scores
 * the actors and places it finds against gold entities, at document level. It measures and
 * does not judge: exit 0 whatever the scores, 2 on bad arguments (or unreadable gold).
 */
import { parseArgs } from 'node:util';
import { GOLD_SETS, halfFor, type GoldHalf, type GoldSetId } from './eval/gold.ts';
import { formatEvaluation } from './eval/report.ts';
import { evaluateGoldSet, type Evaluation } from './eval/run.ts';
import { ingestContext } from '../tests/helpers/ingest-context.ts';

export const USAGE = `Usage: npx node scripts/eval-entities.ts [options]

Scores the ingest's actors and places against gold entities (each entity once per article).

Options:
  --gold SET     gum (tests/fixtures/gum-wikinews, 24 Wikinews news articles, GUM gold),
                 interviews (tests/fixtures/gum-wikinews-interviews, 12 Wikinews
                 interviews, GUM gold; no rule was developed on them: out-of-sample),
                 interviews-2 (tests/fixtures/gum-wikinews-interviews-2, 7 more
                 interviews, GUM gold; held out as a whole: never develop rules on it),
                 bundled (content/corpus, tests/fixtures/entity-gold/bundled-corpus.jsonl),
                 both (gum and bundled, the default) or all (gum, interviews,
                 interviews-2 and bundled)
  --half HALF    dev, held-out or all (default): score only the even (dev) or odd
                 (held-out) articles in file-name order; develop rules on dev errors only.
                 interviews-2 has no dev half: dev leaves it out, held-out scores all of it
  --json         print the full result as JSON (scores, per-article results, all errors)
  --docs         one line of scores per article
  --errors       list the false positives, false negatives and kind mismatches
  --limit N      examples per list (default 15; 0 for all)
  --help         this text

Matching rules: scripts/eval/normalise.ts and scripts/eval/match.ts; gold conventions:
tests/fixtures/entity-gold/README.md. Exit status: 0 (it measures), 2 on bad arguments.`;

export interface EvalCliOptions {
  sets: GoldSetId[];
  half: GoldHalf | 'all';
  json: boolean;
  documents: boolean;
  errors: boolean;
  limit: number;
}

export class UsageError extends Error {}

export function readEvalOptions(argv: string[]): EvalCliOptions | 'help' {
  const parse = () => parseArgs({
    args: argv,
    options: {
      gold: { type: 'string', default: 'both' },
      half: { type: 'string', default: 'all' },
      json: { type: 'boolean', default: false },
      docs: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      errors: { type: 'boolean', default: false },
      limit: { type: 'string', default: '15' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  const gold = values.gold;
  const choices: Record<string, GoldSetId[]> = { gum: ['gum'], interviews: ['interviews'], 'interviews-2': ['interviews-2'], bundled: ['bundled'], both: ['gum', 'bundled'], all: ['gum', 'interviews', 'interviews-2', 'bundled'] };
  if (!Object.hasOwn(choices, gold)) throw new UsageError(`expected --gold gum, interviews, interviews-2, bundled, both or all, found ${JSON.stringify(gold)}`);
  const half = values.half;
  if (half !== 'dev' && half !== 'held-out' && half !== 'all') throw new UsageError(`expected --half dev, held-out or all, found ${JSON.stringify(half)}`);
  if (!/^\d+$/.test(values.limit)) throw new UsageError(`expected --limit to be a whole number (0 for all), found ${JSON.stringify(values.limit)}`);
  return {
    sets: choices[gold],
    half,
    json: values.json,
    documents: values.docs || values.verbose,
    errors: values.errors || values.verbose,
    limit: Number(values.limit),
  };
}

export async function runEvalCli(argv: string[]): Promise<number> {
  let options: EvalCliOptions | 'help';
  try {
    options = readEvalOptions(argv);
  } catch (error) {
    console.error(`eval-entities: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const context = await ingestContext();
  const evaluations: Evaluation[] = [];
  for (const id of options.sets) {
    const half = halfFor(GOLD_SETS[id], options.half);
    if (half === null) {
      console.error(`eval-entities: ${id} is held out as a whole (no dev half); left out of --half dev`);
      continue;
    }
    try {
      evaluations.push(await evaluateGoldSet(GOLD_SETS[id], context, half));
    } catch (error) {
      console.error(`eval-entities: ${(error as Error).message}`);
      return 2;
    }
  }
  if (options.json) console.log(JSON.stringify(evaluations.length === 1 ? evaluations[0] : evaluations, null, 2));
  else console.log(evaluations.map((e) => formatEvaluation(e, options)).join('\n\n'));
  return 0;
}

if (import.meta.main) {
  process.exitCode = await runEvalCli(process.argv.slice(2));
}
