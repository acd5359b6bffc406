import { useEffect, useRef } from 'react';

/**
 * A blurred stand-in for an image, drawn from its blurhash; nothing from the image itself loads.
 * The decoder loads with the first one drawn, not with the first screen (the plain background shows
 * for the moment it takes, as it does while any image loads).
 */
export function BlurhashCanvas({ hash, className }: { hash: string | null | undefined; className?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    // No 2D context (e.g. a test DOM): the plain background colour stays, which is fine.
    const context = hash ? element?.getContext('2d') : null;
    if (!hash || !context) return;
    let current = true;
    import('blurhash')
      .then(({ decode, isBlurhashValid }) => {
        if (!current || !isBlurhashValid(hash).result) return;
        const image = context.createImageData(32, 32);
        image.data.set(decode(hash, 32, 32));
        context.putImageData(image, 0, 0);
      })
      // A decoder that cannot load leaves the plain background, as a missing context does.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [hash]);
  return <canvas ref={canvas} className={className} width={32} height={32} aria-hidden="true" />;
}
