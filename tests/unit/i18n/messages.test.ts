/**
 * messages.json and the code agree: every key the code asks for exists, every
 * message is used, each tells translators what it is for, and placeholders
 * match what the code passes in.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../i18n-messages';
import { isStringLike, parse, sourceFiles, walk, where } from './source-scan';

const messages = loadMessages();
const keys = Object.keys(messages);
const FORMS = ['Zero', 'One', 'Two', 'Few', 'Many', 'Other'];

/** $name$ references in a message ($$ is an escaped dollar). */
const referenced = (message: string) =>
  [...message.replace(/\$\$/g, '').matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
const placeholderCount = (key: string) => Object.keys(messages[key]?.placeholders ?? {}).length;

interface Call {
  fn: 't' | 'plural';
  key: string;
  /** Substitutions passed, when the call shows how many. */
  substitutions?: number;
  at: string;
}

function substitutionsOf(arg: ts.Expression | undefined, none: number): number | undefined {
  if (!arg) return none;
  if (ts.isArrayLiteralExpression(arg)) return arg.elements.some(ts.isSpreadElement) ? undefined : arg.elements.length;
  if (isStringLike(arg) || ts.isNumericLiteral(arg) || ts.isTemplateExpression(arg)) return 1;
  return undefined;
}

/** The keys a key argument can be: a literal, or the literal branches of a ?: */
function keysIn(arg: ts.Expression): string[] {
  if (isStringLike(arg)) return [arg.text];
  if (ts.isParenthesizedExpression(arg)) return keysIn(arg.expression);
  if (ts.isConditionalExpression(arg)) return [...keysIn(arg.whenTrue), ...keysIn(arg.whenFalse)];
  return [];
}

const calls: Call[] = [];
const dynamicCalls: string[] = [];
const literals = new Set<string>();
for (const file of sourceFiles(['lib', 'components', 'entrypoints'])) {
  walk(parse(file), (node) => {
    if (isStringLike(node)) literals.add(node.text);
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
    const name = node.expression.text;
    if (name !== 't' && name !== 'plural' && name !== 'textWith') return;
    const fn = name === 'plural' ? 'plural' : 't';
    const [first, second, third] = node.arguments;
    if (!first) return;
    if (ts.isTemplateExpression(first)) dynamicCalls.push(where(node));
    // t('key'), t(cond ? 'a' : 'b'); t(KEYS[kind]) is fine too: its keys are literals elsewhere, and typed.
    for (const key of keysIn(first)) {
      calls.push({
        fn,
        key,
        substitutions: fn === 't' ? substitutionsOf(second, 0) : substitutionsOf(third, 1),
        at: where(node),
      });
    }
  });
}
const manifestRefs = ['wxt.config.ts', 'entrypoints/popup/index.html', 'entrypoints/sidepanel/index.html'].flatMap(
  (file) => [...readFileSync(file, 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!),
);
const pluralBases = new Set(calls.filter((c) => c.fn === 'plural').map((c) => c.key));

describe('messages.json', () => {
  it('has lowerCamelCase keys, unique ignoring case (Chrome ignores it)', () => {
    expect(keys.filter((key) => !/^[a-z][a-zA-Z0-9]*$/.test(key))).toEqual([]);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  it('gives every message a text and a description for translators', () => {
    const bare = keys.filter(
      (key) => !messages[key]!.message.trim() || (messages[key]!.description ?? '').trim().length < 10,
    );
    expect(bare).toEqual([]);
  });

  it('declares exactly the placeholders each message uses, as $1…$n in order', () => {
    const problems: string[] = [];
    for (const key of keys) {
      const { message, placeholders = {} } = messages[key]!;
      const declared = Object.keys(placeholders).map((name) => name.toLowerCase());
      const used = referenced(message);
      for (const name of used) if (!declared.includes(name)) problems.push(`${key}: $${name}$ is not declared`);
      for (const name of declared) if (!used.includes(name)) problems.push(`${key}: placeholder ${name} is never used`);
      const contents = Object.values(placeholders).map((p) => p.content);
      // A plural's singular may leave out the count ("the person" rather than "the 1 person").
      const other = key.endsWith('One') ? messages[`${key.slice(0, -3)}Other`] : undefined;
      const expected = other
        ? Object.values(other.placeholders ?? {}).map((p) => p.content)
        : contents.map((_, i) => `$${i + 1}`);
      if (contents.some((c, i) => (other ? !expected.includes(c) : c !== expected[i]))) {
        problems.push(`${key}: contents ${contents} are not $1…$n${other ? ' of its Other form' : ''}`);
      }
      const rest = message.replace(/\$\$/g, '').replace(/\$[a-zA-Z0-9_@]+\$/g, '');
      if (rest.includes('$')) problems.push(`${key}: a lone $ (write $$, or use a named placeholder)`);
    }
    expect(problems).toEqual([]);
  });

  it('has no "*/" (WXT copies messages and descriptions into doc comments in .wxt/types/i18n.d.ts)', () => {
    expect(keys.filter((key) => `${messages[key]!.message}${messages[key]!.description}`.includes('*/'))).toEqual([]);
  });

  it('has a real language code in appLocale (it picks the plural rules)', () => {
    expect(Intl.getCanonicalLocales(messages.appLocale!.message)).toHaveLength(1);
  });

  it('pairs every plural: <base>One with <base>Other, the singular using no other placeholders', () => {
    const problems: string[] = [];
    for (const key of keys.filter((k) => k.endsWith('One'))) {
      const other = `${key.slice(0, -3)}Other`;
      if (!messages[other]) problems.push(`${key} has no ${other}`);
      else {
        const otherNames = referenced(messages[other]!.message);
        const extra = referenced(messages[key]!.message).filter((name) => !otherNames.includes(name));
        if (extra.length > 0) problems.push(`${key} uses ${extra} that ${other} does not`);
        for (const [name, { content }] of Object.entries(messages[key]!.placeholders ?? {})) {
          const same = Object.entries(messages[other]!.placeholders ?? {}).find(
            ([n]) => n.toLowerCase() === name.toLowerCase(),
          );
          if (same && same[1].content !== content)
            problems.push(`${key}: ${name} is ${content} but ${same[1].content} in ${other}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('messages used in code', () => {
  it('finds the calls (the scan works)', () => {
    expect(calls.length).toBeGreaterThan(20);
    expect(manifestRefs).toContain('extName');
  });

  it('asks only for keys that exist', () => {
    const missing = calls
      .filter((c) => (c.fn === 't' ? !messages[c.key] : !messages[`${c.key}One`] || !messages[`${c.key}Other`]))
      .map((c) => `${c.at} ${c.fn}('${c.key}')`);
    expect(missing).toEqual([]);
    expect(manifestRefs.filter((key) => !messages[key])).toEqual([]);
  });

  it('builds no key from a template string (keys must be findable)', () => {
    expect(dynamicCalls).toEqual([]);
  });

  it('passes as many substitutions as the message has placeholders', () => {
    const wrong = calls
      .filter((c) => c.substitutions !== undefined)
      .filter((c) => {
        const key = c.fn === 't' ? c.key : `${c.key}Other`;
        return messages[key] && placeholderCount(key) !== c.substitutions;
      })
      .map(
        (c) =>
          `${c.at} ${c.fn}('${c.key}'): ${c.substitutions} for ${placeholderCount(c.fn === 't' ? c.key : `${c.key}Other`)}`,
      );
    expect(wrong).toEqual([]);
  });

  it('uses every message in messages.json', () => {
    const used = (key: string) =>
      literals.has(key) ||
      manifestRefs.includes(key) ||
      // A plural's base is found in a plural() call, or as a literal passed on to one (typed PluralBase).
      FORMS.some(
        (form) =>
          key.endsWith(form) &&
          (pluralBases.has(key.slice(0, -form.length)) || literals.has(key.slice(0, -form.length))),
      );
    expect(keys.filter((key) => !used(key))).toEqual([]);
  });
});
