import * as migration_20261123_075604_initial from './20261123_075604_initial'
import * as migration_20261123_081005_audit_events from './20261123_081005_audit_events'
import * as migration_20261123_081422_jobs from './20261123_081422_jobs'
import * as migration_20261123_081954_corrections from './20261123_081954_corrections'
import * as migration_20261123_082910_review_workflow from './20261123_082910_review_workflow'
import * as migration_20261123_084353_workflow_rounds from './20261123_084353_workflow_rounds'
import * as migration_20261123_085101_medical_ad_certificate from './20261123_085101_medical_ad_certificate'
import * as migration_20261123_100736_distribution from './20261123_100736_distribution'
import * as migration_20261126_031852_integrity_fields from './20261126_031852_integrity_fields'
import * as migration_20261126_033133_media_public_until from './20261126_033133_media_public_until'
import * as migration_20261126_034057_public_read_indexes from './20261126_034057_public_read_indexes'
import * as migration_20261126_042352_change_feed_site_hooks from './20261126_042352_change_feed_site_hooks'
import * as migration_20261126_050000_search_index from './20261126_050000_search_index'
import * as migration_20261126_092253_personal_data_encryption from './20261126_092253_personal_data_encryption'
import * as migration_20261126_123452_claim_frames from './20261126_123452_claim_frames'
import * as migration_20261126_131629_correction_kind from './20261126_131629_correction_kind'
import * as migration_20261126_134440_sign_off_anchors from './20261126_134440_sign_off_anchors'
import * as migration_20261126_153432_co_creation from './20261126_153432_co_creation'
import * as migration_20261126_160640_video from './20261126_160640_video'
import * as migration_20261126_163651_opinion_mentions from './20261126_163651_opinion_mentions'
import * as migration_20261126_165627_opinion_incidents from './20261126_165627_opinion_incidents'
import * as migration_20261126_184223_statements from './20261126_184223_statements'
import * as migration_20261126_185913_correction_indexes from './20261126_185913_correction_indexes'
import * as migration_20261126_194919_evaluation from './20261126_194919_evaluation'
import * as migration_20261126_195454_incentives from './20261126_195454_incentives'
import * as migration_20261126_220602_ledger_contributor_seq from './20261126_220602_ledger_contributor_seq'
import * as migration_20261126_221028_submission_withdrawn from './20261126_221028_submission_withdrawn'

export const migrations = [
  {
    up: migration_20261123_075604_initial.up,
    down: migration_20261123_075604_initial.down,
    name: '20261123_075604_initial',
  },
  {
    up: migration_20261123_081005_audit_events.up,
    down: migration_20261123_081005_audit_events.down,
    name: '20261123_081005_audit_events',
  },
  {
    up: migration_20261123_081422_jobs.up,
    down: migration_20261123_081422_jobs.down,
    name: '20261123_081422_jobs',
  },
  {
    up: migration_20261123_081954_corrections.up,
    down: migration_20261123_081954_corrections.down,
    name: '20261123_081954_corrections',
  },
  {
    up: migration_20261123_082910_review_workflow.up,
    down: migration_20261123_082910_review_workflow.down,
    name: '20261123_082910_review_workflow',
  },
  {
    up: migration_20261123_084353_workflow_rounds.up,
    down: migration_20261123_084353_workflow_rounds.down,
    name: '20261123_084353_workflow_rounds',
  },
  {
    up: migration_20261123_085101_medical_ad_certificate.up,
    down: migration_20261123_085101_medical_ad_certificate.down,
    name: '20261123_085101_medical_ad_certificate',
  },
  {
    up: migration_20261123_100736_distribution.up,
    down: migration_20261123_100736_distribution.down,
    name: '20261123_100736_distribution',
  },
  {
    up: migration_20261126_031852_integrity_fields.up,
    down: migration_20261126_031852_integrity_fields.down,
    name: '20261126_031852_integrity_fields',
  },
  {
    up: migration_20261126_033133_media_public_until.up,
    down: migration_20261126_033133_media_public_until.down,
    name: '20261126_033133_media_public_until',
  },
  {
    up: migration_20261126_034057_public_read_indexes.up,
    down: migration_20261126_034057_public_read_indexes.down,
    name: '20261126_034057_public_read_indexes',
  },
  {
    up: migration_20261126_042352_change_feed_site_hooks.up,
    down: migration_20261126_042352_change_feed_site_hooks.down,
    name: '20261126_042352_change_feed_site_hooks',
  },
  {
    up: migration_20261126_050000_search_index.up,
    down: migration_20261126_050000_search_index.down,
    name: '20261126_050000_search_index',
  },
  {
    up: migration_20261126_092253_personal_data_encryption.up,
    down: migration_20261126_092253_personal_data_encryption.down,
    name: '20261126_092253_personal_data_encryption',
  },
  {
    up: migration_20261126_123452_claim_frames.up,
    down: migration_20261126_123452_claim_frames.down,
    name: '20261126_123452_claim_frames',
  },
  {
    up: migration_20261126_131629_correction_kind.up,
    down: migration_20261126_131629_correction_kind.down,
    name: '20261126_131629_correction_kind',
  },
  {
    up: migration_20261126_134440_sign_off_anchors.up,
    down: migration_20261126_134440_sign_off_anchors.down,
    name: '20261126_134440_sign_off_anchors',
  },
  {
    up: migration_20261126_153432_co_creation.up,
    down: migration_20261126_153432_co_creation.down,
    name: '20261126_153432_co_creation',
  },
  {
    up: migration_20261126_160640_video.up,
    down: migration_20261126_160640_video.down,
    name: '20261126_160640_video',
  },
  {
    up: migration_20261126_163651_opinion_mentions.up,
    down: migration_20261126_163651_opinion_mentions.down,
    name: '20261126_163651_opinion_mentions',
  },
  {
    up: migration_20261126_165627_opinion_incidents.up,
    down: migration_20261126_165627_opinion_incidents.down,
    name: '20261126_165627_opinion_incidents',
  },
  {
    up: migration_20261126_184223_statements.up,
    down: migration_20261126_184223_statements.down,
    name: '20261126_184223_statements',
  },
  {
    up: migration_20261126_185913_correction_indexes.up,
    down: migration_20261126_185913_correction_indexes.down,
    name: '20261126_185913_correction_indexes',
  },
  {
    up: migration_20261126_194919_evaluation.up,
    down: migration_20261126_194919_evaluation.down,
    name: '20261126_194919_evaluation',
  },
  {
    up: migration_20261126_195454_incentives.up,
    down: migration_20261126_195454_incentives.down,
    name: '20261126_195454_incentives',
  },
  {
    up: migration_20261126_220602_ledger_contributor_seq.up,
    down: migration_20261126_220602_ledger_contributor_seq.down,
    name: '20261126_220602_ledger_contributor_seq',
  },
  {
    up: migration_20261126_221028_submission_withdrawn.up,
    down: migration_20261126_221028_submission_withdrawn.down,
    name: '20261126_221028_submission_withdrawn',
  },
]
