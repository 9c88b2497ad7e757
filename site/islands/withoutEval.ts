import { z } from 'zod'

/**
 * Imported first by the islands that parse with zod: the site's Content-Security-Policy forbids
 * eval, and zod's first object parse would otherwise probe `new Function`, which the browser
 * reports as a violation even though zod catches the refusal.
 */
z.config({ jitless: true })
