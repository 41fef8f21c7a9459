import { WorkflowPanel as WorkflowPanel_03dde76e8aa6cc32ef47b4dcabd81325 } from '../../../../src/components/review/WorkflowPanel'
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
import { ChannelPreviews as ChannelPreviews_668f287f67b3085acd8650dbc091542a } from '../../../../src/components/distribution/ChannelPreviews'
import { PublishThroughWorkflow as PublishThroughWorkflow_9790e8eb5e0214746c9d5adf9292151c } from '../../../../src/components/review/PublishThroughWorkflow'
import { NoUnpublishButton as NoUnpublishButton_9790e8eb5e0214746c9d5adf9292151c } from '../../../../src/components/review/PublishThroughWorkflow'
import { DataPurpose as DataPurpose_daa8c4bcee09678b011ef8e620f5c656 } from '../../../../src/components/privacy/DataPurpose'
import { AccessLog as AccessLog_91ebd7b80354f013517481954769a2c8 } from '../../../../src/components/privacy/AccessLog'
import { CampaignReport as CampaignReport_0a61a1ff8a0b0a594d663c855fd355d5 } from '../../../../src/components/reports/CampaignReport'
import { CampaignEvaluation as CampaignEvaluation_bef7f09dac42faae3db4695659ffe54a } from '../../../../src/components/reports/CampaignEvaluation'
import { DistributionPanel as DistributionPanel_b1eef0c4683bdc21d46063b5581d9a8d } from '../../../../src/components/distribution/DistributionPanel'
import { SubmissionTriage as SubmissionTriage_c5aeb457f89578704b0b7d5fba76d007 } from '../../../../src/components/submissions/SubmissionTriage'
import { StatementDraft as StatementDraft_7b73e233520d5105312f89b20256f2e0 } from '../../../../src/components/opinion/StatementDraft'
import { IncentivesPanel as IncentivesPanel_d7bea5b77c11d6f6f865b7d0855ee642 } from '../../../../src/components/incentives/IncentivesPanel'
import { LedgerActions as LedgerActions_b68cb9a61e39c02bcc587d04a088e6d4 } from '../../../../src/components/incentives/LedgerActions'
import { DoctorIp as DoctorIp_f00bb3cae3a072e02f8b1da2bb256582 } from '../../../../src/components/reports/DoctorIp'
import { IncidentBoard as IncidentBoard_aad954caeba0adf8a9e6a5ec2c48f5d8 } from '../../../../src/components/opinion/IncidentBoard'
import { ReviewQueue as ReviewQueue_1afb8a9dc81bb7fa8cbc7123785c300c } from '../../../../src/components/review/ReviewQueue'
import { DeliveryAlerts as DeliveryAlerts_57fb15aee4735b989fb326a2acd59184 } from '../../../../src/components/distribution/DeliveryAlerts'
import { PlanningReminders as PlanningReminders_9a4c30ca20c9ced1669eacaaba40e8b1 } from '../../../../src/components/reports/PlanningReminders'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/review/WorkflowPanel#WorkflowPanel": WorkflowPanel_03dde76e8aa6cc32ef47b4dcabd81325,
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
  "/src/components/distribution/ChannelPreviews#ChannelPreviews": ChannelPreviews_668f287f67b3085acd8650dbc091542a,
  "/src/components/review/PublishThroughWorkflow#PublishThroughWorkflow": PublishThroughWorkflow_9790e8eb5e0214746c9d5adf9292151c,
  "/src/components/review/PublishThroughWorkflow#NoUnpublishButton": NoUnpublishButton_9790e8eb5e0214746c9d5adf9292151c,
  "/src/components/privacy/DataPurpose#DataPurpose": DataPurpose_daa8c4bcee09678b011ef8e620f5c656,
  "/src/components/privacy/AccessLog#AccessLog": AccessLog_91ebd7b80354f013517481954769a2c8,
  "/src/components/reports/CampaignReport#CampaignReport": CampaignReport_0a61a1ff8a0b0a594d663c855fd355d5,
  "/src/components/reports/CampaignEvaluation#CampaignEvaluation": CampaignEvaluation_bef7f09dac42faae3db4695659ffe54a,
  "/src/components/distribution/DistributionPanel#DistributionPanel": DistributionPanel_b1eef0c4683bdc21d46063b5581d9a8d,
  "/src/components/submissions/SubmissionTriage#SubmissionTriage": SubmissionTriage_c5aeb457f89578704b0b7d5fba76d007,
  "/src/components/opinion/StatementDraft#StatementDraft": StatementDraft_7b73e233520d5105312f89b20256f2e0,
  "/src/components/incentives/IncentivesPanel#IncentivesPanel": IncentivesPanel_d7bea5b77c11d6f6f865b7d0855ee642,
  "/src/components/incentives/LedgerActions#LedgerActions": LedgerActions_b68cb9a61e39c02bcc587d04a088e6d4,
  "/src/components/reports/DoctorIp#DoctorIp": DoctorIp_f00bb3cae3a072e02f8b1da2bb256582,
  "/src/components/opinion/IncidentBoard#IncidentBoard": IncidentBoard_aad954caeba0adf8a9e6a5ec2c48f5d8,
  "/src/components/review/ReviewQueue#ReviewQueue": ReviewQueue_1afb8a9dc81bb7fa8cbc7123785c300c,
  "/src/components/distribution/DeliveryAlerts#DeliveryAlerts": DeliveryAlerts_57fb15aee4735b989fb326a2acd59184,
  "/src/components/reports/PlanningReminders#PlanningReminders": PlanningReminders_9a4c30ca20c9ced1669eacaaba40e8b1,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
