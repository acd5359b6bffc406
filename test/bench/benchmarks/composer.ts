import { startSandbox } from '../../sandbox/index';
import { pngImage } from '../../sandbox/testing/png';
import { startBenchAtrium } from '../benchAtrium';
import { startCpuProfile } from '../cpuProfile';
import { describeSpread, spread, type Benchmark } from '../harness';
import { keyTimer } from '../keyLatency';
import { tokenAccounts } from '../tokenAccounts';

/** Words to fill the composer with: a long announcement with mentions, hashtags and links to count. */
const PROSE = 'Town hall at 15:00 in the atrium with @comms and #allhands notes at https://wiki.example/townhall — ';

/**
 * The composer holding 5,000 characters and 4 attachments: each key press timed until the
 * character count shows the new length, painted.
 */
export const composerBenchmark: Benchmark = {
  id: 'composer',
  run: async (options) => {
    const sandbox = await startSandbox({ staff: 30, posts: 200, seed: 7, rateLimit: false });
    const atrium = await startBenchAtrium(await tokenAccounts(sandbox, [sandbox.demoUser.username]));
    try {
      const { page } = atrium;
      await page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor({ timeout: 60_000 });
      await page.getByRole('navigation', { name: 'Atrium' }).getByRole('button', { name: 'Compose' }).click();
      const composer = page.getByRole('complementary', { name: 'New post' });
      const text = composer.getByRole('textbox', { name: 'Post text' });
      const length = options.small ? 500 : 5_000;
      await text.fill(PROSE.repeat(Math.ceil(length / PROSE.length)).slice(0, length));
      const colours: [number, number, number][] = [[200, 60, 60], [60, 160, 80], [60, 90, 200], [200, 180, 40]];
      await composer.locator('input[type=file]').setInputFiles(colours.map((rgb, i) => pngImage({ name: `photo-${i + 1}.png`, rgb })));
      await composer.getByRole('listitem', { name: 'Attachment 4' }).waitFor({ timeout: 30_000 });
      await text.press('End');
      const press = await keyTimer(page, '#composer-count');
      const count = options.small ? 5 : 40;
      for (let i = 0; i < options.warmup * 5; i++) await press(i % 2 ? 'Backspace' : 'a');
      const profile = await startCpuProfile(page);
      const keyMs: number[] = [];
      // Typing, and now and then taking a letter back: both change the count.
      for (let i = 0; i < count * options.reps; i++) keyMs.push(await press(i % 8 === 7 ? 'Backspace' : 'e'));
      const hot = await profile.stop('composer');
      return [
        {
          name: `composer with ${length.toLocaleString('en')} characters and 4 attachments: key press to character count, p95`,
          value: spread(keyMs).p95,
          unit: 'ms',
          detail: `to the frame showing the new count; ${describeSpread(keyMs, 'ms')}`,
          budget: { max: 16, text: '≤ 16 ms' },
          hot,
        },
      ];
    } finally {
      await atrium.close();
      await sandbox.close();
    }
  },
};
