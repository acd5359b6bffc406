/**
 * The hostile content corpus: what a malicious or broken server might put in any field a client
 * draws. The sandbox places it everywhere with `startSandbox({ hostile: true })`; unit tests run it
 * through the sanitizer; the hostile e2e test scrolls through all of it in Chromium.
 */
import { canary, classicXss, cssInjection, dangerousHrefs, dangerousImageSources, mutationXss, svgAndMathml } from './markup';
import { bidiOverrides, homoglyphs, hugeInputs, malformed, zeroWidth } from './text';

export { canary };

/** One input: its family (for a failure message) and the HTML a server sends. */
export interface HostileInput {
  id: string;
  family: string;
  html: string;
}

const attribute = (value: string) => value.replaceAll('"', '&quot;');

/** Every input of the corpus, in a stable order. */
export function hostileCorpus(): HostileInput[] {
  const families: Record<string, readonly string[]> = {
    'classic XSS': classicXss,
    'mutation XSS': mutationXss,
    'SVG and MathML': svgAndMathml,
    'dangerous link': dangerousHrefs.map((href) => `<p>Read <a href="${attribute(href)}">the memo</a> and <a href='${href.replaceAll("'", '&#39;')}'>this</a></p>`),
    'dangerous image': dangerousImageSources,
    'CSS injection': cssInjection,
    'bidirectional override': bidiOverrides.map((text) => `<p>${text}</p>`),
    homoglyph: homoglyphs.map((text) => `<p>${text}</p>`),
    'zero-width': zeroWidth.map((text) => `<p>${text}</p>`),
    malformed,
    huge: hugeInputs(),
  };
  return Object.entries(families).flatMap(([family, inputs]) => inputs.map((html, index) => ({ id: `${family} #${index + 1}`, family, html })));
}

/**
 * Short plain-text variants for single-line fields (names, poll options, field names): each
 * input's markup as literal text, and the huge ones cut to a still unreasonable 2,000 characters.
 */
export function hostileLines(): string[] {
  return [...bidiOverrides, ...homoglyphs, ...zeroWidth, ...hostileCorpus().map(({ html }) => html)].map((line) => (line.length > 2_000 ? line.slice(0, 2_000) : line));
}

/** URLs for fields that hold one (avatar, emoji, preview card, link): none may run or leave the instance. */
export const hostileUrls: readonly string[] = [
  `javascript:${canary}`,
  `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${canary}'/>`,
  'data:text/html,<script>window.__atriumPwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/protocol-relative.png',
  'not a url at all',
];
