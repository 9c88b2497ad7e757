/**
 * Reusable visuals for the media library. `artwork` drives the local generator;
 * `alt` describes what the generated image shows.
 */
import type { VisualSeed } from '../types'

export const visuals: VisualSeed[] = [
  {
    slug: 'carte-planifions-la-bifurcation',
    title: {
      fr: 'Carte slogan « Planifions la bifurcation ! »',
      en: 'Slogan card “Planifions la bifurcation!”',
    },
    alt: {
      fr: 'Carte au fond vert sapin portant en grandes lettres blanches le slogan « Planifions la bifurcation ! », avec un grand disque vert tendre et un anneau jaune soleil en décor.',
      en: 'Card with a deep green background bearing the slogan “Planifions la bifurcation!” (Let’s plan the ecological shift!) in large white letters, decorated with a large soft green disc and a sun-yellow ring.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['ecologie'],
    artwork: {
      style: 'slogan',
      text: 'Planifions la bifurcation !',
      palette: ['#1d6b3a', '#a8d5a2', '#f2c14e'],
    },
  },
  {
    slug: 'paysage-collines-et-eoliennes',
    title: {
      fr: 'Paysage : collines et éoliennes',
      en: 'Landscape: hills and wind turbines',
    },
    alt: {
      fr: 'Illustration d’un paysage de collines vertes qui se superposent jusqu’à l’horizon, parsemées d’éoliennes blanches et d’arbres, sous un grand soleil jaune et quelques nuages.',
      en: 'Illustration of layered green hills stretching to the horizon, dotted with white wind turbines and trees, under a large yellow sun and a few clouds.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-4.0',
    downloadable: true,
    themes: ['ecologie'],
    artwork: {
      style: 'landscape',
      palette: ['#2f7d4a', '#f2c14e', '#7fb7d9'],
    },
  },
  {
    slug: 'paysage-aube-sur-la-vallee',
    title: {
      fr: 'Paysage : l’aube sur la vallée',
      en: 'Landscape: dawn over the valley',
    },
    alt: {
      fr: 'Illustration d’une vallée aux collines bleu-vert, avec des éoliennes sur les crêtes et une rangée d’arbres, sous un soleil orangé de lever du jour.',
      en: 'Illustration of a valley with blue-green hills, wind turbines on the ridges and a row of trees, under an orange sunrise.',
    },
    credit: 'Groupe d’action Lyon 7e',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['ecologie'],
    artwork: {
      style: 'landscape',
      palette: ['#1f5f6b', '#f29e4c', '#9fd3c7'],
    },
  },
  {
    slug: 'carte-pour-la-6e-republique',
    title: {
      fr: 'Carte slogan « Pour la 6e République ! »',
      en: 'Slogan card “Pour la 6e République!”',
    },
    alt: {
      fr: 'Carte au fond violet profond portant en grandes lettres blanches le slogan « Pour la 6e République ! », avec un disque rose pâle et un anneau blanc en décor.',
      en: 'Card with a deep purple background bearing the slogan “Pour la 6e République!” (For a Sixth Republic!) in large white letters, decorated with a pale pink disc and a white ring.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['democratie'],
    artwork: {
      style: 'slogan',
      text: 'Pour la 6e République !',
      palette: ['#5a2d82', '#f5c0d0', '#ffffff'],
    },
  },
  {
    slug: 'icone-referendum-d-initiative-citoyenne',
    title: {
      fr: 'Icône « Référendum d’initiative citoyenne »',
      en: 'Icon “Référendum d’initiative citoyenne”',
    },
    alt: {
      fr: 'Pictogramme blanc et jaune d’une urne de vote avec un bulletin, dans un disque lavande entouré d’anneaux, sur fond violet nuit, avec la légende blanche « Référendum d’initiative citoyenne ».',
      en: 'White and yellow pictogram of a ballot box with a voting slip, in a lavender disc surrounded by rings on a midnight purple background, with the white caption “Référendum d’initiative citoyenne” (citizens’ initiative referendum).',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-4.0',
    downloadable: true,
    themes: ['democratie'],
    artwork: {
      style: 'icon',
      text: 'Référendum d’initiative citoyenne',
      palette: ['#3b1f5c', '#f2c14e', '#ffffff'],
    },
  },
  {
    slug: 'foule-assemblee-citoyenne',
    title: {
      fr: 'Illustration : assemblée citoyenne',
      en: 'Illustration: citizens’ assembly',
    },
    alt: {
      fr: 'Illustration d’une foule stylisée de silhouettes roses, jaunes et grises sur fond bleu ardoise, quelques personnes levant la main ou brandissant une pancarte, comme lors d’une assemblée.',
      en: 'Illustration of a stylised crowd of pink, yellow and grey silhouettes on a slate blue background, some people raising a hand or holding up a placard, as at an assembly.',
    },
    credit: 'Groupe d’action Rennes centre',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['democratie'],
    artwork: {
      style: 'crowd',
      palette: ['#2b2d42', '#ef476f', '#ffd166'],
    },
  },
  {
    slug: 'carte-retraite-a-60-ans',
    title: {
      fr: 'Carte slogan « La retraite à 60 ans, c’est possible »',
      en: 'Slogan card “La retraite à 60 ans, c’est possible”',
    },
    alt: {
      fr: 'Carte au fond rouge brique portant en grandes lettres blanches le slogan « La retraite à 60 ans, c’est possible », avec un disque jaune et un anneau blanc en décor.',
      en: 'Card with a brick red background bearing the slogan “La retraite à 60 ans, c’est possible” (Retirement at 60 is possible) in large white letters, decorated with a yellow disc and a white ring.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['economie-travail'],
    artwork: {
      style: 'slogan',
      text: 'La retraite à 60 ans, c’est possible',
      palette: ['#b0261e', '#ffd166', '#ffffff'],
    },
  },
  {
    slug: 'foule-cortege-intersyndical',
    title: {
      fr: 'Illustration : cortège intersyndical',
      en: 'Illustration: joint union march',
    },
    alt: {
      fr: 'Illustration d’un cortège de manifestation : des rangées de silhouettes orange et gris clair sur fond bordeaux, dont certaines portent des pancartes ou lèvent le poing.',
      en: 'Illustration of a protest march: rows of orange and light grey silhouettes on a burgundy background, some carrying placards or raising a fist.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-4.0',
    downloadable: true,
    themes: ['economie-travail'],
    artwork: {
      style: 'crowd',
      palette: ['#7a1c14', '#f4a261', '#e9ecef'],
    },
  },
  {
    slug: 'carte-nos-services-publics',
    title: {
      fr: 'Carte slogan « Nos services publics, notre bien commun »',
      en: 'Slogan card “Nos services publics, notre bien commun”',
    },
    alt: {
      fr: 'Carte au fond bleu roi portant en grandes lettres blanches le slogan « Nos services publics, notre bien commun », avec un disque bleu ciel et un anneau jaune orangé en décor.',
      en: 'Card with a royal blue background bearing the slogan “Nos services publics, notre bien commun” (Our public services, our common good) in large white letters, decorated with a sky blue disc and an amber ring.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['services-publics'],
    artwork: {
      style: 'slogan',
      text: 'Nos services publics, notre bien commun',
      palette: ['#0b4f8a', '#8ecae6', '#ffb703'],
    },
  },
  {
    slug: 'icone-services-publics',
    title: {
      fr: 'Icône « Services publics »',
      en: 'Icon “Services publics”',
    },
    alt: {
      fr: 'Pictogramme blanc et jaune d’un bâtiment public à colonnes, dans un disque bleu-gris entouré d’anneaux, sur fond bleu marine, avec la légende blanche « Services publics ».',
      en: 'White and yellow pictogram of a public building with columns, in a blue-grey disc surrounded by rings on a navy background, with the white caption “Services publics” (public services).',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-4.0',
    downloadable: true,
    themes: ['services-publics'],
    artwork: {
      style: 'icon',
      text: 'Services publics',
      palette: ['#0d3b66', '#f4d35e', '#faf0ca'],
    },
  },
  {
    slug: 'motif-arcs-services-publics',
    title: {
      fr: 'Motif à arcs, bleu et framboise',
      en: 'Arc pattern, blue and raspberry',
    },
    alt: {
      fr: 'Motif répétitif d’arcs de cercle crème qui s’enchaînent en méandres sur fond bleu nuit, ponctué de quelques pastilles framboise. Fond décoratif sans texte.',
      en: 'Repeating pattern of cream quarter-circle arcs forming meandering lines on a midnight blue background, dotted with a few raspberry dots. Decorative background without text.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC0-1.0',
    downloadable: true,
    themes: ['services-publics'],
    artwork: {
      style: 'pattern',
      palette: ['#123c69', '#eee2dc', '#ac3b61'],
    },
  },
  {
    slug: 'carte-egalite-salariale-maintenant',
    title: {
      fr: 'Carte slogan « Égalité salariale, maintenant ! »',
      en: 'Slogan card “Égalité salariale, maintenant!”',
    },
    alt: {
      fr: 'Carte au fond prune portant en grandes lettres blanches le slogan « Égalité salariale, maintenant ! », avec un disque rose poudré et un anneau blanc en décor.',
      en: 'Card with a plum background bearing the slogan “Égalité salariale, maintenant!” (Equal pay now!) in large white letters, decorated with a powder pink disc and a white ring.',
    },
    credit: 'Groupe d’action féministe Marseille',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['egalites'],
    artwork: {
      style: 'slogan',
      text: 'Égalité salariale, maintenant !',
      palette: ['#8a1c5b', '#ffc2d1', '#ffffff'],
    },
  },
  {
    slug: 'carte-un-toit-c-est-un-droit',
    title: {
      fr: 'Carte slogan « Un toit, c’est un droit »',
      en: 'Slogan card “Un toit, c’est un droit”',
    },
    alt: {
      fr: 'Carte au fond jaune soleil portant en grandes lettres presque noires le slogan « Un toit, c’est un droit », avec un disque prune et un anneau bleu marine en décor.',
      en: 'Card with a sunny yellow background bearing the slogan “Un toit, c’est un droit” (A roof is a right) in large near-black letters, decorated with a plum disc and a navy ring.',
    },
    credit: 'Groupe d’action Lille Fives',
    licence: 'CC-BY-4.0',
    downloadable: true,
    themes: ['egalites'],
    artwork: {
      style: 'slogan',
      text: 'Un toit, c’est un droit',
      palette: ['#f2c14e', '#8a1c5b', '#1d3557'],
    },
  },
  {
    slug: 'icone-egalite-des-droits',
    title: {
      fr: 'Icône « Égalité des droits »',
      en: 'Icon “Égalité des droits”',
    },
    alt: {
      fr: 'Pictogramme blanc et rose pâle d’une balance de la justice, dans un disque vieux rose entouré d’anneaux, sur fond aubergine, avec la légende blanche « Égalité des droits ».',
      en: 'White and pale pink pictogram of the scales of justice, in a dusty rose disc surrounded by rings on an aubergine background, with the white caption “Égalité des droits” (equal rights).',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['egalites'],
    artwork: {
      style: 'icon',
      text: 'Égalité des droits',
      palette: ['#6a1b4d', '#ffd6e0', '#f7b267'],
    },
  },
  {
    slug: 'carte-paix-et-cooperation',
    title: {
      fr: 'Carte slogan « Paix et coopération entre les peuples »',
      en: 'Slogan card “Paix et coopération entre les peuples”',
    },
    alt: {
      fr: 'Carte au fond bleu pétrole portant en grandes lettres blanches le slogan « Paix et coopération entre les peuples », avec un disque vert d’eau et un anneau jaune sable en décor.',
      en: 'Card with a petrol blue background bearing the slogan “Paix et coopération entre les peuples” (Peace and cooperation between peoples) in large white letters, decorated with a teal disc and a sand yellow ring.',
    },
    credit: 'Espace international du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['international'],
    artwork: {
      style: 'slogan',
      text: 'Paix et coopération entre les peuples',
      palette: ['#264653', '#2a9d8f', '#e9c46a'],
    },
  },
  {
    slug: 'motif-tuiles-international',
    title: {
      fr: 'Motif de tuiles géométriques, bleu et jaune',
      en: 'Geometric tile pattern, blue and yellow',
    },
    alt: {
      fr: 'Motif en damier de tuiles carrées de style Bauhaus, en bleu profond, bleu clair et jaune paille, chacune ornée d’un quart de cercle, d’un demi-disque, d’un rond ou d’un triangle. Fond décoratif sans texte.',
      en: 'Checkerboard of Bauhaus-style square tiles in deep blue, light blue and straw yellow, each decorated with a quarter circle, half disc, dot or triangle. Decorative background without text.',
    },
    credit: 'Espace international du mouvement',
    licence: 'CC-BY-4.0',
    downloadable: true,
    themes: ['international'],
    artwork: {
      style: 'pattern',
      palette: ['#1b4965', '#62b6cb', '#f4e285'],
    },
  },
  {
    slug: 'carte-l-info-n-est-pas-a-vendre',
    title: {
      fr: 'Carte slogan « L’info n’est pas à vendre »',
      en: 'Slogan card “L’info n’est pas à vendre”',
    },
    alt: {
      fr: 'Carte au fond anthracite portant en grandes lettres blanches le slogan « L’info n’est pas à vendre », avec un disque rouge corail et un anneau blanc cassé en décor.',
      en: 'Card with a charcoal background bearing the slogan “L’info n’est pas à vendre” (News is not for sale) in large white letters, decorated with a coral red disc and an off-white ring.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['medias-numerique'],
    artwork: {
      style: 'slogan',
      text: 'L’info n’est pas à vendre',
      palette: ['#212529', '#ff6b6b', '#f8f9fa'],
    },
  },
  {
    slug: 'motif-chevrons-numerique',
    title: {
      fr: 'Motif à chevrons, orange et gris',
      en: 'Chevron pattern, orange and grey',
    },
    alt: {
      fr: 'Motif de lignes en zigzag alternant orange vif et gris clair, répétées sur toute la surface d’un fond bleu nuit. Fond décoratif sans texte.',
      en: 'Pattern of zigzag lines alternating bright orange and light grey, repeated across a midnight blue background. Decorative background without text.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC0-1.0',
    downloadable: true,
    themes: ['medias-numerique'],
    artwork: {
      style: 'pattern',
      palette: ['#14213d', '#fca311', '#e5e5e5'],
    },
  },
  {
    slug: 'carte-rejoins-ton-groupe-d-action',
    title: {
      fr: 'Carte slogan « Rejoins ton groupe d’action ! »',
      en: 'Slogan card “Rejoins ton groupe d’action!”',
    },
    alt: {
      fr: 'Carte au fond rouge vif portant en grandes lettres blanches le slogan « Rejoins ton groupe d’action ! », avec un disque crème et un anneau bleu nuit en décor.',
      en: 'Card with a bright red background bearing the slogan “Rejoins ton groupe d’action!” (Join your action group!) in large white letters, decorated with a cream disc and a midnight blue ring.',
    },
    credit: 'Atelier graphique du mouvement',
    licence: 'CC-BY-SA-4.0',
    downloadable: true,
    themes: ['militer'],
    artwork: {
      style: 'slogan',
      text: 'Rejoins ton groupe d’action !',
      palette: ['#c1121f', '#fdf0d5', '#003049'],
    },
  },
  {
    slug: 'illustration-grand-rassemblement',
    title: {
      fr: 'Illustration : grand rassemblement',
      en: 'Illustration: large rally',
    },
    alt: {
      fr: 'Illustration d’une grande foule de silhouettes orange et jaune d’or sur fond bleu nuit, éclairée par un halo, avec des pancartes levées au-dessus des têtes.',
      en: 'Illustration of a large crowd of orange and golden yellow silhouettes on a midnight blue background, lit by a halo, with placards raised above their heads.',
    },
    credit: 'Nadia Berthet, illustratrice, pour le mouvement (droits réservés)',
    licence: 'all-rights-reserved',
    downloadable: false,
    themes: ['militer'],
    artwork: {
      style: 'crowd',
      palette: ['#003049', '#f77f00', '#fcbf49'],
    },
  },
]
