import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx$/.test(name) && !name.endsWith('.test.tsx') ? [full] : [];
  });
}

describe('message catalogues', () => {
  it('have the same placeholders in Japanese and English, and no empty message', () => {
    for (const [key, text] of Object.entries(ja)) {
      expect(text, key).not.toBe('');
      expect(en[key as keyof typeof ja], key).not.toBe('');
      expect(placeholders(en[key as keyof typeof ja]), key).toEqual(placeholders(text));
    }
  });

  it('are the only source of Japanese text in pages', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    // Comments may name Japanese terms (登録申込); code may not show them.
    const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const offenders = sourceFiles(path.resolve('src')).filter((file) => japanese.test(withoutComments(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
