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


/**
 * "Technlogy", "Brazillian": a word of six letters or more, itself no English word, that one
 * vowel or one doubled letter added, or one doubled letter undoubled, makes a word `isWord`
 * accepts (a common word, a people's word): a misspelling of it, not a name.
 */
export function isMisspeltWord(word: string, isWord: (w: string) => boolean = isEnglishWord): boolean {
  const w = word.toLowerCase();
  if (w.length < 6 || !/^[a-z]+$/.test(w) || isWord(w)) return false;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === w[i - 1] || w[i] === w[i + 1] ? isWord(w.slice(0, i) + w.slice(i + 1)) : false) return true;
  }
  for (let i = 1; i < w.length; i++) for (const c of new Set(['a', 'e', 'i', 'o', 'u', w[i - 1]])) if (isWord(w.slice(0, i) + c + w.slice(i))) return true;
  return false;
}
