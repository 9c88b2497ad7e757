/**
 * Light stemming for Arabic ("light10", Larkey, Ballesteros and Connell,
 * 2007): the conjunction و, the article and its attached prepositions, and
 * the common suffixes of plurals, duals, feminines and pronouns come off; no
 * root is sought (roots join words too far apart in meaning for a search).
 * "الانتخابات" (the elections) and "انتخاب" (election) both give "انتخاب".
 */
const articles = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال']
const suffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي']

export function stemArabic(word: string): string {
  // Hamza and madda forms of alif as bare alif, final alif maqsura as ya, ta marbuta as ha, vowel marks and tatweel out.
  let stem = word
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
  if (stem.startsWith('و') && stem.length > 3) stem = stem.slice(1)
  const article = articles.find((prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= 2)
  if (article) stem = stem.slice(article.length)
  for (const suffix of suffixes) if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) stem = stem.slice(0, -suffix.length)
  return stem
}
