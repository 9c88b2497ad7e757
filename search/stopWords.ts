/**
 * Each language's words that say nothing about what is looked for: articles,
 * prepositions, pronouns, auxiliaries, and the words a question starts with
 * ("comment", "how to", "¿cómo…?"). They are left out of the index and of
 * queries alike: they would match every resource, and a question would
 * otherwise find nothing when its question word is not in the text.
 * Written as in the language; compared with case and accents folded.
 */
const words: Record<string, string> = {
  fr:
    'le la les un une des de du au aux et ou en dans sur sous par pour avec sans entre chez vers mais donc car ni ' +
    'je tu il elle on nous vous ils elles me te se lui leur leurs ce ces cet cette mon ma mes ton ta tes son sa ses notre nos votre vos ' +
    'est sont suis être ai avez avons ont peut peux puis faut dois doit ' +
    'comment pourquoi quoi que qu qui quel quelle quels quelles quand où combien lequel laquelle ne pas si',
  en:
    'the an of and or to in on at by for with without from into about as ' +
    'me my we our you your he she it its they their them this that these those ' +
    'is are was be do does did can could should would will have has there ' +
    'how what why when where which who whom whose not if',
  es:
    'el la los las un una unos unas de del al en por para con sin sobre entre ni pero ' +
    'yo tú él ella nosotros vosotros ellos ellas me te se nos lo le les su sus mi mis tu tus este esta estos estas ese esa ' +
    'es son está están ser hay puedo puede debo ' +
    'cómo qué que cuál cuáles cuándo dónde quién quiénes cuánto cuántos no si',
  de:
    'der die das den dem des ein eine einen einem einer eines und oder aber zu zum zur in im an am auf aus bei mit nach von vom für über um ohne gegen ' +
    'ich du er sie es wir ihr man mich mir sich uns euch mein meine sein seine dies diese dieser dieses ' +
    'ist sind bin war hat haben kann können muss soll werden wird ' +
    'wie was warum wann wo wer wen wem welche welcher welches wieso weshalb nicht ob',
  it:
    'il lo la gli le un uno una di del dello della dei degli delle al allo alla ai agli alle da dal dalla in nel nello nella nei nelle ' +
    'su sul sulla per con senza tra fra ma ' +
    'io tu lui lei noi voi loro mi ti si ci vi suo sua suoi sue mio mia questo questa quello quella ' +
    'è sono essere ha hanno posso può devo ' +
    'cos come cosa che perché quale quali quando dove chi quanto quanti non se',
  pt:
    'os as um uma uns umas de do da dos das em no na nos nas ao aos às por pelo pela para com sem sobre entre ou mas nem ' +
    'eu tu ele ela nós vós eles elas me te se lhe seu sua seus suas meu minha este esta esse essa isto isso ' +
    'é são ser está estão há tem posso pode devo ' +
    'como que quê porque porquê qual quais quando onde quem quanto quantos não',
  ar:
    'في من على الى إلى عن مع أو ثم أن إن ما لا لم لن قد كل بين ' +
    'هذا هذه ذلك تلك الذي التي الذين هو هي هم نحن أنا أنت ' +
    'كيف لماذا ماذا متى أين هل كم أي',
}

/** A language's stop words, as written. */
export const stopWordsOf = (locale: string): string[] => words[locale]?.split(' ') ?? []
