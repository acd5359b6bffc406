import { config } from 'zod';

// zod decides whether to compile its parsers when a schema is made, probing `new Function` once; the
// page's CSP refuses eval and reports the probe as a violation. Imported, for its effect, before any
// module that makes schemas (shared/slots.ts, through the scheduling desk's slot file), so none is made first.
config({ jitless: true });
