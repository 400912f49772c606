/**
 * Runs the real ingest (`ingestFile` with the project's gazetteer and outlets) on every article
 * of a gold set and scores its actors and places against the gold.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileOutcome, IngestContext } from '../ingest/ingest-file.ts';
import { ingestFile } from '../ingest/ingest-file.ts';
import type { SourceFile } from '../ingest/find-sources.ts';
import { ingestContext } from '../../tests/helpers/ingest-context.ts';
import { countForms, halfOfGold, loadGold, PROJECT_ROOT, type GoldDocument, type GoldHalf, type GoldSet } from './gold.ts';
import type { PredictedEntity } from './match.ts';
import { evaluateDocument, summarise, type DocumentResult, type Summary } from './score.ts';

export interface Evaluation {
  set: { id: string; label: string; goldFile: string; corpusDir: string; half: GoldHalf | 'all' };
  summary: Summary;
  documents: DocumentResult[];
  /** Gold articles the ingest did not turn into an article (scored as finding nothing). */
  notIngested: { file: string; diagnostics: string[] }[];
}

export interface Extraction {
  predicted: PredictedEntity[];
  /** The text the entity finder read: headline, standfirst, body. */
  inputText: string;
  ingested: boolean;
  diagnostics: string[];
}

/** One article through the real ingest; its actors and places as the evaluation sees them. */
export async function extract(absolutePath: string, relativePath: string, context: IngestContext): Promise<Extraction> {
  // `format` is read by ingests that take more than plain text; older ones ignore it.
  const source = { absolutePath, relativePath, supported: true, format: 'text' } as SourceFile;
  let result: FileOutcome | FileOutcome[];
  try {
    result = (await ingestFile(source, context)) as FileOutcome | FileOutcome[];
  } catch (error) {
    return { predicted: [], inputText: '', ingested: false, diagnostics: [`the ingest threw: ${(error as Error).message}`] };
  }
  const outcome = Array.isArray(result) ? result[0] : result;
  const article = outcome?.article;
  const diagnostics = (outcome?.diagnostics ?? []).filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
  if (!article) return { predicted: [], inputText: '', ingested: false, diagnostics };
  const { draft } = article;
  const inputText = [draft.title, draft.subtitle ?? '', ...article.body.map((b) => b.text)].filter(Boolean).join('\n\n');
  const predicted = article.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, type: e.type, origin: e.origin, surfaces: [...e.surfaces], mentions: e.mentions }));
  return { predicted, inputText, ingested: true, diagnostics };
}

/** Gold entities without a count get one from the article text, to order the error lists. */
async function withWeights(doc: GoldDocument, text: string): Promise<GoldDocument> {
  return { ...doc, entities: doc.entities.map((e) => ({ ...e, weight: e.weight ?? countForms(text, [...e.forms, e.text]) })) };
}

export async function evaluateGoldSet(set: GoldSet, context?: IngestContext, half: GoldHalf | 'all' = 'all'): Promise<Evaluation> {
  const ctx = context ?? (await ingestContext());
  const gold = halfOfGold(await loadGold(set), half);
  const documents: DocumentResult[] = [];
  const notIngested: Evaluation['notIngested'] = [];
  for (const doc of gold) {
    const absolutePath = path.resolve(set.corpusDir, doc.file);
    const text = await readFile(absolutePath, 'utf8').catch(() => {
      throw new Error(`${path.relative(PROJECT_ROOT, set.goldFile)}: the gold names ${JSON.stringify(doc.file)}, which is not in ${path.relative(PROJECT_ROOT, set.corpusDir) || '.'}. Fix the "file" path (it is relative to that folder).`);
    });
    const extraction = await extract(absolutePath, path.basename(doc.file), ctx);
    if (!extraction.ingested) notIngested.push({ file: doc.file, diagnostics: extraction.diagnostics });
    const weighted = await withWeights(doc, text);
    documents.push(evaluateDocument({ file: doc.file, title: doc.title, gold: weighted.entities, predicted: extraction.predicted, inputText: extraction.inputText }));
  }
  return {
    set: { id: set.id, label: half === 'all' ? set.label : `${set.label}, ${half} half`, half, goldFile: path.relative(PROJECT_ROOT, set.goldFile), corpusDir: path.relative(PROJECT_ROOT, set.corpusDir) },
    summary: summarise(documents),
    documents,
    notIngested,
  };
}
