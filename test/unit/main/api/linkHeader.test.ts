import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../../main/api/linkHeader';

describe('Link header pages', () => {
  it('reads the next and prev queries as Mastodon writes them', () => {
    const header =
      '<https://social.example/api/v1/timelines/home?max_id=109>; rel="next", <https://social.example/api/v1/timelines/home?min_id=200>; rel="prev"';
    expect(pageLinks(header)).toEqual({ next: { max_id: '109' }, prev: { min_id: '200' } });
  });

  it('has no pages without a header and skips links it cannot parse', () => {
    expect(pageLinks(null)).toEqual({});
    expect(pageLinks('<not a url>; rel="next"')).toEqual({});
  });
});
