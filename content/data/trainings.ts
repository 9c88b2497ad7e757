import type { TrainingSeed } from '../types'

/**
 * Demo trainings (online courses) of the resource hub.
 *
 * Lesson bodies are Markdown written flush-left on purpose: an indented line
 * would turn into a code block once converted to rich text.
 *
 * Locales: every training is complete in French; most are complete in English;
 * a few carry Spanish, German or Arabic titles and summaries only, so that
 * partial translations and fallbacks to French are visible on the site.
 */

// ---------------------------------------------------------------------------
// 1. Programme: Découvrir L'Avenir en commun
// ---------------------------------------------------------------------------

const decouvrirAvenirEnCommun: TrainingSeed = {
  slug: 'decouvrir-l-avenir-en-commun',
  title: {
    fr: 'Découvrir L’Avenir en commun',
    en: 'Discovering L’Avenir en commun, our programme',
    es: 'Descubrir L’Avenir en commun, nuestro programa',
  },
  summary: {
    fr: 'Une première approche du programme du mouvement : d’où il vient, sa cohérence d’ensemble et ses grandes mesures, pour en parler avec assurance autour de soi.',
    en: 'A first look at the movement’s programme: where it comes from, how it holds together and its main measures, so that you can talk about it with confidence.',
    es: 'Una primera aproximación al programa del movimiento: de dónde viene, su coherencia de conjunto y sus grandes medidas, para hablar de él con seguridad.',
  },
  kind: 'programme',
  level: 'beginner',
  durationMinutes: 75,
  themes: ['militer', 'democratie', 'ecologie', 'economie-travail'],
  featured: true,
  objectives: [
    {
      fr: 'Expliquer en quelques phrases ce qu’est L’Avenir en commun et comment il a été élaboré.',
      en: 'Explain in a few sentences what L’Avenir en commun is and how it was drawn up.',
    },
    {
      fr: 'Comprendre la logique d’ensemble du programme plutôt que d’en retenir une liste de mesures.',
      en: 'Grasp the overall logic of the programme rather than memorising a list of measures.',
    },
    {
      fr: 'Présenter une mesure phare de chacune des trois grandes bifurcations : démocratique, écologique et sociale.',
      en: 'Present one flagship measure from each of the three great shifts: democratic, ecological and social.',
    },
    {
      fr: 'Répondre simplement à l’objection « c’est irréaliste, ce n’est pas finançable ».',
      en: 'Give a simple answer to the objection “it’s unrealistic, it can’t be paid for”.',
    },
  ],
  modules: [
    {
      title: { fr: 'Un programme, une méthode', en: 'A programme and a method' },
      summary: {
        fr: 'Comment le programme a été écrit, et pourquoi il forme un tout cohérent.',
        en: 'How the programme was written, and why it forms a coherent whole.',
      },
      lessons: [
        {
          slug: 'd-ou-vient-le-programme',
          title: { fr: 'D’où vient le programme ?', en: 'Where does the programme come from?' },
          body: {
            fr: `L’Avenir en commun n’a pas été écrit dans un bureau par une poignée d’expert·es. Sa première version est née en 2016 d’un travail collectif : des milliers de contributions déposées en ligne par des insoumis·es, des auditions d’associations, de syndicalistes et de chercheur·euses, puis une convention qui l’a adopté à l’automne 2016. Il a été publié en livre à la fin de la même année.

## Un programme qui vit

Le programme a porté la candidature de Jean-Luc Mélenchon à l’élection présidentielle de 2017 (19,58 % des voix au premier tour), puis a été actualisé pour celle de 2022 (21,95 %). Entre les deux, il a été enrichi par le travail des groupes parlementaires, des espaces thématiques et des livrets qui détaillent chaque grand sujet : logement, santé, mer, numérique, agriculture…

Il a aussi servi de base aux programmes partagés des unions de la gauche et des écologistes, en 2022 puis en 2024. C’est un point important à retenir : un programme n’est pas un texte sacré, c’est un outil de travail qui évolue avec les luttes et les connaissances.

## Ce qu’il faut retenir

- **C’est un programme de gouvernement** : il dit ce que ferait un gouvernement dès son arrivée au pouvoir, et pas seulement ce qu’il « souhaiterait ».
- **Il a été construit collectivement** : vous pouvez en parler comme d’un texte auquel le mouvement a contribué, pas comme de la propriété d’une personne.
- **Il est public et gratuit** : le texte complet et les livrets sont consultables en ligne. Ayez toujours le lien sous la main quand vous militez.

Dans la suite de cette formation, nous verrons pourquoi ses mesures ne forment pas un catalogue mais un ensemble cohérent.`,
            en: `L’Avenir en commun (“Our Shared Future”) was not written in an office by a handful of experts. Its first version grew out of collective work in 2016: thousands of contributions posted online by members, hearings with associations, trade unionists and researchers, and then a convention that adopted it in the autumn of 2016. It was published as a book at the end of that year.

## A living programme

The programme carried Jean-Luc Mélenchon’s presidential bid in 2017 (19.58% of the vote in the first round) and was updated for the 2022 election (21.95%). In between, it was enriched by the work of the parliamentary groups, the thematic teams and the booklets that go into detail on each major topic: housing, health, the sea, digital, farming…

It also served as the basis for the shared programmes of the alliances of the left and the greens in 2022 and again in 2024. That is worth remembering: a programme is not a sacred text but a working tool that evolves with struggles and knowledge.

## Key points

- **It is a programme for government**: it says what a government would do as soon as it took office, not just what it would “like” to do.
- **It was built collectively**: you can present it as a text the movement contributed to, not as one person’s property.
- **It is public and free**: the full text and the booklets are available online. Always keep the link handy when you are campaigning.

In the rest of this course we will see why its measures are not a shopping list but a coherent whole.`,
          },
        },
        {
          slug: 'une-logique-d-ensemble',
          title: { fr: 'Une logique d’ensemble, pas un catalogue', en: 'A coherent whole, not a catalogue' },
          body: {
            fr: `Beaucoup de programmes se lisent comme une liste de promesses. L’Avenir en commun part d’un diagnostic : notre époque est marquée par l’urgence écologique, l’explosion des inégalités et une crise démocratique profonde. Ces trois crises ont une même racine : un système qui place la recherche du profit à court terme au-dessus de l’intérêt général humain.

## Trois bifurcations liées entre elles

1. **La bifurcation démocratique** : rendre le pouvoir au peuple, en commençant par convoquer une Assemblée constituante pour passer à une 6e République.
2. **La bifurcation écologique** : planifier la transformation de la production, de l’énergie, des transports et de l’agriculture pour respecter la « règle verte ».
3. **La bifurcation sociale** : partager les richesses, garantir à chacun·e de quoi vivre dignement et reconstruire les services publics.

Ces trois axes se tiennent. Sans partage des richesses, la transition écologique pèse sur les plus modestes et suscite la révolte. Sans démocratie, les choix écologiques sont imposés d’en haut et rejetés. Sans planification, les hausses de salaires ne suffisent pas à changer la façon dont on produit.

## Pourquoi c’est utile en discussion

Quand quelqu’un vous interroge sur une mesure isolée, vous pouvez toujours la rattacher à cette logique. Exemple : « Pourquoi bloquer les prix de l’énergie ? » — Parce que l’énergie est un bien commun, que sa facture pèse plus lourd sur les ménages modestes, et qu’un pôle public de l’énergie permet en même temps de planifier les renouvelables. Une mesure, trois bifurcations.

Retenez cette grille : **démocratie, écologie, partage**. Elle vous permettra de retomber sur vos pieds dans n’importe quel échange.`,
            en: `Many programmes read like a list of promises. L’Avenir en commun starts from a diagnosis: our era is marked by ecological emergency, soaring inequality and a deep democratic crisis. These three crises share one root: a system that puts short-term profit above the general human interest.

## Three linked shifts

1. **The democratic shift**: giving power back to the people, starting with a constituent assembly to move to a Sixth Republic.
2. **The ecological shift**: planning the transformation of production, energy, transport and farming so as to respect the “green rule”.
3. **The social shift**: sharing wealth, guaranteeing everyone a decent living and rebuilding public services.

The three hang together. Without sharing wealth, the ecological transition falls on the poorest and sparks revolt. Without democracy, ecological choices are imposed from above and rejected. Without planning, higher wages alone do not change the way we produce.

## Why this helps in a conversation

When someone asks you about a single measure, you can always link it back to this logic. Example: “Why freeze energy prices?” — Because energy is a common good, because the bill weighs more heavily on low-income households, and because a public energy company also makes it possible to plan renewables. One measure, three shifts.

Remember this grid: **democracy, ecology, sharing**. It will help you land on your feet in any discussion.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Les grandes mesures', en: 'The main measures' },
      summary: {
        fr: 'Quelques mesures phares à connaître et à savoir expliquer.',
        en: 'A few flagship measures to know and be able to explain.',
      },
      lessons: [
        {
          slug: 'rendre-le-pouvoir-au-peuple',
          title: { fr: 'Rendre le pouvoir au peuple', en: 'Giving power back to the people' },
          body: {
            fr: `La première mesure du programme n’est pas une loi mais une méthode : **convoquer une Assemblée constituante**, élue spécialement pour écrire une nouvelle Constitution, qui serait ensuite soumise à référendum. L’idée est simple : ce n’est pas au président ou à un comité d’expert·es de fixer les règles du jeu, mais au peuple lui-même.

## Ce que le programme propose d’y mettre

- **Le référendum d’initiative citoyenne (RIC)** : un nombre suffisant de citoyen·nes pourrait proposer une loi, abroger une loi, modifier la Constitution ou révoquer un·e élu·e.
- **Le droit de révoquer les élu·es** en cours de mandat, pour qu’une promesse trahie ne reste pas sans conséquence.
- **Un mode de scrutin proportionnel** pour que l’Assemblée ressemble au pays.
- **La reconnaissance du vote blanc** et le droit de vote dès 16 ans.
- **La fin de la monarchie présidentielle** : moins de pouvoirs concentrés dans les mains d’une seule personne, plus de pouvoirs au Parlement.

## Comment l’expliquer en trente secondes

« Aujourd’hui, on vote tous les cinq ans et, entre deux élections, on n’a plus rien à dire. Le 49.3 permet même de faire passer une loi sans vote des député·es. Nous proposons que les citoyen·nes puissent déclencher un référendum, révoquer un·e élu·e qui trahit ses engagements, et que ce soit le peuple qui réécrive la Constitution. »

Pour aller plus loin, suivez la formation « Les institutions de la Ve République et la 6e République ».`,
            en: `The first measure of the programme is not a law but a method: **calling a constituent assembly**, elected for the sole purpose of writing a new constitution, which would then be put to a referendum. The idea is simple: it is not for the president or a committee of experts to set the rules of the game, but for the people themselves.

## What the programme proposes to include

- **The citizens’ initiative referendum (RIC)**: enough citizens could propose a law, repeal a law, amend the constitution or recall an elected official.
- **The right to recall elected officials** during their term, so that a broken promise does not go unpunished.
- **Proportional representation**, so that the National Assembly looks like the country.
- **Recognition of blank votes** and the right to vote from the age of 16.
- **An end to the “presidential monarchy”**: less power concentrated in one person’s hands, more power for Parliament.

## How to explain it in thirty seconds

“Today we vote every five years and, between elections, we have no say at all. Article 49.3 even lets a bill pass without MPs voting on it. We propose that citizens can trigger a referendum, recall an official who betrays their commitments, and that the people themselves rewrite the constitution.”

To go further, take the course “The institutions of the Fifth Republic and the Sixth Republic”.`,
          },
          video: 'le-ric-explique',
        },
        {
          slug: 'partager-les-richesses',
          title: { fr: 'Partager les richesses', en: 'Sharing the wealth' },
          body: {
            fr: `La bifurcation sociale repose sur une conviction : la France n’a jamais été aussi riche, mais cette richesse est de plus en plus mal répartie. Dans sa version de 2022, le programme proposait notamment :

- **le SMIC à 1 400 € net** par mois, et une conférence sur les salaires pour relever l’ensemble de la grille ;
- **la retraite à 60 ans** avec 40 annuités de cotisation ;
- **le blocage des prix** des produits de première nécessité (alimentation de base, énergie, carburants) en période d’inflation ;
- **une allocation d’autonomie pour les jeunes**, afin qu’aucun·e étudiant·e ne vive sous le seuil de pauvreté ;
- **l’égalité salariale** femmes-hommes, avec des sanctions réelles contre les entreprises qui ne la respectent pas ;
- **une réforme fiscale** rendant l’impôt sur le revenu plus progressif, le rétablissement d’un impôt sur la fortune incluant un volet climatique, et la lutte contre l’évasion fiscale.

## Le fil conducteur

Toutes ces mesures disent la même chose : la richesse produite par le travail doit revenir davantage à celles et ceux qui travaillent, et financer ce qui nous est commun (santé, école, transports). Ce n’est pas de la charité : c’est une autre répartition de la valeur créée.

## Un exemple concret à utiliser

Sur un marché, évitez les grandes envolées. Partez de la vie des gens : « Vous payez combien de plus pour vos courses qu’il y a trois ans ? Nous, on propose de bloquer les prix des produits de base, comme on l’a déjà fait en France après-guerre, et d’augmenter le SMIC. » Une mesure, un exemple, une question : c’est souvent suffisant pour ouvrir une vraie discussion.`,
            en: `The social shift rests on one conviction: France has never been so rich, yet that wealth is ever more unequally shared. In its 2022 version the programme proposed, among other things:

- **a minimum wage (SMIC) of €1,400 net** a month, and a national wage conference to raise the whole pay scale;
- **retirement at 60** after 40 years of contributions;
- **freezing the prices** of essentials (basic food, energy, fuel) in times of inflation;
- **an autonomy allowance for young people**, so that no student lives below the poverty line;
- **equal pay** for women and men, with real penalties for companies that ignore it;
- **a tax reform** making income tax more progressive, restoring a wealth tax with a climate component, and fighting tax evasion.

## The common thread

All these measures say the same thing: the wealth produced by work must go more to those who do the work, and fund what we share in common (health, schools, transport). It is not charity: it is a different distribution of the value created.

## A concrete example to use

At a market stall, avoid grand speeches. Start from people’s lives: “How much more do you pay for your shopping than three years ago? We propose freezing the prices of basic goods, as France already did after the war, and raising the minimum wage.” One measure, one example, one question: that is often enough to start a real conversation.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Faire vivre le programme', en: 'Bringing the programme to life' },
      summary: {
        fr: 'Utiliser le programme dans les discussions de tous les jours.',
        en: 'Using the programme in everyday conversations.',
      },
      lessons: [
        {
          slug: 'parler-du-programme-autour-de-soi',
          title: { fr: 'Parler du programme autour de soi', en: 'Talking about the programme around you' },
          body: {
            fr: `Connaître le programme ne suffit pas : il faut savoir en parler à quelqu’un qui ne l’a jamais lu, qui est pressé et qui se méfie de la politique. Voici une méthode en quatre temps, utilisable au travail, en famille ou sur une table de marché.

## 1. Écouter d’abord

Posez une question ouverte : « Qu’est-ce qui vous inquiète le plus en ce moment ? » Les gens parlent de leurs factures, de l’hôpital qui ferme, de leurs enfants. C’est là que commence la discussion, pas dans le sommaire du programme.

## 2. Relier à une mesure

Choisissez **une seule mesure** qui répond à la préoccupation exprimée. Si la personne parle du prix de l’électricité : le blocage des prix et le pôle public de l’énergie. Si elle parle des urgences : le recrutement de soignant·es et la fin de la fermeture des lits.

## 3. Donner un élément concret

Un chiffre, un exemple local, une comparaison historique. « La retraite à 60 ans, ça a existé : elle a été instaurée en 1982 et n’a été repoussée qu’en 2010. » Un fait précis vaut mieux que trois adjectifs.

## 4. Proposer une suite

Un tract, le lien vers le programme, l’invitation à la prochaine réunion du groupe d’action. Ne laissez jamais partir quelqu’un d’intéressé sans lui proposer quelque chose.

## Les pièges à éviter

- Réciter le programme de A à Z : vous perdez votre interlocuteur·rice au bout d’une minute.
- Vouloir avoir le dernier mot : le but est de semer une idée, pas de gagner un match.
- Employer du jargon (« bifurcation », « planification ») sans l’expliquer.`,
            en: `Knowing the programme is not enough: you need to be able to talk about it to someone who has never read it, who is in a hurry and who distrusts politics. Here is a four-step method you can use at work, with family or at a market stall.

## 1. Listen first

Ask an open question: “What worries you most at the moment?” People talk about their bills, the hospital that is closing, their children. That is where the conversation starts, not in the programme’s table of contents.

## 2. Link it to one measure

Pick **a single measure** that answers the concern. If the person mentions electricity prices: the price freeze and the public energy company. If they talk about A&E: hiring health workers and stopping bed closures.

## 3. Give something concrete

A figure, a local example, a historical comparison. “Retirement at 60 has existed before: it was introduced in 1982 and only pushed back in 2010.” One precise fact beats three adjectives.

## 4. Offer a next step

A leaflet, the link to the programme, an invitation to the next action group meeting. Never let an interested person leave without offering them something.

## Traps to avoid

- Reciting the programme from A to Z: you lose your listener after a minute.
- Wanting the last word: the goal is to plant an idea, not to win a match.
- Using jargon (“shift”, “planning”) without explaining it.`,
          },
          attachments: ['tenir-une-table-sur-un-marche'],
        },
        {
          slug: 'c-est-irrealiste',
          title: { fr: '« C’est irréaliste ! » : répondre à l’objection', en: '“It’s unrealistic!”: answering the objection' },
          body: {
            fr: `C’est l’objection que vous entendrez le plus : « C’est bien beau, mais qui va payer ? » Elle mérite une vraie réponse, calme et argumentée.

## Rappeler que le programme est chiffré

La version de 2022 a fait l’objet d’un chiffrage public détaillé, mesure par mesure, avec les dépenses nouvelles et les recettes nouvelles. On peut le discuter, mais on ne peut pas dire qu’il n’existe pas.

## Montrer d’où vient l’argent

- **Une fiscalité plus juste** : davantage de tranches à l’impôt sur le revenu, un impôt sur la fortune rétabli, la taxation des superprofits.
- **La lutte contre la fraude et l’évasion fiscales**, qui coûtent chaque année des dizaines de milliards d’euros aux finances publiques selon les estimations des syndicats des finances publiques et d’ONG.
- **Les retours de l’investissement** : une dépense publique crée de l’activité, des emplois et donc des recettes (cotisations, impôts).
- **La remise en cause des aides aux entreprises sans contrepartie.**

## Retourner la question

Ce qui est irréaliste, c’est de continuer comme avant. Laisser le climat se dérégler coûtera bien plus cher que de s’y préparer. Laisser l’hôpital se dégrader coûte des vies. Et les « contraintes budgétaires » n’ont pas empêché de supprimer l’impôt sur la fortune en 2018.

## Une phrase à garder en tête

« La question n’est pas de savoir s’il y a de l’argent : la France n’a jamais été aussi riche. La question, c’est qui en profite. »`,
            en: `This is the objection you will hear most often: “That all sounds nice, but who’s going to pay?” It deserves a real answer, calm and well argued.

## Point out that the programme is costed

The 2022 version came with a detailed public costing, measure by measure, listing new spending and new revenue. People may disagree with it, but they cannot say it does not exist.

## Show where the money comes from

- **Fairer taxation**: more income tax brackets, a restored wealth tax, a tax on windfall profits.
- **Fighting tax fraud and tax evasion**, which cost public finances tens of billions of euros every year according to estimates by public finance trade unions and NGOs.
- **The returns on investment**: public spending creates activity, jobs and therefore revenue (contributions, taxes).
- **Ending subsidies to companies that come with no strings attached.**

## Turn the question around

What is unrealistic is carrying on as before. Letting the climate break down will cost far more than preparing for it. Letting hospitals decline costs lives. And “budget constraints” did not stop the wealth tax from being abolished in 2018.

## One sentence to remember

“The question isn’t whether there is money: France has never been so rich. The question is who benefits from it.”`,
          },
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 2. Programme: La planification écologique
// ---------------------------------------------------------------------------

const planificationEcologique: TrainingSeed = {
  slug: 'la-planification-ecologique',
  title: {
    fr: 'La planification écologique',
    en: 'Ecological planning',
    de: 'Die ökologische Planung',
  },
  summary: {
    fr: 'Pourquoi le marché ne sauvera pas le climat, ce que planifier veut dire, et comment transformer l’énergie, le logement, les transports et l’agriculture en créant des emplois.',
    en: 'Why the market will not save the climate, what planning means, and how to transform energy, housing, transport and farming while creating jobs.',
    de: 'Warum der Markt das Klima nicht retten wird, was Planung bedeutet und wie Energie, Wohnen, Verkehr und Landwirtschaft umgebaut werden können – und dabei Arbeitsplätze entstehen.',
  },
  kind: 'programme',
  level: 'intermediate',
  durationMinutes: 90,
  themes: ['ecologie', 'economie-travail', 'services-publics'],
  objectives: [
    {
      fr: 'Expliquer pourquoi les mécanismes de marché ne suffisent pas face à l’urgence climatique.',
      en: 'Explain why market mechanisms are not enough to face the climate emergency.',
    },
    {
      fr: 'Définir la règle verte et la planification démocratique, et les situer dans l’histoire française.',
      en: 'Define the green rule and democratic planning, and place them in French history.',
    },
    {
      fr: 'Présenter les grands chantiers : énergie, logement, transports, agriculture.',
      en: 'Present the major projects: energy, housing, transport, farming.',
    },
    {
      fr: 'Répondre aux objections courantes sur le coût, l’emploi et le poids de la France.',
      en: 'Answer common objections about cost, jobs and France’s share of emissions.',
    },
  ],
  modules: [
    {
      title: { fr: 'Pourquoi planifier ?', en: 'Why plan?' },
      summary: {
        fr: 'L’urgence, les limites du marché, et une idée qui a déjà fait ses preuves.',
        en: 'The emergency, the limits of the market, and an idea that has already proved itself.',
      },
      lessons: [
        {
          slug: 'l-urgence-et-la-regle-verte',
          title: { fr: 'L’urgence climatique et la règle verte', en: 'The climate emergency and the green rule' },
          body: {
            fr: `Par l’accord de Paris, adopté en décembre 2015 lors de la COP21, les États se sont engagés à contenir le réchauffement « nettement en dessous de 2 °C » et à poursuivre les efforts pour le limiter à 1,5 °C. La France métropolitaine s’est déjà réchauffée d’environ 1,7 °C depuis le début du XXe siècle, selon Météo-France : canicules, sécheresses, incendies et inondations ne sont plus des exceptions.

## Pourquoi le marché ne suffit pas

Le marché raisonne à court terme et ne compte pas ce qu’il détruit : l’air pollué, les sols épuisés, le climat déréglé ne figurent dans aucun bilan comptable. Les économistes parlent d’**externalités**. Compter sur le seul signal-prix, c’est-à-dire renchérir ce qui pollue, frappe d’abord celles et ceux qui n’ont pas le choix : la hausse de la taxe carbone sur les carburants a été l’étincelle du mouvement des gilets jaunes à l’automne 2018. Sans alternative (un train, un bus, un logement isolé), taxer ne fait que punir.

## La règle verte

Le programme propose d’inscrire dans la Constitution une **règle verte** : ne pas prélever sur la nature davantage que ce qu’elle peut reconstituer, ni produire plus que ce qu’elle peut supporter. Chaque année, l’ONG Global Footprint Network calcule le « jour du dépassement » : la date à laquelle l’humanité a consommé ce que la planète peut régénérer en un an. Pour le monde, il tombe désormais fin juillet ou début août ; si toute l’humanité vivait comme les Français·es, il tomberait dès le printemps.

La règle verte donne une boussole à toutes les politiques publiques. La planification est l’outil pour la suivre.`,
            en: `Under the Paris Agreement, adopted in December 2015 at COP21, states committed to keeping warming “well below 2 °C” and to pursuing efforts to limit it to 1.5 °C. Mainland France has already warmed by about 1.7 °C since the early 20th century, according to Météo-France: heatwaves, droughts, wildfires and floods are no longer exceptions.

## Why the market is not enough

Markets think short-term and do not count what they destroy: polluted air, exhausted soils and a disrupted climate appear on no balance sheet. Economists call these **externalities**. Relying on price signals alone, that is, making pollution more expensive, hits first those who have no choice: the rise of the carbon tax on fuel was the spark of the yellow vests movement in the autumn of 2018. Without an alternative (a train, a bus, an insulated home), taxing only punishes.

## The green rule

The programme proposes writing a **green rule** into the constitution: never take more from nature than it can replenish, nor produce more than it can bear. Every year the NGO Global Footprint Network calculates “Earth Overshoot Day”: the date on which humanity has used up what the planet can regenerate in a year. For the world, it now falls in late July or early August; if all of humanity lived like the French, it would fall in the spring.

The green rule gives a compass to every public policy. Planning is the tool for following it.`,
          },
          video: 'planification-ecologique-en-5-minutes',
        },
        {
          slug: 'une-vieille-idee-francaise',
          title: { fr: 'Planifier : une vieille idée française', en: 'Planning: an old French idea' },
          body: {
            fr: `Le mot « planification » fait parfois peur, comme s’il renvoyait forcément à l’économie soviétique. C’est pourtant une tradition française, et pas seulement de gauche.

## Le Commissariat général du Plan

Créé par un décret du 3 janvier 1946 sous le gouvernement provisoire présidé par le général de Gaulle, le Commissariat général du Plan est d’abord dirigé par Jean Monnet. Le premier plan (1947-1952) concentre l’effort de reconstruction sur six secteurs de base : charbon, électricité, acier, ciment, machinisme agricole et transports. La même année 1946, la loi du 8 avril nationalise l’électricité et le gaz et crée EDF et GDF. Pendant les Trente Glorieuses, les plans successifs orientent l’investissement : électrification, équipement du pays, autoroutes, télécommunications, puis programme nucléaire et TGV.

Ces plans étaient dits **indicatifs** : ils fixaient des objectifs, coordonnaient l’État, les entreprises publiques et les grandes entreprises privées, et mobilisaient le crédit. Le Commissariat disparaît en 2006. Un Haut-commissariat au Plan est recréé en 2020, puis un Secrétariat général à la planification écologique en 2022, mais sans véritables moyens d’agir sur l’investissement.

## Ce que nous proposons de différent

La **planification écologique** reprend cette capacité à voir loin, en y ajoutant deux choses :

- **un objectif écologique** : la règle verte, et non la seule croissance du PIB ;
- **la démocratie** : les objectifs sont débattus et votés, déclinés par territoire avec les collectivités, les syndicats, les associations et les usager·es.

Planifier, c’est simplement décider ensemble de ce qu’on produit, comment et pour quels besoins, au lieu de laisser ces choix aux seuls actionnaires.`,
            en: `The word “planning” sometimes scares people, as if it necessarily meant a Soviet-style economy. Yet it is a French tradition, and not only on the left.

## The General Planning Commission

Created by a decree of 3 January 1946 under the provisional government led by General de Gaulle, the Commissariat général du Plan was first headed by Jean Monnet. The first plan (1947–1952) focused reconstruction on six basic sectors: coal, electricity, steel, cement, farm machinery and transport. That same year, the law of 8 April 1946 nationalised electricity and gas and created EDF and GDF. During the post-war boom, successive plans steered investment: electrification, infrastructure, motorways, telecommunications, then the nuclear programme and the high-speed train.

These plans were called **indicative**: they set targets, coordinated the state, public companies and large private firms, and channelled credit. The Commission was abolished in 2006. A High Commissioner for Planning was re-established in 2020, then a General Secretariat for Ecological Planning in 2022, but without real power over investment.

## What we propose that is different

**Ecological planning** revives this ability to think long-term, adding two things:

- **an ecological goal**: the green rule, not just GDP growth;
- **democracy**: goals are debated and voted on, and broken down by territory with local authorities, unions, associations and users.

Planning simply means deciding together what we produce, how and for which needs, instead of leaving those choices to shareholders alone.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Les grands chantiers', en: 'The major projects' },
      summary: {
        fr: 'Là où se jouent les émissions et les emplois de demain.',
        en: 'Where tomorrow’s emissions and jobs are decided.',
      },
      lessons: [
        {
          slug: 'energie-et-logement',
          title: { fr: 'Énergie et logement', en: 'Energy and housing' },
          body: {
            fr: `### Sobriété, efficacité, renouvelables

La transition énergétique repose sur trois piliers, dans cet ordre :

1. **La sobriété** : supprimer les consommations inutiles (publicités lumineuses la nuit, suremballage, obsolescence programmée) plutôt que de demander des efforts à celles et ceux qui se chauffent déjà trop peu.
2. **L’efficacité** : obtenir le même service avec moins d’énergie, grâce à l’isolation, aux pompes à chaleur, aux moteurs performants.
3. **Les énergies renouvelables** : solaire, éolien terrestre et en mer, hydraulique, géothermie, chaleur renouvelable. Le programme vise 100 % d’énergies renouvelables, sous la conduite d’un pôle public de l’énergie.

## Le logement, chantier du siècle

Le bâtiment pèse environ 15 % des émissions de gaz à effet de serre du pays, surtout à cause du chauffage au fioul et au gaz. Près de 5 millions de résidences principales sont des « passoires thermiques », classées F ou G au diagnostic de performance énergétique. La loi Climat et résilience de 2021 interdit progressivement de les louer : les logements G à partir de 2025, les F en 2028, les E en 2034. Mais sans aides suffisantes, ces obligations risquent de retirer des logements du marché sans les rénover.

Ce que propose la planification :

- des **rénovations complètes** (isolation, ventilation, chauffage) plutôt que des petits gestes isolés ;
- une **prise en charge intégrale** du coût pour les ménages modestes ;
- la **formation** de dizaines de milliers d’artisan·es et d’ouvrier·es du bâtiment.

Résultat : des factures plus basses, des logements plus sains, des emplois non délocalisables dans chaque bassin de vie.`,
            en: `### Sufficiency, efficiency, renewables

The energy transition rests on three pillars, in this order:

1. **Sufficiency**: cutting useless consumption (illuminated adverts at night, over-packaging, planned obsolescence) rather than asking for efforts from those who already cannot heat their homes enough.
2. **Efficiency**: getting the same service with less energy, through insulation, heat pumps and efficient motors.
3. **Renewable energy**: solar, onshore and offshore wind, hydro, geothermal, renewable heat. The programme aims for 100% renewable energy, led by a public energy company.

## Housing, the project of the century

Buildings account for about 15% of the country’s greenhouse gas emissions, mainly because of oil and gas heating. Nearly 5 million main residences are “thermal sieves”, rated F or G on the energy performance certificate. The 2021 Climate and Resilience Act gradually bans renting them out: G-rated homes from 2025, F in 2028, E in 2034. But without sufficient support, these obligations risk taking homes off the market without renovating them.

What planning proposes:

- **complete renovations** (insulation, ventilation, heating) rather than small piecemeal works;
- **full coverage** of the cost for low-income households;
- **training** tens of thousands of building craftspeople and workers.

The result: lower bills, healthier homes, and jobs that cannot be offshored in every local area.`,
          },
        },
        {
          slug: 'transports-et-agriculture',
          title: { fr: 'Transports et agriculture', en: 'Transport and farming' },
          body: {
            fr: `### Les transports, premier secteur émetteur

Les transports représentent environ un tiers des émissions françaises de gaz à effet de serre, et environ la moitié de ces émissions vient des voitures particulières. Or beaucoup de gens n’ont pas le choix : dans les zones rurales et périurbaines, la voiture est la seule façon d’aller travailler.

La planification permet d’agir sur l’offre, et pas seulement de culpabiliser les usager·es :

- **relancer le train du quotidien** : rouvrir des petites lignes, augmenter les fréquences, baisser les tarifs ;
- **remettre les marchandises sur les rails** : le fret ferroviaire ne transporte plus qu’autour de 10 % des marchandises, contre bien davantage dans les années 1970 ;
- **développer les transports en commun et le vélo** dans les villes moyennes ;
- **rapprocher emplois, services et logements** par l’aménagement du territoire.

## L’agriculture, entre crise et solution

L’agriculture pèse environ un cinquième des émissions (méthane de l’élevage, engrais azotés). Elle est aussi en crise sociale : le nombre d’exploitations est passé d’environ 1,6 million en 1970 à moins de 400 000 lors du recensement agricole de 2020, et plus de 40 % des chef·fes d’exploitation avaient alors 55 ans ou plus.

Les leviers :

- **des prix rémunérateurs** garantis, pour que les paysan·nes vivent de leur travail et puissent changer de pratiques ;
- **l’installation de nouveaux et nouvelles paysan·nes**, en bio et en agroécologie ;
- **la restauration collective** comme levier : la loi EGalim de 2018 impose aux cantines publiques 50 % de produits durables dont 20 % de bio, un objectif encore loin d’être atteint partout.

Une cantine qui s’approvisionne localement, c’est à la fois moins d’émissions, des débouchés pour les fermes voisines et une meilleure alimentation pour les enfants.`,
            en: `### Transport, the biggest emitter

Transport accounts for about a third of France’s greenhouse gas emissions, and about half of those come from private cars. Yet many people have no choice: in rural and peri-urban areas, the car is the only way to get to work.

Planning makes it possible to act on supply, not just to make users feel guilty:

- **revive everyday rail**: reopen small lines, increase frequencies, lower fares;
- **put freight back on rails**: rail freight now carries only around 10% of goods, far less than in the 1970s;
- **develop public transport and cycling** in medium-sized towns;
- **bring jobs, services and housing closer together** through land-use planning.

## Farming, between crisis and solution

Farming accounts for about a fifth of emissions (methane from livestock, nitrogen fertilisers). It is also in a social crisis: the number of farms fell from about 1.6 million in 1970 to under 400,000 in the 2020 agricultural census, and more than 40% of farm heads were then aged 55 or over.

The levers:

- **guaranteed fair prices**, so that farmers can live from their work and afford to change their practices;
- **helping new farmers set up**, in organic farming and agroecology;
- **public catering** as a lever: the 2018 EGalim Act requires public canteens to serve 50% sustainable products including 20% organic, a target still far from met everywhere.

A canteen that buys locally means lower emissions, outlets for nearby farms and better food for children.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Convaincre et agir', en: 'Convincing and acting' },
      summary: {
        fr: 'Fin du monde, fin du mois : même combat. Les arguments et l’action locale.',
        en: 'End of the world, end of the month: same fight. Arguments and local action.',
      },
      lessons: [
        {
          slug: 'emplois-et-justice-sociale',
          title: { fr: 'Des emplois et de la justice sociale', en: 'Jobs and social justice' },
          body: {
            fr: `« Fin du monde, fin du mois : même combat. » Ce slogan, né dans les marches pour le climat de 2018 et 2019, résume l’approche de la planification écologique : la transition ne réussira que si elle améliore la vie du plus grand nombre.

## Une transition qui crée des emplois

Rénover des millions de logements, construire des lignes de train, installer des panneaux solaires, relocaliser l’alimentation, réparer au lieu de jeter : tout cela demande du travail, souvent qualifié et non délocalisable. Plusieurs scénarios de transition, dont ceux de l’ADEME et de l’association négaWatt, concluent à un solde d’emplois positif.

Mais des emplois disparaîtront dans certains secteurs (moteurs thermiques, pétrochimie). La planification doit donc prévoir :

- **la formation** des salarié·es concerné·es avant la fermeture des sites, pas après ;
- **le maintien du salaire** pendant la reconversion ;
- **la garantie d’emploi** : l’État comme employeur en dernier ressort pour des activités utiles (rénovation, soin, entretien des espaces naturels).

## Faire payer les principaux responsables

Les émissions sont très inégalement réparties : l’empreinte carbone des 10 % les plus riches est plusieurs fois supérieure à celle de la moitié la plus modeste de la population. Il est donc juste que l’effort financier repose d’abord sur les plus aisé·es et sur les grandes entreprises, par exemple à travers un impôt sur la fortune comportant un volet climatique.

## L’argument à retenir

Ne laissez jamais opposer écologie et social. La vraie opposition est entre celles et ceux qui veulent planifier la transition dans la justice, et celles et ceux qui veulent la laisser au marché, c’est-à-dire la faire payer aux plus modestes.`,
            en: `“End of the world, end of the month: same fight.” This slogan, born in the climate marches of 2018 and 2019, sums up the approach of ecological planning: the transition will only succeed if it improves the lives of the many.

## A transition that creates jobs

Renovating millions of homes, building railway lines, installing solar panels, relocating food production, repairing instead of throwing away: all of this takes work, often skilled and impossible to offshore. Several transition scenarios, including those of ADEME (the French ecological transition agency) and the négaWatt association, conclude that the net effect on jobs is positive.

But jobs will disappear in some sectors (combustion engines, petrochemicals). Planning must therefore provide for:

- **training** the workers concerned before sites close, not after;
- **keeping their wages** during retraining;
- **a job guarantee**: the state as employer of last resort for useful activities (renovation, care, maintaining natural areas).

## Making the main polluters pay

Emissions are very unequally distributed: the carbon footprint of the richest 10% is several times larger than that of the poorer half of the population. It is therefore fair for the financial effort to fall first on the wealthiest and on large companies, for example through a wealth tax with a climate component.

## The argument to remember

Never let ecology be pitted against social justice. The real divide is between those who want to plan a fair transition and those who want to leave it to the market, which means making the poorest pay for it.`,
          },
        },
        {
          slug: 'repondre-aux-objections',
          title: { fr: 'Répondre aux objections et agir localement', en: 'Answering objections and acting locally' },
          body: {
            fr: `### « La France, c’est seulement 1 % des émissions mondiales »

C’est à peu près vrai pour les émissions produites sur le territoire. Mais si l’on compte ce que nous importons (vêtements, électronique, acier…), l’empreinte carbone d’un·e Français·e atteint environ 9 tonnes d’équivalent CO₂ par an, dont une bonne moitié est émise à l’étranger. Surtout, la France est l’un des pays les plus riches du monde : si elle ne montre pas qu’une transition juste est possible, qui le fera ?

## « C’est de l’écologie punitive »

Ce qui est punitif, c’est de taxer le carburant de celles et ceux qui n’ont pas d’autre choix que la voiture. La planification fait l’inverse : elle construit d’abord l’alternative (le train, le bus, le logement isolé) et fait payer les plus gros pollueurs.

## « Ça coûte trop cher »

L’inaction coûte plus cher : sécheresses, inondations, pertes agricoles, dépenses de santé liées à la pollution de l’air. Et les investissements de transition réduisent les factures d’énergie et les importations de pétrole et de gaz.

## Agir dans son groupe d’action

La planification se prépare aussi localement. Quelques idées d’actions :

- **enquêter** sur la cantine scolaire de la commune : d’où viennent les produits, quelle part de bio ?
- **défendre une ligne de train ou de bus** menacée, avec les usager·es et les cheminot·es ;
- **organiser une réunion publique** sur la rénovation des logements, avec un·e artisan·e et une association de locataires ;
- **cartographier** les passoires thermiques du parc social avec les habitant·es.

Une action locale bien choisie rend concrète une idée qui paraît abstraite.`,
            en: `### “France is only 1% of global emissions”

That is roughly true for emissions produced on French soil. But if you count what we import (clothes, electronics, steel…), a French person’s carbon footprint is about 9 tonnes of CO₂ equivalent a year, a good half of it emitted abroad. Above all, France is one of the richest countries in the world: if it does not show that a fair transition is possible, who will?

## “This is punitive ecology”

What is punitive is taxing the fuel of people who have no choice but to drive. Planning does the opposite: it first builds the alternative (trains, buses, insulated housing) and makes the biggest polluters pay.

## “It costs too much”

Inaction costs more: droughts, floods, crop losses, health spending caused by air pollution. And transition investments lower energy bills and imports of oil and gas.

## Acting in your action group

Planning is also prepared locally. A few action ideas:

- **investigate** the local school canteen: where does the food come from, what share is organic?
- **defend a threatened train or bus line**, together with passengers and railway workers;
- **hold a public meeting** on home renovation, with a builder and a tenants’ association;
- **map** the poorly insulated social housing with residents.

A well-chosen local action makes an abstract idea concrete.`,
          },
          attachments: ['organiser-une-reunion-publique'],
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 3. Theory: Histoire des conquêtes sociales
// ---------------------------------------------------------------------------

const histoireConquetesSociales: TrainingSeed = {
  slug: 'histoire-des-conquetes-sociales',
  title: {
    fr: 'Histoire du mouvement ouvrier et des conquêtes sociales',
    en: 'A history of the labour movement and social gains',
    es: 'Historia del movimiento obrero y de las conquistas sociales',
  },
  summary: {
    fr: 'De l’interdiction des syndicats en 1791 à la Sécurité sociale de 1945 et à la retraite à 60 ans : comment les droits des travailleur·euses ont été arrachés, et ce que cette histoire nous apprend pour aujourd’hui.',
    en: 'From the ban on trade unions in 1791 to the 1945 social security system and retirement at 60: how workers’ rights were won, and what this history teaches us today.',
    es: 'De la prohibición de los sindicatos en 1791 a la Seguridad Social de 1945 y la jubilación a los 60 años: cómo se conquistaron los derechos de las y los trabajadores, y qué nos enseña esa historia hoy.',
  },
  kind: 'theory',
  level: 'beginner',
  durationMinutes: 100,
  themes: ['economie-travail', 'services-publics'],
  featured: true,
  objectives: [
    {
      fr: 'Situer les grandes dates du droit du travail et de la protection sociale en France.',
      en: 'Place the key dates of labour law and social protection in France.',
    },
    {
      fr: 'Expliquer ce qu’ont changé le Front populaire et les ordonnances de 1945 sur la Sécurité sociale.',
      en: 'Explain what the Popular Front and the 1945 social security ordinances changed.',
    },
    {
      fr: 'Comprendre le lien entre mobilisations sociales et victoires politiques.',
      en: 'Understand the link between social mobilisation and political victories.',
    },
    {
      fr: 'Utiliser des exemples historiques précis dans un tract ou une discussion.',
      en: 'Use precise historical examples in a leaflet or a conversation.',
    },
  ],
  modules: [
    {
      title: {
        fr: 'Naissance du mouvement ouvrier (1791-1914)',
        en: 'The birth of the labour movement (1791–1914)',
      },
      summary: {
        fr: 'Un siècle pour passer de l’interdiction à la reconnaissance.',
        en: 'A century to move from prohibition to recognition.',
      },
      lessons: [
        {
          slug: 'de-l-interdiction-a-la-reconnaissance',
          title: { fr: 'De l’interdiction à la reconnaissance', en: 'From prohibition to recognition' },
          body: {
            fr: `Au début du XIXe siècle, un·e ouvrier·e n’a presque aucun droit face à son employeur. Il a fallu près d’un siècle de luttes, souvent réprimées dans le sang, pour que les travailleur·euses obtiennent le droit de s’organiser.

## 1791 : la loi Le Chapelier

Votée le 14 juin 1791, en pleine Révolution, la loi Le Chapelier interdit toute « coalition » de personnes exerçant le même métier. Au nom de la liberté individuelle, elle interdit aussi bien les anciennes corporations que les associations ouvrières et la grève. En 1803, le **livret ouvrier** est généralisé : chaque ouvrier·e doit le faire viser par son patron et le présenter à la police, ce qui permet de surveiller ses déplacements. Il ne sera supprimé qu’en 1890.

## Les premières révoltes

En novembre 1831, les canuts, ouvrier·es de la soie à Lyon, se soulèvent pour obtenir un tarif minimum, avec la devise « Vivre en travaillant ou mourir en combattant ». La révolte est écrasée par l’armée. En 1841, une première loi limite le travail des enfants : interdiction avant 8 ans dans les manufactures de plus de vingt salarié·es. Elle sera très peu appliquée, faute d’inspecteur·rices.

## 1864 et 1884 : deux lois décisives

- **La loi Ollivier du 25 mai 1864** supprime le délit de coalition : la grève n’est plus un crime.
- **La loi Waldeck-Rousseau du 21 mars 1884** autorise les syndicats professionnels.

Ces deux lois n’ont pas été des cadeaux : elles répondent à des décennies de grèves, d’associations clandestines et de sociétés de secours mutuel, par lesquelles les ouvrier·es s’entraidaient en cas de maladie ou de chômage. La solidarité ouvrière a précédé le droit.`,
            en: `At the beginning of the 19th century, a worker had almost no rights in the face of an employer. It took nearly a century of struggle, often bloodily repressed, for workers to win the right to organise.

## 1791: the Le Chapelier law

Passed on 14 June 1791, in the middle of the Revolution, the Le Chapelier law banned any “coalition” of people in the same trade. In the name of individual freedom, it outlawed the old guilds as well as workers’ associations and strikes. In 1803 the **workbook (livret ouvrier)** became compulsory: every worker had to have it stamped by their employer and show it to the police, which made it possible to track their movements. It was only abolished in 1890.

## The first revolts

In November 1831 the canuts, the silk workers of Lyon, rose up to demand a minimum rate of pay, under the motto “Live working or die fighting”. The revolt was crushed by the army. In 1841 a first law restricted child labour: no children under 8 in factories with more than twenty workers. It was barely enforced, for lack of inspectors.

## 1864 and 1884: two decisive laws

- **The Ollivier law of 25 May 1864** abolished the offence of coalition: striking was no longer a crime.
- **The Waldeck-Rousseau law of 21 March 1884** authorised trade unions.

These laws were not gifts: they answered decades of strikes, clandestine associations and mutual aid societies through which workers helped each other in times of illness or unemployment. Workers’ solidarity came before the law.`,
          },
        },
        {
          slug: 'syndicats-et-premieres-lois-sociales',
          title: { fr: 'Syndicats et premières lois sociales', en: 'Trade unions and the first social laws' },
          body: {
            fr: `À la fin du XIXe siècle, le mouvement ouvrier s’organise à grande échelle, et les premières lois sociales voient le jour, presque toujours après un drame ou une grande grève.

## Le 1er mai et la CGT

Le 1er mai devient une journée internationale de revendication pour la journée de huit heures. Le 1er mai 1891, à Fourmies (Nord), la troupe tire sur les manifestant·es : neuf morts, dont des adolescent·es. Le drame marque durablement les consciences.

En 1895, à Limoges, est fondée la **Confédération générale du travail (CGT)**. En 1906, son congrès adopte la **Charte d’Amiens**, qui affirme l’indépendance du syndicat vis-à-vis des partis et sa « double besogne » : obtenir des améliorations immédiates et préparer l’émancipation complète des travailleur·euses.

## Des lois arrachées

- **1898** : loi sur les accidents du travail, qui rend l’employeur responsable même sans faute prouvée.
- **1906** : le 10 mars, la catastrophe minière de Courrières (Pas-de-Calais) fait 1 099 morts. La colère et les grèves qui suivent aboutissent à la loi du 13 juillet 1906 sur le **repos hebdomadaire**. La même année est créé le ministère du Travail.
- **1910** : loi sur les retraites ouvrières et paysannes, à partir de 65 ans. La CGT la dénonce comme une « retraite pour les morts », tant l’espérance de vie ouvrière est courte.
- **1919** : loi du 23 avril sur la **journée de huit heures**, votée dans un contexte de forte agitation sociale au sortir de la guerre.

## À retenir

Chaque conquête est le produit d’un rapport de force. Les lois sociales de cette époque arrivent quand la pression des grèves, des syndicats et des élu·es socialistes devient trop forte pour être ignorée.`,
            en: `At the end of the 19th century, the labour movement organised on a large scale and the first social laws appeared, almost always after a tragedy or a major strike.

## May Day and the CGT

May Day became an international day of action for the eight-hour day. On 1 May 1891 in Fourmies (northern France), troops fired on demonstrators: nine dead, including teenagers. The tragedy left a lasting mark.

In 1895 the **General Confederation of Labour (CGT)** was founded in Limoges. In 1906 its congress adopted the **Charter of Amiens**, which asserted the union’s independence from political parties and its “dual task”: winning immediate improvements and preparing the complete emancipation of workers.

## Laws that were fought for

- **1898**: the workplace accidents law, making employers liable even without proven fault.
- **1906**: on 10 March the Courrières mining disaster (Pas-de-Calais) killed 1,099 people. The anger and strikes that followed led to the law of 13 July 1906 on the **weekly day of rest**. The Ministry of Labour was created the same year.
- **1910**: the workers’ and farmers’ pensions law, from age 65. The CGT denounced it as a “pension for the dead”, so short was workers’ life expectancy.
- **1919**: the law of 23 April on the **eight-hour day**, passed amid strong social unrest after the war.

## Key point

Every gain is the product of a balance of power. The social laws of this period came when pressure from strikes, unions and socialist representatives became too strong to ignore.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Le siècle des grandes conquêtes', en: 'The century of great gains' },
      summary: {
        fr: '1936, 1945, 1968, 1982 : les moments où tout a basculé.',
        en: '1936, 1945, 1968, 1982: the moments when everything changed.',
      },
      lessons: [
        {
          slug: 'le-front-populaire-de-1936',
          title: { fr: '1936 : le Front populaire', en: '1936: the Popular Front' },
          body: {
            fr: `Au printemps 1936, la coalition du Front populaire (socialistes, radicaux, avec le soutien des communistes) remporte les élections législatives. Avant même que le gouvernement de Léon Blum ne soit formé le 4 juin, une immense vague de grèves avec occupations d’usines se répand dans tout le pays : environ deux millions de grévistes, dans une ambiance souvent festive.

## Les accords Matignon

Dans la nuit du 7 au 8 juin 1936, sous l’arbitrage du gouvernement, le patronat et la CGT signent les **accords Matignon** :

- hausses de salaires de 7 à 15 % ;
- reconnaissance de la liberté syndicale dans l’entreprise ;
- élection de **délégué·es du personnel** dans les établissements de plus de dix salarié·es.

## Les lois de juin 1936

En quelques jours, le Parlement vote :

- **la loi du 20 juin** : deux semaines de **congés payés** par an. Des centaines de milliers de travailleur·euses découvrent la mer ou la montagne grâce aux billets de train à tarif réduit ;
- **la loi du 21 juin** : la **semaine de 40 heures** ;
- **la loi du 24 juin** : les **conventions collectives**, qui fixent par branche les salaires et les conditions de travail.

En août, la scolarité obligatoire est prolongée jusqu’à 14 ans. Fait notable : trois femmes entrent au gouvernement comme sous-secrétaires d’État, alors que les femmes n’ont pas encore le droit de vote.

## La leçon de 1936

Les congés payés ne figuraient pas dans le programme du Front populaire. C’est la grève générale qui les a imposés. La victoire électorale a ouvert une porte ; la mobilisation populaire l’a fait céder.`,
            en: `In the spring of 1936, the Popular Front coalition (socialists and radicals, supported by the communists) won the general election. Even before Léon Blum’s government was formed on 4 June, a huge wave of strikes with factory occupations swept the country: around two million strikers, often in a festive atmosphere.

## The Matignon Agreements

On the night of 7–8 June 1936, with the government as arbiter, employers and the CGT signed the **Matignon Agreements**:

- wage rises of 7 to 15%;
- recognition of trade union freedom in the workplace;
- election of **workers’ delegates** in establishments with more than ten employees.

## The laws of June 1936

Within days, Parliament passed:

- **the law of 20 June**: two weeks of **paid holiday** a year. Hundreds of thousands of workers discovered the sea or the mountains thanks to discounted train tickets;
- **the law of 21 June**: the **40-hour week**;
- **the law of 24 June**: **collective agreements**, setting wages and working conditions by industry.

In August, compulsory schooling was extended to age 14. Notably, three women joined the government as junior ministers, even though women did not yet have the right to vote.

## The lesson of 1936

Paid holidays were not in the Popular Front’s programme. It was the general strike that imposed them. The electoral victory opened a door; popular mobilisation forced it wide open.`,
          },
        },
        {
          slug: 'la-securite-sociale-de-1945',
          title: { fr: '1945 : la Sécurité sociale', en: '1945: social security' },
          body: {
            fr: `### Le programme du Conseil national de la Résistance

Le 15 mars 1944, dans la clandestinité, le Conseil national de la Résistance (CNR) adopte son programme, publié sous le titre *Les Jours heureux*. Il prévoit notamment « un plan complet de sécurité sociale » pour assurer à tous les citoyen·nes des moyens d’existence lorsqu’ils ne peuvent se les procurer par le travail, géré par les représentant·es des intéressé·es.

## Les ordonnances d’octobre 1945

Les **ordonnances des 4 et 19 octobre 1945**, préparées par le haut fonctionnaire Pierre Laroque, créent la Sécurité sociale. Le ministre du Travail communiste Ambroise Croizat, en poste à partir de novembre 1945, en conduit la mise en place, appuyé par des milliers de militant·es de la CGT qui construisent les caisses en quelques mois.

Ce qu’elles changent :

- **un système unique** pour couvrir les risques maladie, maternité, invalidité, vieillesse, décès et accidents du travail, là où existaient auparavant des assurances sociales éclatées (lois de 1928 et 1930). Dans les faits, les régimes spéciaux existants et le monde agricole restent à part ;
- **un financement par la cotisation sociale**, prélevée sur la richesse produite au travail, et non par l’impôt ou l’épargne individuelle ;
- **une gestion par les assuré·es eux-mêmes** : les conseils d’administration des caisses comptent trois quarts de représentant·es des salarié·es, élu·es à partir de 1947.

La loi du 22 mai 1946 pose le principe de la généralisation à toute la population.

## Ce qui a été défait

Les ordonnances de 1967 instaurent la parité entre syndicats et patronat et séparent les branches. Les élections des administrateur·rices sont supprimées, puis rétablies une seule fois en 1983. Depuis 1996, c’est le Parlement qui vote chaque année la loi de financement de la Sécurité sociale. La « Sécu » reste pourtant l’une des plus grandes conquêtes de l’histoire sociale française.`,
            en: `### The programme of the National Council of the Resistance

On 15 March 1944, underground, the National Council of the Resistance (CNR) adopted its programme, published under the title *Les Jours heureux* (“Happy Days”). Among other things it called for “a complete social security plan” to guarantee all citizens a means of living whenever they could not earn one through work, run by representatives of those concerned.

## The October 1945 ordinances

The **ordinances of 4 and 19 October 1945**, drafted by the senior civil servant Pierre Laroque, created social security. The communist Minister of Labour Ambroise Croizat, in office from November 1945, led its implementation, supported by thousands of CGT activists who built the funds in a matter of months.

What they changed:

- **a single system** covering sickness, maternity, disability, old age, death and workplace accidents, where previously there had been fragmented social insurance schemes (laws of 1928 and 1930). In practice, existing special schemes and the farming sector stayed separate;
- **funding through social contributions**, levied on the wealth produced at work, rather than through taxes or individual savings;
- **management by the insured themselves**: the boards of the funds were three-quarters workers’ representatives, elected from 1947.

The law of 22 May 1946 set out the principle of extending it to the whole population.

## What has been undone

The 1967 ordinances introduced parity between unions and employers and split the system into separate branches. Elections of board members were abolished, then held once more in 1983. Since 1996, Parliament has voted every year on the social security financing act. Even so, social security remains one of the greatest achievements in French social history.`,
          },
          video: 'histoire-de-la-securite-sociale',
        },
        {
          slug: 'de-1968-aux-35-heures',
          title: { fr: 'De Mai 68 aux 35 heures', en: 'From May 1968 to the 35-hour week' },
          body: {
            fr: `### Mai-juin 1968

Partie des universités, la contestation de mai 1968 débouche sur la plus grande grève de l’histoire du pays, avec plusieurs millions de grévistes et des usines occupées. Les négociations de Grenelle, du 25 au 27 mai, aboutissent à une hausse de 35 % du salaire minimum (le SMIG, créé en 1950) et à des augmentations générales de salaires. La loi du 27 décembre 1968 reconnaît la **section syndicale d’entreprise** : les syndicats entrent officiellement dans les entreprises. En 1970, le SMIG devient le **SMIC**, indexé non seulement sur les prix mais aussi, en partie, sur la hausse des salaires.

## 1981-1982 : une vague de réformes

Après la victoire de la gauche en 1981 :

- l’ordonnance du 16 janvier 1982 instaure la **cinquième semaine de congés payés** et la **semaine de 39 heures** ;
- l’ordonnance du 26 mars 1982 fixe la **retraite à 60 ans** (appliquée à partir d’avril 1983) ;
- les **lois Auroux** créent le droit d’expression des salarié·es, l’obligation annuelle de négocier dans l’entreprise et les comités d’hygiène, de sécurité et des conditions de travail (CHSCT).

La troisième semaine de congés datait de 1956, la quatrième de 1969 : à chaque fois, une avancée d’abord obtenue dans certaines entreprises par la lutte puis généralisée par la loi.

## Les années 1988-2000

- **1988** : création du revenu minimum d’insertion (RMI).
- **1998 et 2000** : les lois Aubry instaurent la **semaine de 35 heures**.
- **1999** : la couverture maladie universelle (CMU) ouvre l’accès aux soins aux personnes qui en étaient exclues.

Ces avancées montrent qu’un temps de travail plus court et une protection plus large sont des choix politiques possibles dans une économie moderne.`,
            en: `### May–June 1968

Starting in the universities, the protest of May 1968 led to the biggest strike in the country’s history, with several million strikers and occupied factories. The Grenelle negotiations, from 25 to 27 May, produced a 35% increase in the minimum wage (the SMIG, created in 1950) and general pay rises. The law of 27 December 1968 recognised the **workplace union branch**: unions officially entered companies. In 1970 the SMIG became the **SMIC**, indexed not only on prices but also, in part, on the rise in wages.

## 1981–1982: a wave of reforms

After the left’s victory in 1981:

- the ordinance of 16 January 1982 introduced the **fifth week of paid holiday** and the **39-hour week**;
- the ordinance of 26 March 1982 set **retirement at 60** (applied from April 1983);
- the **Auroux laws** created employees’ right of expression, the annual obligation to negotiate in the company, and health, safety and working conditions committees (CHSCT).

The third week of holiday dated from 1956, the fourth from 1969: each time, a gain first won through struggle in some companies and then extended by law.

## 1988–2000

- **1988**: creation of the minimum integration income (RMI).
- **1998 and 2000**: the Aubry laws introduced the **35-hour week**.
- **1999**: universal health coverage (CMU) opened access to care for people who had been excluded.

These advances show that shorter working time and broader protection are possible political choices in a modern economy.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Ce que l’histoire nous apprend', en: 'What history teaches us' },
      summary: {
        fr: 'Conquêtes, reculs, et comment mobiliser cette mémoire.',
        en: 'Gains, setbacks, and how to use this memory.',
      },
      lessons: [
        {
          slug: 'rien-n-a-ete-donne',
          title: { fr: 'Rien n’a été donné', en: 'Nothing was given' },
          body: {
            fr: `Un fil rouge traverse ces deux siècles : aucun droit social n’a été octroyé spontanément. Chacun a été conquis par la combinaison de trois forces.

## Les trois ingrédients d’une conquête

1. **La mobilisation sociale** : grèves, manifestations, occupations. Sans la grève de juin 1936, pas de congés payés.
2. **L’organisation** : syndicats, associations, partis, qui transforment la colère en revendications précises et durables.
3. **Le débouché politique** : une majorité prête à voter la loi. La Sécurité sociale naît quand la Résistance, les syndicats et la gauche sont en position de force à la Libération.

Quand l’un des trois manque, les victoires sont fragiles ou impossibles.

## Les reculs aussi sont des choix politiques

Depuis les années 1990, les droits conquis ont été régulièrement remis en cause, notamment les retraites :

- **1993** : la réforme Balladur porte la durée de cotisation du privé de 37,5 à 40 ans et calcule la pension sur les 25 meilleures années au lieu des 10 ;
- **2010** : l’âge légal passe de 60 à 62 ans ;
- **2014** : la durée de cotisation est portée progressivement à 43 ans ;
- **2023** : l’âge légal est repoussé à 64 ans, malgré des mois de mobilisation intersyndicale et sans vote final de l’Assemblée nationale, grâce à l’article 49.3.

## Mais la mobilisation paie encore

En 1995, la grève de novembre-décembre fait reculer le gouvernement Juppé sur les régimes spéciaux de retraite. En 2006, le contrat première embauche (CPE), pourtant adopté par le Parlement, est abandonné après des semaines de mobilisation de la jeunesse et des syndicats. Ces exemples rappellent qu’une loi votée n’est jamais une fatalité.`,
            en: `One thread runs through these two centuries: no social right was ever granted spontaneously. Each one was won through a combination of three forces.

## The three ingredients of a victory

1. **Social mobilisation**: strikes, demonstrations, occupations. Without the strike of June 1936, no paid holidays.
2. **Organisation**: unions, associations and parties that turn anger into precise, lasting demands.
3. **A political outlet**: a majority willing to pass the law. Social security was born when the Resistance, the unions and the left were in a position of strength at the Liberation.

When one of the three is missing, victories are fragile or impossible.

## Setbacks are political choices too

Since the 1990s, hard-won rights have repeatedly been called into question, pensions above all:

- **1993**: the Balladur reform raised the private-sector contribution period from 37.5 to 40 years and based pensions on the best 25 years instead of 10;
- **2010**: the legal retirement age went from 60 to 62;
- **2014**: the contribution period was gradually raised to 43 years;
- **2023**: the legal age was pushed back to 64, despite months of joint union mobilisation and without a final vote in the National Assembly, thanks to article 49.3.

## But mobilisation still pays off

In 1995, the November–December strike forced the Juppé government to back down on special pension schemes. In 2006, the first employment contract (CPE), although passed by Parliament, was abandoned after weeks of mobilisation by young people and unions. These examples are a reminder that a law once passed is never inevitable.`,
          },
        },
        {
          slug: 'raconter-l-histoire-en-militant',
          title: { fr: 'Raconter l’histoire en militant·e', en: 'Telling history as an activist' },
          body: {
            fr: `L’histoire sociale est une arme de conviction formidable, à condition de bien l’utiliser. Elle montre que ce qui paraît impossible aujourd’hui a déjà été conquis hier.

## Trois usages efficaces

- **Répondre au fatalisme** : « On ne peut rien y faire » ? En 1936, personne n’imaginait obtenir des congés payés quelques semaines plus tard.
- **Répondre à l’argument du coût** : la Sécurité sociale a été créée en 1945 dans un pays ruiné par la guerre. Si c’était possible alors, c’est possible aujourd’hui, dans un pays bien plus riche.
- **Donner de la fierté** : rappeler que le week-end, les congés, la retraite ou l’assurance maladie ont été gagnés par des gens ordinaires, souvent très jeunes, qui se sont organisés.

## Quelques règles

1. **Soyez précis·e** : une date juste et un fait vérifiable valent mieux qu’une grande fresque approximative. Un contradicteur qui vous prend en défaut sur une date décrédibilise tout votre propos.
2. **Racontez une histoire** : un lieu, des personnes, un moment. « En juin 1936, dans les usines Renault de Billancourt occupées, on dansait au son de l’accordéon… » marque plus qu’une liste de lois.
3. **Reliez au présent** : terminez toujours par ce que cela signifie aujourd’hui. L’histoire n’est pas de la nostalgie.
4. **Pensez local** : chaque ville a son histoire ouvrière (une grève, une usine, une figure syndicale). Les archives municipales, les unions locales des syndicats ou les associations d’histoire sont de précieuses ressources.

## Exercice

Préparez une intervention d’une minute sur l’une des conquêtes étudiées dans cette formation, en suivant la structure : un fait précis, une image concrète, le lien avec une lutte actuelle.`,
            en: `Social history is a powerful tool for persuasion, provided you use it well. It shows that what seems impossible today was already won in the past.

## Three effective uses

- **Answering fatalism**: “There’s nothing we can do”? In 1936, nobody imagined winning paid holidays a few weeks later.
- **Answering the cost argument**: social security was created in 1945 in a country ruined by war. If it was possible then, it is possible today, in a much richer country.
- **Giving people pride**: remind them that weekends, holidays, pensions and health insurance were won by ordinary people, often very young, who got organised.

## A few rules

1. **Be precise**: one correct date and one verifiable fact are worth more than a sweeping, approximate fresco. An opponent who catches you out on a date discredits everything you say.
2. **Tell a story**: a place, people, a moment. “In June 1936, in the occupied Renault factories at Billancourt, people danced to the accordion…” sticks better than a list of laws.
3. **Connect to the present**: always end with what it means today. History is not nostalgia.
4. **Think local**: every town has its own labour history (a strike, a factory, a union figure). Municipal archives, local union branches and history societies are valuable resources.

## Exercise

Prepare a one-minute talk on one of the gains studied in this course, following this structure: one precise fact, one concrete image, the link with a current struggle.`,
          },
          attachments: ['preparer-une-prise-de-parole'],
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 4. Theory: Les institutions de la Ve République et la 6e République
// ---------------------------------------------------------------------------

const institutions6eRepublique: TrainingSeed = {
  slug: 'institutions-et-6e-republique',
  title: {
    fr: 'Les institutions de la Ve République et la 6e République',
    en: 'The institutions of the Fifth Republic and the Sixth Republic',
  },
  summary: {
    fr: 'Président, Parlement, 49.3, Conseil constitutionnel : comment fonctionne réellement la Ve République, pourquoi elle concentre le pouvoir, et ce que changeraient une Assemblée constituante et le référendum d’initiative citoyenne.',
    en: 'President, Parliament, article 49.3, Constitutional Council: how the Fifth Republic really works, why it concentrates power, and what a constituent assembly and the citizens’ initiative referendum would change.',
  },
  kind: 'theory',
  level: 'intermediate',
  durationMinutes: 90,
  themes: ['democratie'],
  objectives: [
    {
      fr: 'Décrire la répartition des pouvoirs entre le président, le gouvernement et le Parlement.',
      en: 'Describe how power is shared between the President, the government and Parliament.',
    },
    {
      fr: 'Expliquer précisément le fonctionnement de l’article 49.3 et des autres outils du gouvernement.',
      en: 'Explain precisely how article 49.3 and the government’s other tools work.',
    },
    {
      fr: 'Distinguer le référendum d’initiative partagée actuel et le référendum d’initiative citoyenne.',
      en: 'Distinguish the current shared-initiative referendum from the citizens’ initiative referendum.',
    },
    {
      fr: 'Argumenter en faveur d’une Assemblée constituante.',
      en: 'Make the case for a constituent assembly.',
    },
  ],
  modules: [
    {
      title: { fr: 'La Ve République en pratique', en: 'The Fifth Republic in practice' },
      summary: {
        fr: 'Une Constitution pensée pour un exécutif fort.',
        en: 'A constitution designed for a strong executive.',
      },
      lessons: [
        {
          slug: 'une-constitution-taillee-pour-l-executif',
          title: { fr: 'Une Constitution taillée pour l’exécutif', en: 'A constitution built for the executive' },
          body: {
            fr: `La Constitution de la Ve République est adoptée par référendum le 28 septembre 1958 et promulguée le 4 octobre 1958, en pleine guerre d’Algérie. Elle est conçue pour le général de Gaulle et pour mettre fin à l’instabilité gouvernementale de la IVe République.

## Trois réformes qui ont renforcé le président

- **1962** : un référendum instaure l’élection du président au suffrage universel direct. Le président tire désormais sa légitimité directement du peuple.
- **2000** : le référendum sur le quinquennat réduit le mandat présidentiel de sept à cinq ans (73 % de oui, mais avec une abstention record d’environ 70 %).
- **2001** : une loi organique place les élections législatives juste après la présidentielle. L’Assemblée est depuis élue dans la foulée du président, ce qui lui donne en principe une majorité.

## Ce que peut le président

Certains pouvoirs n’ont besoin d’aucune signature ministérielle : nommer le Premier ministre (article 8), soumettre un projet de loi au référendum sur proposition du gouvernement (article 11), **dissoudre l’Assemblée nationale** (article 12), exercer les pleins pouvoirs en cas de crise grave (article 16, utilisé une seule fois, en 1961). Il est chef des armées et négocie les traités.

Pourtant, il n’est **pas politiquement responsable** : ni le Parlement ni les citoyen·nes ne peuvent le renverser pour sa politique pendant son mandat. C’est le Premier ministre et le gouvernement qui sont responsables devant l’Assemblée.

## Un exemple récent

Le 9 juin 2024, au soir des élections européennes, le président dissout l’Assemblée nationale après une simple consultation du Premier ministre et des présidents des deux assemblées, comme l’exige l’article 12 : leur avis ne l’engage en rien. Une seule personne peut ainsi provoquer des élections législatives en trois semaines : c’est ce que l’on appelle la **monarchie présidentielle**.`,
            en: `The constitution of the Fifth Republic was approved by referendum on 28 September 1958 and promulgated on 4 October 1958, in the middle of the Algerian war. It was designed for General de Gaulle and to end the governmental instability of the Fourth Republic.

## Three reforms that strengthened the president

- **1962**: a referendum introduced the election of the president by direct universal suffrage. The president now drew legitimacy directly from the people.
- **2000**: the referendum on the five-year term cut the presidential mandate from seven to five years (73% yes, but with a record abstention of about 70%).
- **2001**: an organic law placed the general election just after the presidential one. Since then the Assembly has been elected in the president’s wake, which in principle gives the president a majority.

## What the president can do

Some powers require no ministerial countersignature: appointing the Prime Minister (article 8), putting a bill to a referendum on the government’s proposal (article 11), **dissolving the National Assembly** (article 12), taking emergency powers in a grave crisis (article 16, used only once, in 1961). The president is commander-in-chief and negotiates treaties.

Yet the president is **not politically accountable**: neither Parliament nor citizens can remove them over their policies during their term. It is the Prime Minister and the government who are accountable to the Assembly.

## A recent example

On 9 June 2024, on the evening of the European elections, the president dissolved the National Assembly after merely consulting the Prime Minister and the presidents of the two chambers, as article 12 requires: their opinion does not bind him. A single person can thus trigger a general election within three weeks: this is what critics call the **presidential monarchy**.`,
          },
        },
        {
          slug: 'le-parlement-et-ses-limites',
          title: { fr: 'Le Parlement et ses limites', en: 'Parliament and its limits' },
          body: {
            fr: `### Deux chambres très différentes

- **L’Assemblée nationale** compte 577 député·es, élu·es pour cinq ans au suffrage universel direct, au scrutin uninominal majoritaire à deux tours, dans autant de circonscriptions. Elle seule peut renverser le gouvernement.
- **Le Sénat** compte 348 sénateur·rices, élu·es pour six ans au suffrage indirect par environ 160 000 « grands électeurs », en grande majorité des délégué·es des conseils municipaux. Il est renouvelé par moitié tous les trois ans. Cette surreprésentation des petites communes rurales explique qu’il n’ait connu qu’une seule majorité de gauche sous la Ve République, de 2011 à 2014.

En cas de désaccord entre les deux chambres, une commission mixte paritaire cherche un compromis ; à défaut, le gouvernement peut donner le dernier mot à l’Assemblée.

## Un « parlementarisme rationalisé »

La Constitution encadre strictement le Parlement :

- **l’article 34** liste les domaines où la loi est compétente ; tout le reste relève du pouvoir réglementaire du gouvernement (article 37) ;
- **l’article 40** interdit aux parlementaires tout amendement qui créerait une charge publique ou réduirait les ressources publiques : un·e député·e ne peut pas proposer de recruter des infirmier·es sans que le gouvernement le reprenne à son compte ;
- **l’article 38** permet au gouvernement, habilité par le Parlement, de légiférer par **ordonnances** : ce fut le cas pour la réforme du Code du travail de septembre 2017 ;
- le gouvernement maîtrise une grande partie de l’ordre du jour.

## Le Conseil constitutionnel

Ses neuf membres sont nommés pour neuf ans : trois par le président de la République, trois par le président de l’Assemblée, trois par le président du Sénat. Ce ne sont pas forcément des juristes, et les anciens présidents de la République en sont membres de droit. Depuis 2010, tout justiciable peut le saisir indirectement par une **question prioritaire de constitutionnalité** (QPC).`,
            en: `### Two very different chambers

- **The National Assembly** has 577 members (députés), elected for five years by direct universal suffrage, in a two-round single-member majority system, in as many constituencies. It alone can bring down the government.
- **The Senate** has 348 senators, elected for six years by indirect suffrage by about 160,000 “grand electors”, the vast majority of them delegates from municipal councils. Half of it is renewed every three years. This over-representation of small rural municipalities explains why it has had only one left-wing majority under the Fifth Republic, from 2011 to 2014.

When the two chambers disagree, a joint committee looks for a compromise; failing that, the government can give the Assembly the last word.

## “Rationalised parliamentarism”

The constitution keeps Parliament on a tight rein:

- **article 34** lists the areas in which statute law applies; everything else falls under the government’s regulatory power (article 37);
- **article 40** forbids members of Parliament from tabling any amendment that would create a public expense or reduce public revenue: an MP cannot propose hiring nurses unless the government takes the idea on;
- **article 38** allows the government, once authorised by Parliament, to legislate by **ordinance**: this was how the Labour Code was overhauled in September 2017;
- the government controls much of the parliamentary agenda.

## The Constitutional Council

Its nine members are appointed for nine years: three by the President of the Republic, three by the president of the Assembly, three by the president of the Senate. They need not be lawyers, and former presidents of the Republic are members by right. Since 2010 anyone involved in a court case can bring a matter before it indirectly through a **priority question of constitutionality** (QPC).`,
          },
        },
      ],
    },
    {
      title: { fr: 'Les armes du gouvernement', en: 'The government’s weapons' },
      summary: {
        fr: '49.3, 47-1, vote bloqué : les outils qui permettent de passer outre le Parlement.',
        en: '49.3, 47-1, the blocked vote: the tools for overriding Parliament.',
      },
      lessons: [
        {
          slug: 'l-article-49-3',
          title: { fr: 'L’article 49.3, comment ça marche ?', en: 'How does article 49.3 work?' },
          body: {
            fr: `L’article 49, alinéa 3, de la Constitution permet au Premier ministre, après délibération du Conseil des ministres, d’**engager la responsabilité du gouvernement** sur le vote d’un texte devant l’Assemblée nationale.

## Le mécanisme, étape par étape

1. Le Premier ministre annonce à la tribune qu’il engage la responsabilité du gouvernement : le débat s’arrête immédiatement, plus aucun amendement n’est voté.
2. Le texte est **considéré comme adopté**, sans vote, sauf si une **motion de censure** est déposée dans les 24 heures.
3. La motion doit être signée par au moins un dixième des député·es (58).
4. Pour être adoptée, elle doit recueillir la **majorité absolue des membres** composant l’Assemblée, soit 289 voix si tous les sièges sont pourvus. Seuls les votes pour sont comptés : s’abstenir revient à soutenir le gouvernement.
5. Si la motion est adoptée, le texte est rejeté et le gouvernement doit démissionner.

## Un usage limité depuis 2008

Depuis la révision constitutionnelle de 2008, le 49.3 est utilisable sans limite pour les lois de finances et de financement de la Sécurité sociale, mais **une seule fois par session** pour un autre texte. Avant, il n’y avait aucune limite : Michel Rocard y a eu recours 28 fois entre 1988 et 1991. Élisabeth Borne l’a utilisé 23 fois en 2022-2023.

## Deux dates à connaître

- **16 mars 2023** : la réforme des retraites portant l’âge légal à 64 ans est adoptée par 49.3. La motion de censure transpartisane du 20 mars recueille 278 voix ; il en fallait 287 compte tenu des sièges vacants. Elle échoue à **neuf voix**.
- **4 décembre 2024** : après un 49.3 sur le budget de la Sécurité sociale, le gouvernement de Michel Barnier est renversé par 331 voix. C’est la première motion de censure adoptée depuis 1962.

## L’argument

Le 49.3 permet qu’une loi s’applique sans jamais avoir été votée par les représentant·es du peuple. C’est l’un des symboles les plus parlants de la nécessité de changer de République.`,
            en: `Article 49, paragraph 3, of the constitution allows the Prime Minister, after deliberation by the Council of Ministers, to **stake the government’s responsibility** on a bill before the National Assembly.

## The mechanism, step by step

1. The Prime Minister announces from the rostrum that the government is staking its responsibility: the debate stops immediately and no more amendments are voted on.
2. The bill is **deemed adopted**, without a vote, unless a **motion of no confidence** is tabled within 24 hours.
3. The motion must be signed by at least one tenth of MPs (58).
4. To pass, it needs an **absolute majority of the members** of the Assembly, i.e. 289 votes if every seat is filled. Only votes in favour are counted: abstaining amounts to supporting the government.
5. If the motion passes, the bill is rejected and the government must resign.

## Restricted since 2008

Since the 2008 constitutional revision, 49.3 can be used without limit for budget bills and social security financing bills, but **only once per session** for any other bill. Before that there was no limit at all: Michel Rocard used it 28 times between 1988 and 1991. Élisabeth Borne used it 23 times in 2022–2023.

## Two dates to know

- **16 March 2023**: the pension reform raising the legal age to 64 was adopted through 49.3. The cross-party no-confidence motion of 20 March won 278 votes; 287 were needed given vacant seats. It failed by **nine votes**.
- **4 December 2024**: after a 49.3 on the social security budget, Michel Barnier’s government was toppled by 331 votes. It was the first successful no-confidence motion since 1962.

## The argument

Article 49.3 allows a law to take effect without ever having been voted on by the people’s representatives. It is one of the clearest symbols of why we need a new republic.`,
          },
        },
        {
          slug: 'les-autres-outils-du-gouvernement',
          title: { fr: '47-1, vote bloqué et autres outils', en: '47-1, the blocked vote and other tools' },
          body: {
            fr: `Le 49.3 est le plus connu, mais le gouvernement dispose d’une boîte à outils bien plus large. La réforme des retraites de 2023 les a presque tous mobilisés : c’est un cas d’école.

## L’article 47-1 : le débat chronométré

Pour les lois de financement de la Sécurité sociale, le Parlement dispose au total de **50 jours** pour se prononcer. S’il n’a pas terminé, le gouvernement peut appliquer le texte par ordonnance. En 2023, le gouvernement a choisi de faire passer la réforme des retraites par un projet de loi de financement **rectificative** de la Sécurité sociale, justement pour bénéficier de ce délai. Résultat : l’Assemblée n’a pas pu aller au bout de l’examen du texte en première lecture.

## L’article 44.3 : le vote bloqué

Le gouvernement peut demander à une assemblée de se prononcer **par un seul vote** sur tout ou partie d’un texte, en ne retenant que les amendements qu’il accepte. Le gouvernement y a eu recours au Sénat en mars 2023 pour accélérer l’adoption de la réforme.

## L’article 38 : les ordonnances

Habilité par une loi, le gouvernement écrit lui-même des textes ayant valeur de loi, que le Parlement ratifie ensuite. Exemple : les ordonnances de septembre 2017 qui ont fusionné les instances représentatives du personnel et plafonné les indemnités prud’homales.

## Et le Conseil constitutionnel ?

Le 14 avril 2023, il valide l’essentiel de la réforme, dont le report de l’âge légal à 64 ans, et censure quelques mesures jugées sans rapport avec une loi de financement. Le même jour, puis le 3 mai, il rejette les deux demandes de **référendum d’initiative partagée** déposées par des parlementaires de gauche sur l’âge de départ.

## Ce qu’il faut en retenir

Chacun de ces outils est légal. C’est justement le problème : la Constitution elle-même permet à un gouvernement minoritaire dans le pays d’imposer une réforme rejetée par une large majorité de la population et par tous les syndicats.`,
            en: `Article 49.3 is the best known, but the government has a much larger toolbox. The 2023 pension reform used almost all of it: it is a textbook case.

## Article 47-1: the timed debate

For social security financing bills, Parliament has **50 days** in total to decide. If it has not finished, the government can implement the bill by ordinance. In 2023 the government chose to pass the pension reform as an **amending** social security financing bill precisely to benefit from this deadline. As a result, the Assembly was unable to finish examining the bill at first reading.

## Article 44.3: the blocked vote

The government can ask a chamber to decide **in a single vote** on all or part of a bill, keeping only the amendments it accepts. The government used it in the Senate in March 2023 to speed up the adoption of the reform.

## Article 38: ordinances

Once authorised by a law, the government itself writes texts with the force of law, which Parliament then ratifies. Example: the September 2017 ordinances that merged employee representative bodies and capped compensation for unfair dismissal.

## And the Constitutional Council?

On 14 April 2023 it upheld most of the reform, including raising the legal age to 64, and struck down a few measures deemed unrelated to a financing bill. On the same day, and again on 3 May, it rejected the two requests for a **shared-initiative referendum** on the retirement age filed by left-wing members of Parliament.

## The takeaway

Each of these tools is legal. That is precisely the problem: the constitution itself allows a government that is in a minority in the country to impose a reform rejected by a large majority of the population and by every trade union.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Vers la 6e République', en: 'Towards the Sixth Republic' },
      summary: {
        fr: 'Rendre le pouvoir constituant au peuple et lui donner de nouveaux droits.',
        en: 'Returning constituent power to the people and giving them new rights.',
      },
      lessons: [
        {
          slug: 'pourquoi-une-constituante',
          title: { fr: 'Pourquoi une Assemblée constituante ?', en: 'Why a constituent assembly?' },
          body: {
            fr: `### Le constat : une crise démocratique durable

Au premier tour des élections législatives de 2017 et de 2022, plus d’un·e électeur·rice sur deux s’est abstenu·e (participation de 48,7 % puis 47,5 %). La participation est remontée à 66,7 % en 2024, lors des élections anticipées, mais la défiance envers les institutions reste massive. Ce n’est pas un désintérêt pour la politique : c’est le sentiment que voter ne change rien.

## La méthode : le peuple écrit lui-même sa Constitution

Le programme ne propose pas une Constitution clé en main. Il propose de **convoquer une Assemblée constituante**, élue spécialement pour cette mission, avec des règles garantissant la parité et l’indépendance de ses membres vis-à-vis du pouvoir en place. Son projet serait ensuite soumis au peuple par référendum.

Pourquoi cette méthode plutôt qu’une simple révision ? Parce que la Ve République a déjà été révisée plus de vingt fois, toujours par le haut (Parlement réuni en Congrès ou référendum à l’initiative du président), et que ces révisions ont le plus souvent renforcé l’exécutif.

## Des précédents historiques

La France a déjà connu plusieurs assemblées constituantes :

- **1789** : les députés des états généraux se proclament Assemblée nationale constituante ;
- **1848** : après la révolution de février, une assemblée élue au suffrage universel masculin fonde la IIe République ;
- **1945-1946** : par référendum, les Français·es, et pour la première fois les Françaises, décident d’élire une Assemblée constituante. Son premier projet est rejeté par référendum en mai 1946 ; une seconde assemblée rédige la Constitution de la IVe République, adoptée en octobre 1946.

Une Constituante n’est donc pas un saut dans l’inconnu : c’est une tradition républicaine, celle qui considère que le pouvoir de fixer les règles appartient au peuple.`,
            en: `### The diagnosis: a lasting democratic crisis

In the first round of the 2017 and 2022 general elections, more than one voter in two abstained (turnout of 48.7% and then 47.5%). Turnout rose to 66.7% in the snap election of 2024, but distrust of the institutions remains massive. This is not a lack of interest in politics: it is the feeling that voting changes nothing.

## The method: the people write their own constitution

The programme does not offer a ready-made constitution. It proposes **calling a constituent assembly**, elected specifically for this task, with rules guaranteeing gender parity and the independence of its members from those in power. Its draft would then be put to the people in a referendum.

Why this method rather than a simple revision? Because the Fifth Republic has already been revised more than twenty times, always from the top (Parliament meeting in Congress or a referendum called by the president), and those revisions have mostly strengthened the executive.

## Historical precedents

France has had several constituent assemblies:

- **1789**: the deputies of the Estates-General proclaimed themselves the National Constituent Assembly;
- **1848**: after the February revolution, an assembly elected by universal male suffrage founded the Second Republic;
- **1945–1946**: in a referendum, French voters, including women for the first time, chose to elect a constituent assembly. Its first draft was rejected by referendum in May 1946; a second assembly drafted the constitution of the Fourth Republic, adopted in October 1946.

A constituent assembly is therefore not a leap into the unknown: it is a republican tradition, the one that holds that the power to set the rules belongs to the people.`,
          },
        },
        {
          slug: 'ric-revocation-et-nouveaux-droits',
          title: { fr: 'RIC, révocation et nouveaux droits', en: 'Citizens’ referendums, recall and new rights' },
          body: {
            fr: `### Le référendum d’initiative partagée : une porte verrouillée

Depuis la révision de 2008 (appliquée à partir de 2015), l’article 11 prévoit un **référendum d’initiative partagée** (RIP). Pour l’enclencher, il faut d’abord un cinquième des parlementaires (185), puis le soutien d’un dixième des électeur·rices inscrit·es, soit environ 4,8 millions de signatures en neuf mois. Et même alors, si le Parlement examine le texte, il n’y a pas de référendum. Le seul RIP à avoir atteint la phase de collecte, contre la privatisation d’Aéroports de Paris en 2019-2020, a réuni environ 1,1 million de soutiens : loin du seuil.

## Le référendum d’initiative citoyenne

Le **RIC** part des citoyen·nes eux-mêmes, sans filtre parlementaire. Le programme en prévoit quatre usages :

- **législatif** : proposer une loi ;
- **abrogatoire** : supprimer une loi existante ;
- **révocatoire** : mettre fin au mandat d’un·e élu·e ;
- **constituant** : modifier la Constitution.

## Ce qui se fait ailleurs

- En **Suisse**, 100 000 signatures recueillies en dix-huit mois suffisent pour soumettre au vote une modification de la Constitution fédérale, et 50 000 en cent jours pour soumettre une loi votée à référendum.
- En **Italie**, 500 000 électeur·rices peuvent demander l’abrogation d’une loi ; le résultat n’est valable que si plus de la moitié des inscrit·es votent.

## D’autres nouveaux droits

- le **vote blanc reconnu** comme suffrage exprimé (depuis 2014, il est compté à part mais ne pèse pas dans le résultat) ;
- le **droit de vote à 16 ans** ;
- la **proportionnelle** pour l’élection des député·es ;
- la constitutionnalisation de droits nouveaux : droit à l’eau, biens communs, règle verte.

## Pour répondre à l’objection

« Le RIC, c’est la porte ouverte à n’importe quoi » ? Un référendum reste encadré par la Constitution et le contrôle des droits fondamentaux. Faire confiance au peuple entre deux élections n’est pas un danger pour la démocratie : c’est sa définition.`,
            en: `### The shared-initiative referendum: a locked door

Since the 2008 revision (in force from 2015), article 11 provides for a **shared-initiative referendum** (RIP). To trigger it, you first need one fifth of members of Parliament (185), then the backing of one tenth of registered voters, about 4.8 million signatures within nine months. Even then, if Parliament examines the bill, there is no referendum. The only RIP ever to reach the signature stage, against the privatisation of Paris Airports in 2019–2020, gathered about 1.1 million signatures: far from the threshold.

## The citizens’ initiative referendum

The **RIC** starts from citizens themselves, with no parliamentary filter. The programme provides for four uses:

- **legislative**: proposing a law;
- **abrogative**: repealing an existing law;
- **recall**: ending an elected official’s term;
- **constitutional**: amending the constitution.

## What happens elsewhere

- In **Switzerland**, 100,000 signatures collected within eighteen months are enough to put an amendment to the federal constitution to a vote, and 50,000 within a hundred days to put a law passed by parliament to a referendum.
- In **Italy**, 500,000 voters can demand the repeal of a law; the result is valid only if more than half of registered voters take part.

## Other new rights

- **blank votes recognised** as valid votes (since 2014 they are counted separately but do not affect the result);
- **the vote at 16**;
- **proportional representation** for electing MPs;
- new rights written into the constitution: the right to water, common goods, the green rule.

## Answering the objection

“The RIC opens the door to anything”? A referendum remains bound by the constitution and by the protection of fundamental rights. Trusting the people between elections is not a danger to democracy: it is its very definition.`,
          },
          video: 'le-ric-explique',
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 5. Theory: Économie, en finir avec les idées reçues sur la dette
// ---------------------------------------------------------------------------

const detteEtIdeesRecues: TrainingSeed = {
  slug: 'dette-publique-et-idees-recues',
  title: {
    fr: 'Dette publique, impôts, salaires : en finir avec les idées reçues',
    en: 'Public debt, taxes, wages: debunking the myths',
  },
  summary: {
    fr: 'Ce qu’est vraiment la dette publique, pourquoi un État n’est pas un ménage, qui paie l’impôt et ce que financent nos cotisations : les bases pour tenir tête aux discours d’austérité.',
    en: 'What public debt really is, why a state is not a household, who pays taxes and what our social contributions fund: the basics for standing up to austerity talk.',
  },
  kind: 'theory',
  level: 'intermediate',
  durationMinutes: 85,
  themes: ['economie-travail', 'services-publics'],
  objectives: [
    {
      fr: 'Distinguer dette et déficit, et lire correctement un chiffre de dette publique.',
      en: 'Tell debt from deficit and read a public debt figure correctly.',
    },
    {
      fr: 'Expliquer pourquoi la comparaison entre un État et un ménage est trompeuse.',
      en: 'Explain why comparing a state with a household is misleading.',
    },
    {
      fr: 'Comprendre ce qu’est le salaire socialisé et pourquoi les cotisations ne sont pas des « charges ».',
      en: 'Understand what the socialised wage is and why contributions are not “burdens”.',
    },
    {
      fr: 'Répondre en quelques phrases aux arguments les plus fréquents en faveur de l’austérité.',
      en: 'Answer the most common pro-austerity arguments in a few sentences.',
    },
  ],
  modules: [
    {
      title: { fr: 'Comprendre la dette publique', en: 'Understanding public debt' },
      summary: {
        fr: 'Définitions, ordres de grandeur et comparaisons trompeuses.',
        en: 'Definitions, orders of magnitude and misleading comparisons.',
      },
      lessons: [
        {
          slug: 'dette-et-deficit',
          title: { fr: 'Dette, déficit : de quoi parle-t-on ?', en: 'Debt and deficit: what are we talking about?' },
          body: {
            fr: `Deux mots sont sans cesse confondus dans le débat public.

- **Le déficit public** est un **flux** : sur une année, la différence entre les dépenses et les recettes de l’ensemble des administrations publiques. En 2024, il s’élevait à 5,8 % du produit intérieur brut (PIB) selon l’Insee.
- **La dette publique** est un **stock** : la somme de tout ce qui a été emprunté et pas encore remboursé. Fin 2024, elle atteignait environ 3 300 milliards d’euros, soit environ 113 % du PIB.

## Qui est endetté ?

La dette « au sens de Maastricht » regroupe l’État, les collectivités locales et la Sécurité sociale. L’essentiel, environ quatre cinquièmes, est porté par l’État. Les collectivités, elles, n’ont le droit d’emprunter que pour investir.

## Comment l’État emprunte

L’État emprunte sur les marchés financiers en émettant des titres, principalement les obligations assimilables du Trésor (OAT), gérées par l’Agence France Trésor. Quand un titre arrive à échéance, l’État le rembourse en émettant un nouveau titre : on dit qu’il **fait rouler sa dette**. Un État ne rembourse jamais sa dette d’un coup, et n’a pas besoin de le faire.

## Attention au ratio dette/PIB

Rapporter la dette au PIB, c’est comparer un stock accumulé sur des décennies à la richesse produite en **une seule année**. C’est comme si l’on disait d’un ménage qui a emprunté sur vingt ans pour acheter son logement qu’il est endetté à « 300 % de son revenu » : c’est exact, mais cela ne dit rien de sa capacité à rembourser. Ce qui compte, c’est le coût annuel de la dette et la capacité du pays à produire des richesses.`,
            en: `Two words are constantly confused in public debate.

- **The public deficit** is a **flow**: over one year, the difference between the spending and the revenue of all public administrations. In 2024 it stood at 5.8% of gross domestic product (GDP), according to INSEE, the national statistics office.
- **Public debt** is a **stock**: the sum of everything that has been borrowed and not yet repaid. At the end of 2024 it stood at about €3,300 billion, or about 113% of GDP.

## Who is in debt?

Debt “as defined by Maastricht” covers the state, local authorities and social security. Most of it, about four fifths, is owed by the state. Local authorities may borrow only to invest.

## How the state borrows

The state borrows on financial markets by issuing securities, mainly fungible Treasury bonds (OATs), managed by Agence France Trésor. When a bond matures, the state repays it by issuing a new one: it **rolls over its debt**. A state never repays its debt in one go, and does not need to.

## Beware of the debt-to-GDP ratio

Dividing debt by GDP compares a stock built up over decades with the wealth produced in **a single year**. It is as if we said that a household with a twenty-year mortgage was in debt to “300% of its income”: true, but it says nothing about its ability to repay. What matters is the annual cost of the debt and the country’s capacity to produce wealth.`,
          },
          video: 'decoder-la-dette-publique',
        },
        {
          slug: 'un-etat-n-est-pas-un-menage',
          title: { fr: 'Un État n’est pas un ménage', en: 'A state is not a household' },
          body: {
            fr: `« On ne peut pas dépenser plus qu’on ne gagne, comme tout bon père de famille. » Cette phrase est répétée à longueur d’antenne. Elle est pourtant fausse à plusieurs titres.

## Quatre différences essentielles

1. **Un État ne meurt pas.** Un ménage doit rembourser avant la fin de sa vie ; un État peut faire rouler sa dette indéfiniment.
2. **Un État lève l’impôt.** Il décide en partie de ses propres recettes, ce qu’aucun ménage ne peut faire.
3. **Les dépenses de l’État sont les revenus des autres.** Quand un ménage réduit ses dépenses, il épargne. Quand un État coupe dans les siennes, il réduit les revenus des entreprises et des ménages, donc l’activité, donc… ses propres recettes. C’est pourquoi l’austérité peut aggraver le ratio dette/PIB au lieu de le réduire, comme l’a montré la Grèce au début des années 2010.
4. **Un État investit pour des générations.** Une école, une ligne de train, un hôpital servent pendant cinquante ans. Il est logique de les financer en partie par l’emprunt, comme un ménage qui achète son logement à crédit.

## Des dettes bien plus élevées dans l’histoire

Au sortir de la Seconde Guerre mondiale, la dette du Royaume-Uni dépassait 200 % de son PIB. Le pays a pourtant construit son système national de santé, le NHS, en 1948. Aujourd’hui, la dette du Japon dépasse 200 % de son PIB sans que le pays soit en faillite.

## Le vrai débat

La dette n’est ni bonne ni mauvaise en soi. La question est : **à quoi sert-elle, et qui en profite ?** Emprunter pour financer la transition écologique et les services publics n’a rien à voir avec emprunter pour compenser des baisses d’impôts accordées aux plus riches.`,
            en: `“You can’t spend more than you earn, like any sensible household.” This line is repeated endlessly on the airwaves. Yet it is wrong on several counts.

## Four essential differences

1. **A state does not die.** A household has to repay before the end of its life; a state can roll over its debt indefinitely.
2. **A state levies taxes.** It partly decides its own revenue, which no household can do.
3. **State spending is other people’s income.** When a household cuts spending, it saves. When a state cuts its spending, it reduces the income of businesses and households, and therefore activity, and therefore… its own revenue. That is why austerity can worsen the debt-to-GDP ratio instead of reducing it, as Greece showed in the early 2010s.
4. **A state invests for generations.** A school, a railway line or a hospital serves for fifty years. It makes sense to finance them partly by borrowing, like a household buying its home with a mortgage.

## Much higher debts in history

At the end of the Second World War, the United Kingdom’s debt exceeded 200% of its GDP. Yet the country built its National Health Service, the NHS, in 1948. Today Japan’s debt exceeds 200% of its GDP and the country is not bankrupt.

## The real debate

Debt is neither good nor bad in itself. The question is: **what is it for, and who benefits?** Borrowing to fund the ecological transition and public services has nothing to do with borrowing to make up for tax cuts granted to the richest.`,
          },
        },
        {
          slug: 'combien-coute-la-dette',
          title: { fr: 'Combien coûte la dette, et à qui profite-t-elle ?', en: 'What does debt cost, and who benefits?' },
          body: {
            fr: `### Le coût réel : les intérêts

Ce que l’État paie chaque année, ce n’est pas la dette elle-même mais les **intérêts**. Pendant les années 2010, les taux auxquels la France empruntait ont fortement baissé, jusqu’à devenir négatifs sur certaines échéances en 2019 et 2020 : des investisseurs acceptaient de prêter à la France en récupérant moins que leur mise. Avec la remontée des taux à partir de 2022, la charge d’intérêts augmente à nouveau, pour atteindre autour de 2 % du PIB, un niveau qui reste inférieur à celui du milieu des années 1990.

## L’effet « boule de neige »

Le ratio dette/PIB augmente mécaniquement quand le taux d’intérêt payé dépasse le taux de croissance de l’économie. À l’inverse, une économie qui croît plus vite que le taux d’intérêt voit son ratio de dette diminuer, même avec un léger déficit. C’est pourquoi **l’investissement et l’activité** comptent davantage que les coupes budgétaires.

## Qui détient la dette ?

Un peu plus de la moitié de la dette négociable de l’État est détenue par des investisseurs non résidents ; le reste par des banques, des assureurs (notamment via l’assurance-vie des ménages) et par la Banque de France, qui en a acheté une part importante dans le cadre des programmes de rachat de la Banque centrale européenne lancés en 2015.

## Une dette creusée par des choix fiscaux

Les déficits ne viennent pas seulement des dépenses. Ils viennent aussi des **recettes auxquelles l’État a renoncé** : remplacement de l’impôt sur la fortune par un impôt sur la seule fortune immobilière et création du prélèvement forfaitaire unique sur les revenus du capital en 2018, transformation du CICE en baisse pérenne de cotisations en 2019, baisse des impôts de production. Une commission d’enquête du Sénat a par ailleurs chiffré en 2025 les aides publiques aux entreprises à plus de 200 milliards d’euros par an, souvent sans contrepartie.

Parler de la dette sans parler de ces choix, c’est ne raconter que la moitié de l’histoire.`,
            en: `### The real cost: interest

What the state pays every year is not the debt itself but the **interest**. During the 2010s the rates at which France borrowed fell sharply, even turning negative on some maturities in 2019 and 2020: investors accepted lending to France and getting back less than they put in. As rates rose again from 2022, the interest bill is climbing again, to around 2% of GDP, a level still lower than in the mid-1990s.

## The “snowball effect”

The debt-to-GDP ratio rises mechanically when the interest rate paid exceeds the economy’s growth rate. Conversely, an economy growing faster than the interest rate sees its debt ratio fall, even with a small deficit. That is why **investment and activity** matter more than budget cuts.

## Who holds the debt?

Slightly more than half of the state’s tradable debt is held by non-resident investors; the rest by banks, insurers (notably through households’ life insurance savings) and the Banque de France, which bought a large share under the European Central Bank’s purchase programmes launched in 2015.

## Debt deepened by tax choices

Deficits do not come only from spending. They also come from **revenue the state has given up**: replacing the wealth tax with a tax on real estate wealth only and creating a flat tax on capital income in 2018, turning the CICE tax credit into a permanent cut in employer contributions in 2019, cutting production taxes. A Senate committee of inquiry also estimated in 2025 that public aid to companies exceeded €200 billion a year, often with no conditions attached.

Talking about debt without talking about these choices tells only half the story.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Répartition et financement', en: 'Distribution and funding' },
      summary: {
        fr: 'Salaire socialisé, impôts, et comment répondre dans un débat.',
        en: 'The socialised wage, taxes, and how to respond in a debate.',
      },
      lessons: [
        {
          slug: 'le-salaire-socialise',
          title: {
            fr: 'Le salaire socialisé : des cotisations, pas des « charges »',
            en: 'The socialised wage: contributions, not “burdens”',
          },
          body: {
            fr: `Les médias et le patronat parlent de « charges sociales », comme d’un poids qui écraserait les entreprises. Le vocabulaire n’est pas neutre : il faut parler de **cotisations sociales**.

## Comment se compose un salaire

Sur une fiche de paie, on distingue :

- **le salaire net**, versé sur le compte de la ou du salarié·e ;
- **les cotisations salariales**, prélevées sur le salaire brut ;
- **les cotisations patronales**, versées par l’employeur en plus du salaire brut.

Toutes ces sommes sont la contrepartie du travail. Les cotisations ne disparaissent pas : elles financent immédiatement les pensions des retraité·es, les soins des malades, les indemnités des chômeur·euses, les allocations familiales. C’est du **salaire socialisé** : une partie du salaire mise en commun pour couvrir les risques de la vie, selon le principe de 1945 « chacun cotise selon ses moyens et reçoit selon ses besoins ».

## Les exonérations : un manque à gagner

Depuis les années 1990, les gouvernements ont multiplié les **exonérations de cotisations**, surtout sur les salaires proches du SMIC. Leur montant dépasse désormais 70 milliards d’euros par an. L’État en compense l’essentiel à la Sécurité sociale, donc par l’impôt, mais pas la totalité.

Deux effets pervers :

- plus un salaire est proche du SMIC, plus il est exonéré : les employeurs ont intérêt à ne pas augmenter les bas salaires. Les économistes parlent de **trappe à bas salaires** ;
- on affaiblit le financement propre de la Sécurité sociale, puis on invoque son « trou » pour réduire les prestations.

## Le mot juste en discussion

Quand quelqu’un parle de « baisser les charges », demandez : « Vous voulez dire baisser la partie de notre salaire qui paie les retraites et l’hôpital ? » Reformuler ainsi change complètement la perception du débat.`,
            en: `The media and employers talk about “social charges”, as if they were a weight crushing businesses. The vocabulary is not neutral: we should say **social contributions**.

## What a wage is made of

On a payslip you can distinguish:

- **the net wage**, paid into the employee’s account;
- **employee contributions**, deducted from the gross wage;
- **employer contributions**, paid by the employer on top of the gross wage.

All of these sums are payment for work. Contributions do not vanish: they immediately fund retirees’ pensions, patients’ care, unemployment benefits and family allowances. This is the **socialised wage**: part of the wage pooled to cover life’s risks, following the 1945 principle “everyone contributes according to their means and receives according to their needs”.

## Exemptions: lost revenue

Since the 1990s, governments have multiplied **exemptions from contributions**, especially on wages close to the minimum wage. They now exceed €70 billion a year. The state reimburses most of this to social security, that is, through taxes, but not all of it.

Two perverse effects:

- the closer a wage is to the minimum, the more it is exempted: employers have an incentive not to raise low wages. Economists call this a **low-wage trap**;
- social security’s own funding is weakened, and then its “deficit” is invoked to cut benefits.

## The right words in a conversation

When someone talks about “cutting charges”, ask: “You mean cutting the part of our wages that pays for pensions and hospitals?” Reframing it this way completely changes how the debate is perceived.`,
          },
        },
        {
          slug: 'qui-paie-l-impot',
          title: { fr: 'Qui paie vraiment l’impôt ?', en: 'Who really pays taxes?' },
          body: {
            fr: `« La moitié des Français ne paie pas d’impôt. » L’affirmation revient souvent. Elle est fausse : elle confond l’impôt sur le revenu avec l’ensemble des impôts.

## Tout le monde paie des impôts

- **La TVA** est le premier impôt du pays en montant : elle rapporte plus de 200 milliards d’euros par an, partagés entre l’État, la Sécurité sociale et les collectivités, soit environ deux fois plus que l’impôt sur le revenu. Elle est payée par chacun·e à chaque achat, y compris les personnes sans revenus.
- **La CSG** est prélevée sur presque tous les revenus : salaires, pensions, allocations chômage, revenus du capital.
- S’y ajoutent les taxes sur l’énergie, les taxes foncières, etc.

Un peu moins de la moitié des foyers fiscaux paient l’impôt sur le revenu. Mais tous paient la TVA et, pour l’essentiel, la CSG.

## Un système peu progressif au sommet

La TVA est **régressive** : un ménage modeste consomme la quasi-totalité de son revenu, et en reverse donc une plus grande part en TVA qu’un ménage aisé qui épargne. L’impôt sur le revenu, lui, est **progressif**, mais il ne compte plus que cinq tranches.

Tout en haut de l’échelle, une étude de l’Institut des politiques publiques publiée en 2023 a montré que le taux d’imposition effectif des quelques dizaines de foyers les plus fortunés (un peu plus de 25 %) est nettement inférieur à celui des foyers simplement très aisés (plus de 45 % pour les 0,1 % les plus riches). La raison : leurs revenus sont en grande partie conservés dans des **holdings**, sans être distribués ni imposés au barème.

## Des pistes de justice fiscale

- plus de tranches à l’impôt sur le revenu ;
- un impôt sur la fortune rétabli ;
- un impôt minimum sur les très grandes fortunes, comme celui proposé par l’économiste Gabriel Zucman (2 % par an sur les patrimoines de plus de 100 millions d’euros) ;
- une baisse de la TVA sur les produits de première nécessité.`,
            en: `“Half the French pay no tax.” You hear it often. It is false: it confuses income tax with taxes as a whole.

## Everyone pays taxes

- **VAT** is the country’s biggest tax by revenue: it brings in more than €200 billion a year, shared between the state, social security and local authorities, about twice as much as income tax. Everyone pays it with every purchase, including people with no income.
- **The CSG** (generalised social contribution) is levied on almost all income: wages, pensions, unemployment benefits, capital income.
- On top of that come energy taxes, property taxes and so on.

Slightly under half of tax households pay income tax. But all of them pay VAT and, for the most part, the CSG.

## A system that is barely progressive at the top

VAT is **regressive**: a low-income household spends almost all its income and therefore pays a larger share of it in VAT than a well-off household that saves. Income tax is **progressive**, but it now has only five brackets.

At the very top, a 2023 study by the Institut des politiques publiques showed that the effective tax rate of the few dozen wealthiest households (slightly over 25%) is well below that of households that are merely very well-off (over 45% for the richest 0.1%). The reason: much of their income is kept inside **holding companies**, neither distributed nor taxed at income tax rates.

## Options for tax justice

- more income tax brackets;
- a restored wealth tax;
- a minimum tax on the very largest fortunes, like the one proposed by the economist Gabriel Zucman (2% a year on assets above €100 million);
- lower VAT on essential goods.`,
          },
        },
        {
          slug: 'repondre-dans-un-debat',
          title: { fr: 'Répondre dans un débat : cinq idées reçues', en: 'Answering in a debate: five myths' },
          body: {
            fr: `Voici cinq phrases que vous entendrez forcément, et une réponse courte pour chacune. L’objectif n’est pas de réciter, mais d’avoir en tête l’argument central.

## 1. « On vit au-dessus de nos moyens. »

La France n’a jamais produit autant de richesses. Le problème n’est pas le niveau de richesse, mais sa répartition : les dividendes versés par les grandes entreprises battent des records pendant que l’hôpital manque de lits.

## 2. « On laisse une dette à nos enfants. »

Nous leur laissons aussi des écoles, des hôpitaux, des lignes de train… et, si nous n’agissons pas, un climat déréglé. La pire dette à laisser aux générations futures est la dette écologique. Et la dette publique d’aujourd’hui est aussi l’épargne d’une partie des ménages.

## 3. « Si on taxe les riches, ils partiront. »

L’exil fiscal existe mais reste marginal. Et les États-Unis taxent leurs ressortissant·es en fonction de leur nationalité, où qu’ils résident : il est possible de lier l’impôt à la nationalité pour rendre l’exil fiscal inutile, c’est une proposition du programme.

## 4. « Les marchés vont nous sanctionner. »

Les marchés prêtent à la France parce qu’elle est une économie solide, qui lève l’impôt et n’a jamais fait défaut depuis plus de deux siècles. Un État qui investit et augmente ses recettes est un emprunteur plus sûr qu’un État qui s’enfonce dans la récession.

## 5. « Il n’y a pas d’alternative. »

Les choix budgétaires sont des choix politiques votés chaque année. Il y avait assez d’argent pour supprimer l’impôt sur la fortune : il y en a assez pour les services publics.

## Conseil de méthode

Dans un débat, ne cherchez pas à tout démontrer. Choisissez **un argument, un chiffre, une image**, et terminez par une question qui fait réfléchir : « À votre avis, pourquoi parle-t-on toujours de la dette quand il s’agit de l’hôpital, et jamais quand on baisse les impôts des plus riches ? »`,
            en: `Here are five sentences you are bound to hear, with a short answer to each. The aim is not to recite but to have the core argument in mind.

## 1. “We are living beyond our means.”

France has never produced so much wealth. The problem is not the level of wealth but how it is shared: dividends paid by big companies break records while hospitals are short of beds.

## 2. “We are leaving debt to our children.”

We are also leaving them schools, hospitals, railway lines… and, if we do nothing, a disrupted climate. The worst debt to leave future generations is the ecological debt. And today’s public debt is also part of households’ savings.

## 3. “If you tax the rich, they will leave.”

Tax exile exists but remains marginal. And the United States taxes its citizens according to their nationality, wherever they live: tax can be linked to nationality to make tax exile pointless, which is one of the programme’s proposals.

## 4. “The markets will punish us.”

Markets lend to France because it is a solid economy that levies taxes and has not defaulted in more than two centuries. A state that invests and raises its revenue is a safer borrower than one sinking into recession.

## 5. “There is no alternative.”

Budget choices are political choices voted on every year. There was enough money to abolish the wealth tax: there is enough for public services.

## A word on method

In a debate, do not try to prove everything. Pick **one argument, one figure, one image**, and end with a question that makes people think: “Why do you think debt always comes up when we talk about hospitals, and never when taxes on the richest are cut?”`,
          },
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 6. Theory: Médias et pouvoir (French only, with an Arabic title and summary)
// ---------------------------------------------------------------------------

const mediasEtPouvoir: TrainingSeed = {
  slug: 'medias-et-pouvoir',
  title: {
    fr: 'Médias et pouvoir : comprendre la fabrique de l’information',
    ar: 'الإعلام والسلطة: فهم كيف تُصنع المعلومة',
  },
  summary: {
    fr: 'Qui possède les médias en France, comment se construit l’agenda médiatique, comment décrypter un article ou un reportage, et comment travailler avec la presse locale sans se faire piéger.',
    ar: 'من يملك وسائل الإعلام في فرنسا، وكيف يُبنى جدول الأولويات الإعلامي، وكيف نحلّل مقالًا أو تقريرًا، وكيف نتعامل مع الصحافة المحلية دون الوقوع في الفخاخ.',
  },
  kind: 'theory',
  level: 'intermediate',
  durationMinutes: 70,
  themes: ['medias-numerique', 'democratie'],
  objectives: [
    { fr: 'Identifier les principaux propriétaires des médias français et les enjeux de la concentration.' },
    { fr: 'Comprendre les mécanismes ordinaires qui orientent l’information, au-delà de l’idée de complot.' },
    { fr: 'Décrypter un article ou un reportage grâce à une grille de lecture simple.' },
    { fr: 'Rédiger un communiqué de presse et préparer une interview avec un·e journaliste local·e.' },
  ],
  modules: [
    {
      title: { fr: 'Qui fait l’information ?' },
      summary: { fr: 'Propriétaires, contraintes économiques et routines professionnelles.' },
      lessons: [
        {
          slug: 'la-concentration-des-medias',
          title: { fr: 'La concentration des médias' },
          body: {
            fr: `En France, une grande partie des médias nationaux appartient à une poignée de grandes fortunes, dont l’activité principale se situe souvent ailleurs : logistique, luxe, armement, télécommunications, BTP.

## Quelques exemples

- Le groupe de **Vincent Bolloré** contrôle notamment la chaîne CNews, la radio Europe 1 et *Le Journal du dimanche*.
- **Bernard Arnault** (LVMH) possède *Les Échos*, *Le Parisien* et, depuis 2024, *Paris Match*.
- La famille **Dassault**, industriel de l’aéronautique et de l’armement, possède *Le Figaro*.
- **Rodolphe Saadé** (CMA CGM, transport maritime) a acquis BFMTV et RMC en 2024, après *La Provence*.

Ces propriétaires ne dictent pas chaque article. Mais ils nomment les directions, fixent les lignes éditoriales et décident des moyens. En 2016, les salarié·es d’iTélé ont fait grève un mois contre la reprise en main de la chaîne, devenue CNews. À l’été 2023, la rédaction du *JDD* a fait grève quarante jours contre la nomination d’un directeur venu de l’hebdomadaire d’extrême droite *Valeurs actuelles*, sans obtenir gain de cause.

## Que dit la loi ?

La loi du 30 septembre 1986 sur la liberté de communication fixe des seuils anti-concentration, conçus avant Internet et largement dépassés. En 2022, une commission d’enquête du Sénat sur la concentration des médias a pointé ces limites. L’Arcom, qui a remplacé le CSA en 2022, veille au pluralisme à la télévision et à la radio. En février 2024, le Conseil d’État lui a demandé d’apprécier le pluralisme en tenant compte de l’ensemble des intervenant·es, et pas seulement du temps de parole des personnalités politiques. La chaîne C8, dont l’Arcom n’a pas renouvelé l’autorisation, a cessé d’émettre en février 2025.

## Pourquoi c’est un enjeu démocratique

Quand ceux qui possèdent l’économie possèdent aussi les moyens d’en parler, certains sujets deviennent difficiles à traiter : la fiscalité des plus riches, les conditions de travail chez les annonceurs, les intérêts industriels des propriétaires.`,
          },
        },
        {
          slug: 'comment-se-fabrique-l-information',
          title: { fr: 'Comment se fabrique l’information' },
          body: {
            fr: `Pour critiquer les médias efficacement, il faut éviter deux pièges : croire que tout est neutre, ou croire que tout est complot. La plupart des biais viennent de **mécanismes ordinaires**, qu’on peut identifier.

## L’urgence et le suivisme

Les rédactions ont perdu des effectifs, et les journalistes doivent produire vite, pour plusieurs supports. Beaucoup d’informations reprennent les dépêches de l’Agence France-Presse (AFP), les communiqués des institutions ou des entreprises. Quand un sujet « prend » sur une chaîne d’information en continu, les autres le reprennent : c’est la **circulation circulaire de l’information**, décrite par le sociologue Pierre Bourdieu dans *Sur la télévision* (1996).

## Le choix des sujets et des invité·es

Ce qui fait l’actualité n’est pas donné : c’est un choix. Parler trois jours d’un fait divers, c’est ne pas parler d’autre chose. On appelle cela la fonction d’**agenda** des médias : ils ne disent pas forcément quoi penser, mais ils disent à quoi penser. Sur les plateaux, les mêmes éditorialistes et « expert·es » reviennent souvent, parfois sans que leurs liens d’intérêts soient précisés.

## Le cadrage

Un même fait peut être raconté de façons très différentes. Une grève peut être présentée sous l’angle des « usager·es pris en otage » ou sous celui des salaires et des conditions de travail qui l’ont provoquée. Le cadrage se lit dans le titre, l’image choisie, la première personne interrogée.

## Une critique ancienne

En 1932, l’écrivain Paul Nizan publiait *Les Chiens de garde*, contre les philosophes au service de l’ordre établi. En 1997, le journaliste Serge Halimi reprenait l’image dans *Les Nouveaux Chiens de garde*, consacré à la connivence entre grands journalistes et pouvoirs. L’association Acrimed, créée en 1996, poursuit ce travail d’observation critique.

Retenez que les journalistes sont aussi des salarié·es soumis·es à ces contraintes : la critique vise un système, pas les personnes.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Décrypter et agir' },
      summary: { fr: 'Une grille de lecture, la presse locale, et des propositions.' },
      lessons: [
        {
          slug: 'decrypter-un-article',
          title: { fr: 'Décrypter un article ou un reportage' },
          body: {
            fr: `Voici une grille en six questions, à utiliser seul·e ou en atelier dans votre groupe d’action. Prenez un article ou un sujet de journal télévisé et passez-le au crible.

## 1. Qui parle ?

Qui est interrogé, et dans quel ordre ? Combien de patron·nes, de salarié·es, d’élu·es, d’expert·es ? La personne qui parle en premier et celle qui conclut orientent souvent la compréhension du sujet.

## 2. D’où viennent les informations ?

Les sources sont-elles citées ? S’agit-il d’une enquête originale ou de la reprise d’un communiqué ? Un chiffre sans source doit toujours éveiller la méfiance.

## 3. Quels mots sont employés ?

Le vocabulaire n’est jamais neutre. Comparez :

- « charges sociales » ou « cotisations sociales » ;
- « plan social » ou « licenciements » ;
- « prise d’otages » ou « grève » ;
- « réforme » (mot positif) ou « recul des droits ».

## 4. Qu’est-ce qui manque ?

Les causes sont-elles expliquées, ou seulement les conséquences ? Un point de vue est-il absent ? Un article sur une fermeture d’usine qui ne mentionne pas les dividendes versés l’année précédente raconte une histoire incomplète.

## 5. Que montrent les images ?

À la télévision, l’image guide l’émotion. Une manifestation de cent mille personnes peut être illustrée par une vitrine brisée. Qu’est-ce qui a été filmé, et qu’est-ce qui ne l’a pas été ?

## 6. À qui profite le cadrage ?

Après ces cinq questions, demandez-vous quelle conclusion le sujet invite à tirer, et à qui elle est utile.

## En atelier

Distribuez le même fait traité par trois médias différents. Chaque sous-groupe applique la grille, puis comparez. C’est un exercice simple, convivial, et redoutablement efficace pour développer l’esprit critique.`,
          },
        },
        {
          slug: 'travailler-avec-la-presse-locale',
          title: { fr: 'Travailler avec la presse locale' },
          body: {
            fr: `La presse quotidienne régionale, les radios locales et les sites d’information de proximité sont lus par un public bien plus large que celui des militant·es. Un groupe d’action a tout intérêt à entretenir de bonnes relations avec elles et eux.

## Le communiqué de presse

Un bon communiqué tient sur une page :

- **un titre informatif**, pas un slogan : « Le groupe d’action de Villeneuve organise une réunion publique sur la fermeture de la maternité » ;
- **un premier paragraphe** qui répond aux questions : qui, quoi, où, quand, pourquoi ;
- **une citation** d’un·e porte-parole, courte et reprenable telle quelle ;
- **un contact** : nom, téléphone, adresse électronique.

Envoyez-le trois à cinq jours avant l’événement, puis appelez la rédaction la veille. Après coup, envoyez une photo libre de droits avec une légende.

## L’interview

- **Préparez trois messages clés** et revenez-y, quelle que soit la question.
- **Parlez simplement** : phrases courtes, exemples concrets, pas de sigles.
- **Rien n’est « off »** si vous n’avez pas clairement convenu du contraire avant de parler.
- **Vous pouvez demander** sous quel angle le sujet sera traité, et qui d’autre sera interrogé.
- Si vous ne savez pas, dites-le et proposez de rappeler avec l’information.

## Les bonnes pratiques

Tenez à jour une liste des journalistes qui couvrent votre commune. Soyez fiable : des informations exactes, des horaires respectés, des réponses rapides. Un·e journaliste qui sait qu’il ou elle peut compter sur vous reviendra vers vous.

Et si un article vous paraît injuste ? Demandez un droit de réponse seulement en cas de mise en cause personnelle ; sinon, un message courtois à la ou au journaliste et un communiqué rectificatif sont souvent plus utiles qu’une polémique.`,
          },
        },
        {
          slug: 'des-medias-libres',
          title: { fr: 'Pour des médias libres : alternatives et propositions' },
          body: {
            fr: `Critiquer les médias ne suffit pas : il faut aussi faire vivre et défendre une information libre.

## Soutenir les médias indépendants

Des médias indépendants des grands groupes existent, souvent financés par leurs lecteur·rices : journaux en ligne par abonnement, mensuels de critique sociale, médias vidéo financés par des dons, radios associatives, presse locale indépendante. Le modèle de l’abonnement ou du don permet de ne dépendre ni d’un actionnaire industriel ni de la publicité.

Recommandez-les, partagez leurs enquêtes, abonnez-vous, et faites-le savoir autour de vous.

## Défendre l’audiovisuel public

France Télévisions, Radio France, France Médias Monde et l’INA sont des biens communs. Leur financement a été fragilisé par la suppression de la redevance audiovisuelle en 2022. Un audiovisuel public fort, indépendant du gouvernement comme des intérêts privés, est une condition du pluralisme.

## Ce que nous proposons

Parmi les pistes défendues par le mouvement :

- **une loi anti-concentration** qui empêche les grands groupes dépendant de la commande publique de posséder des médias ;
- **un statut juridique des rédactions**, leur donnant un droit d’agrément sur la nomination de leur direction ;
- le soutien public à la presse réorienté vers les médias d’information indépendants plutôt que vers les grands groupes ;
- le renforcement des instances de déontologie, comme le Conseil de déontologie journalistique et de médiation (CDJM), créé en 2019, qui peut être saisi par tout·e citoyen·ne.

## Devenir soi-même un média

Votre groupe d’action peut aussi produire de l’information : une lettre locale, un compte sur les réseaux sociaux qui documente les luttes de la commune, des vidéos courtes. Citez vos sources, vérifiez avant de publier, respectez les personnes filmées. La crédibilité se construit lentement et se perd en un instant.`,
          },
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 7. Practice: Prendre la parole en réunion publique
// ---------------------------------------------------------------------------

const prendreLaParole: TrainingSeed = {
  slug: 'prendre-la-parole-en-public',
  title: {
    fr: 'Prendre la parole en réunion publique',
    en: 'Speaking at a public meeting',
  },
  summary: {
    fr: 'Préparer un message clair, structurer une intervention de trois minutes, maîtriser le trac et répondre à une question hostile : une formation pratique pour oser prendre la parole et convaincre.',
    en: 'Preparing a clear message, structuring a three-minute speech, handling stage fright and answering a hostile question: a hands-on course to dare to speak up and convince.',
  },
  kind: 'practice',
  level: 'beginner',
  durationMinutes: 90,
  themes: ['militer'],
  featured: true,
  objectives: [
    {
      fr: 'Formuler le message principal d’une intervention en une seule phrase.',
      en: 'Sum up the main message of a speech in a single sentence.',
    },
    {
      fr: 'Construire une intervention de trois minutes avec une accroche, un développement et un appel à l’action.',
      en: 'Build a three-minute speech with a hook, a body and a call to action.',
    },
    {
      fr: 'Utiliser sa voix, son regard et les silences, et apprivoiser le trac.',
      en: 'Use your voice, eye contact and pauses, and tame stage fright.',
    },
    {
      fr: 'Répondre calmement à une question hostile sans perdre la salle.',
      en: 'Answer a hostile question calmly without losing the room.',
    },
    {
      fr: 'Tenir son rôle dans le déroulé d’une réunion publique.',
      en: 'Play your part in the running of a public meeting.',
    },
  ],
  modules: [
    {
      title: { fr: 'Préparer son intervention', en: 'Preparing your speech' },
      summary: {
        fr: 'Tout se joue avant de monter à la tribune.',
        en: 'Everything is decided before you step up.',
      },
      lessons: [
        {
          slug: 'savoir-ce-que-l-on-veut-dire',
          title: { fr: 'Savoir ce que l’on veut dire', en: 'Knowing what you want to say' },
          body: {
            fr: `La plupart des interventions ratées ne le sont pas à cause du trac ou du manque d’éloquence, mais parce que l’orateur·rice ne savait pas exactement ce qu’il ou elle voulait dire. Avant de penser à la forme, fixez le fond.

## Trois questions avant d’écrire quoi que ce soit

1. **À qui je parle ?** Des militant·es déjà convaincu·es, des habitant·es venu·es par curiosité, des salarié·es en grève, des élu·es ? On ne parle pas de la même façon à une assemblée générale et à une réunion de quartier.
2. **Qu’est-ce que je veux obtenir ?** Informer, convaincre, mobiliser ? Une intervention réussie se mesure à ce que les gens font après : signer une pétition, venir au rassemblement de samedi, rejoindre le groupe d’action.
3. **De combien de temps je dispose ?** Trois minutes, ce n’est pas dix minutes raccourcies : c’est un autre exercice.

## Le test de la phrase unique

Écrivez votre message principal en **une seule phrase**, compréhensible par quelqu’un qui n’a jamais milité. Par exemple : « La fermeture de la maternité obligerait les femmes du canton à faire une heure de route pour accoucher, et nous pouvons l’empêcher si nous sommes nombreux·ses samedi devant l’hôpital. »

Si vous n’y arrivez pas, c’est que votre idée n’est pas encore claire. Recommencez.

## Trois arguments, pas dix

Choisissez ensuite **trois arguments maximum** pour soutenir ce message. Le public ne retiendra pas davantage. Pour chacun, prévoyez un élément concret : un chiffre, un exemple local, un témoignage. « Selon l’agence régionale de santé, 600 naissances par an » parle plus que « beaucoup de naissances ».

## Exercice

Pour votre prochaine intervention, remplissez une fiche : public, objectif, message en une phrase, trois arguments et leurs exemples. Cette fiche vous servira de base pour la leçon suivante.`,
            en: `Most failed speeches fail not because of stage fright or lack of eloquence, but because the speaker did not know exactly what they wanted to say. Before thinking about form, pin down the substance.

## Three questions before writing anything

1. **Who am I speaking to?** Activists who are already convinced, residents who came out of curiosity, workers on strike, elected officials? You do not speak the same way to a general assembly and to a neighbourhood meeting.
2. **What do I want to achieve?** To inform, to convince, to mobilise? A successful speech is measured by what people do afterwards: sign a petition, come to Saturday’s rally, join the action group.
3. **How much time do I have?** Three minutes is not ten minutes cut short: it is a different exercise.

## The one-sentence test

Write your main message in **a single sentence** that someone who has never been an activist can understand. For example: “Closing the maternity ward would force women in our area to drive an hour to give birth, and we can stop it if there are lots of us outside the hospital on Saturday.”

If you cannot do it, your idea is not clear yet. Start again.

## Three arguments, not ten

Next, choose **three arguments at most** to support this message. The audience will not remember more. For each one, prepare something concrete: a figure, a local example, a testimony. “According to the regional health agency, 600 births a year” says more than “lots of births”.

## Exercise

For your next speech, fill in a sheet: audience, goal, one-sentence message, three arguments and their examples. This sheet will be the basis for the next lesson.`,
          },
          video: 'prendre-la-parole-les-bases',
        },
        {
          slug: 'structurer-une-intervention-de-trois-minutes',
          title: { fr: 'Structurer une intervention de trois minutes', en: 'Structuring a three-minute speech' },
          body: {
            fr: `À l’oral, on parle en moyenne à environ 130 à 150 mots par minute. Trois minutes, c’est donc à peine plus de 400 mots : chaque phrase compte. Voici une structure éprouvée.

## Le plan en cinq temps

1. **L’accroche (20 à 30 secondes)** : capter l’attention. Un fait frappant, une question, une courte histoire vraie. Jamais « Bonsoir, je vais vous parler de… ».
2. **Le problème (40 secondes)** : ce qui ne va pas, concrètement, pour les gens dans la salle.
3. **Notre proposition (60 secondes)** : ce que nous voulons, et pourquoi c’est possible. C’est le cœur de l’intervention.
4. **L’objection anticipée (20 à 30 secondes)** : répondre d’avance à ce que tout le monde pense tout bas (« On nous dira que c’est trop cher… »).
5. **L’appel à l’action (20 secondes)** : une demande précise, avec une date et un lieu.

## Un exemple

« Il y a trois semaines, Samia a accouché sur le parking de l’hôpital de Villeneuve, parce que la maternité la plus proche venait de fermer la nuit. *(accroche)* Depuis deux ans, on nous explique qu’il n’y a pas assez de médecins, pas assez de budget, et ce sont toujours les mêmes territoires qui trinquent. *(problème)* Nous demandons la réouverture complète de la maternité, le recrutement de sages-femmes et de médecins, et que l’État revienne sur les fermetures de lits. Ce n’est pas un luxe : c’est la sécurité de nos enfants. *(proposition)* On nous dira que ça coûte cher. Mais combien coûte un accouchement qui tourne mal sur une route départementale ? *(objection)* Samedi, 10 heures, devant l’hôpital : venez avec vos voisin·es, vos collègues, vos enfants. Plus nous serons nombreux·ses, plus ils devront nous écouter. *(appel)* »

## Les règles d’or

- **Commencez et finissez fort** : ce sont les deux moments que le public retient le mieux.
- **Une idée par phrase**, des phrases courtes.
- **Répétez le message principal** au début et à la fin.
- **Respectez le temps** : dépasser, c’est prendre la parole à quelqu’un d’autre.`,
            en: `When speaking, people average about 130 to 150 words a minute. Three minutes is therefore barely more than 400 words: every sentence counts. Here is a tried and tested structure.

## The five-part plan

1. **The hook (20 to 30 seconds)**: grab attention. A striking fact, a question, a short true story. Never “Good evening, I am going to talk to you about…”.
2. **The problem (40 seconds)**: what is wrong, concretely, for the people in the room.
3. **Our proposal (60 seconds)**: what we want, and why it is possible. This is the heart of the speech.
4. **The anticipated objection (20 to 30 seconds)**: answer in advance what everyone is quietly thinking (“They’ll tell us it’s too expensive…”).
5. **The call to action (20 seconds)**: a precise request, with a date and a place.

## An example

“Three weeks ago, Samia gave birth in the car park of Villeneuve hospital, because the nearest maternity ward had just stopped night-time admissions. *(hook)* For two years we’ve been told there aren’t enough doctors, there isn’t enough money, and it’s always the same places that pay the price. *(problem)* We demand the full reopening of the maternity ward, the hiring of midwives and doctors, and that the state reverse the bed closures. It isn’t a luxury: it’s our children’s safety. *(proposal)* They’ll tell us it’s expensive. But what does a birth that goes wrong on a country road cost? *(objection)* Saturday, 10 a.m., outside the hospital: bring your neighbours, your colleagues, your children. The more of us there are, the more they’ll have to listen. *(call)*”

## Golden rules

- **Start and finish strong**: those are the two moments the audience remembers best.
- **One idea per sentence**, short sentences.
- **Repeat the main message** at the beginning and at the end.
- **Keep to time**: running over means taking the floor from someone else.`,
          },
          attachments: ['preparer-une-prise-de-parole'],
        },
        {
          slug: 'notes-et-repetition',
          title: { fr: 'Les notes et la répétition', en: 'Notes and rehearsal' },
          body: {
            fr: `### Ne lisez pas un texte

Un texte lu crée une barrière : vos yeux sont sur la feuille, votre voix devient monotone, et le public décroche. Écrire son intervention en entier est utile pour la préparer ; mais le jour J, gardez seulement des **notes**.

## La bonne fiche

- **Un format petit** : une fiche cartonnée de format A6 ou une feuille pliée en deux, pas un cahier ni un téléphone (qui s’éteint ou affiche des notifications).
- **Des mots-clés, pas des phrases**, écrits gros, avec un trait entre chaque partie.
- **Les chiffres et les noms propres en entier** : c’est ce que l’on oublie sous l’effet du trac.
- **La première et la dernière phrase rédigées en entier** et apprises par cœur : elles vous lancent et vous permettent de conclure proprement, même si vous vous êtes perdu·e au milieu.

## Répéter, vraiment

La répétition est ce qui distingue une intervention moyenne d’une bonne intervention. Quelques méthodes :

1. **À voix haute**, debout, au moins trois fois. Lire dans sa tête ne compte pas : on ne découvre les phrases trop longues qu’en les prononçant.
2. **Chronométrez-vous.** On sous-estime presque toujours la durée réelle.
3. **Enregistrez-vous** avec votre téléphone, puis réécoutez. C’est désagréable la première fois, et très instructif : tics de langage (« euh », « voilà », « en fait »), débit trop rapide, fin de phrase avalée.
4. **Répétez devant une personne** du groupe d’action et demandez-lui ce qu’elle a retenu. Si ce n’est pas votre message principal, retravaillez-le.

## La veille et le jour même

Relisez vos notes une dernière fois, puis arrêtez. Arrivez en avance pour repérer la salle, tester le micro et savoir à quel moment vous parlerez. Ayez un verre d’eau à portée de main.`,
            en: `### Do not read a script

A script read aloud creates a barrier: your eyes are on the page, your voice goes flat and the audience switches off. Writing out your speech in full is useful for preparing it; but on the day, keep only **notes**.

## The right note card

- **A small format**: an A6 index card or a sheet folded in half, not a notebook or a phone (which may switch off or show notifications).
- **Keywords, not sentences**, written large, with a line between each part.
- **Figures and proper names in full**: these are what you forget when nerves kick in.
- **The first and last sentences written out in full** and learned by heart: they launch you and let you finish cleanly, even if you got lost in the middle.

## Rehearse, really

Rehearsal is what separates an average speech from a good one. A few methods:

1. **Out loud**, standing up, at least three times. Reading in your head does not count: you only discover sentences that are too long by saying them.
2. **Time yourself.** People almost always underestimate the real length.
3. **Record yourself** on your phone, then listen back. It is unpleasant the first time and very instructive: verbal tics (“um”, “like”, “basically”), speaking too fast, swallowing the ends of sentences.
4. **Rehearse in front of someone** from the action group and ask what they remember. If it is not your main message, rework it.

## The day before and on the day

Read your notes one last time, then stop. Arrive early to check the room, test the microphone and find out when you will speak. Keep a glass of water within reach.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Le jour J', en: 'On the day' },
      summary: {
        fr: 'Le corps, la voix, les questions et le cadre de la réunion.',
        en: 'Body, voice, questions and the setting of the meeting.',
      },
      lessons: [
        {
          slug: 'voix-corps-et-trac',
          title: { fr: 'La voix, le corps et le trac', en: 'Voice, body and stage fright' },
          body: {
            fr: `### Le trac est normal

Presque tout le monde a le trac, y compris les orateur·rices expérimenté·es. C’est une réaction physique (cœur qui s’accélère, mains moites, bouche sèche) qui prépare le corps à l’effort. L’objectif n’est pas de le supprimer, mais de l’apprivoiser.

Quelques techniques simples :

- **Respirez par le ventre** avant de parler : inspirez lentement par le nez pendant quatre secondes, bloquez deux secondes, expirez par la bouche pendant six secondes. Trois ou quatre cycles suffisent à ralentir le cœur.
- **Ancrez-vous** : pieds à plat, écartés de la largeur du bassin, poids réparti sur les deux jambes.
- **Pensez au message, pas à vous** : vous êtes là pour une cause, pas pour être jugé·e.

## La voix

- **Parlez plus lentement** que vous ne le pensez nécessaire. Le trac accélère le débit.
- **Articulez** et finissez vos phrases : la fin d’une phrase contient souvent l’information importante.
- **Variez le ton** : montez pour une question, baissez pour une conclusion grave.
- **Osez le silence.** Une pause de deux secondes après une phrase forte lui donne du poids. Le silence vous paraîtra long ; pour le public, il est naturel.

## Le regard et les gestes

Regardez les gens, pas le plafond ni vos notes. Balayez la salle en vous arrêtant quelques secondes sur des visages différents, à gauche, au centre, à droite : chacun·e a l’impression que vous lui parlez. Trouvez dans la salle deux ou trois visages bienveillants et appuyez-vous sur eux.

Laissez vos mains libres de bouger pour accompagner ce que vous dites. Évitez seulement les gestes parasites : stylo qu’on tripote, mains dans les poches, balancement d’un pied sur l’autre.

## Avec un micro

Tenez-le à quelques centimètres de la bouche, toujours à la même distance, et ne le baissez pas en tournant la tête. Faites un essai avant le début de la réunion.`,
            en: `### Stage fright is normal

Almost everyone gets stage fright, including experienced speakers. It is a physical reaction (racing heart, sweaty hands, dry mouth) that prepares the body for effort. The goal is not to get rid of it but to tame it.

A few simple techniques:

- **Breathe from your belly** before speaking: breathe in slowly through your nose for four seconds, hold for two, breathe out through your mouth for six. Three or four cycles are enough to slow your heart.
- **Ground yourself**: feet flat, hip-width apart, weight spread across both legs.
- **Think about the message, not yourself**: you are there for a cause, not to be judged.

## Your voice

- **Speak more slowly** than you think you need to. Nerves speed you up.
- **Articulate** and finish your sentences: the end of a sentence often carries the key information.
- **Vary your tone**: rise for a question, drop for a serious conclusion.
- **Dare to pause.** A two-second pause after a strong sentence gives it weight. The silence will feel long to you; to the audience it feels natural.

## Eye contact and gestures

Look at people, not at the ceiling or your notes. Sweep the room, pausing for a few seconds on different faces, left, centre and right: each person feels you are talking to them. Find two or three friendly faces in the room and lean on them.

Let your hands move freely to accompany what you say. Just avoid distracting gestures: fiddling with a pen, hands in pockets, rocking from one foot to the other.

## With a microphone

Hold it a few centimetres from your mouth, always at the same distance, and do not lower it when you turn your head. Do a test before the meeting starts.`,
          },
        },
        {
          slug: 'repondre-a-une-question-hostile',
          title: { fr: 'Répondre à une question hostile', en: 'Answering a hostile question' },
          body: {
            fr: `Tôt ou tard, quelqu’un vous posera une question agressive : « Vous êtes des extrémistes ! », « Votre programme va ruiner le pays ! » C’est un moment décisif, non pas pour convaincre la personne qui attaque, mais pour **la salle qui regarde**.

## La méthode en quatre temps

1. **Accueillir** : laissez la personne finir, sans l’interrompre ni soupirer. Remerciez-la pour sa question. Ce n’est pas de la faiblesse : c’est montrer à la salle que vous êtes calme et respectueux·se.
2. **Reformuler** : « Si je comprends bien, votre inquiétude, c’est de savoir comment on finance tout ça. » Reformuler permet de gagner quelques secondes, de vérifier que vous avez compris et surtout de **ramener la question à une préoccupation légitime**, débarrassée de son agressivité.
3. **Répondre** : brièvement, avec un argument et un fait précis. Pas de contre-attaque personnelle.
4. **Revenir à votre message** : terminez en reliant votre réponse à ce que vous voulez que la salle retienne.

## Un exemple

— Vous voulez taxer tout le monde, c’est du racket !

— Merci pour votre question, elle est importante. Vous craignez que les impôts augmentent pour vous, c’est bien ça ? *(reformuler)* Alors soyons précis : dans notre proposition, l’impôt sur le revenu baisse pour la grande majorité des contribuables, et augmente pour les très hauts revenus. *(répondre)* C’est justement parce que nous voulons que les gens qui sont dans cette salle paient moins et vivent mieux. *(revenir)*

## Les pièges à éviter

- **Se justifier longuement** : plus la réponse est longue, plus elle paraît défensive.
- **Répondre à une question piège par oui ou par non** quand elle est mal posée : recadrez-la d’abord.
- **Inventer une réponse** : si vous ne savez pas, dites-le. « Je n’ai pas le chiffre exact, je vous le transmettrai à la fin de la réunion. » Votre honnêteté renforce votre crédibilité.
- **Se laisser entraîner dans un dialogue** : si la personne monopolise la parole, proposez de poursuivre après la réunion et passez à quelqu’un d’autre.

## Préparer les questions difficiles

Avant chaque réunion, listez en groupe les trois questions que vous redoutez le plus et préparez des réponses. Vous verrez qu’elles reviennent souvent.`,
            en: `Sooner or later someone will ask you an aggressive question: “You’re extremists!”, “Your programme will ruin the country!” It is a decisive moment, not for convincing the person attacking you but for **the room that is watching**.

## The four-step method

1. **Welcome**: let the person finish, without interrupting or sighing. Thank them for their question. This is not weakness: it shows the room that you are calm and respectful.
2. **Rephrase**: “If I understand correctly, your concern is how we pay for all this.” Rephrasing buys you a few seconds, checks that you understood, and above all **brings the question back to a legitimate concern**, stripped of its aggressiveness.
3. **Answer**: briefly, with one argument and one precise fact. No personal counter-attack.
4. **Return to your message**: finish by linking your answer to what you want the room to remember.

## An example

— You want to tax everyone, it’s extortion!

— Thank you for your question, it’s an important one. You’re worried your taxes will go up, is that right? *(rephrase)* So let’s be precise: under our proposal, income tax goes down for the vast majority of taxpayers and goes up for very high incomes. *(answer)* That’s exactly because we want the people in this room to pay less and live better. *(return)*

## Traps to avoid

- **Justifying yourself at length**: the longer the answer, the more defensive it sounds.
- **Answering a trick question with yes or no** when it is badly framed: reframe it first.
- **Making up an answer**: if you do not know, say so. “I don’t have the exact figure; I’ll get it to you at the end of the meeting.” Your honesty strengthens your credibility.
- **Getting drawn into a dialogue**: if the person monopolises the floor, offer to continue after the meeting and move on to someone else.

## Preparing for difficult questions

Before each meeting, list as a group the three questions you dread most and prepare answers. You will see that they come up again and again.`,
          },
        },
        {
          slug: 'prendre-la-parole-en-reunion-publique',
          title: { fr: 'Le cadre de la réunion publique', en: 'The setting of a public meeting' },
          body: {
            fr: `Prendre la parole dans une réunion publique, ce n’est pas seulement faire un bon discours : c’est aussi s’inscrire dans un déroulé collectif. Une réunion bien organisée aide chaque intervenant·e à être meilleur·e.

## Les rôles

- **L’animateur·rice** ouvre la réunion, présente les intervenant·es, distribue la parole et tient le temps. Ce n’est pas la personne qui parle le plus : c’est celle qui permet aux autres de parler.
- **Les intervenant·es** préparent chacun·e une partie précise, sans se répéter. Mettez-vous d’accord à l’avance sur qui dit quoi.
- **Le ou la gardien·ne du temps** fait discrètement signe quand il reste une minute.
- **L’accueil** : une ou deux personnes à l’entrée pour saluer, distribuer le tract et proposer de laisser ses coordonnées (avec l’accord des personnes, en expliquant à quoi elles serviront).

## Un déroulé type de 1 h 30

1. **Ouverture (5 min)** : accueil, objet de la réunion, déroulé annoncé.
2. **Interventions (25 à 30 min)** : deux ou trois interventions courtes, idéalement avec une personne directement concernée (salariée, usager, habitante).
3. **Échange avec la salle (40 min)** : prenez les questions par séries de trois, pour que les intervenant·es puissent y répondre ensemble et que plus de monde s’exprime. Veillez à alterner les prises de parole entre femmes et hommes.
4. **Conclusion et suites (10 min)** : résumé en trois points, prochaine action, invitation à rejoindre le groupe d’action.

## Les petites choses qui changent tout

- Une salle un peu trop petite et pleine vaut mieux qu’une grande salle à moitié vide.
- Testez la sono, prévoyez un micro baladeur pour la salle.
- Pensez à l’accessibilité : rampe, place pour les fauteuils, boucle magnétique si possible.
- Terminez à l’heure annoncée : les gens reviendront plus volontiers.`,
            en: `Speaking at a public meeting is not just about giving a good speech: it is also about fitting into a collective flow. A well-organised meeting helps every speaker do better.

## The roles

- **The chair** opens the meeting, introduces the speakers, gives the floor and keeps time. This is not the person who speaks most: it is the person who lets others speak.
- **The speakers** each prepare a specific part, without repeating one another. Agree in advance on who says what.
- **The timekeeper** signals discreetly when there is one minute left.
- **The welcome team**: one or two people at the entrance to greet people, hand out the leaflet and offer to take their contact details (with their consent, explaining what they will be used for).

## A typical 90-minute running order

1. **Opening (5 min)**: welcome, purpose of the meeting, announced running order.
2. **Speeches (25 to 30 min)**: two or three short speeches, ideally including someone directly affected (a worker, a service user, a resident).
3. **Discussion with the audience (40 min)**: take questions in batches of three, so that the speakers can answer them together and more people get to speak. Make sure to alternate between women and men.
4. **Conclusion and next steps (10 min)**: a three-point summary, the next action, an invitation to join the action group.

## The small things that change everything

- A slightly too small, full room is better than a big half-empty one.
- Test the sound system and provide a roving microphone for the audience.
- Think about accessibility: ramp, space for wheelchairs, a hearing loop if possible.
- Finish at the time announced: people will be more willing to come back.`,
          },
          attachments: ['organiser-une-reunion-publique'],
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 8. Practice: Les réseaux sociaux, un outil militant
// ---------------------------------------------------------------------------

const reseauxSociaux: TrainingSeed = {
  slug: 'reseaux-sociaux-militants',
  title: {
    fr: 'Les réseaux sociaux, un outil militant',
    en: 'Social networks as an activist tool',
  },
  summary: {
    fr: 'Comprendre les algorithmes, choisir ses canaux, écrire un post qui porte, tourner une vidéo courte au téléphone, vérifier avant de partager et se protéger du harcèlement.',
    en: 'Understanding algorithms, choosing your channels, writing a post that lands, shooting a short video on your phone, checking before sharing and protecting yourself from harassment.',
  },
  kind: 'practice',
  level: 'beginner',
  durationMinutes: 70,
  themes: ['medias-numerique', 'militer'],
  objectives: [
    {
      fr: 'Comprendre comment les algorithmes des plateformes sélectionnent les contenus.',
      en: 'Understand how platform algorithms select content.',
    },
    {
      fr: 'Choisir les canaux adaptés aux objectifs de son groupe d’action.',
      en: 'Choose the right channels for your action group’s goals.',
    },
    {
      fr: 'Rédiger un post et tourner une vidéo courte efficaces et accessibles.',
      en: 'Write an effective, accessible post and shoot a short video.',
    },
    {
      fr: 'Vérifier une information avant de la partager et se protéger du cyberharcèlement.',
      en: 'Check information before sharing it and protect yourself from online harassment.',
    },
  ],
  modules: [
    {
      title: { fr: 'Comprendre les plateformes', en: 'Understanding the platforms' },
      summary: {
        fr: 'Ce qui se passe derrière le fil d’actualité.',
        en: 'What happens behind the feed.',
      },
      lessons: [
        {
          slug: 'comment-fonctionnent-les-algorithmes',
          title: { fr: 'Comment fonctionnent les algorithmes', en: 'How algorithms work' },
          body: {
            fr: `Sur la plupart des grandes plateformes, ce que vous voyez n’est pas la liste chronologique des publications de vos contacts : c’est une **sélection** opérée par un algorithme, dont l’objectif est de vous garder le plus longtemps possible sur l’application pour vous montrer de la publicité.

## Ce que les algorithmes valorisent

- **L’engagement** : commentaires, partages, mentions « j’aime », temps passé à regarder. Un commentaire pèse généralement plus qu’un simple « j’aime ».
- **Les premières minutes** : une publication qui suscite rapidement des réactions est montrée à davantage de personnes. D’où l’intérêt de prévenir votre groupe quand vous publiez quelque chose d’important.
- **La vidéo**, et en particulier la vidéo verticale courte, largement mise en avant ces dernières années.
- **L’émotion**, y compris la colère. Les contenus qui indignent circulent vite, ce qui favorise la polarisation et les fausses informations.

## Ce que cela implique pour nous

1. **Ne pas courir après le buzz à tout prix** : une publication outrancière peut faire beaucoup de vues et nuire à la crédibilité du mouvement.
2. **Créer de l’interaction réelle** : poser une question, répondre aux commentaires, inviter à partager.
3. **Ne pas dépendre d’une seule plateforme** : ses règles peuvent changer du jour au lendemain, un compte peut être suspendu. Gardez toujours un moyen de contact direct (liste de diffusion, lettre d’information).

## Des plateformes privées, mais pas hors la loi

Ces plateformes appartiennent à de grandes entreprises, souvent américaines ou chinoises, qui décident seules de leurs règles de modération. Depuis le 17 février 2024, le règlement européen sur les services numériques (**DSA**) s’applique à toutes les plateformes : il les oblige notamment à traiter les signalements de contenus illicites et à expliquer le fonctionnement de leurs systèmes de recommandation. Il existe aussi des réseaux décentralisés et non commerciaux, comme Mastodon, qui affichent les publications dans l’ordre chronologique.`,
            en: `On most large platforms, what you see is not a chronological list of your contacts’ posts: it is a **selection** made by an algorithm whose goal is to keep you on the app as long as possible in order to show you advertising.

## What algorithms reward

- **Engagement**: comments, shares, likes, time spent watching. A comment usually counts for more than a simple like.
- **The first few minutes**: a post that gets reactions quickly is shown to more people. Hence the value of alerting your group when you publish something important.
- **Video**, especially short vertical video, heavily promoted in recent years.
- **Emotion**, including anger. Content that outrages spreads fast, which fuels polarisation and false information.

## What this means for us

1. **Don’t chase virality at any cost**: an outrageous post may get lots of views and damage the movement’s credibility.
2. **Create real interaction**: ask a question, reply to comments, invite people to share.
3. **Don’t depend on a single platform**: its rules can change overnight, an account can be suspended. Always keep a direct line of contact (mailing list, newsletter).

## Private platforms, but not above the law

These platforms belong to large companies, often American or Chinese, that set their moderation rules alone. Since 17 February 2024, the EU Digital Services Act (**DSA**) has applied to all platforms: among other things, it requires them to deal with reports of illegal content and to explain how their recommendation systems work. There are also decentralised, non-commercial networks such as Mastodon, which show posts in chronological order.`,
          },
        },
        {
          slug: 'choisir-ses-canaux',
          title: { fr: 'Choisir ses canaux', en: 'Choosing your channels' },
          body: {
            fr: `Un groupe d’action n’a pas besoin d’être présent partout. Mieux vaut deux canaux bien tenus que six comptes abandonnés. Partez de votre objectif et de votre public.

## Pour toucher les habitant·es

- **Les groupes et pages locales** (sur Facebook notamment) restent très utilisés pour la vie d’une commune : annonces d’événements, pétitions locales, comptes rendus de conseils municipaux. Respectez les règles de chaque groupe et ne publiez pas en boucle.
- **Instagram** convient aux visuels soignés et aux courtes vidéos, surtout pour un public plus jeune.
- **TikTok** et les formats vidéo courts permettent de toucher des personnes éloignées de la politique, à condition d’en maîtriser les codes.

## Pour le débat public

- **X (ex-Twitter)**, **Bluesky** ou **Mastodon** sont fréquentés par les journalistes et les élu·es. Utiles pour réagir à l’actualité locale et interpeller, moins pour mobiliser les habitant·es.

## Pour l’organisation interne

- Une **messagerie de groupe** (Signal, Telegram, WhatsApp) pour la coordination rapide. Signal offre le meilleur niveau de confidentialité.
- Séparez toujours la **boucle d’organisation** (peu de messages, pratiques) et la **boucle de discussion** : sinon les informations importantes se noient.
- Pour les documents partagés, privilégiez des outils libres ou ceux fournis par le mouvement.

## Qui s’en occupe ?

Désignez deux ou trois personnes responsables des comptes, avec des mots de passe stockés dans un gestionnaire de mots de passe et une double authentification activée. Quand quelqu’un quitte le groupe, changez les mots de passe. Un compte qui appartient à une seule personne devient un problème le jour où elle s’en va.`,
            en: `An action group does not need to be everywhere. Two well-kept channels are better than six abandoned accounts. Start from your goal and your audience.

## To reach local residents

- **Local groups and pages** (on Facebook in particular) are still widely used for town life: event announcements, local petitions, reports on council meetings. Respect each group’s rules and do not post over and over.
- **Instagram** suits polished visuals and short videos, especially for a younger audience.
- **TikTok** and short video formats can reach people far from politics, provided you master their codes.

## For public debate

- **X (formerly Twitter)**, **Bluesky** and **Mastodon** are used by journalists and elected officials. Useful for reacting to local news and calling people out, less so for mobilising residents.

## For internal organisation

- A **group messaging app** (Signal, Telegram, WhatsApp) for quick coordination. Signal offers the best level of privacy.
- Always keep the **organising loop** (few, practical messages) separate from the **discussion loop**: otherwise important information gets drowned.
- For shared documents, prefer free software tools or those provided by the movement.

## Who is in charge?

Appoint two or three people responsible for the accounts, with passwords kept in a password manager and two-factor authentication switched on. When someone leaves the group, change the passwords. An account that belongs to only one person becomes a problem the day they leave.`,
          },
        },
        {
          slug: 'verifier-avant-de-partager',
          title: { fr: 'Vérifier avant de partager', en: 'Check before you share' },
          body: {
            fr: `Partager une fausse information, même de bonne foi, nuit à votre crédibilité et à celle du mouvement. Nos adversaires guettent la moindre erreur. Prenez l’habitude d’une vérification rapide : elle prend rarement plus de deux minutes.

## Cinq réflexes

1. **Remonter à la source** : qui a publié l’information en premier ? Un média identifié, une institution, un compte anonyme ? Une capture d’écran n’est pas une source.
2. **Vérifier la date** : beaucoup de contenus viraux sont anciens et ressortent hors contexte. Une photo de manifestation de 2019 peut être présentée comme datant d’hier.
3. **Chercher l’image à l’envers** : les outils de recherche d’image inversée (proposés par les principaux moteurs de recherche) permettent de retrouver la première publication d’une photo.
4. **Croiser** : l’information est-elle reprise par d’autres sources indépendantes ? Les rubriques de vérification des rédactions et de l’AFP ont peut-être déjà traité le sujet.
5. **Se méfier de sa propre envie d’y croire** : plus une information confirme exactement ce que vous pensez, plus il faut la vérifier.

## Les chiffres

Un chiffre sans source ne se partage pas. Pour les données économiques et sociales, privilégiez les sources publiques : Insee, Drees, Dares, Cour des comptes, rapports parlementaires. Indiquez toujours la source dans votre publication : c’est un gage de sérieux et cela coupe court à beaucoup de polémiques.

## Si vous vous êtes trompé·e

Corrigez publiquement et rapidement : supprimez ou modifiez la publication en indiquant la correction. Reconnaître une erreur renforce la confiance ; la laisser circuler la détruit.

## Les contenus générés par intelligence artificielle

Images, voix et vidéos truquées sont de plus en plus faciles à produire. Méfiez-vous des détails incohérents (mains, textes illisibles, ombres) et, en cas de doute, ne partagez pas.`,
            en: `Sharing false information, even in good faith, damages your credibility and the movement’s. Our opponents are waiting for the slightest mistake. Get into the habit of a quick check: it rarely takes more than two minutes.

## Five reflexes

1. **Go back to the source**: who published the information first? An identified media outlet, an institution, an anonymous account? A screenshot is not a source.
2. **Check the date**: many viral posts are old and resurface out of context. A photo of a 2019 demonstration can be presented as yesterday’s.
3. **Search the image in reverse**: reverse image search tools (offered by the major search engines) let you find the first time a photo was published.
4. **Cross-check**: is the information reported by other independent sources? Newsroom fact-checking sections and AFP’s fact-check service may already have covered it.
5. **Distrust your own wish to believe it**: the more exactly a piece of information confirms what you think, the more it needs checking.

## Figures

A figure without a source is not shared. For economic and social data, favour public sources: INSEE, the statistics departments of the ministries, the Court of Audit, parliamentary reports. Always give the source in your post: it signals seriousness and cuts short many arguments.

## If you got it wrong

Correct it publicly and quickly: delete or edit the post and say what was corrected. Admitting a mistake builds trust; letting it spread destroys it.

## AI-generated content

Fake images, voices and videos are increasingly easy to produce. Watch for inconsistent details (hands, illegible text, shadows) and, when in doubt, do not share.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Publier utilement et en sécurité', en: 'Posting effectively and safely' },
      summary: {
        fr: 'Écrire, filmer, et se protéger.',
        en: 'Writing, filming and protecting yourself.',
      },
      lessons: [
        {
          slug: 'ecrire-un-bon-post',
          title: { fr: 'Écrire un bon post', en: 'Writing a good post' },
          body: {
            fr: `Un bon post militant se lit en quelques secondes, donne envie de réagir et propose quelque chose à faire.

## La structure

1. **La première ligne est décisive** : c’est souvent la seule visible avant « voir plus ». Commencez par le fait le plus fort ou une question, jamais par « Retour sur notre belle journée d’hier ».
2. **Une seule idée par publication.**
3. **Du concret** : un lieu, un chiffre sourcé, un visage (avec son accord).
4. **Un appel à l’action clair** : signer, venir, partager, répondre.

## Exemple

Moins efficace : « Belle mobilisation hier matin au marché avec les camarades du GA, merci à tou·tes !!! »

Plus efficace : « 312 signatures en deux heures ce matin au marché pour garder le bureau de poste ouvert le samedi. Le conseil municipal en débat le 14 : venez avec nous, et signez ici si ce n’est pas encore fait. »

## Les visuels

- Une photo **prise de près**, avec des gens qui font quelque chose, vaut mieux qu’une photo de groupe lointaine.
- Si vous ajoutez du texte sur l’image, limitez-vous à quelques mots lisibles sur un téléphone.
- Utilisez les visuels du mouvement et les modèles de la médiathèque : ils sont déjà au bon format.

## L’accessibilité

- Ajoutez un **texte alternatif** à chaque image, qui la décrit pour les personnes aveugles ou malvoyantes utilisant un lecteur d’écran.
- Dans les mots-dièse composés de plusieurs mots, mettez une majuscule à chaque mot (#ServicesPublics) : les lecteurs d’écran les lisent mieux.
- N’abusez pas des émojis : un lecteur d’écran les lit tous, un par un.

## Le respect des personnes

Les photos d’une réunion ou d’une action peuvent révéler les opinions politiques des personnes présentes, une donnée particulièrement protégée par le RGPD. Demandez l’accord des personnes reconnaissables avant de publier, et floutez les autres, en particulier les enfants.`,
            en: `A good activist post can be read in a few seconds, makes people want to react and offers them something to do.

## The structure

1. **The first line is decisive**: it is often the only one visible before “see more”. Start with the strongest fact or a question, never with “Looking back on our great day yesterday”.
2. **One idea per post.**
3. **Something concrete**: a place, a sourced figure, a face (with consent).
4. **A clear call to action**: sign, come, share, reply.

## Example

Less effective: “Great turnout yesterday morning at the market with our action group comrades, thanks everyone!!!”

More effective: “312 signatures in two hours at the market this morning to keep the post office open on Saturdays. The town council debates it on the 14th: come with us, and sign here if you haven’t yet.”

## Visuals

- A **close-up** photo of people doing something beats a distant group photo.
- If you add text on the image, stick to a few words that are readable on a phone.
- Use the movement’s visuals and the templates in the media library: they are already in the right format.

## Accessibility

- Add **alt text** to every image, describing it for blind or visually impaired people using a screen reader.
- In hashtags made of several words, capitalise each word (#PublicServices): screen readers read them better.
- Don’t overuse emojis: a screen reader reads every one of them aloud.

## Respecting people

Photos of a meeting or an action can reveal the political opinions of those present, data given special protection under the GDPR. Ask recognisable people for their consent before posting, and blur the others, especially children.`,
          },
        },
        {
          slug: 'la-video-courte',
          title: { fr: 'Tourner une vidéo courte au téléphone', en: 'Shooting a short video on your phone' },
          body: {
            fr: `Une vidéo de trente secondes tournée au téléphone peut toucher bien plus de monde qu’un long texte. Pas besoin de matériel coûteux : il faut surtout de la préparation.

## Avant de filmer

- **Un seul message**, formulé en une phrase (voir la formation « Prendre la parole en réunion publique »).
- **Une durée courte** : 30 à 60 secondes. Au-delà, seul·es les plus convaincu·es regardent jusqu’au bout.
- **Un lieu qui raconte quelque chose** : devant l’école qui va perdre une classe, sur le quai de la gare sans train, devant le bureau de poste fermé.

## Le tournage

- **Filmez à la verticale** pour les formats courts des réseaux sociaux.
- **La lumière face à vous**, jamais dans votre dos : tournez-vous vers une fenêtre ou le ciel.
- **Le son compte plus que l’image** : évitez le vent et la circulation, rapprochez le téléphone, ou utilisez un petit micro-cravate peu coûteux.
- **Stabilisez** : posez le téléphone ou tenez-le à deux mains, coudes contre le corps.
- **Les deux premières secondes décident de tout** : commencez directement par l’essentiel, sans « Bonjour à toutes et à tous, alors aujourd’hui… ».

## Le montage

- **Sous-titrez toujours** : une grande partie des vidéos sont regardées sans le son, dans les transports ou au travail. Les sous-titres rendent aussi la vidéo accessible aux personnes sourdes et malentendantes. La plupart des applications de montage proposent un sous-titrage automatique : relisez-le, il fait des erreurs.
- **Coupez les silences et les hésitations.**
- **Terminez par l’appel à l’action** à l’écran : la date, le lieu, le lien.

## Le droit à l’image

Ne filmez pas les gens en gros plan sans leur accord, et ne diffusez pas d’images de mineur·es sans l’autorisation de leurs parents. Lors d’une manifestation, privilégiez les plans larges ou les personnes qui ont accepté d’être filmées.`,
            en: `A thirty-second video shot on a phone can reach far more people than a long text. You do not need expensive equipment: above all, you need preparation.

## Before filming

- **One message**, in one sentence (see the course “Speaking at a public meeting”).
- **Keep it short**: 30 to 60 seconds. Beyond that, only the already convinced watch to the end.
- **A place that tells a story**: outside the school about to lose a class, on the platform of a station with no trains, in front of the closed post office.

## Shooting

- **Film vertically** for the short formats of social networks.
- **Light in front of you**, never behind: face a window or the sky.
- **Sound matters more than image**: avoid wind and traffic, bring the phone closer, or use a cheap clip-on microphone.
- **Keep it steady**: rest the phone on something or hold it with both hands, elbows against your body.
- **The first two seconds decide everything**: start straight with the key point, no “Hi everyone, so today…”.

## Editing

- **Always add subtitles**: many videos are watched without sound, on public transport or at work. Subtitles also make the video accessible to deaf and hard-of-hearing people. Most editing apps offer automatic captions: proofread them, they make mistakes.
- **Cut out silences and hesitations.**
- **End with the call to action** on screen: date, place, link.

## Image rights

Do not film people in close-up without their consent, and do not post images of minors without their parents’ permission. At a demonstration, favour wide shots or people who have agreed to be filmed.`,
          },
        },
        {
          slug: 'securite-et-harcelement',
          title: { fr: 'Se protéger du harcèlement en ligne', en: 'Protecting yourself from online harassment' },
          body: {
            fr: `Militer en ligne expose parfois à des attaques : insultes, menaces, campagnes coordonnées de comptes malveillants. Les femmes, les personnes racisées et les personnes LGBTI en sont particulièrement la cible. Se protéger fait partie du travail militant.

## Sécuriser ses comptes

- **Activez la double authentification** sur tous vos comptes, de préférence avec une application plutôt que par SMS.
- **Un mot de passe différent par compte**, stocké dans un gestionnaire de mots de passe.
- **Séparez** si possible votre compte personnel et votre compte militant.
- **Vérifiez ce qui est public** : adresse, employeur, photos des enfants, lieux fréquentés. Ce sont les informations utilisées pour intimider.

## Face aux trolls

- **Ne nourrissez pas le troll** : répondre à une provocation lui donne de la visibilité, l’algorithme valorisant les échanges.
- **Masquez, bloquez, signalez** sans hésiter. Ce n’est pas de la censure : c’est protéger l’espace de discussion.
- Répondez aux vraies questions, même critiques, et ignorez les attaques.

## En cas de harcèlement

1. **Conservez les preuves** : captures d’écran avec la date, l’adresse de la page et le nom du compte, avant que les messages ne soient supprimés.
2. **Signalez** les contenus à la plateforme, qui a l’obligation de traiter les signalements de contenus illicites.
3. **Signalez les contenus illicites** (menaces, appels à la haine) sur la plateforme publique **Pharos** du ministère de l’Intérieur.
4. **Portez plainte** : le cyberharcèlement est un délit. Depuis la loi du 3 août 2018, le harcèlement en « meute », par plusieurs personnes qui se coordonnent ou se relaient, est puni même si chacune n’a envoyé qu’un seul message.
5. **Ne restez pas seul·e** : prévenez votre groupe d’action et les référent·es du mouvement. Le soutien collectif compte autant que la réponse juridique.

## Protéger les autres

Ne publiez jamais les coordonnées, le lieu de travail ou le domicile d’une personne, même d’un·e adversaire politique. Et ne relayez pas les contenus qui visent une personne pour son apparence, son origine ou sa vie privée : nous combattons des idées, pas des personnes.`,
            en: `Campaigning online sometimes means facing attacks: insults, threats, coordinated campaigns by malicious accounts. Women, people of colour and LGBTI people are particularly targeted. Protecting yourself is part of activist work.

## Securing your accounts

- **Turn on two-factor authentication** on all your accounts, preferably with an app rather than by SMS.
- **A different password for each account**, kept in a password manager.
- **Separate** your personal and activist accounts if you can.
- **Check what is public**: address, employer, photos of your children, places you go. This is the information used to intimidate.

## Dealing with trolls

- **Don’t feed the troll**: replying to a provocation gives it visibility, since algorithms reward exchanges.
- **Mute, block, report** without hesitation. This is not censorship: it protects the space for discussion.
- Answer genuine questions, even critical ones, and ignore attacks.

## If you are harassed

1. **Keep evidence**: screenshots showing the date, the page address and the account name, before the messages are deleted.
2. **Report** the content to the platform, which is required to handle reports of illegal content.
3. **Report illegal content** (threats, incitement to hatred) on **Pharos**, the Ministry of the Interior’s public reporting platform.
4. **File a complaint**: online harassment is a criminal offence. Since the law of 3 August 2018, “pack” harassment by several people who coordinate or take turns is punishable even if each of them sent only one message.
5. **Don’t stay alone**: tell your action group and the movement’s contact people. Collective support matters as much as the legal response.

## Protecting others

Never publish the contact details, workplace or home address of anyone, even a political opponent. And do not share content that targets a person for their appearance, origin or private life: we fight ideas, not people.`,
          },
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 9. Practice: Organiser une action de rue et du porte-à-porte (French only)
// ---------------------------------------------------------------------------

const actionDeTerrain: TrainingSeed = {
  slug: 'organiser-une-action-de-terrain',
  title: { fr: 'Organiser une action de rue et du porte-à-porte' },
  summary: {
    fr: 'Tractage, table de marché, rassemblement, porte-à-porte : choisir la bonne action, respecter le cadre légal, préparer l’équipe, mener une conversation utile et tirer le bilan.',
  },
  kind: 'practice',
  level: 'beginner',
  durationMinutes: 80,
  themes: ['militer'],
  objectives: [
    { fr: 'Choisir une action de terrain adaptée à un objectif et à un public.' },
    { fr: 'Connaître les règles essentielles : déclaration de manifestation, mentions obligatoires sur les tracts, données personnelles.' },
    { fr: 'Préparer, mener et faire le bilan d’une table de marché ou d’un tractage.' },
    { fr: 'Conduire une conversation de porte-à-porte en écoutant d’abord et en proposant un engagement concret.' },
  ],
  modules: [
    {
      title: { fr: 'L’action de rue' },
      summary: { fr: 'Aller là où sont les gens, dans les règles.' },
      lessons: [
        {
          slug: 'choisir-son-action',
          title: { fr: 'Choisir son action et respecter le cadre' },
          body: {
            fr: `Avant de choisir une action, posez-vous deux questions : **que voulons-nous obtenir**, et **qui voulons-nous toucher** ? Faire connaître une pétition, annoncer une réunion publique, montrer une colère collective, rencontrer les habitant·es d’un quartier : chaque objectif appelle une action différente.

## Les principales formes d’action

- **Le tractage** : à la sortie d’une gare, d’une école, d’une entreprise. Rapide, peu coûteux, idéal pour annoncer un événement. Les échanges sont brefs.
- **La table de marché** : plus de temps pour discuter, possibilité de faire signer une pétition et de recruter.
- **Le rassemblement** : montrer le nombre et la détermination, souvent devant un lieu symbolique (mairie, hôpital, préfecture).
- **L’action symbolique** : une mise en scène visuelle qui attire les photographes et les médias locaux (une chaîne humaine autour d’une école, des chaises vides devant une maternité).
- **Le porte-à-porte** : le contact le plus approfondi, traité dans le module suivant.

## Le cadre légal à connaître

- **Manifestation et rassemblement** sur la voie publique : ils doivent être déclarés en mairie (ou en préfecture là où la police est étatisée, comme à Paris) **au moins trois jours francs et au plus quinze jours francs** avant la date. La déclaration est signée par trois organisateur·rices domicilié·es dans le département et précise le but, la date, l’heure et l’itinéraire.
- **Le tractage** sur la voie publique relève de la liberté d’expression et ne nécessite en principe pas d’autorisation. Sur un marché ou dans une galerie commerciale, renseignez-vous auprès du placier ou du gestionnaire.
- **Les tracts imprimés** doivent porter le nom et l’adresse de l’imprimeur (loi du 29 juillet 1881), ou la mention **« IPNS »** (imprimé par nos soins) si vous les imprimez vous-mêmes. On ajoute par usage « Ne pas jeter sur la voie publique ».
- **L’affichage** n’est autorisé que sur les panneaux d’affichage libre prévus par la commune ; l’affichage sauvage est passible d’amende.
- **En période électorale**, la distribution de tracts est interdite le jour du scrutin.`,
          },
        },
        {
          slug: 'tenir-une-table-sur-un-marche',
          title: { fr: 'Tenir une table sur un marché' },
          body: {
            fr: `La table de marché est l’action militante par excellence : régulière, visible, conviviale. Bien tenue, elle fait du groupe d’action un repère dans le quartier.

## Le matériel

- une table pliante, une nappe ou une banderole aux couleurs du mouvement ;
- des tracts (en quantité raisonnable, pour ne pas gaspiller) et le programme ;
- une pétition sur écritoire avec des stylos qui fonctionnent ;
- une feuille de contacts avec une mention claire de l’usage des données ;
- de l’eau, un thermos de café si le temps s’y prête, une bâche en cas de pluie.

## Les rôles

Prévoyez au moins **trois personnes** : une à la table pour les discussions longues et les signatures, deux qui vont au-devant des passant·es, tract en main, à quelques mètres de la table. Une table derrière laquelle tout le monde reste assis·e n’attire personne.

## Aborder les gens

- **Souriez et allez vers les gens**, sans bloquer le passage.
- **Une phrase d’accroche courte et concrète** : « Bonjour ! On fait signer pour garder le bureau de poste ouvert le samedi, vous avez une minute ? » plutôt que « Vous voulez un tract de la France insoumise ? ».
- **Acceptez le refus** avec le sourire : « Pas de souci, bonne journée ! » La personne qui refuse aujourd’hui s’arrêtera peut-être la semaine prochaine.
- **Écoutez** : beaucoup de gens ont envie de parler de ce qui les préoccupe.

## Les données personnelles

Une feuille de contacts révèle des opinions politiques, une donnée sensible au sens du RGPD. Ne demandez que le nécessaire (prénom, moyen de contact), expliquez à quoi il servira, ne laissez jamais la feuille sans surveillance et transmettez-la rapidement aux personnes chargées de la saisie, puis détruisez la version papier.

## La régularité

Une table tous les samedis au même endroit vaut mieux que trois tables exceptionnelles par an. Les habitant·es finissent par venir d’eux-mêmes discuter.`,
          },
          attachments: ['tenir-une-table-sur-un-marche'],
        },
        {
          slug: 'preparer-et-faire-le-bilan',
          title: { fr: 'Préparer l’action et en faire le bilan' },
          body: {
            fr: `Une action réussie se prépare quelques jours à l’avance et se prolonge après coup. Voici un rétroplanning type pour une action de rue (rassemblement ou action symbolique).

## Deux semaines avant

- Fixer l’objectif, la date, l’heure et le lieu en réunion du groupe.
- Déposer la déclaration en mairie ou en préfecture si nécessaire.
- Prévenir les partenaires éventuels : syndicats, associations, collectifs d’usager·es.
- Commander ou imprimer le matériel.

## Une semaine avant

- Annoncer l’action : réseaux sociaux, liste de diffusion, affichage sur les panneaux libres.
- Envoyer un communiqué à la presse locale.
- Répartir les rôles : prise de parole, photos, accueil, sécurité, lien avec la police si besoin, rangement.

## La veille et le jour J

- Rappel par message à toutes les personnes inscrites.
- Vérifier le matériel : sono chargée, banderoles, tracts, pétitions.
- Arriver trente minutes en avance.
- Désigner une personne référente que tout le monde sait identifier.

## Juste après

- **Une photo et un court texte publiés dans l’heure**, avec le nombre de participant·es et la suite prévue.
- Un message de remerciement aux personnes présentes, avec la prochaine date.

## Le bilan, sous une semaine

Prenez quinze minutes lors de la réunion suivante pour répondre à quatre questions :

1. **Qu’est-ce qui a marché ?**
2. **Qu’est-ce qui n’a pas marché ?**
3. **Qu’avons-nous obtenu ?** Signatures, nouveaux contacts, article dans la presse, réponse d’un·e élu·e.
4. **Que ferons-nous différemment la prochaine fois ?**

Notez les réponses dans le compte rendu. Au bout de quelques actions, votre groupe disposera d’un vrai savoir-faire, transmissible aux nouvelles et nouveaux.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Le porte-à-porte' },
      summary: { fr: 'La conversation en face à face, l’outil le plus efficace.' },
      lessons: [
        {
          slug: 'pourquoi-le-porte-a-porte',
          title: { fr: 'Pourquoi faire du porte-à-porte ?' },
          body: {
            fr: `Le porte-à-porte impressionne souvent les nouvelles et nouveaux militant·es. C’est pourtant l’une des actions les plus utiles, et souvent l’une des plus gratifiantes.

## Une efficacité démontrée

Des expériences menées depuis la fin des années 1990, notamment aux États-Unis par les politistes Alan Gerber et Donald Green, ont comparé différents moyens d’inciter à aller voter. Résultat : la **conversation en face à face** est nettement plus efficace que les tracts, les appels téléphoniques automatisés ou les courriels. Une vraie discussion, même brève, crée un lien qu’aucun support imprimé ne remplace.

## Aller vers celles et ceux qu’on ne voit jamais

Une table de marché touche les personnes qui passent au marché. Le porte-à-porte permet d’aller à la rencontre de celles et ceux qui ne viennent jamais aux réunions, ne lisent pas la presse politique et votent peu : habitant·es des quartiers populaires, jeunes, personnes isolées. C’est aussi là que se trouve souvent la plus forte **abstention**.

## Des objectifs précis

Une session de porte-à-porte peut servir à :

- **écouter** : recueillir les préoccupations des habitant·es d’un quartier (logement, transports, sécurité, services publics) pour construire les revendications du groupe ;
- **informer** : présenter une campagne, une pétition, une réunion publique ;
- **inciter à l’inscription sur les listes électorales** : il est possible de s’inscrire en ligne ou en mairie jusqu’au sixième vendredi précédant un scrutin ;
- **faciliter le vote** : expliquer comment donner procuration, ce qui peut désormais se faire au profit d’un·e électeur·rice inscrit·e dans une autre commune.

## Un état d’esprit

Vous ne venez pas vendre un produit. Vous venez engager une conversation entre voisin·es, avec respect. La plupart des gens sont surpris, parfois méfiants, mais rarement hostiles. Et chaque session apporte son lot de belles rencontres.`,
          },
        },
        {
          slug: 'le-deroule-d-une-conversation',
          title: { fr: 'Le déroulé d’une conversation' },
          body: {
            fr: `Une conversation de porte-à-porte dure en général entre deux et cinq minutes. Elle suit une trame simple, qu’on adapte à chaque personne.

## 1. Se présenter (10 secondes)

« Bonjour, je m’appelle Karim, j’habite le quartier et je fais partie du groupe d’action local de la France insoumise. On passe voir les habitant·es de la résidence au sujet de l’augmentation des loyers. »

Dites clairement qui vous êtes : la transparence met en confiance.

## 2. Poser une question ouverte

« Et vous, comment ça se passe dans l’immeuble en ce moment ? » Puis **écoutez vraiment**. La personne doit parler plus que vous. Relancez : « C’est-à-dire ? », « Ça dure depuis longtemps ? »

## 3. Relier à votre message

Partez de ce qu’elle vient de dire : « Justement, beaucoup de voisin·es nous parlent du chauffage. Avec l’amicale des locataires, on organise une réunion jeudi pour demander des travaux au bailleur. »

## 4. Proposer un engagement concret

C’est l’étape qu’on oublie le plus souvent. Proposez **une action précise et facile** : signer la pétition, venir jeudi, laisser un contact pour être prévenu·e, s’inscrire sur les listes électorales. Une demande précise obtient beaucoup plus de réponses positives qu’un vague « n’hésitez pas à nous rejoindre ».

## 5. Remercier et noter

Remerciez, laissez un tract, et notez **après** avoir quitté la porte ce qui est utile au groupe : la préoccupation exprimée, et les coordonnées uniquement si la personne a accepté de les donner pour un usage que vous lui avez expliqué.

## Quelques règles

- **Toujours en binôme**, pour la sécurité et pour se former mutuellement.
- **N’entrez pas** dans les logements, même si on vous y invite gentiment : restez sur le pas de la porte.
- **Un refus est un refus** : remerciez et passez à la porte suivante.
- **Ne vous disputez pas** : avec une personne très opposée, restez courtois·e et abrégez.
- **Respectez les horaires** : évitez l’heure des repas et après 20 heures.`,
          },
          attachments: ['reussir-un-porte-a-porte'],
        },
        {
          slug: 'organiser-une-session-de-porte-a-porte',
          title: { fr: 'Organiser une session de porte-à-porte' },
          body: {
            fr: `Une session réussie repose sur une bonne préparation collective. Comptez deux heures sur le terrain, encadrées par un briefing et un débriefing.

## Choisir le secteur

- Commencez par un secteur que des membres du groupe connaissent, idéalement où certain·es habitent.
- Privilégiez les quartiers où l’abstention est forte : les résultats par bureau de vote, publiés par les mairies et les préfectures, permettent de les repérer.
- Prévoyez un nombre de portes réaliste : un binôme frappe à environ vingt à trente portes par heure, et trouve en général porte ouverte à une minorité d’entre elles.

## L’accès aux immeubles

Ne forcez jamais un accès. Vous pouvez sonner à l’interphone en expliquant votre démarche, ou demander à un·e habitant·e qui entre. Un·e militant·e qui habite la résidence facilite beaucoup les choses.

## Le briefing (20 minutes)

- Rappel de l’objectif de la session et du message principal.
- Entraînement rapide : chaque binôme joue une conversation, un·e dans le rôle de l’habitant·e.
- Distribution du matériel : tracts, pétitions, fiches de suivi, plan du secteur.
- Répartition des binômes, en associant une personne expérimentée et une débutante.
- Heure et lieu de retour.

## Sur le terrain

- Notez sur la fiche de suivi les portes où personne n’a ouvert, pour y revenir une autre fois.
- Restez joignables entre binômes par téléphone.
- En cas de situation tendue, partez : aucune conversation ne mérite de se mettre en danger.

## Le débriefing (20 minutes)

Autour d’un café, chaque binôme partage :

- le nombre de portes frappées, ouvertes, de conversations réelles ;
- les préoccupations qui reviennent le plus ;
- une rencontre marquante ;
- ce qui a été difficile.

Ce moment est essentiel : il transforme une expérience parfois intimidante en aventure collective, et fournit au groupe une vraie connaissance du quartier. Saisissez ensuite les contacts recueillis, dans le respect du consentement des personnes, et prévoyez déjà la prochaine session.`,
          },
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------
// 10. Practice: Animer la réunion de son groupe d'action (French only)
// ---------------------------------------------------------------------------

const animerGroupeAction: TrainingSeed = {
  slug: 'animer-son-groupe-d-action',
  title: { fr: 'Animer la réunion de son groupe d’action' },
  summary: {
    fr: 'Préparer un ordre du jour, répartir les rôles, faire circuler la parole, prendre des décisions, accueillir les nouvelles et nouveaux et assurer le suivi : tout pour des réunions utiles et conviviales.',
  },
  kind: 'practice',
  level: 'intermediate',
  durationMinutes: 65,
  themes: ['militer', 'egalites'],
  objectives: [
    { fr: 'Construire un ordre du jour réaliste, minuté et orienté vers l’action.' },
    { fr: 'Répartir les rôles d’animation, de prise de notes et de gestion du temps.' },
    { fr: 'Utiliser des techniques simples pour équilibrer la parole et prendre des décisions.' },
    { fr: 'Accueillir les nouvelles et nouveaux et leur confier rapidement une première tâche.' },
    { fr: 'Assurer le suivi des décisions après la réunion.' },
  ],
  modules: [
    {
      title: { fr: 'Préparer la réunion' },
      summary: { fr: 'Une bonne réunion se joue avant qu’elle ne commence.' },
      lessons: [
        {
          slug: 'a-quoi-sert-une-reunion',
          title: { fr: 'À quoi sert une réunion de groupe d’action ?' },
          body: {
            fr: `Beaucoup de militant·es ont connu des réunions interminables, où l’on refait le monde pendant trois heures sans rien décider. Résultat : les nouvelles et nouveaux ne reviennent pas, et les plus motivé·es s’épuisent. Une réunion de groupe d’action n’est pas une fin en soi : elle sert à **agir ensemble**.

## Les quatre fonctions d’une réunion

1. **Décider des actions** : quoi, quand, où, qui s’en charge.
2. **Répartir le travail**, pour que tout ne repose pas sur les mêmes personnes.
3. **Se former et débattre** : comprendre une mesure du programme, analyser la situation locale. Utile, à condition que ce moment soit cadré dans le temps.
4. **Créer du lien** : un groupe qui prend plaisir à se retrouver dure plus longtemps.

## Le bon rythme

- **Une réunion par mois au minimum**, toujours à jour et heure fixes si possible (par exemple le premier mardi du mois à 19 heures) : chacun·e peut s’organiser.
- **Une heure et demie au maximum.** Au-delà, l’attention chute et celles et ceux qui ont des enfants ou des horaires décalés partent avant les décisions.
- **Le reste du temps, on agit** : les réunions ne remplacent pas le terrain.

## Le bon lieu

Un local associatif, une salle municipale, l’arrière-salle d’un café, le salon d’un·e militant·e : l’important est que le lieu soit **accessible** (transports, personnes à mobilité réduite), **connu** et **accueillant**. Évitez de changer de lieu à chaque fois.

## Une règle d’or

Chaque réunion doit se terminer par au moins **une action concrète datée**, avec des personnes qui s’en chargent. Si ce n’est pas le cas, demandez-vous ce qui n’a pas fonctionné.`,
          },
        },
        {
          slug: 'ordre-du-jour-et-roles',
          title: { fr: 'L’ordre du jour et les rôles' },
          body: {
            fr: `### Construire l’ordre du jour

Envoyez l’ordre du jour **quelques jours avant** la réunion, et invitez chacun·e à proposer des points. Pour chaque point, indiquez :

- **son objectif** : information, discussion ou décision ;
- **sa durée** prévue ;
- **la personne qui l’introduit.**

## Un ordre du jour type (1 h 30)

1. **Accueil et tour de table rapide (10 min)** : prénom et, pour les nouvelles et nouveaux, ce qui les amène.
2. **Retour sur les actions passées (10 min)** : bilan court, en s’appuyant sur le compte rendu précédent.
3. **Point d’actualité ou de formation (20 min)** : une mesure du programme, une lutte locale, présentée par un·e membre du groupe.
4. **Préparation de la prochaine action (35 min)** : le cœur de la réunion, avec des décisions concrètes.
5. **Répartition des tâches et calendrier (10 min)** : qui fait quoi, pour quand.
6. **Divers et date de la prochaine réunion (5 min).**

Placez les décisions importantes **au milieu** de la réunion, quand tout le monde est arrivé et que personne n’est encore parti.

## Répartir les rôles

Quatre rôles rendent une réunion beaucoup plus efficace. Faites-les tourner d’une réunion à l’autre : c’est aussi une façon de former tout le monde.

- **L’animateur·rice** présente les points, distribue la parole, reformule et propose des décisions. Il ou elle évite de donner son avis sur le fond, ou le signale clairement.
- **La ou le secrétaire** prend les notes et rédige le compte rendu : décisions, tâches, échéances, et non le verbatim des échanges.
- **Le ou la gardien·ne du temps** rappelle les durées prévues et prévient quand un point déborde.
- **L’accueil** : une personne qui repère les nouvelles têtes, les présente et s’assure qu’elles repartent avec un contact.

Affichez l’ordre du jour au mur ou sur un tableau : tout le monde sait où l’on en est.`,
          },
        },
      ],
    },
    {
      title: { fr: 'Animer et faire vivre le groupe' },
      summary: { fr: 'La parole, les décisions, l’accueil et le suivi.' },
      lessons: [
        {
          slug: 'faire-circuler-la-parole',
          title: { fr: 'Faire circuler la parole et décider' },
          body: {
            fr: `Dans tout groupe, certaines personnes prennent spontanément beaucoup de place, d’autres n’osent pas parler. Les études sur les réunions mixtes montrent régulièrement que les hommes y monopolisent davantage la parole. Une bonne animation corrige ces déséquilibres.

## Des techniques simples

- **La liste des prises de parole** : l’animateur·rice note les mains levées et donne la parole dans l’ordre, en donnant la priorité à celles et ceux qui ne se sont pas encore exprimé·es.
- **L’alternance** entre femmes et hommes quand c’est possible.
- **Le tour de table** sur une question importante : chacun·e s’exprime en une minute, sans être interrompu·e. Cela fait entendre les personnes discrètes.
- **Le temps limité** par intervention (une ou deux minutes) quand le débat s’enlise.
- **Les petits groupes** : pour une discussion de fond, répartissez-vous par trois ou quatre pendant dix minutes, puis mettez en commun. Tout le monde parle.

## Gérer les situations délicates

- **Une personne qui monopolise** : « Merci, je te propose de laisser la parole à celles et ceux qui ne se sont pas encore exprimé·es. »
- **Un débat qui tourne en rond** : reformulez les positions en présence et proposez de trancher, ou de renvoyer le point à un petit groupe qui fera une proposition.
- **Des propos blessants** : intervenez tout de suite, calmement. Le racisme, le sexisme ou les LGBTIphobies n’ont pas leur place, même « pour rire ».

## Prendre des décisions

Annoncez clairement **comment** la décision sera prise :

- **le consensus** : on cherche une proposition que tout le monde peut accepter, en intégrant les objections ;
- **le consentement** : la proposition est adoptée si personne n’y oppose d’objection majeure et argumentée ;
- **le vote**, quand les avis restent partagés et qu’il faut avancer.

Une fois décidé, on passe à l’action : rouvrir un débat tranché à chaque réunion épuise le groupe. Notez chaque décision dans le compte rendu.`,
          },
        },
        {
          slug: 'accueillir-les-nouvelles-et-nouveaux',
          title: { fr: 'Accueillir les nouvelles et nouveaux' },
          body: {
            fr: `Un groupe d’action qui n’accueille pas bien les nouvelles personnes s’étiole. Or il suffit de peu pour qu’une personne venue une fois ne revienne jamais : un jargon incompréhensible, l’impression d’un groupe d’ami·es fermé, l’absence de rôle.

## Dès l’arrivée

- **Quelqu’un accueille** chaque nouvelle personne à la porte, se présente et la présente aux autres.
- **Le tour de table** commence par les prénoms, pour que chacun·e puisse s’adresser aux autres.
- **Expliquez les sigles** : GA, AEC, AG… Ce qui est évident pour vous ne l’est pas pour quelqu’un qui arrive.

## Pendant la réunion

- Demandez à la personne ce qui l’a amenée, ce qu’elle aime faire, ce qu’elle sait faire : écrire, dessiner, parler en public, bricoler, gérer un tableur, connaître le quartier.
- **Ne lui demandez pas de choisir entre tous les postes possibles** : proposez-lui une première tâche simple et concrète, adaptée à ce qu’elle a dit. « Samedi, on tient une table au marché de 10 h à midi, tu veux venir avec Léa ? »

## Le parrainage

Associez chaque nouvelle personne à un·e militant·e plus expérimenté·e pour ses premières actions. Le binôme permet d’apprendre en faisant, de poser les questions qu’on n’ose pas poser devant tout le monde, et de créer un premier lien.

## Après la réunion

- **Un message dans les 48 heures** : « Merci d’être venu·e, on compte sur toi samedi ! »
- Ajoutez la personne aux canaux du groupe, avec son accord.
- Proposez-lui les formations en ligne de cette plateforme, à commencer par « Découvrir L’Avenir en commun ».

## Penser à la diversité

Regardez la composition de votre groupe : ressemble-t-il à votre commune ? Si les jeunes, les femmes, les habitant·es des quartiers populaires ou les personnes en situation de handicap sont peu présent·es, interrogez les horaires, les lieux et les façons de faire. Une réunion le samedi matin avec un coin pour les enfants n’attire pas le même public qu’une réunion en semaine à 21 heures.`,
          },
        },
        {
          slug: 'apres-la-reunion',
          title: { fr: 'Après la réunion : le suivi' },
          body: {
            fr: `La réunion est finie, mais le plus important commence : faire ce qui a été décidé. Beaucoup de groupes s’essoufflent non par manque d’idées, mais par manque de suivi.

## Le compte rendu

Envoyez-le **dans les 48 heures**, tant que la mémoire est fraîche. Il doit être court et tenir en une page :

- les personnes présentes (prénoms) ;
- les décisions prises ;
- un **tableau des tâches** : quoi, qui, pour quand ;
- la date, l’heure et le lieu de la prochaine réunion et des prochaines actions.

Pas besoin de retranscrire les débats : personne ne les relira.

## Le suivi des tâches

- La personne qui anime ou coordonne le groupe **relance gentiment** quelques jours avant les échéances : « Tout va bien pour les tracts de samedi ? Besoin d’aide ? »
- Si quelqu’un ne peut pas tenir son engagement, ce n’est pas un drame : l’important est de le savoir à temps pour réorganiser.
- En début de réunion suivante, faites le point sur le tableau des tâches.

## Prendre soin du groupe

- **Célébrez les victoires**, même petites : une pétition remise, un article dans la presse, un bus maintenu.
- **Prévoyez des moments conviviaux** : un repas partagé, une projection, une sortie. Un groupe soudé tient mieux dans la durée et face aux difficultés.
- **Répartissez la charge** : si deux personnes font tout, elles finiront par s’épuiser. Faites tourner les responsabilités.

## Les conflits

Les désaccords sont normaux dans un groupe politique. Ils deviennent problématiques quand ils se personnalisent. Quelques principes :

- traiter les désaccords en réunion, pas dans des conversations parallèles ;
- parler des faits et des décisions, pas des personnes ;
- en cas de blocage durable, solliciter l’aide des référent·es du mouvement, qui peuvent proposer une médiation.

Un groupe d’action vivant n’est pas un groupe sans désaccords : c’est un groupe qui sait les dépasser pour agir ensemble.`,
          },
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------

export const trainings: TrainingSeed[] = [
  decouvrirAvenirEnCommun,
  planificationEcologique,
  histoireConquetesSociales,
  institutions6eRepublique,
  detteEtIdeesRecues,
  mediasEtPouvoir,
  prendreLaParole,
  reseauxSociaux,
  actionDeTerrain,
  animerGroupeAction,
]
