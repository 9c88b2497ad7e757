import { ReadOnlyLanguageBanner as ReadOnlyLanguageBanner_f176fb685c0419e7832168133a5221fd } from '../../../../cms/components/translations/ReadOnlyLanguageBanner'
import { FrenchTitleCell as FrenchTitleCell_f2fae6357afd39551d63661b45e4b71d } from '../../../../cms/components/translations/FrenchTitleCell'
import { FrenchSource as FrenchSource_f7f922b002c156b80214e5587f104f24 } from '../../../../cms/components/translations/FrenchSource'
import { FilledInLabel as FilledInLabel_ac11cd620f0601a9adaf7a628239a51e } from '../../../../cms/components/admin/FilledInLabel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParisDateCell as ParisDateCell_39269dfce22ceb79174d1f613105539c } from '../../../../cms/components/admin/ParisDateCell'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { ToTranslateFilter as ToTranslateFilter_126805d88441642474a7613a1ca37c6d } from '../../../../cms/components/translationsDashboard/ToTranslateFilter'
import { LanguageStatus as LanguageStatus_4991dd125aa53f74c4578e7673afa444 } from '../../../../cms/components/translations/LanguageStatus'
import { FrenchDocumentTitle as FrenchDocumentTitle_bac7fa0b665556f5dc66643f2768c0ae } from '../../../../cms/components/translations/FrenchDocumentTitle'
import { ParisTimestamps as ParisTimestamps_57debb3042889eef559140696af0027b } from '../../../../cms/components/admin/ParisTimestamps'
import { SaveDraftMarkingRefusals as SaveDraftMarkingRefusals_258c99b6c4b2ec359438bcd58eceba22 } from '../../../../cms/components/admin/SaveDraftMarkingRefusals'
import { MissingSubtitles as MissingSubtitles_2a26189d9968c882756c42bde13bb83a } from '../../../../cms/components/subtitles/MissingSubtitles'
import { EventRegistrationsField as EventRegistrationsField_0a4b799f90e63ce0ed01415dc9b90056 } from '../../../../cms/components/organisers/EventRegistrationsField'
import { RegistrationsOfEvent as RegistrationsOfEvent_961203d5a8dc24d148e5f73dff5632cb } from '../../../../cms/components/organisers/RegistrationsOfEvent'
import { TemplatePreview as TemplatePreview_a1bc2aaf1855ac3b7c9742a99854c07f } from '../../../../cms/collections/TractTemplates/components/TemplatePreview'
import { AdminDateField as AdminDateField_8ebeb5112f913d2d7a28f7714479ea8d } from '../../../../cms/components/admin/AdminDate'
import { DurationCell as DurationCell_e4be29282282c1f2504aa1c2a6d71548 } from '../../../../cms/components/admin/Duration'
import { DurationField as DurationField_e4be29282282c1f2504aa1c2a6d71548 } from '../../../../cms/components/admin/Duration'
import { TranslationsNavLink as TranslationsNavLink_d9d58c274a21bac56cb165628378250b } from '../../../../cms/components/translationsDashboard/TranslationsNavLink'
import { SiteStatus as SiteStatus_dcbf5fe1af37db70154a628705beda29 } from '../../../../cms/components/SiteStatus'
import { NextEvents as NextEvents_9b4f915361527561607ac6b3175b362d } from '../../../../cms/components/organisers/NextEvents'
import { TreasuryDashboard as TreasuryDashboard_882b67799d3007a9504fcbc709b825c6 } from '../../../../cms/components/treasury/TreasuryDashboard'
import { GroupAccounts as GroupAccounts_d37953354505616ebe5866f3c2f48947 } from '../../../../cms/components/treasury/GroupAccounts'
import { TranslationsView as TranslationsView_e10caf67e6c43c64c90dce01c38c91a2 } from '../../../../cms/components/translationsDashboard/TranslationsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/cms/components/translations/ReadOnlyLanguageBanner#ReadOnlyLanguageBanner": ReadOnlyLanguageBanner_f176fb685c0419e7832168133a5221fd,
  "/cms/components/translations/FrenchTitleCell#FrenchTitleCell": FrenchTitleCell_f2fae6357afd39551d63661b45e4b71d,
  "/cms/components/translations/FrenchSource#FrenchSource": FrenchSource_f7f922b002c156b80214e5587f104f24,
  "/cms/components/admin/FilledInLabel#FilledInLabel": FilledInLabel_ac11cd620f0601a9adaf7a628239a51e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/cms/components/admin/ParisDateCell#ParisDateCell": ParisDateCell_39269dfce22ceb79174d1f613105539c,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/cms/components/translationsDashboard/ToTranslateFilter#ToTranslateFilter": ToTranslateFilter_126805d88441642474a7613a1ca37c6d,
  "/cms/components/translations/LanguageStatus#LanguageStatus": LanguageStatus_4991dd125aa53f74c4578e7673afa444,
  "/cms/components/translations/FrenchDocumentTitle#FrenchDocumentTitle": FrenchDocumentTitle_bac7fa0b665556f5dc66643f2768c0ae,
  "/cms/components/admin/ParisTimestamps#ParisTimestamps": ParisTimestamps_57debb3042889eef559140696af0027b,
  "/cms/components/admin/SaveDraftMarkingRefusals#SaveDraftMarkingRefusals": SaveDraftMarkingRefusals_258c99b6c4b2ec359438bcd58eceba22,
  "/cms/components/subtitles/MissingSubtitles#MissingSubtitles": MissingSubtitles_2a26189d9968c882756c42bde13bb83a,
  "/cms/components/organisers/EventRegistrationsField#EventRegistrationsField": EventRegistrationsField_0a4b799f90e63ce0ed01415dc9b90056,
  "/cms/components/organisers/RegistrationsOfEvent#RegistrationsOfEvent": RegistrationsOfEvent_961203d5a8dc24d148e5f73dff5632cb,
  "/cms/collections/TractTemplates/components/TemplatePreview#TemplatePreview": TemplatePreview_a1bc2aaf1855ac3b7c9742a99854c07f,
  "/cms/components/admin/AdminDate#AdminDateField": AdminDateField_8ebeb5112f913d2d7a28f7714479ea8d,
  "/cms/components/admin/Duration#DurationCell": DurationCell_e4be29282282c1f2504aa1c2a6d71548,
  "/cms/components/admin/Duration#DurationField": DurationField_e4be29282282c1f2504aa1c2a6d71548,
  "/cms/components/translationsDashboard/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_d9d58c274a21bac56cb165628378250b,
  "/cms/components/SiteStatus#SiteStatus": SiteStatus_dcbf5fe1af37db70154a628705beda29,
  "/cms/components/organisers/NextEvents#NextEvents": NextEvents_9b4f915361527561607ac6b3175b362d,
  "/cms/components/treasury/TreasuryDashboard#TreasuryDashboard": TreasuryDashboard_882b67799d3007a9504fcbc709b825c6,
  "/cms/components/treasury/GroupAccounts#GroupAccounts": GroupAccounts_d37953354505616ebe5866f3c2f48947,
  "/cms/components/translationsDashboard/TranslationsView#TranslationsView": TranslationsView_e10caf67e6c43c64c90dce01c38c91a2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
