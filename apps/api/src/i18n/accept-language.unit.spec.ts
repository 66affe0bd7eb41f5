import { preferredLang } from './accept-language';

describe('the language of an answer (Accept-Language)', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['*', 'zh-CN'],
    ['fr-FR, de;q=0.8', 'zh-CN'],
    ['zh-CN,en;q=0.8', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['en-US,en;q=0.9,zh;q=0.5', 'en'],
    ['zh;q=0.4, en;q=0.6', 'en'],
    ['fr, en;q=0.3', 'en'],
    ['en;q=0, zh;q=0.1', 'zh-CN'],
    ['*, en;q=0.5', 'zh-CN'],
    ['en, *', 'en'],
    ['en;q=abc', 'zh-CN'],
    ['en;q=1.5', 'zh-CN'],
  ])('%p → %s', (header, lang) => {
    expect(preferredLang(header)).toBe(lang);
  });

  it('reads a header sent twice as one list', () => {
    expect(preferredLang(['zh;q=0.2', 'en;q=0.9'])).toBe('en');
  });
});
