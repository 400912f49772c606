/**
 * `npx node scripts/eval/debug-names.ts "Some text." …`: each candidate name of the given
 * paragraphs, how it was cleaned and classified, and the entities found (for rule work).
 */
import { classifyName, cleanCandidate } from '../ingest/classify-name.ts';
import { findEntities } from '../ingest/find-entities.ts';
import { findNameCandidates, maskEditorialBrackets, tokenise } from '../ingest/find-name-candidates.ts';
import { worldPlaces } from '../ingest/world-places.ts';
import { ingestContext } from '../../tests/helpers/ingest-context.ts';

const paragraphs = process.argv.slice(2);
paragraphs.forEach((paragraph) => {
  const text = maskEditorialBrackets(paragraph);
  const tokens = tokenise(text);
  console.log(tokens.map((t) => `${t.text}[${[...t.tags].join(',')}]${t.sentenceStart ? '^' : ''}`).join(' '));
  for (const c of findNameCandidates(text, tokens, () => true)) {
    const name = cleanCandidate(c, text);
    const kind = name && classifyName(name, worldPlaces());
    console.log(`  ${JSON.stringify(c.text)} → ${name ? JSON.stringify(name.text) : 'dropped'} ${kind ? `${kind.kind}/${kind.type} (${kind.strength ?? 1})` : ''}`);
  }
});
const { entityIndex } = await ingestContext();
for (const e of findEntities(paragraphs, entityIndex)) console.log(`${e.kind}/${e.type} ${e.id} ${JSON.stringify(e.surfaces)} ×${e.mentions}`);
