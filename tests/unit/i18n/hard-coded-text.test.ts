/**
 * No interface text hard-coded in the components: JSX text and user-facing
 * attributes take their words from messages.json through t(). Catches new
 * English as it is written.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { hardCodedText } from './hard-coded';
import { parse, sourceFiles } from './source-scan';

const sample = (code: string) =>
  hardCodedText(ts.createSourceFile('sample.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)).map((line) =>
    line.replace(/^sample\.tsx:\d+ /, ''),
  );

describe('the hard-coded text check', () => {
  it('flags text a person reads', () => {
    expect(sample('const a = <p>Hello {name}</p>;')).toEqual(['Hello']);
    expect(sample('const a = <button aria-label="Close">×</button>;')).toEqual(['"Close"']);
    expect(sample('const a = <input placeholder={`e.g. ${x}`} />;')).toEqual(['`e.g. ${x}`']);
    expect(sample("const a = <p>{busy ? 'Saving…' : t('save')}</p>;")).toEqual(["'Saving…'"]);
    expect(sample("const a = <p>{error && 'Failed'}</p>;")).toEqual(["'Failed'"]);
    expect(sample("if (!confirm('Delete it?')) return;")).toEqual(["'Delete it?'"]);
  });

  it('leaves code and symbols alone', () => {
    expect(sample("const a = <p className=\"small muted\" data-testid='x'>{t('hi')} · {n} — ×</p>;")).toEqual([]);
    expect(sample("const a = <p>{kind === 'overdue' ? t('late') : name}</p>;")).toEqual([]);
    expect(sample("const a = <span aria-label={t('close')} title={label} />;")).toEqual([]);
  });
});

describe('hard-coded interface text in components', () => {
  const files = sourceFiles(['components'], /\.tsx$/);

  it('scans the components', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds none: use t() with a key in public/_locales/en/messages.json', () => {
    expect(files.flatMap((file) => hardCodedText(parse(file)))).toEqual([]);
  });
});
