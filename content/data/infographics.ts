/**
 * Infographics built from public figures. `chart` is what the generated image draws;
 * `longDescription` states every figure in words for people who cannot see the image.
 */
import type { InfographicSeed } from '../types'

export const infographics: InfographicSeed[] = [
  {
    slug: 'dette-publique-depuis-1980',
    title: {
      fr: 'La dette publique française depuis 1980',
      en: 'French public debt since 1980',
      es: 'La deuda pública francesa desde 1980',
    },
    summary: {
      fr: 'La dette des administrations publiques en pourcentage du PIB, de 1980 à 2024 : deux grands sauts, après la crise financière de 2008 et pendant le Covid.',
      en: 'General government debt as a share of GDP from 1980 to 2024: two big jumps, after the 2008 financial crisis and during Covid.',
      es: 'La deuda de las administraciones públicas en porcentaje del PIB, de 1980 a 2024: dos grandes saltos, tras la crisis financiera de 2008 y durante la covid.',
    },
    alt: {
      fr: 'Diagramme en barres : dette publique de la France en % du PIB, de 21 % en 1980 à 113 % en 2024.',
      en: 'Bar chart: France’s public debt as a % of GDP, from 21% in 1980 to 113% in 2024.',
      es: 'Gráfico de barras: deuda pública de Francia en % del PIB, del 21 % en 1980 al 113 % en 2024.',
    },
    longDescription: {
      fr: 'Ce diagramme en barres montre la dette publique de la France, au sens du traité de Maastricht, en pourcentage du produit intérieur brut (PIB). Valeurs arrondies à l’unité, à six dates :\n\n- **1980** : 21 % du PIB ;\n- **2000** : 59 % ;\n- **2007**, avant la crise financière : 65 % ;\n- **2019**, avant le Covid : 98 % ;\n- **2020**, année du Covid : 115 % ;\n- **2024** : 113 %, soit environ 3 300 milliards d’euros.\n\nEn proportion du PIB, la dette a donc été multipliée par plus de cinq depuis 1980, avec deux hausses brutales liées aux crises de 2008-2009 et de 2020.\n\nÀ savoir : rapporter un stock (la dette accumulée) à un flux (la richesse produite en un an) grossit l’impression de danger. Ce qui pèse chaque année sur le budget, ce sont les intérêts.',
      en: 'This bar chart shows France’s public debt, as defined by the Maastricht Treaty, as a percentage of gross domestic product (GDP). Values rounded to the nearest whole number, at six dates:\n\n- **1980**: 21% of GDP;\n- **2000**: 59%;\n- **2007**, before the financial crisis: 65%;\n- **2019**, before Covid: 98%;\n- **2020**, the Covid year: 115%;\n- **2024**: 113%, or about 3,300 billion euros.\n\nAs a share of GDP, debt has therefore grown more than fivefold since 1980, with two sharp rises linked to the crises of 2008-2009 and 2020.\n\nWorth knowing: comparing a stock (accumulated debt) with a flow (the wealth produced in one year) exaggerates the sense of danger. What weighs on the budget each year is the interest.',
      es: 'Este gráfico de barras muestra la deuda pública de Francia, según la definición del Tratado de Maastricht, en porcentaje del producto interior bruto (PIB). Valores redondeados, en seis fechas:\n\n- **1980**: 21 % del PIB;\n- **2000**: 59 %;\n- **2007**, antes de la crisis financiera: 65 %;\n- **2019**, antes de la covid: 98 %;\n- **2020**, año de la covid: 115 %;\n- **2024**: 113 %, es decir, unos 3,3 billones de euros.\n\nEn proporción del PIB, la deuda se ha multiplicado por más de cinco desde 1980, con dos subidas bruscas ligadas a las crisis de 2008-2009 y de 2020.\n\nConviene saber que comparar un stock (la deuda acumulada) con un flujo (la riqueza producida en un año) exagera la sensación de peligro. Lo que pesa cada año en el presupuesto son los intereses.',
    },
    sources: [
      {
        label: 'INSEE — Comptes nationaux, dette des administrations publiques',
        url: 'https://www.insee.fr/fr/statistiques',
      },
      {
        label: 'Cour des comptes — Situation et perspectives des finances publiques',
        url: 'https://www.ccomptes.fr/fr/publications',
      },
    ],
    chart: {
      kind: 'bars',
      unit: '%',
      items: [
        {
          label: {
            fr: '1980',
            en: '1980',
            es: '1980',
          },
          value: 21,
        },
        {
          label: {
            fr: '2000',
            en: '2000',
            es: '2000',
          },
          value: 59,
        },
        {
          label: {
            fr: '2007',
            en: '2007',
            es: '2007',
          },
          value: 65,
        },
        {
          label: {
            fr: '2019',
            en: '2019',
            es: '2019',
          },
          value: 98,
        },
        {
          label: {
            fr: '2020',
            en: '2020',
            es: '2020',
          },
          value: 115,
        },
        {
          label: {
            fr: '2024',
            en: '2024',
            es: '2024',
          },
          value: 113,
        },
      ],
    },
    themes: ['economie-travail'],
  },
  {
    slug: 'ecart-de-salaire-femmes-hommes',
    title: {
      fr: 'Écart de salaire entre femmes et hommes (2022)',
      en: 'Gender pay gap in France (2022)',
      es: 'Brecha salarial entre mujeres y hombres (2022)',
    },
    summary: {
      fr: 'Dans le secteur privé, les femmes gagnent en moyenne 23,5 % de moins que les hommes. Trois mesures de l’écart pour comprendre d’où il vient.',
      en: 'In the private sector, women earn on average 23.5% less than men. Three measures of the gap to understand where it comes from.',
      es: 'En el sector privado, las mujeres ganan de media un 23,5 % menos que los hombres. Tres medidas de la brecha para entender de dónde viene.',
    },
    alt: {
      fr: 'Diagramme en barres : écart de salaire femmes-hommes en 2022, 23,5 % en revenu annuel, 14,9 % à temps de travail égal, 4 % à poste comparable.',
      en: 'Bar chart: gender pay gap in 2022, 23.5% in annual earnings, 14.9% for equal working time, 4% for comparable jobs.',
      es: 'Gráfico de barras: brecha salarial en 2022, 23,5 % en ingresos anuales, 14,9 % a igual tiempo de trabajo, 4 % en puestos comparables.',
    },
    longDescription: {
      fr: 'Ce diagramme en barres compare trois mesures de l’écart de salaire entre femmes et hommes dans le secteur privé en France, en 2022 (source : INSEE) :\n\n- **Revenu salarial annuel** : les femmes perçoivent en moyenne **23,5 %** de moins que les hommes ;\n- **À temps de travail égal** (en équivalent temps plein) : l’écart est de **14,9 %** ;\n- **À poste comparable** (même profession, même employeur) : il reste un écart de **4 %**.\n\nLa différence entre ces mesures s’explique par le temps partiel, beaucoup plus fréquent chez les femmes, et par la concentration des femmes dans des métiers et des secteurs moins bien payés. L’écart qui subsiste à poste comparable ne s’explique par aucune de ces différences : il relève en partie de la discrimination.',
      en: 'This bar chart compares three measures of the pay gap between women and men in France’s private sector in 2022 (source: INSEE):\n\n- **Annual earnings**: women earn on average **23.5%** less than men;\n- **Equal working time** (full-time equivalent): the gap is **14.9%**;\n- **Comparable job** (same occupation, same employer): a gap of **4%** remains.\n\nThe difference between these measures is explained by part-time work, much more common among women, and by the concentration of women in lower-paid occupations and sectors. The gap that remains for comparable jobs is not explained by any of these differences: it is partly due to discrimination.',
      es: 'Este gráfico de barras compara tres medidas de la brecha salarial entre mujeres y hombres en el sector privado en Francia, en 2022 (fuente: INSEE):\n\n- **Ingresos salariales anuales**: las mujeres perciben de media un **23,5 %** menos que los hombres;\n- **A igual tiempo de trabajo** (equivalente a tiempo completo): la brecha es del **14,9 %**;\n- **En puestos comparables** (misma profesión, mismo empleador): queda una brecha del **4 %**.\n\nLa diferencia entre estas medidas se explica por el trabajo a tiempo parcial, mucho más frecuente entre las mujeres, y por la concentración de las mujeres en profesiones y sectores peor pagados. La brecha que persiste en puestos comparables no se explica por ninguna de esas diferencias: se debe en parte a la discriminación.',
    },
    sources: [
      {
        label: 'INSEE — Écarts de salaire entre femmes et hommes (INSEE Focus, 2024)',
        url: 'https://www.insee.fr/fr/statistiques',
      },
      {
        label: 'Observatoire des inégalités — Inégalités entre femmes et hommes',
        url: 'https://www.inegalites.fr/',
      },
    ],
    chart: {
      kind: 'bars',
      unit: '%',
      items: [
        {
          label: {
            fr: 'Revenu salarial annuel',
            en: 'Annual earnings',
            es: 'Ingresos anuales',
          },
          value: 23.5,
        },
        {
          label: {
            fr: 'À temps de travail égal',
            en: 'Equal working time',
            es: 'Igual tiempo de trabajo',
          },
          value: 14.9,
        },
        {
          label: {
            fr: 'À poste comparable',
            en: 'Comparable job',
            es: 'Puesto comparable',
          },
          value: 4,
        },
      ],
    },
    themes: ['egalites', 'economie-travail'],
  },
  {
    slug: 'emissions-de-gaz-a-effet-de-serre-par-secteur',
    title: {
      fr: 'D’où viennent les émissions de gaz à effet de serre ? (2023)',
      en: 'Where do greenhouse gas emissions come from? (2023)',
      es: '¿De dónde vienen las emisiones de gases de efecto invernadero? (2023)',
    },
    summary: {
      fr: 'Répartition des émissions territoriales de la France par secteur en 2023 : les transports arrivent en tête, devant l’agriculture, l’industrie et les bâtiments.',
      en: 'France’s territorial emissions by sector in 2023: transport comes first, ahead of farming, industry and buildings.',
      es: 'Reparto de las emisiones territoriales de Francia por sector en 2023: el transporte encabeza la lista, por delante de la agricultura, la industria y los edificios.',
    },
    alt: {
      fr: 'Diagramme circulaire : émissions de la France par secteur en 2023, transports 34 %, agriculture 20 %, industrie 18 %, bâtiments 16 %, énergie 8 %, déchets 4 %.',
      en: 'Donut chart: France’s emissions by sector in 2023, transport 34%, farming 20%, industry 18%, buildings 16%, energy 8%, waste 4%.',
      es: 'Gráfico circular: emisiones de Francia por sector en 2023, transporte 34 %, agricultura 20 %, industria 18 %, edificios 16 %, energía 8 %, residuos 4 %.',
    },
    longDescription: {
      fr: 'Ce diagramme circulaire répartit les émissions de gaz à effet de serre produites sur le territoire français en 2023, soit environ 373 millions de tonnes équivalent CO₂ (estimations du Citepa reprises par le Haut Conseil pour le climat, parts arrondies) :\n\n- **Transports** : 34 %, premier secteur émetteur, surtout à cause de la route ;\n- **Agriculture** : 20 %, notamment l’élevage et les engrais azotés ;\n- **Industrie** : 18 % ;\n- **Bâtiments** (chauffage des logements et des bureaux) : 16 % ;\n- **Production d’énergie** : 8 % ;\n- **Déchets** : 4 %.\n\nEn 2023, ces émissions ont baissé d’environ 5,8 % par rapport à 2022. Elles ne comptent pas les émissions liées aux produits importés, qui font partie de l’empreinte carbone des Français·es.',
      en: 'This donut chart breaks down the greenhouse gas emissions produced on French territory in 2023, about 373 million tonnes of CO₂ equivalent (Citepa estimates, used by the High Council on Climate; shares rounded):\n\n- **Transport**: 34%, the largest sector, mainly because of road traffic;\n- **Farming**: 20%, notably livestock and nitrogen fertilisers;\n- **Industry**: 18%;\n- **Buildings** (heating homes and offices): 16%;\n- **Energy production**: 8%;\n- **Waste**: 4%.\n\nIn 2023, these emissions fell by about 5.8% compared with 2022. They do not include emissions from imported goods, which are part of the carbon footprint of people living in France.',
      es: 'Este gráfico circular reparte las emisiones de gases de efecto invernadero producidas en territorio francés en 2023, unos 373 millones de toneladas equivalentes de CO₂ (estimaciones del Citepa recogidas por el Alto Consejo para el Clima; porcentajes redondeados):\n\n- **Transporte**: 34 %, el primer sector emisor, sobre todo por la carretera;\n- **Agricultura**: 20 %, en particular la ganadería y los fertilizantes nitrogenados;\n- **Industria**: 18 %;\n- **Edificios** (calefacción de viviendas y oficinas): 16 %;\n- **Producción de energía**: 8 %;\n- **Residuos**: 4 %.\n\nEn 2023, estas emisiones bajaron alrededor de un 5,8 % respecto a 2022. No incluyen las emisiones de los productos importados, que forman parte de la huella de carbono de quienes viven en Francia.',
    },
    sources: [
      {
        label: 'Citepa — Inventaire des émissions (rapport Secten)',
        url: 'https://www.citepa.org/',
      },
      {
        label: 'Haut Conseil pour le climat — Rapport annuel',
        url: 'https://www.hautconseilclimat.fr/',
      },
    ],
    chart: {
      kind: 'donut',
      unit: '%',
      items: [
        {
          label: {
            fr: 'Transports',
            en: 'Transport',
            es: 'Transporte',
          },
          value: 34,
        },
        {
          label: {
            fr: 'Agriculture',
            en: 'Farming',
            es: 'Agricultura',
          },
          value: 20,
        },
        {
          label: {
            fr: 'Industrie',
            en: 'Industry',
            es: 'Industria',
          },
          value: 18,
        },
        {
          label: {
            fr: 'Bâtiments',
            en: 'Buildings',
            es: 'Edificios',
          },
          value: 16,
        },
        {
          label: {
            fr: 'Énergie',
            en: 'Energy',
            es: 'Energía',
          },
          value: 8,
        },
        {
          label: {
            fr: 'Déchets',
            en: 'Waste',
            es: 'Residuos',
          },
          value: 4,
        },
      ],
    },
    themes: ['ecologie'],
  },
  {
    slug: 'esperance-de-vie-selon-le-niveau-de-vie',
    title: {
      fr: 'Espérance de vie : 13 ans d’écart selon le niveau de vie',
      en: 'Life expectancy: a 13-year gap depending on income',
    },
    summary: {
      fr: 'Les 5 % d’hommes les plus aisés vivent en moyenne 13 ans de plus que les 5 % les plus modestes. Un argument central contre le recul de l’âge de la retraite.',
      en: 'The richest 5% of men live on average 13 years longer than the poorest 5%. A key argument against raising the retirement age.',
    },
    alt: {
      fr: 'Diagramme en barres : espérance de vie à la naissance, hommes 71,7 ans chez les 5 % les plus modestes contre 84,4 ans chez les 5 % les plus aisés ; femmes 80,0 contre 88,3 ans.',
      en: 'Bar chart: life expectancy at birth, men 71.7 years for the poorest 5% versus 84.4 for the richest 5%; women 80.0 versus 88.3 years.',
    },
    longDescription: {
      fr: 'Ce diagramme en barres compare l’espérance de vie à la naissance selon le niveau de vie, en France, sur la période 2012-2016 (INSEE, étude publiée en 2018) :\n\n- **Hommes, 5 % les plus modestes** : 71,7 ans ;\n- **Hommes, 5 % les plus aisés** : 84,4 ans ;\n- **Femmes, 5 % les plus modestes** : 80,0 ans ;\n- **Femmes, 5 % les plus aisées** : 88,3 ans.\n\nL’écart atteint donc près de 13 ans chez les hommes et environ 8 ans chez les femmes. Reculer l’âge de départ à la retraite réduit d’abord le temps de retraite de celles et ceux qui vivent le moins longtemps.',
      en: 'This bar chart compares life expectancy at birth by income level in France over 2012-2016 (INSEE, study published in 2018):\n\n- **Men, poorest 5%**: 71.7 years;\n- **Men, richest 5%**: 84.4 years;\n- **Women, poorest 5%**: 80.0 years;\n- **Women, richest 5%**: 88.3 years.\n\nThe gap is therefore nearly 13 years for men and about 8 years for women. Raising the retirement age first cuts the retirement of those who live the shortest lives.',
    },
    sources: [
      {
        label: 'INSEE — L’espérance de vie par niveau de vie (INSEE Première n° 1687, 2018)',
        url: 'https://www.insee.fr/fr/statistiques',
      },
      {
        label: 'Observatoire des inégalités — Santé',
        url: 'https://www.inegalites.fr/',
      },
    ],
    chart: {
      kind: 'bars',
      unit: 'ans',
      items: [
        {
          label: {
            fr: 'Hommes, 5 % les plus modestes',
            en: 'Men, poorest 5%',
          },
          value: 71.7,
        },
        {
          label: {
            fr: 'Hommes, 5 % les plus aisés',
            en: 'Men, richest 5%',
          },
          value: 84.4,
        },
        {
          label: {
            fr: 'Femmes, 5 % les plus modestes',
            en: 'Women, poorest 5%',
          },
          value: 80,
        },
        {
          label: {
            fr: 'Femmes, 5 % les plus aisées',
            en: 'Women, richest 5%',
          },
          value: 88.3,
        },
      ],
    },
    themes: ['egalites', 'economie-travail'],
  },
  {
    slug: 'abstention-aux-elections-2022-2024',
    title: {
      fr: 'L’abstention aux dernières élections nationales',
      en: 'Abstention in recent national elections',
    },
    summary: {
      fr: 'De 26 % à la présidentielle à plus de 50 % aux législatives de 2022 : l’abstention varie fortement selon les scrutins, et recule quand l’enjeu est perçu comme décisif.',
      en: 'From 26% in the presidential election to over 50% in the 2022 parliamentary elections: abstention varies widely between elections, and falls when the stakes feel decisive.',
    },
    alt: {
      fr: 'Diagramme en barres : taux d’abstention aux scrutins nationaux, de 26,3 % (présidentielle 2022, 1er tour) à 53,8 % (législatives 2022, 2d tour).',
      en: 'Bar chart: abstention rates in national elections, from 26.3% (2022 presidential, first round) to 53.8% (2022 parliamentary, second round).',
    },
    longDescription: {
      fr: 'Ce diagramme en barres présente le taux d’abstention, en pourcentage des inscrit·es, lors des scrutins nationaux de 2022 à 2024 (résultats du ministère de l’Intérieur, arrondis au dixième) :\n\n- **Présidentielle 2022, 1er tour** : 26,3 % ;\n- **Présidentielle 2022, 2d tour** : 28,0 % ;\n- **Législatives 2022, 1er tour** : 52,5 % ;\n- **Législatives 2022, 2d tour** : 53,8 % ;\n- **Européennes 2024** : 48,5 % ;\n- **Législatives 2024, 1er tour** : 33,3 % ;\n- **Législatives 2024, 2d tour** : 33,4 %.\n\nPlus d’un électeur ou d’une électrice sur deux ne s’est pas déplacé·e aux législatives de 2022, tandis que la participation a fortement progressé aux législatives anticipées de 2024. Convaincre les abstentionnistes reste l’un des premiers chantiers militants.',
      en: 'This bar chart shows the abstention rate, as a percentage of registered voters, in national elections from 2022 to 2024 (Ministry of the Interior results, rounded to one decimal):\n\n- **2022 presidential, first round**: 26.3%;\n- **2022 presidential, second round**: 28.0%;\n- **2022 parliamentary, first round**: 52.5%;\n- **2022 parliamentary, second round**: 53.8%;\n- **2024 European elections**: 48.5%;\n- **2024 parliamentary, first round**: 33.3%;\n- **2024 parliamentary, second round**: 33.4%.\n\nMore than one voter in two stayed home in the 2022 parliamentary elections, while turnout rose sharply in the snap parliamentary elections of 2024. Winning over non-voters remains one of the main tasks for activists.',
    },
    sources: [
      {
        label: 'Ministère de l’Intérieur — Résultats des élections',
        url: 'https://www.resultats-elections.interieur.gouv.fr/',
      },
      {
        label: 'Conseil constitutionnel — Élection présidentielle 2022',
        url: 'https://www.conseil-constitutionnel.fr/',
      },
    ],
    chart: {
      kind: 'bars',
      unit: '%',
      items: [
        {
          label: {
            fr: 'Présidentielle 2022, 1er tour',
            en: '2022 presidential, round 1',
          },
          value: 26.3,
        },
        {
          label: {
            fr: 'Présidentielle 2022, 2d tour',
            en: '2022 presidential, round 2',
          },
          value: 28,
        },
        {
          label: {
            fr: 'Législatives 2022, 1er tour',
            en: '2022 parliamentary, round 1',
          },
          value: 52.5,
        },
        {
          label: {
            fr: 'Législatives 2022, 2d tour',
            en: '2022 parliamentary, round 2',
          },
          value: 53.8,
        },
        {
          label: {
            fr: 'Européennes 2024',
            en: '2024 European',
          },
          value: 48.5,
        },
        {
          label: {
            fr: 'Législatives 2024, 1er tour',
            en: '2024 parliamentary, round 1',
          },
          value: 33.3,
        },
        {
          label: {
            fr: 'Législatives 2024, 2d tour',
            en: '2024 parliamentary, round 2',
          },
          value: 33.4,
        },
      ],
    },
    themes: ['democratie', 'militer'],
  },
  {
    slug: 'salaires-minimums-en-europe-2025',
    title: {
      fr: 'Les salaires minimums en Europe (janvier 2025)',
      en: 'Minimum wages in Europe (January 2025)',
    },
    summary: {
      fr: 'Le SMIC français comparé aux salaires minimums de six autres pays de l’Union européenne, en euros bruts par mois.',
      en: 'The French minimum wage compared with the minimum wages of six other EU countries, in gross euros per month.',
    },
    alt: {
      fr: 'Diagramme en barres : salaire minimum brut mensuel en janvier 2025, de 2 638 € au Luxembourg à 1 381 € en Espagne, la France à 1 802 €.',
      en: 'Bar chart: gross monthly minimum wage in January 2025, from €2,638 in Luxembourg to €1,381 in Spain, with France at €1,802.',
    },
    longDescription: {
      fr: 'Ce diagramme en barres compare le salaire minimum légal brut mensuel au 1er janvier 2025 dans sept pays de l’Union européenne (Eurostat, arrondi à l’euro ; pour les pays qui versent plus de douze salaires par an, le montant est ramené sur douze mois) :\n\n- **Luxembourg** : 2 638 € ;\n- **Irlande** : 2 282 € ;\n- **Pays-Bas** : 2 193 € ;\n- **Allemagne** : 2 161 € ;\n- **Belgique** : 2 070 € ;\n- **France** : 1 802 € ;\n- **Espagne** : 1 381 €.\n\nLa France se situe derrière ses voisins du Nord-Ouest de l’Europe. Les écarts se réduisent en partie une fois corrigés des différences de prix entre pays, mais le SMIC reste loin de permettre à toutes et tous de vivre dignement. L’Avenir en commun propose de l’augmenter immédiatement.',
      en: 'This bar chart compares the gross monthly statutory minimum wage on 1 January 2025 in seven European Union countries (Eurostat, rounded to the euro; for countries paying more than twelve salaries a year, the amount is spread over twelve months):\n\n- **Luxembourg**: €2,638;\n- **Ireland**: €2,282;\n- **Netherlands**: €2,193;\n- **Germany**: €2,161;\n- **Belgium**: €2,070;\n- **France**: €1,802;\n- **Spain**: €1,381.\n\nFrance lags behind its north-western European neighbours. The gaps narrow somewhat once price differences between countries are taken into account, but the minimum wage is still far from allowing everyone to live decently. L’Avenir en commun proposes raising it immediately.',
    },
    sources: [
      {
        label: 'Eurostat — Minimum wage statistics',
        url: 'https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Minimum_wage_statistics',
      },
      {
        label: 'INSEE — Salaires et revenus d’activité',
        url: 'https://www.insee.fr/fr/statistiques',
      },
    ],
    chart: {
      kind: 'bars',
      unit: '€',
      items: [
        {
          label: {
            fr: 'Luxembourg',
            en: 'Luxembourg',
          },
          value: 2638,
        },
        {
          label: {
            fr: 'Irlande',
            en: 'Ireland',
          },
          value: 2282,
        },
        {
          label: {
            fr: 'Pays-Bas',
            en: 'Netherlands',
          },
          value: 2193,
        },
        {
          label: {
            fr: 'Allemagne',
            en: 'Germany',
          },
          value: 2161,
        },
        {
          label: {
            fr: 'Belgique',
            en: 'Belgium',
          },
          value: 2070,
        },
        {
          label: {
            fr: 'France',
            en: 'France',
          },
          value: 1802,
        },
        {
          label: {
            fr: 'Espagne',
            en: 'Spain',
          },
          value: 1381,
        },
      ],
    },
    themes: ['international', 'economie-travail'],
  },
  {
    slug: 'illectronisme-en-france',
    title: {
      fr: 'L’illectronisme en France (2019)',
      en: 'Digital exclusion in France (2019)',
    },
    summary: {
      fr: 'Une personne sur six n’utilise pas Internet ou ne sait pas s’en servir. Quand les guichets ferment au profit des démarches en ligne, ce sont des droits qui se perdent.',
      en: 'One person in six does not use the internet or does not know how to. When counters close in favour of online procedures, rights are lost.',
    },
    alt: {
      fr: 'Chiffres clés : en 2019, 15 % des personnes n’ont pas utilisé Internet dans l’année, 38 % des usager·es manquent d’au moins une compétence numérique de base, 17 % sont en situation d’illectronisme.',
      en: 'Key figures: in 2019, 15% of people had not used the internet in the past year, 38% of users lacked at least one basic digital skill, 17% were digitally excluded.',
    },
    longDescription: {
      fr: 'Cette infographie présente trois chiffres clés sur l’usage d’Internet en France en 2019, pour les personnes de 15 ans ou plus (INSEE, enquête sur les technologies de l’information et de la communication) :\n\n- **15 %** des personnes n’ont pas utilisé Internet au cours de l’année ;\n- **38 %** des usager·es d’Internet manquent d’au moins une compétence numérique de base (rechercher une information, communiquer, utiliser un logiciel, résoudre un problème) ;\n- **17 %** de la population est en situation d’illectronisme : pas d’usage d’Internet dans l’année ou absence de compétences de base.\n\nLes personnes âgées, les moins diplômé·es et les ménages modestes sont les plus touché·es. Le Défenseur des droits rappelle régulièrement qu’une démarche administrative doit toujours rester possible autrement qu’en ligne.',
      en: 'This infographic presents three key figures on internet use in France in 2019, for people aged 15 or over (INSEE, survey on information and communication technologies):\n\n- **15%** of people had not used the internet during the year;\n- **38%** of internet users lack at least one basic digital skill (searching for information, communicating, using software, solving a problem);\n- **17%** of the population is digitally excluded: no internet use during the year, or no basic skills.\n\nOlder people, people with fewer qualifications and low-income households are the most affected. The Defender of Rights regularly points out that it must always be possible to complete an administrative procedure other than online.',
    },
    sources: [
      {
        label: 'INSEE — Une personne sur six n’utilise pas Internet (INSEE Première n° 1780, 2019)',
        url: 'https://www.insee.fr/fr/statistiques',
      },
      {
        label: 'Défenseur des droits — Dématérialisation des services publics',
        url: 'https://www.defenseurdesdroits.fr/',
      },
    ],
    chart: {
      kind: 'figures',
      unit: '%',
      items: [
        {
          label: {
            fr: 'N’ont pas utilisé Internet dans l’année',
            en: 'Did not use the internet in the year',
          },
          value: 15,
        },
        {
          label: {
            fr: 'Usager·es sans une compétence de base',
            en: 'Users lacking a basic skill',
          },
          value: 38,
        },
        {
          label: {
            fr: 'En situation d’illectronisme',
            en: 'Digitally excluded',
          },
          value: 17,
        },
      ],
    },
    themes: ['medias-numerique', 'services-publics'],
  },
  {
    slug: 'mal-logement-en-chiffres',
    title: {
      fr: 'Le mal-logement en chiffres',
      en: 'Poor housing in figures',
    },
    summary: {
      fr: 'Des millions de personnes mal logées, des centaines de milliers sans domicile, des millions de ménages en attente d’un HLM… et plus de 3 millions de logements vides.',
      en: 'Millions of people poorly housed, hundreds of thousands homeless, millions of households waiting for social housing… and more than 3 million empty homes.',
    },
    alt: {
      fr: 'Chiffres clés : 4,2 millions de personnes mal logées, 330 000 personnes sans domicile, 2,6 millions de ménages en attente d’un logement social, 3,1 millions de logements vacants.',
      en: 'Key figures: 4.2 million people poorly housed, 330,000 homeless people, 2.6 million households waiting for social housing, 3.1 million empty homes.',
    },
    longDescription: {
      fr: 'Cette infographie rassemble quatre chiffres clés sur le logement en France :\n\n- **4,2 millions** de personnes mal logées, c’est-à-dire privées de logement personnel ou vivant dans des conditions très difficiles (Fondation Abbé Pierre, devenue Fondation pour le logement des défavorisés, rapport 2024) ;\n- **330 000** personnes sans domicile, un nombre qui a doublé en une dizaine d’années (même source) ;\n- **2,6 millions** de ménages en attente d’un logement social fin 2023 (Union sociale pour l’habitat) ;\n- **3,1 millions** de logements vacants au 1er janvier 2023 (INSEE).\n\nIl manque des logements abordables là où les gens vivent et travaillent, alors que des millions de logements restent vides : la crise du logement est aussi une crise de répartition et de régulation.',
      en: 'This infographic brings together four key figures on housing in France:\n\n- **4.2 million** people poorly housed, meaning without a home of their own or living in very difficult conditions (Abbé Pierre Foundation, now the Fondation pour le logement des défavorisés, 2024 report);\n- **330,000** homeless people, a number that has doubled in about ten years (same source);\n- **2.6 million** households waiting for social housing at the end of 2023 (Union sociale pour l’habitat);\n- **3.1 million** empty homes on 1 January 2023 (INSEE).\n\nThere is a shortage of affordable homes where people live and work, while millions of homes stand empty: the housing crisis is also a crisis of distribution and regulation.',
    },
    sources: [
      {
        label: 'Fondation pour le logement des défavorisés (ex-Fondation Abbé Pierre) — Rapport sur l’état du mal-logement',
        url: 'https://www.fondationpourlelogement.fr/',
      },
      {
        label: 'Union sociale pour l’habitat — Chiffres clés du logement social',
        url: 'https://www.union-habitat.org/',
      },
      {
        label: 'INSEE — Logement',
        url: 'https://www.insee.fr/fr/statistiques',
      },
    ],
    chart: {
      kind: 'figures',
      items: [
        {
          label: {
            fr: 'Personnes mal logées (2024)',
            en: 'People poorly housed (2024)',
          },
          value: 4200000,
        },
        {
          label: {
            fr: 'Personnes sans domicile (2024)',
            en: 'Homeless people (2024)',
          },
          value: 330000,
        },
        {
          label: {
            fr: 'Ménages en attente d’un HLM (2023)',
            en: 'Households awaiting social housing (2023)',
          },
          value: 2600000,
        },
        {
          label: {
            fr: 'Logements vacants (2023)',
            en: 'Empty homes (2023)',
          },
          value: 3100000,
        },
      ],
    },
    themes: ['egalites', 'services-publics'],
  },
]
