import { describe, expect, it } from 'vitest';
import { Actions } from './core/actions';
import { Store } from './core/store';
import type { RenderContext } from './render/context';
import { seedOrganization } from './seed';
import { POLL_FRAME_COUNT, pollSource } from './seed/polls';
import { sentenceSource, THEME_COUNT } from './seed/sentences';

describe('seeded sentences', () => {
  it('never give the same sentence twice, even for one opener and theme', () => {
    const next = sentenceSource();
    const sentences = Array.from({ length: 300 }, () => next('Reminder:', 3));
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(new Set(Array.from({ length: THEME_COUNT }, (_, theme) => next('PSA:', theme).split(' ')[1])).size).toBeGreaterThan(5);
  });

  it('leave the default organization without two posts that read alike, polls included', () => {
    const store = new Store();
    const nowMs = 1_790_000_000_000;
    const ctx: RenderContext = { store, origin: 'http://127.0.0.1:1', domain: '127.0.0.1:1', nowMs: () => nowMs };
    seedOrganization(store, new Actions(store, ctx), { seed: 1, staff: 200, posts: 1500, nowMs });
    const texts = [...store.statuses.values()]
      .filter((status) => !status.reblogOfId)
      // What people wrote, without who they mention, the hashtag or the edit note.
      .map((status) => status.text.replace(/@\S+\s/g, '').replace(/\s#\w+.*$/, '').replace(/ \(edit: fixed a typo\)$/, ''))
      .filter((text) => text.length > 40);
    expect(texts.length).toBeGreaterThan(1000);
    const repeated = texts.filter((text, index) => texts.indexOf(text) !== index);
    expect(repeated.slice(0, 5)).toEqual([]);
    const questions = [...store.statuses.values()].filter((status) => status.poll !== null).map((status) => status.text);
    expect(questions.length).toBeGreaterThan(40);
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('ask poll questions that never repeat, even when the seed keeps picking one kind', () => {
    const next = pollSource();
    const polls = Array.from({ length: 200 }, () => next(2));
    expect(new Set(polls.map((poll) => poll.text)).size).toBe(polls.length);
    expect(polls.every((poll) => poll.options.length >= 2 && new Set(poll.options).size === poll.options.length)).toBe(true);
    expect(new Set(Array.from({ length: POLL_FRAME_COUNT }, (_, frame) => next(frame).text.split(' ')[0])).size).toBeGreaterThan(4);
  });
});
