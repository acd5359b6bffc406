import { lazy, type ComponentType } from 'react';
import { loadLazyStrings } from '../i18n/i18n';

/**
 * React.lazy for a named export: the module (and what only it uses, such as the dialog
 * primitives) is left out of the first bundle and loaded the first time it is shown, together
 * with the `<feature>.lazy.json` strings of the features named in `strings`.
 */
export function lazyNamed<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
  strings: readonly string[] = [],
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), ...strings.map(loadLazyStrings)]);
    return { default: module[name] };
  });
}
