/** Text made safe inside HTML, in element content and quoted attributes alike. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`)

/** An address without its trailing slashes, to append a path to. */
export const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '')
