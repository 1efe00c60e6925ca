import { describe, expect, test } from 'vitest';
import { classOf, isStandard, lookupStatus, parseCsvLine, parseReference, parseRegistry } from './registry';

describe('parseCsvLine', () => {
  test('keeps commas inside quoted fields', () => {
    expect(parseCsvLine('413,Content Too Large,"[RFC9110, Section 15.5.14]"')).toEqual([
      '413',
      'Content Too Large',
      '[RFC9110, Section 15.5.14]',
    ]);
  });
  test('unescapes doubled quotes', () => {
    expect(parseCsvLine('a,"say ""hi""",c')).toEqual(['a', 'say "hi"', 'c']);
  });
});

describe('parseReference', () => {
  test('links an RFC section', () => {
    expect(parseReference('[RFC9110, Section 15.5.14]')).toEqual({
      reference: 'RFC 9110, Section 15.5.14',
      referenceUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
    });
  });
  test('links a whole RFC', () => {
    expect(parseReference('[RFC6585]')).toEqual({
      reference: 'RFC 6585',
      referenceUrl: 'https://www.rfc-editor.org/rfc/rfc6585.html',
    });
  });
  test('rejects anything else', () => {
    expect(() => parseReference('see the spec')).toThrow(/Unrecognized/);
  });
});

describe('parseRegistry', () => {
  test('rejects a file with other columns', () => {
    expect(() => parseRegistry('Code,Phrase\n200,OK')).toThrow(/header/);
  });
  test('rejects a row without a phrase', () => {
    expect(() => parseRegistry('Value,Description,Reference\n200,,[RFC1]')).toThrow(/Bad registry row/);
  });
  test('gives each code its former phrases, in file order', () => {
    const registry = parseRegistry(
      'Value,Description,Reference\n413,Content Too Large,[RFC9110]\n414,URI Too Long,[RFC9110]',
      'Value,Description,Reference\n413,Payload Too Large,[RFC7231]\n413,Request Entity Too Large,[RFC2616]',
    );
    expect(registry.get(413)!.formerPhrases.map((f) => `${f.phrase} (${f.reference})`)).toEqual([
      'Payload Too Large (RFC 7231)',
      'Request Entity Too Large (RFC 2616)',
    ]);
    expect(registry.get(414)!.formerPhrases).toEqual([]);
  });
  test('rejects a former phrase for a code the registry does not hold', () => {
    expect(() =>
      parseRegistry(
        'Value,Description,Reference\n200,OK,[RFC9110]',
        'Value,Description,Reference\n299,Old,[RFC1]',
      ),
    ).toThrow(/299, which is not registered/);
  });
});

describe('lookupStatus', () => {
  test.each([
    [413, 'Content Too Large', 'RFC 9110, Section 15.5.14'],
    [422, 'Unprocessable Content', 'RFC 9110, Section 15.5.21'],
    [429, 'Too Many Requests', 'RFC 6585'],
    [207, 'Multi-Status', 'RFC 4918'],
    [404, 'Not Found', 'RFC 9110, Section 15.5.5'],
  ])('gives %i the registry phrase %s (%s)', (code, phrase, reference) => {
    expect(lookupStatus(code)).toMatchObject({ code, phrase, reference });
  });
  test.each([499, 509, 420])('knows %i is not registered', (code) => {
    expect(lookupStatus(code)).toBeUndefined();
    expect(isStandard(code)).toBe(false);
  });
  test('knows the names earlier specifications gave renamed codes', () => {
    expect(lookupStatus(413)!.formerPhrases).toEqual([
      {
        phrase: 'Payload Too Large',
        reference: 'RFC 7231, Section 6.5.11',
        referenceUrl: 'https://www.rfc-editor.org/rfc/rfc7231#section-6.5.11',
      },
      {
        phrase: 'Request Entity Too Large',
        reference: 'RFC 2616, Section 10.4.14',
        referenceUrl: 'https://www.rfc-editor.org/rfc/rfc2616#section-10.4.14',
      },
    ]);
    expect(lookupStatus(422)!.formerPhrases.map((f) => f.phrase)).toEqual(['Unprocessable Entity']);
    expect(lookupStatus(429)!.formerPhrases).toEqual([]);
  });
  test('holds every registered code', () => {
    expect(isStandard(100)).toBe(true);
    expect(isStandard(511)).toBe(true);
  });
});

describe('classOf', () => {
  test.each([
    [100, '1xx'],
    [204, '2xx'],
    [302, '3xx'],
    [404, '4xx'],
    [499, '4xx'],
    [509, '5xx'],
    [599, '5xx'],
  ])('returns the class of %i', (code, cls) => {
    expect(classOf(code)).toBe(cls);
  });
  test.each([99, 600, 4299, 42.5])('refuses %s', (code) => {
    expect(() => classOf(code)).toThrow(RangeError);
  });
});
