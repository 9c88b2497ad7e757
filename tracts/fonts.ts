/** The bundled fonts: where their files come from, where the site serves them, and which font stands in for a missing glyph. */
import type { FontId } from './template.ts'

/** Each font's TrueType file inside node_modules (the snapshot copies them to `fontUrl(id)`). */
export const fontPackageFiles: Record<FontId, string> = {
  inter: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  'inter-bold': '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
  'inter-black': '@expo-google-fonts/inter/900Black/Inter_900Black.ttf',
  anton: '@expo-google-fonts/anton/400Regular/Anton_400Regular.ttf',
  'noto-sans-arabic': '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'noto-sans-arabic-bold': '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
}

/** Where the static site serves a font (the customiser island fetches it from there). */
export const fontUrl = (id: FontId): string => `/media/tracts/fonts/${id}.ttf`

const boldFonts: ReadonlySet<FontId> = new Set(['inter-bold', 'inter-black', 'anton', 'noto-sans-arabic-bold'])

/**
 * The fonts tried, in order, for a character the field's font lacks: for Arabic
 * script Noto Sans Arabic, then Inter for everything else; both in a weight close
 * to the field's font (a heavy headline keeps heavy fallback letters).
 */
export function fallbackFonts(id: FontId): { arabic: FontId; other: FontId } {
  const bold = boldFonts.has(id)
  return { arabic: bold ? 'noto-sans-arabic-bold' : 'noto-sans-arabic', other: bold ? 'inter-bold' : 'inter' }
}
