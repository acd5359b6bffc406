import { describe, expect, it } from 'vitest';
import { checkMediaLimits, mediaLimitsSchema, type MediaLimits } from '../../../../main/media/mediaLimits';
import { multipartBody } from '../../../../main/media/uploadRequest';

const limits: MediaLimits = { supportedMimeTypes: ['image/png', 'video/mp4', 'audio/mpeg'], imageSizeLimit: 1000, videoSizeLimit: 5000, descriptionLimit: 10 };

describe('the instance’s media limits', () => {
  it('are read from a v2 instance, and whatever is missing or malformed counts as not said', () => {
    expect(mediaLimitsSchema.parse({ configuration: { mediaAttachments: { supportedMimeTypes: ['image/png'], imageSizeLimit: 10, videoSizeLimit: 20, descriptionLimit: 1500 } } })).toEqual({
      supportedMimeTypes: ['image/png'],
      imageSizeLimit: 10,
      videoSizeLimit: 20,
      descriptionLimit: 1500,
    });
    const nothing = { supportedMimeTypes: null, imageSizeLimit: null, videoSizeLimit: null, descriptionLimit: null };
    expect(mediaLimitsSchema.parse({})).toEqual(nothing);
    expect(mediaLimitsSchema.parse({ configuration: 'oops' })).toEqual(nothing);
    expect(mediaLimitsSchema.parse({ configuration: { mediaAttachments: { supportedMimeTypes: 'image/png', imageSizeLimit: -1, videoSizeLimit: '20' } } })).toEqual(nothing);
  });

  it('refuse an empty file, a type the server does not take, a file too large for its kind, and long alt text', () => {
    const check = (mimeType: string, size: number, description?: string) => () => checkMediaLimits({ fileName: 'f', mimeType, size, description }, limits);
    expect(check('image/png', 0)).toThrow(expect.objectContaining({ code: 'media_empty' }));
    expect(check('image/heic', 10)).toThrow(expect.objectContaining({ code: 'media_type_unsupported' }));
    expect(check('image/png', 1001)).toThrow(expect.objectContaining({ code: 'media_too_large' }));
    expect(check('video/mp4', 4000)).not.toThrow();
    // Mastodon applies the video limit to sound.
    expect(check('audio/mpeg', 5001)).toThrow(expect.objectContaining({ code: 'media_too_large' }));
    expect(check('image/png', 10, '🙂'.repeat(10))).not.toThrow();
    expect(check('image/png', 10, 'x'.repeat(11))).toThrow(expect.objectContaining({ code: 'description_too_long' }));
    expect(() => checkMediaLimits({ fileName: 'f', mimeType: 'application/x-anything', size: 10 ** 9 }, { supportedMimeTypes: null, imageSizeLimit: null, videoSizeLimit: null, descriptionLimit: null })).not.toThrow();
  });
});

describe('the multipart body', () => {
  it('keeps a hostile file name inside its quotes, so it cannot add headers of its own', () => {
    const { body, contentType } = multipartBody([
      { name: 'file', fileName: 'evil"\r\nContent-Type: text/html\r\n\r\n.png', mimeType: 'image/png\r\nX-Injected: 1', data: Buffer.from('PNGDATA') },
      { name: 'description', value: 'Line one\r\nLine two' },
    ]);
    const boundary = contentType.split('boundary=')[1] as string;
    const parts = body.toString('utf8').split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(2);
    const [head] = (parts[0] as string).split('\r\n\r\n');
    expect(head?.trim().split('\r\n')).toEqual(['Content-Disposition: form-data; name="file"; filename="evil%22%0D%0AContent-Type: text/html%0D%0A%0D%0A.png"', 'Content-Type: image/pngX-Injected: 1']);
    // A text value is sent as it is: line breaks in alt text are the person's.
    expect(parts[1]).toContain('\r\n\r\nLine one\r\nLine two\r\n');
  });
});
