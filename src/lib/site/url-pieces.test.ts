import { describe, expect, it } from 'vitest';
import { urlPieces } from './url-pieces';

describe('urlPieces', () => {
  it('cuts after each slash, question mark, ampersand and comma, and loses nothing', () => {
    const url = '/v3/catalog/products?categories:in=123,456&page=2';
    expect(urlPieces(url)).toEqual([
      '/',
      'v3/',
      'catalog/',
      'products?',
      'categories:in=123,',
      '456&',
      'page=2',
    ]);
    expect(urlPieces(url).join('')).toBe(url);
  });

  it('keeps the slashes of a scheme together', () => {
    expect(urlPieces('https://api.example.com/v3/')).toEqual(['https://', 'api.example.com/', 'v3/']);
  });

  it('leaves text without those characters whole', () => {
    expect(urlPieces('name=My Product')).toEqual(['name=My Product']);
    expect(urlPieces('')).toEqual([]);
  });
});
