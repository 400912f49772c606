/**
 * Common English words (`word-list`, 274,000 lower-case words), to tell a capitalised common
 * word ("Iodine", "Festival") from a name ("Lombardy"). Loaded once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
