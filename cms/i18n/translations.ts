/**
 * The CMS's own messages (errors and hints), in every admin language.
 * Payload picks the request's language (admin preference, Accept-Language,
 * then French) and `req.t('hub:key', vars)` reads them.
 */
import { localeCodes } from '../locales'

const fr = {
  translatorDraftOrPublish: 'Enregistrez un brouillon ou publiez : un enregistrement direct modifierait la version en ligne.',
  translatorUnpublishedDefault:
    'La version française a des modifications non publiées (ou n’a jamais été publiée) : un·e éditeur·rice doit la publier avant votre traduction. Enregistrez un brouillon en attendant.',
  vtt_signature: 'le fichier doit commencer par « WEBVTT »',
  vtt_timing: 'minutage attendu du type « 00:00:01.000 --> 00:00:04.000 »',
  vtt_order: 'la réplique finit avant de commencer',
  vtt_separator: 'une ligne vide doit séparer les répliques',
  vtt_emptyCue: 'la réplique n’a pas de texte',
  vtt_noCue: 'le fichier ne contient aucune réplique',
  fileTooLarge: 'Le fichier pèse {{size}} : la limite est de {{max}}.',
  fileTypeNotAllowed: 'Type de fichier refusé ({{detected}}). Formats acceptés : {{accepted}}.',
  unsafeSvg:
    'Ce SVG contient du contenu actif ({{reason}}). Retirez scripts, gestionnaires d’événements et liens javascript: avant de le téléverser.',
  invalidSvg: 'Ce fichier SVG est illisible : {{reason}}.',
  invalidWebVtt: 'Ce fichier n’est pas un sous-titre WebVTT valide (ligne {{line}} : {{reason}}).',
  subtitleMustBeVtt: 'Les sous-titres doivent être un fichier WebVTT (.vtt).',
  subtitleLanguageTwice: 'Une seule piste de sous-titres par langue : « {{language}} » apparaît deux fois.',
  videoFileRequired: 'Choisissez le fichier vidéo, ou une plateforme et son identifiant.',
  providerIdInvalid: 'Identifiant {{provider}} invalide. Exemple attendu : {{example}}.',
  translatorWrongLocale: 'Vous traduisez vers {{locales}} : la version « {{locale}} » ne vous est pas ouverte.',
  translatorSharedFields:
    'Les traducteur·rices ne modifient que les textes traduisibles. Non modifiable : {{fields}}.',
  translatorCannotPublishDefault:
    'Seul·es les éditeur·rices publient la version française : enregistrez un brouillon.',
  translatorNeedsLocales: 'Un·e traducteur·rice doit avoir au moins une langue de travail.',
  slugInvalid: 'Uniquement des minuscules sans accents, des chiffres et des tirets (ex. : prendre-la-parole).',
  lessonSlugTwice: 'Deux leçons de cette formation ont le même identifiant : « {{slug}} ».',
  colourInvalid: 'Une couleur au format #rrggbb, assez sombre pour du texte blanc (contraste {{ratio}} : 1, minimum 4,5).',
  isbnInvalid: 'ISBN invalide : vérifiez les chiffres (la clé de contrôle ne correspond pas).',
  urlInvalid: 'Adresse web invalide : elle doit commencer par https:// ou http://.',
}

type Messages = typeof fr

const en: Messages = {
  translatorDraftOrPublish: 'Save a draft or publish: a direct save would change the live version.',
  translatorUnpublishedDefault:
    'The French version has unpublished changes (or was never published): an editor must publish it before your translation. Save a draft meanwhile.',
  vtt_signature: 'the file must start with “WEBVTT”',
  vtt_timing: 'expected a cue timing like “00:00:01.000 --> 00:00:04.000”',
  vtt_order: 'the cue ends before it starts',
  vtt_separator: 'a blank line must separate cues',
  vtt_emptyCue: 'the cue has no text',
  vtt_noCue: 'the file has no cue',
  fileTooLarge: 'The file is {{size}}: the limit is {{max}}.',
  fileTypeNotAllowed: 'File type refused ({{detected}}). Accepted formats: {{accepted}}.',
  unsafeSvg:
    'This SVG contains active content ({{reason}}). Remove scripts, event handlers and javascript: links before uploading it.',
  invalidSvg: 'This SVG file cannot be read: {{reason}}.',
  invalidWebVtt: 'This file is not valid WebVTT subtitles (line {{line}}: {{reason}}).',
  subtitleMustBeVtt: 'Subtitles must be a WebVTT (.vtt) file.',
  subtitleLanguageTwice: 'One subtitle track per language: “{{language}}” appears twice.',
  videoFileRequired: 'Choose the video file, or a platform and its video id.',
  providerIdInvalid: 'Invalid {{provider}} id. Expected something like: {{example}}.',
  translatorWrongLocale: 'You translate into {{locales}}: the “{{locale}}” version is not open to you.',
  translatorSharedFields: 'Translators change translatable texts only. Not editable: {{fields}}.',
  translatorCannotPublishDefault: 'Only editors publish the French version: save a draft instead.',
  translatorNeedsLocales: 'A translator needs at least one working language.',
  slugInvalid: 'Lowercase letters without accents, digits and hyphens only (e.g. public-speaking).',
  lessonSlugTwice: 'Two lessons of this training have the same id: “{{slug}}”.',
  colourInvalid: 'A #rrggbb colour dark enough for white text (contrast {{ratio}}:1, at least 4.5).',
  isbnInvalid: 'Invalid ISBN: check the digits (the check digit does not match).',
  urlInvalid: 'Invalid web address: it must start with https:// or http://.',
}

const es: Messages = {
  translatorDraftOrPublish: 'Guarde un borrador o publique: un guardado directo cambiaría la versión en línea.',
  translatorUnpublishedDefault:
    'La versión francesa tiene cambios sin publicar (o nunca se publicó): el equipo editorial debe publicarla antes que su traducción. Guarde un borrador mientras tanto.',
  vtt_signature: 'el archivo debe empezar por «WEBVTT»',
  vtt_timing: 'se esperaba un tiempo como «00:00:01.000 --> 00:00:04.000»',
  vtt_order: 'la réplica termina antes de empezar',
  vtt_separator: 'una línea vacía debe separar las réplicas',
  vtt_emptyCue: 'la réplica no tiene texto',
  vtt_noCue: 'el archivo no contiene ninguna réplica',
  fileTooLarge: 'El archivo pesa {{size}}: el límite es {{max}}.',
  fileTypeNotAllowed: 'Tipo de archivo rechazado ({{detected}}). Formatos aceptados: {{accepted}}.',
  unsafeSvg:
    'Este SVG contiene contenido activo ({{reason}}). Quite scripts, manejadores de eventos y enlaces javascript: antes de subirlo.',
  invalidSvg: 'Este archivo SVG no se puede leer: {{reason}}.',
  invalidWebVtt: 'Este archivo no es un subtítulo WebVTT válido (línea {{line}}: {{reason}}).',
  subtitleMustBeVtt: 'Los subtítulos deben ser un archivo WebVTT (.vtt).',
  subtitleLanguageTwice: 'Una sola pista de subtítulos por idioma: «{{language}}» aparece dos veces.',
  videoFileRequired: 'Elija el archivo de vídeo, o una plataforma y su identificador.',
  providerIdInvalid: 'Identificador de {{provider}} no válido. Ejemplo: {{example}}.',
  translatorWrongLocale: 'Usted traduce al {{locales}}: la versión «{{locale}}» no le está abierta.',
  translatorSharedFields: 'Quien traduce solo cambia textos traducibles. No editable: {{fields}}.',
  translatorCannotPublishDefault: 'Solo el equipo editorial publica la versión francesa: guarde un borrador.',
  translatorNeedsLocales: 'Una persona traductora necesita al menos un idioma de trabajo.',
  slugInvalid: 'Solo minúsculas sin acentos, cifras y guiones (p. ej.: hablar-en-publico).',
  lessonSlugTwice: 'Dos lecciones de esta formación tienen el mismo identificador: «{{slug}}».',
  colourInvalid: 'Un color #rrggbb bastante oscuro para texto blanco (contraste {{ratio}}:1, mínimo 4,5).',
  isbnInvalid: 'ISBN no válido: revise las cifras (el dígito de control no coincide).',
  urlInvalid: 'Dirección web no válida: debe empezar por https:// o http://.',
}

const de: Messages = {
  translatorDraftOrPublish: 'Speichern Sie einen Entwurf oder veröffentlichen Sie: direktes Speichern würde die Online-Version ändern.',
  translatorUnpublishedDefault:
    'Die französische Version hat unveröffentlichte Änderungen (oder wurde nie veröffentlicht): die Redaktion muss sie vor Ihrer Übersetzung veröffentlichen. Speichern Sie bis dahin einen Entwurf.',
  vtt_signature: 'die Datei muss mit „WEBVTT“ beginnen',
  vtt_timing: 'erwartet wird eine Zeitangabe wie „00:00:01.000 --> 00:00:04.000“',
  vtt_order: 'der Untertitel endet, bevor er beginnt',
  vtt_separator: 'eine Leerzeile muss die Untertitel trennen',
  vtt_emptyCue: 'der Untertitel hat keinen Text',
  vtt_noCue: 'die Datei enthält keinen Untertitel',
  fileTooLarge: 'Die Datei ist {{size}} groß: erlaubt sind {{max}}.',
  fileTypeNotAllowed: 'Dateityp abgelehnt ({{detected}}). Erlaubte Formate: {{accepted}}.',
  unsafeSvg:
    'Dieses SVG enthält aktive Inhalte ({{reason}}). Entfernen Sie Skripte, Event-Handler und javascript:-Links vor dem Hochladen.',
  invalidSvg: 'Diese SVG-Datei ist nicht lesbar: {{reason}}.',
  invalidWebVtt: 'Diese Datei ist kein gültiger WebVTT-Untertitel (Zeile {{line}}: {{reason}}).',
  subtitleMustBeVtt: 'Untertitel müssen eine WebVTT-Datei (.vtt) sein.',
  subtitleLanguageTwice: 'Eine Untertitelspur pro Sprache: „{{language}}“ kommt zweimal vor.',
  videoFileRequired: 'Wählen Sie die Videodatei oder eine Plattform und deren Video-ID.',
  providerIdInvalid: 'Ungültige {{provider}}-ID. Erwartet etwa: {{example}}.',
  translatorWrongLocale: 'Sie übersetzen nach {{locales}}: die Version „{{locale}}“ ist für Sie gesperrt.',
  translatorSharedFields: 'Übersetzer·innen ändern nur übersetzbare Texte. Nicht änderbar: {{fields}}.',
  translatorCannotPublishDefault: 'Nur die Redaktion veröffentlicht die französische Version: speichern Sie einen Entwurf.',
  translatorNeedsLocales: 'Übersetzer·innen brauchen mindestens eine Arbeitssprache.',
  slugInvalid: 'Nur Kleinbuchstaben ohne Akzente, Ziffern und Bindestriche (z. B. oeffentlich-sprechen).',
  lessonSlugTwice: 'Zwei Lektionen dieser Schulung haben dieselbe Kennung: „{{slug}}“.',
  colourInvalid: 'Eine #rrggbb-Farbe, dunkel genug für weißen Text (Kontrast {{ratio}}:1, mindestens 4,5).',
  isbnInvalid: 'Ungültige ISBN: Prüfziffer stimmt nicht.',
  urlInvalid: 'Ungültige Webadresse: Sie muss mit https:// oder http:// beginnen.',
}

const it: Messages = {
  translatorDraftOrPublish: 'Salva una bozza o pubblica: un salvataggio diretto cambierebbe la versione online.',
  translatorUnpublishedDefault:
    'La versione francese ha modifiche non pubblicate (o non è mai stata pubblicata): la redazione deve pubblicarla prima della tua traduzione. Nel frattempo salva una bozza.',
  vtt_signature: 'il file deve iniziare con «WEBVTT»',
  vtt_timing: 'atteso un tempo come «00:00:01.000 --> 00:00:04.000»',
  vtt_order: 'la battuta finisce prima di iniziare',
  vtt_separator: 'una riga vuota deve separare le battute',
  vtt_emptyCue: 'la battuta non ha testo',
  vtt_noCue: 'il file non contiene battute',
  fileTooLarge: 'Il file pesa {{size}}: il limite è {{max}}.',
  fileTypeNotAllowed: 'Tipo di file rifiutato ({{detected}}). Formati accettati: {{accepted}}.',
  unsafeSvg:
    'Questo SVG contiene contenuto attivo ({{reason}}). Rimuovi script, gestori di eventi e link javascript: prima di caricarlo.',
  invalidSvg: 'Questo file SVG non è leggibile: {{reason}}.',
  invalidWebVtt: 'Questo file non è un sottotitolo WebVTT valido (riga {{line}}: {{reason}}).',
  subtitleMustBeVtt: 'I sottotitoli devono essere un file WebVTT (.vtt).',
  subtitleLanguageTwice: 'Una sola traccia di sottotitoli per lingua: «{{language}}» compare due volte.',
  videoFileRequired: 'Scegli il file video, oppure una piattaforma e il suo identificativo.',
  providerIdInvalid: 'Identificativo {{provider}} non valido. Esempio: {{example}}.',
  translatorWrongLocale: 'Traduci verso {{locales}}: la versione «{{locale}}» non ti è aperta.',
  translatorSharedFields: 'Chi traduce modifica solo testi traducibili. Non modificabile: {{fields}}.',
  translatorCannotPublishDefault: 'Solo la redazione pubblica la versione francese: salva una bozza.',
  translatorNeedsLocales: 'Chi traduce ha bisogno di almeno una lingua di lavoro.',
  slugInvalid: 'Solo minuscole senza accenti, cifre e trattini (es.: parlare-in-pubblico).',
  lessonSlugTwice: 'Due lezioni di questa formazione hanno lo stesso identificativo: «{{slug}}».',
  colourInvalid: 'Un colore #rrggbb abbastanza scuro per il testo bianco (contrasto {{ratio}}:1, minimo 4,5).',
  isbnInvalid: 'ISBN non valido: la cifra di controllo non corrisponde.',
  urlInvalid: 'Indirizzo web non valido: deve iniziare con https:// o http://.',
}

const pt: Messages = {
  translatorDraftOrPublish: 'Guarde um rascunho ou publique: uma gravação direta alteraria a versão em linha.',
  translatorUnpublishedDefault:
    'A versão francesa tem alterações por publicar (ou nunca foi publicada): a equipa editorial tem de a publicar antes da sua tradução. Entretanto, guarde um rascunho.',
  vtt_signature: 'o ficheiro tem de começar por «WEBVTT»',
  vtt_timing: 'esperava-se um tempo como «00:00:01.000 --> 00:00:04.000»',
  vtt_order: 'a legenda termina antes de começar',
  vtt_separator: 'uma linha vazia tem de separar as legendas',
  vtt_emptyCue: 'a legenda não tem texto',
  vtt_noCue: 'o ficheiro não contém legendas',
  fileTooLarge: 'O ficheiro tem {{size}}: o limite é {{max}}.',
  fileTypeNotAllowed: 'Tipo de ficheiro recusado ({{detected}}). Formatos aceites: {{accepted}}.',
  unsafeSvg:
    'Este SVG contém conteúdo ativo ({{reason}}). Retire scripts, manipuladores de eventos e ligações javascript: antes de o enviar.',
  invalidSvg: 'Este ficheiro SVG não pode ser lido: {{reason}}.',
  invalidWebVtt: 'Este ficheiro não é uma legenda WebVTT válida (linha {{line}}: {{reason}}).',
  subtitleMustBeVtt: 'As legendas têm de ser um ficheiro WebVTT (.vtt).',
  subtitleLanguageTwice: 'Uma só faixa de legendas por língua: «{{language}}» aparece duas vezes.',
  videoFileRequired: 'Escolha o ficheiro de vídeo, ou uma plataforma e o seu identificador.',
  providerIdInvalid: 'Identificador {{provider}} inválido. Exemplo: {{example}}.',
  translatorWrongLocale: 'Traduz para {{locales}}: a versão «{{locale}}» não lhe está aberta.',
  translatorSharedFields: 'Quem traduz só altera textos traduzíveis. Não editável: {{fields}}.',
  translatorCannotPublishDefault: 'Só a equipa editorial publica a versão francesa: guarde um rascunho.',
  translatorNeedsLocales: 'Quem traduz precisa de pelo menos uma língua de trabalho.',
  slugInvalid: 'Só minúsculas sem acentos, algarismos e hífenes (ex.: falar-em-publico).',
  lessonSlugTwice: 'Duas lições desta formação têm o mesmo identificador: «{{slug}}».',
  colourInvalid: 'Uma cor #rrggbb escura o suficiente para texto branco (contraste {{ratio}}:1, mínimo 4,5).',
  isbnInvalid: 'ISBN inválido: o dígito de controlo não corresponde.',
  urlInvalid: 'Endereço web inválido: deve começar por https:// ou http://.',
}

const ar: Messages = {
  translatorDraftOrPublish: 'احفظوا مسودة أو انشروا: الحفظ المباشر سيغيّر النسخة المنشورة.',
  translatorUnpublishedDefault: 'في النسخة الفرنسية تعديلات غير منشورة (أو لم تُنشر قط): على فريق التحرير نشرها قبل ترجمتكم. احفظوا مسودة في الأثناء.',
  vtt_signature: 'يجب أن يبدأ الملف بـ «WEBVTT»',
  vtt_timing: 'يُنتظر توقيت مثل «00:00:01.000 --> 00:00:04.000»',
  vtt_order: 'ينتهي المقطع قبل أن يبدأ',
  vtt_separator: 'يجب أن يفصل سطر فارغ بين المقاطع',
  vtt_emptyCue: 'المقطع بلا نص',
  vtt_noCue: 'لا يحتوي الملف على أي مقطع',
  fileTooLarge: 'حجم الملف {{size}}، والحد الأقصى {{max}}.',
  fileTypeNotAllowed: 'نوع الملف مرفوض ({{detected}}). الصيغ المقبولة: {{accepted}}.',
  unsafeSvg: 'يحتوي ملف SVG هذا على محتوى نشط ({{reason}}). أزيلوا النصوص البرمجية ومعالجات الأحداث وروابط javascript: قبل رفعه.',
  invalidSvg: 'تعذّرت قراءة ملف SVG هذا: {{reason}}.',
  invalidWebVtt: 'هذا الملف ليس ترجمة WebVTT صالحة (السطر {{line}}: {{reason}}).',
  subtitleMustBeVtt: 'يجب أن تكون الترجمة ملف WebVTT ‏(.vtt).',
  subtitleLanguageTwice: 'مسار ترجمة واحد لكل لغة: «{{language}}» مكرّرة.',
  videoFileRequired: 'اختاروا ملف الفيديو، أو منصة ومعرّف الفيديو عليها.',
  providerIdInvalid: 'معرّف {{provider}} غير صالح. مثال: {{example}}.',
  translatorWrongLocale: 'تترجمون إلى {{locales}}: النسخة «{{locale}}» غير متاحة لكم.',
  translatorSharedFields: 'يعدّل المترجمون النصوص القابلة للترجمة فقط. غير قابل للتعديل: {{fields}}.',
  translatorCannotPublishDefault: 'فريق التحرير وحده ينشر النسخة الفرنسية: احفظوا مسودة.',
  translatorNeedsLocales: 'يحتاج المترجم إلى لغة عمل واحدة على الأقل.',
  slugInvalid: 'أحرف لاتينية صغيرة دون علامات، وأرقام وشرطات فقط.',
  lessonSlugTwice: 'درسان في هذا التكوين لهما المعرّف نفسه: «{{slug}}».',
  colourInvalid: 'لون بصيغة ‎#rrggbb داكن بما يكفي لنص أبيض (التباين {{ratio}}:1، والحد الأدنى 4.5).',
  isbnInvalid: 'رقم ISBN غير صالح: رقم التحقق لا يطابق.',
  urlInvalid: 'عنوان ويب غير صالح: يجب أن يبدأ بـ https://‎ أو http://‎.',
}

export type HubMessageKey = keyof Messages

const messages: Record<string, Messages> = { fr, en, es, de, it, pt, ar }

/** Every admin language gets the hub's messages; one not translated yet reads them in French. */
export const hubTranslations = Object.fromEntries(localeCodes.map((code) => [code, { hub: messages[code] ?? fr }]))
