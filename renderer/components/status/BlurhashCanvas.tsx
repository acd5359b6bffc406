import { decode, isBlurhashValid } from 'blurhash';
import { useEffect, useRef } from 'react';

/** A blurred stand-in for an image, drawn from its blurhash; nothing from the image itself loads. */
export function BlurhashCanvas({ hash, className }: { hash: string | null | undefined; className?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    if (!element || !hash || !isBlurhashValid(hash).result) return;
    const context = element.getContext('2d');
    // No 2D context (e.g. a test DOM): the plain background colour stays, which is fine.
    if (!context) return;
    const image = context.createImageData(32, 32);
    image.data.set(decode(hash, 32, 32));
    context.putImageData(image, 0, 0);
  }, [hash]);
  return <canvas ref={canvas} className={className} width={32} height={32} aria-hidden="true" />;
}
