/** Every message the engine can show (template problems, input problems, render warnings) and the printed legal mention, in the site's seven languages. */
import type { InputProblem } from './input.ts'
import type { TemplateProblem, TractInput } from './template.ts'

export const tractLanguages = ['fr', 'en', 'es', 'de', 'it', 'pt', 'ar'] as const
export type TractLanguage = (typeof tractLanguages)[number]

/** Codes of TractWarning (tracts/layout.ts), listed here so that messages stay free of the layout's dependencies. */
export type WarningCode = 'shrunk' | 'overflow' | 'missingGlyphs'
export type TractMessageCode = TemplateProblem['code'] | InputProblem['code'] | WarningCode

const messages: Record<TractLanguage, Record<TractMessageCode, string>> = {
  fr: {
    boxOutsidePage: 'Le cadre de « {field} » dépasse de la page ({width} × {height} {unit}).',
    legalZoneMissing:
      'Un format d’impression doit avoir une zone pour la mention légale (IPNS ou l’imprimeur, et « Ne pas jeter sur la voie publique »).',
    sizeRange: 'La taille minimale de « {field} » est plus grande que sa taille maximale.',
    duplicateKey: 'La clé « {key} » est utilisée par plusieurs champs.',
    defaultTooLong: 'La valeur par défaut de « {field} » dépasse {max} caractères.',
    artworkImageMissing: 'Ajoutez une image de l’illustration : l’aperçu et le PNG en ont besoin, le PDF seul ne suffit pas.',
    required: 'Ce champ est obligatoire.',
    tooLong: '« {field} » dépasse {max} caractères.',
    invalidUrl: 'Saisissez une adresse web valide, par exemple exemple.fr/mon-groupe.',
    invalidDate: 'Saisissez une date valide.',
    invalidTime: 'Saisissez une heure valide (HH:MM).',
    printerMissing: 'Indiquez le nom et l’adresse de l’imprimeur, ou choisissez IPNS.',
    logoType: 'Le logo doit être une image PNG ou JPEG.',
    shrunk: 'Le texte de « {field} » a été réduit pour tenir dans son cadre.',
    overflow: 'Le texte de « {field} » ne tient pas dans son cadre, même à la plus petite taille : raccourcissez-le.',
    missingGlyphs: 'Caractères absents de la police, ils ne seront pas imprimés : {chars}',
  },
  en: {
    boxOutsidePage: 'The box of “{field}” goes beyond the page ({width} × {height} {unit}).',
    legalZoneMissing: 'A print format needs a zone for the legal mention (IPNS or the printer, and “Do not throw on the street”).',
    sizeRange: 'The minimum size of “{field}” is larger than its maximum size.',
    duplicateKey: 'The key “{key}” is used by more than one field.',
    defaultTooLong: 'The default value of “{field}” is longer than {max} characters.',
    artworkImageMissing: 'Add an image of the artwork: the preview and the PNG need one, the PDF alone is not enough.',
    required: 'This field is required.',
    tooLong: '“{field}” is longer than {max} characters.',
    invalidUrl: 'Enter a valid web address, for example example.org/my-group.',
    invalidDate: 'Enter a valid date.',
    invalidTime: 'Enter a valid time (HH:MM).',
    printerMissing: 'Enter the printer’s name and address, or choose IPNS.',
    logoType: 'The logo must be a PNG or JPEG image.',
    shrunk: 'The text of “{field}” was made smaller to fit its box.',
    overflow: 'The text of “{field}” does not fit its box, even at the smallest size: shorten it.',
    missingGlyphs: 'Characters missing from the font will not be printed: {chars}',
  },
  es: {
    boxOutsidePage: 'El recuadro de «{field}» se sale de la página ({width} × {height} {unit}).',
    legalZoneMissing:
      'Un formato de impresión necesita una zona para la mención legal (IPNS o la imprenta, y «No tirar en la vía pública»).',
    sizeRange: 'El tamaño mínimo de «{field}» es mayor que su tamaño máximo.',
    duplicateKey: 'La clave «{key}» la usan varios campos.',
    defaultTooLong: 'El valor por defecto de «{field}» supera los {max} caracteres.',
    artworkImageMissing: 'Añade una imagen de la ilustración: la vista previa y el PNG la necesitan, el PDF solo no basta.',
    required: 'Este campo es obligatorio.',
    tooLong: '«{field}» supera los {max} caracteres.',
    invalidUrl: 'Escribe una dirección web válida, por ejemplo ejemplo.org/mi-grupo.',
    invalidDate: 'Escribe una fecha válida.',
    invalidTime: 'Escribe una hora válida (HH:MM).',
    printerMissing: 'Indica el nombre y la dirección de la imprenta, o elige IPNS.',
    logoType: 'El logotipo debe ser una imagen PNG o JPEG.',
    shrunk: 'El texto de «{field}» se ha reducido para que quepa en su recuadro.',
    overflow: 'El texto de «{field}» no cabe en su recuadro, ni siquiera con el tamaño más pequeño: acórtalo.',
    missingGlyphs: 'Caracteres que no están en la fuente, no se imprimirán: {chars}',
  },
  de: {
    boxOutsidePage: 'Der Rahmen von „{field}“ ragt über die Seite hinaus ({width} × {height} {unit}).',
    legalZoneMissing:
      'Ein Druckformat braucht einen Bereich für den rechtlichen Hinweis (IPNS oder die Druckerei und „Bitte nicht auf die Straße werfen“).',
    sizeRange: 'Die Mindestgröße von „{field}“ ist größer als die Höchstgröße.',
    duplicateKey: 'Der Schlüssel „{key}“ wird von mehreren Feldern verwendet.',
    defaultTooLong: 'Der Standardwert von „{field}“ ist länger als {max} Zeichen.',
    artworkImageMissing: 'Fügen Sie ein Bild der Gestaltung hinzu: Vorschau und PNG brauchen es, das PDF allein genügt nicht.',
    required: 'Dieses Feld ist ein Pflichtfeld.',
    tooLong: '„{field}“ ist länger als {max} Zeichen.',
    invalidUrl: 'Geben Sie eine gültige Webadresse ein, zum Beispiel beispiel.de/meine-gruppe.',
    invalidDate: 'Geben Sie ein gültiges Datum ein.',
    invalidTime: 'Geben Sie eine gültige Uhrzeit ein (HH:MM).',
    printerMissing: 'Geben Sie Name und Adresse der Druckerei an oder wählen Sie IPNS.',
    logoType: 'Das Logo muss ein PNG- oder JPEG-Bild sein.',
    shrunk: 'Der Text von „{field}“ wurde verkleinert, damit er in seinen Rahmen passt.',
    overflow: 'Der Text von „{field}“ passt selbst in der kleinsten Größe nicht in seinen Rahmen: Kürzen Sie ihn.',
    missingGlyphs: 'Zeichen, die in der Schrift fehlen, werden nicht gedruckt: {chars}',
  },
  it: {
    boxOutsidePage: 'Il riquadro di «{field}» esce dalla pagina ({width} × {height} {unit}).',
    legalZoneMissing:
      'Un formato di stampa richiede una zona per la dicitura legale (IPNS o la tipografia, e «Non gettare sulla pubblica via»).',
    sizeRange: 'La dimensione minima di «{field}» è maggiore di quella massima.',
    duplicateKey: 'La chiave «{key}» è usata da più campi.',
    defaultTooLong: 'Il valore predefinito di «{field}» supera i {max} caratteri.',
    artworkImageMissing: 'Aggiungi un’immagine della grafica: l’anteprima e il PNG ne hanno bisogno, il solo PDF non basta.',
    required: 'Questo campo è obbligatorio.',
    tooLong: '«{field}» supera i {max} caratteri.',
    invalidUrl: 'Inserisci un indirizzo web valido, per esempio esempio.it/il-mio-gruppo.',
    invalidDate: 'Inserisci una data valida.',
    invalidTime: 'Inserisci un orario valido (HH:MM).',
    printerMissing: 'Indica il nome e l’indirizzo della tipografia, oppure scegli IPNS.',
    logoType: 'Il logo deve essere un’immagine PNG o JPEG.',
    shrunk: 'Il testo di «{field}» è stato rimpicciolito per entrare nel suo riquadro.',
    overflow: 'Il testo di «{field}» non entra nel suo riquadro nemmeno alla dimensione minima: accorcialo.',
    missingGlyphs: 'Caratteri assenti dal font, non saranno stampati: {chars}',
  },
  pt: {
    boxOutsidePage: 'A caixa de «{field}» sai da página ({width} × {height} {unit}).',
    legalZoneMissing: 'Um formato de impressão precisa de uma zona para a menção legal (IPNS ou a gráfica, e «Não jogar na via pública»).',
    sizeRange: 'O tamanho mínimo de «{field}» é maior do que o tamanho máximo.',
    duplicateKey: 'A chave «{key}» é usada por vários campos.',
    defaultTooLong: 'O valor predefinido de «{field}» ultrapassa {max} caracteres.',
    artworkImageMissing: 'Adicione uma imagem da arte: a pré-visualização e o PNG precisam dela, o PDF sozinho não chega.',
    required: 'Este campo é obrigatório.',
    tooLong: '«{field}» ultrapassa {max} caracteres.',
    invalidUrl: 'Introduza um endereço web válido, por exemplo exemplo.pt/o-meu-grupo.',
    invalidDate: 'Introduza uma data válida.',
    invalidTime: 'Introduza uma hora válida (HH:MM).',
    printerMissing: 'Indique o nome e o endereço da gráfica, ou escolha IPNS.',
    logoType: 'O logótipo deve ser uma imagem PNG ou JPEG.',
    shrunk: 'O texto de «{field}» foi reduzido para caber na sua caixa.',
    overflow: 'O texto de «{field}» não cabe na sua caixa, nem no tamanho mais pequeno: encurte-o.',
    missingGlyphs: 'Caracteres ausentes da fonte, não serão impressos: {chars}',
  },
  ar: {
    boxOutsidePage: 'إطار «{field}» يتجاوز حدود الصفحة ({width} × {height} {unit}).',
    legalZoneMissing: 'يحتاج تنسيق الطباعة إلى منطقة للبيان القانوني (IPNS أو اسم المطبعة، و«يُرجى عدم الرمي في الطريق العام»).',
    sizeRange: 'الحجم الأدنى لـ«{field}» أكبر من حجمه الأقصى.',
    duplicateKey: 'المفتاح «{key}» مستخدم في أكثر من حقل.',
    defaultTooLong: 'القيمة الافتراضية لـ«{field}» تتجاوز {max} حرفًا.',
    artworkImageMissing: 'أضف صورة للتصميم: المعاينة وملف PNG يحتاجان إليها، ولا يكفي ملف PDF وحده.',
    required: 'هذا الحقل إلزامي.',
    tooLong: '«{field}» يتجاوز {max} حرفًا.',
    invalidUrl: 'أدخل عنوان ويب صالحًا، مثل example.org/my-group.',
    invalidDate: 'أدخل تاريخًا صالحًا.',
    invalidTime: 'أدخل وقتًا صالحًا (HH:MM).',
    printerMissing: 'أدخل اسم المطبعة وعنوانها، أو اختر IPNS.',
    logoType: 'يجب أن يكون الشعار صورة بصيغة PNG أو JPEG.',
    shrunk: 'صُغِّر نص «{field}» ليتّسع في إطاره.',
    overflow: 'نص «{field}» لا يتّسع في إطاره حتى بأصغر حجم: اختصره.',
    missingGlyphs: 'أحرف غير موجودة في الخط، لن تُطبع: {chars}',
  },
}

/** The printed legal mention (loi du 29 juillet 1881, art. 3, and the customary line), by language. */
const legalMentions: Record<TractLanguage, { ipns: string; printer: string; street: string }> = {
  fr: { ipns: 'IPNS — Imprimé par nos soins', printer: 'Imprimé par {name}, {address}', street: 'Ne pas jeter sur la voie publique' },
  en: { ipns: 'IPNS — Printed by ourselves', printer: 'Printed by {name}, {address}', street: 'Please do not throw on the street' },
  es: { ipns: 'IPNS — Impreso por nosotros', printer: 'Impreso por {name}, {address}', street: 'No tirar en la vía pública' },
  de: { ipns: 'IPNS — Eigendruck im Selbstverlag', printer: 'Druck: {name}, {address}', street: 'Bitte nicht auf die Straße werfen' },
  it: { ipns: 'IPNS — Stampato in proprio', printer: 'Stampato da {name}, {address}', street: 'Non gettare sulla pubblica via' },
  pt: { ipns: 'IPNS — Impresso por nós', printer: 'Impresso por {name}, {address}', street: 'Não jogar na via pública' },
  ar: { ipns: 'IPNS — طُبع بوسائلنا الخاصة', printer: 'طُبع لدى {name}، {address}', street: 'يُرجى عدم الرمي في الطريق العام' },
}

/** What previews fill text fields with (tracts/sampleInput.ts), by language. */
const sampleTexts: Record<TractLanguage, { line: string; multiline: string; place: string }> = {
  fr: {
    line: 'Groupe d’action de Montreuil',
    multiline: 'Réunion publique ouverte à toutes et à tous.\nEntrée libre, accessible en fauteuil.',
    place: 'Salle des fêtes, 2 rue de la Paix',
  },
  en: {
    line: 'Montreuil action group',
    multiline: 'A public meeting open to everyone.\nFree entry, wheelchair accessible.',
    place: 'Village hall, 2 Peace Street',
  },
  es: {
    line: 'Grupo de acción de Montreuil',
    multiline: 'Reunión pública abierta a todo el mundo.\nEntrada libre, accesible en silla de ruedas.',
    place: 'Salón de actos, calle de la Paz 2',
  },
  de: {
    line: 'Aktionsgruppe Montreuil',
    multiline: 'Öffentliche Versammlung, offen für alle.\nEintritt frei, barrierefrei.',
    place: 'Festsaal, Friedensstraße 2',
  },
  it: {
    line: 'Gruppo d’azione di Montreuil',
    multiline: 'Riunione pubblica aperta a tutte e tutti.\nIngresso libero, accessibile in carrozzina.',
    place: 'Sala delle feste, via della Pace 2',
  },
  pt: {
    line: 'Grupo de ação de Montreuil',
    multiline: 'Reunião pública aberta a todas e todos.\nEntrada livre, acessível em cadeira de rodas.',
    place: 'Salão de festas, Rua da Paz 2',
  },
  ar: {
    line: 'مجموعة العمل في مونتروي',
    multiline: 'اجتماع عام مفتوح للجميع.\nالدخول مجاني، والمكان مهيّأ للكراسي المتحركة.',
    place: 'قاعة الاحتفالات، 2 شارع السلام',
  },
}

/** The language part of a locale ('fr-FR' → 'fr') when the engine speaks it. */
export function tractLanguage(locale: string): TractLanguage | null {
  const language = locale.toLowerCase().split(/[-_]/)[0]
  return tractLanguages.find((known) => known === language) ?? null
}

const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))

/**
 * A message in the reader's language (English when the language is not one of ours;
 * every table is complete, the type checks it). `params.field` is the field's label.
 */
export function tractMessage(code: TractMessageCode, lang: string, params: Record<string, string | number> = {}): string {
  return fill(messages[tractLanguage(lang) ?? 'en'][code], params)
}

/** The sample texts of a preview in `locale` (French when the engine does not speak it). */
export const sampleTextsIn = (locale: string) => sampleTexts[tractLanguage(locale) ?? 'fr']

/** The lines of the legal mention printed on a tract, in its language (French when the engine does not speak it). */
export function legalMentionLines(legal: TractInput['legal'], locale: string): string[] {
  const mention = legalMentions[tractLanguage(locale) ?? 'fr']
  const printedBy = legal.mode === 'ipns' ? mention.ipns : fill(mention.printer, { name: legal.name.trim(), address: legal.address.trim() })
  return [printedBy, mention.street]
}
