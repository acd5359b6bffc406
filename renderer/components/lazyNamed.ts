import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a named export: the module (and what only it uses, such as the dialog
 * primitives) is left out of the first bundle and loaded the first time it is shown.
 */
export function lazyNamed<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
