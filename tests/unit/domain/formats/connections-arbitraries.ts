/** Text that looks like LinkedIn's Connections.csv, damaged in every way a file picker can deliver. */
import fc from 'fast-check';

const NEWER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const HEADERS = [
  NEWER,
  'First Name,Last Name,Email Address,Company,Position,Connected On',
  'connected on,POSITION,Company,URL,Last Name,First Name',
  'First Name,Last Name,Company',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On,Extra,,',
  '"First Name","Last Name","URL"',
];
const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', '"', '""', '"a,b"', '"unterminated', ',', '\n', '\r', '=HYPERLINK("x")', '\ufeff', '\u202e'),
  fc.constantFrom(
    'https://www.linkedin.com/in/ann-lee',
    'https://www.linkedin.com/in/ACoAAB1234567890xyz',
    'http://evil.example/in/x',
    'javascript:alert(1)',
  ),
  fc.constantFrom('30 May 2024', '31 Feb 2024', '1 Jan 1900', '99 Foo 2024', '2024-05-30', 'Ann Lee'),
  fc.constant('y'.repeat(5000)),
  fc.webUrl(),
);
const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Mostly well-quoted rows as wide as the header (so many files parse), some raw with quotes left unbalanced. */
const rowFor = (width: number) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(cell, { minLength: width, maxLength: width }).map((cells) => cells.map(quote).join(',')),
    },
    { weight: 1, arbitrary: fc.array(cell, { maxLength: 9 }).map((cells) => cells.join(',')) },
  );

/** A header (maybe after the Notes preamble) and rows of arbitrary cells. */
export const connectionsLike = fc
  .constantFrom(...HEADERS)
  .chain((header) =>
    fc.tuple(
      fc.boolean(),
      fc.constant(header),
      fc.array(rowFor(header.split(',').length), { maxLength: 12 }),
      fc.constantFrom('\n', '\r\n', '\r'),
    ),
  )
  .map(([preamble, header, rows, eol]) => (preamble ? PREAMBLE : '') + [header, ...rows].join(eol) + eol);

/** connectionsLike with junk spliced in somewhere, or junk alone (any characters, binary too). */
export const anyCsvText = fc.oneof(
  { weight: 3, arbitrary: connectionsLike },
  fc
    .tuple(connectionsLike, fc.nat(), fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 50 })))
    .map(([text, at, junk]) => text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1))),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.json(),
);
