// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { clipArticle } from '@/lib/content/research-clip';
import { ResearchClip } from '@/lib/domain/model';

const NOW = Date.UTC(2024, 4, 30);

function page(name: string): Document {
  // (jsdom replaces the global URL, so build a path rather than a file URL.)
  const html = readFileSync(join(__dirname, '../../fixtures/articles', `${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const serialise = (doc: Document) => new XMLSerializer().serializeToString(doc);

describe('clipArticle on article pages', () => {
  it.each([
    [
      'news-article',
      'Regional hospitals turn to UX research to cut waiting times',
      'Priya Raman',
      'The Harbour Ledger',
      'shadowing nurses',
    ],
    [
      'blog-post',
      'What I learned from twenty coffee chats — Notes from the Switch',
      'Marco Bellini',
      'Notes from the Switch',
      'almost every conversation ended with a name',
    ],
    [
      'company-about',
      'About us — Fernwood Analytics',
      undefined,
      'Fernwood Analytics',
      'find leaks before they become floods',
    ],
  ])('%s: title, byline, site, excerpt and plain text', (name, title, byline, site, phrase) => {
    const url = `https://example.com/${name}`;
    const result = clipArticle(page(name), url, NOW);
    expect(result.readable).toBe(true);
    const { clip } = result;
    expect(clip).toMatchObject({ url, title, readable: true, savedAt: NOW, site });
    expect(clip.byline).toBe(byline);
    expect(clip.excerpt?.length).toBeGreaterThan(40);
    expect(clip.text).toContain(phrase);
    // Plain text only: no markup, no script, no navigation or footer.
    expect(clip.text).not.toMatch(/<[a-z/]/i);
    expect(clip.text).not.toMatch(/analytics\.track|onerror|alert\(|Privacy|Subscribe/);
    expect(clip.text).not.toMatch(/[ \t]{2,}|\n{3,}/);
    expect(ResearchClip.safeParse({ ...clip, id: 'c1' }).success).toBe(true);
  });

  it('keeps paragraphs apart instead of gluing their text together', () => {
    const { clip } = clipArticle(page('news-article'), 'https://example.com/n', NOW);
    expect(clip.text).toMatch(/waiting rooms\.\n\nThe researchers spent/);
    expect(clip.text).toMatch(/\n\nSmall changes, measurable results\n\n/);
  });

  it('never changes the page it reads', () => {
    for (const name of ['news-article', 'blog-post', 'company-about', 'login-form']) {
      const doc = page(name);
      const before = serialise(doc);
      clipArticle(doc, 'https://example.com/x', NOW);
      expect(serialise(doc)).toBe(before);
    }
  });

  it('caps the text at maxTextChars, on a word boundary, marked with an ellipsis', () => {
    const { clip } = clipArticle(page('news-article'), 'https://example.com/n', NOW, 300);
    expect(clip.text!.length).toBeLessThanOrEqual(300);
    expect(clip.text!.endsWith('…')).toBe(true);
    expect(clip.text!.slice(0, -1)).not.toMatch(/\s$/);
  });

  it('never exceeds the schema cap whatever maxTextChars says', () => {
    const doc = page('blog-post');
    const body = doc.querySelector('.post-body')!;
    for (let i = 0; i < 400; i++) body.appendChild(body.querySelector('p')!.cloneNode(true));
    const { clip } = clipArticle(doc, 'https://example.com/long', NOW, 10_000_000);
    expect(clip.text!.length).toBeLessThanOrEqual(200_000);
    expect(clip.text!.length).toBeGreaterThan(100_000);
  });
});

describe('clipArticle on pages that are not articles', () => {
  it.each(['login-form', 'search-results'])('%s: keeps the link only, with a reason', (name) => {
    const result = clipArticle(page(name), `https://example.com/${name}`, NOW);
    expect(result.readable).toBe(false);
    if (result.readable) return;
    expect(result.clip).toEqual({
      url: `https://example.com/${name}`,
      title: page(name).title,
      readable: false,
      savedAt: NOW,
    });
    expect(result.reason).toMatch(/does not look like an article/);
  });

  it('falls back to the URL when the page has no title, and keeps markup-looking titles as text', () => {
    const untitled = new DOMParser().parseFromString('<p>hi</p>', 'text/html');
    expect(clipArticle(untitled, 'https://example.com/untitled', NOW).clip.title).toBe('https://example.com/untitled');
    const hostile = new DOMParser().parseFromString(
      '<title>&lt;img src=x onerror=alert(1)&gt;</title><p>x</p>',
      'text/html',
    );
    expect(clipArticle(hostile, 'https://example.com/h', NOW).clip.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps the link when Readability fails', () => {
    vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new Error('boom');
    });
    const result = clipArticle(page('news-article'), 'https://example.com/n', NOW);
    expect(result.readable).toBe(false);
    expect(result.readable || result.reason).toMatch(/could not be extracted/);
    expect(result.clip.title).toBe('Regional hospitals turn to UX research to cut waiting times | The Harbour Ledger');
  });
});
