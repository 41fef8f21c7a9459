import * as migration_20261123_075555_initial from './20261123_075555_initial'
import * as migration_20261123_080947_audit_events from './20261123_080947_audit_events'
import * as migration_20261123_081407_jobs from './20261123_081407_jobs'
import * as migration_20261123_081936_corrections from './20261123_081936_corrections'
import * as migration_20261123_082851_review_workflow from './20261123_082851_review_workflow'
import * as migration_20261123_084335_workflow_rounds from './20261123_084335_workflow_rounds'
import * as migration_20261123_085028_medical_ad_certificate from './20261123_085028_medical_ad_certificate'
import * as migration_20261123_100721_distribution from './20261123_100721_distribution'
import * as migration_20261126_031845_integrity_fields from './20261126_031845_integrity_fields'
import * as migration_20261126_033120_media_public_until from './20261126_033120_media_public_until'
import * as migration_20261126_034030_public_read_indexes from './20261126_034030_public_read_indexes'
import * as migration_20261126_042336_change_feed_site_hooks from './20261126_042336_change_feed_site_hooks'
import * as migration_20261126_050000_search_index from './20261126_050000_search_index'
import * as migration_20261126_092234_personal_data_encryption from './20261126_092234_personal_data_encryption'
import * as migration_20261126_123440_claim_frames from './20261126_123440_claim_frames'
import * as migration_20261126_131552_correction_kind from './20261126_131552_correction_kind'
import * as migration_20261126_134423_sign_off_anchors from './20261126_134423_sign_off_anchors'
import * as migration_20261126_153409_co_creation from './20261126_153409_co_creation'
import * as migration_20261126_160627_video from './20261126_160627_video'
import * as migration_20261126_163631_opinion_mentions from './20261126_163631_opinion_mentions'
import * as migration_20261126_165605_opinion_incidents from './20261126_165605_opinion_incidents'
import * as migration_20261126_184208_statements from './20261126_184208_statements'
import * as migration_20261126_185849_correction_indexes from './20261126_185849_correction_indexes'
import * as migration_20261126_194858_evaluation from './20261126_194858_evaluation'
import * as migration_20261126_195442_incentives from './20261126_195442_incentives'
import * as migration_20261126_220542_ledger_contributor_seq from './20261126_220542_ledger_contributor_seq'

export const migrations = [
  {
    up: migration_20261123_075555_initial.up,
    down: migration_20261123_075555_initial.down,
    name: '20261123_075555_initial',
  },
  {
    up: migration_20261123_080947_audit_events.up,
    down: migration_20261123_080947_audit_events.down,
    name: '20261123_080947_audit_events',
  },
  {
    up: migration_20261123_081407_jobs.up,
    down: migration_20261123_081407_jobs.down,
    name: '20261123_081407_jobs',
  },
  {
    up: migration_20261123_081936_corrections.up,
    down: migration_20261123_081936_corrections.down,
    name: '20261123_081936_corrections',
  },
  {
    up: migration_20261123_082851_review_workflow.up,
    down: migration_20261123_082851_review_workflow.down,
    name: '20261123_082851_review_workflow',
  },
  {
    up: migration_20261123_084335_workflow_rounds.up,
    down: migration_20261123_084335_workflow_rounds.down,
    name: '20261123_084335_workflow_rounds',
  },
  {
    up: migration_20261123_085028_medical_ad_certificate.up,
    down: migration_20261123_085028_medical_ad_certificate.down,
    name: '20261123_085028_medical_ad_certificate',
  },
  {
    up: migration_20261123_100721_distribution.up,
    down: migration_20261123_100721_distribution.down,
    name: '20261123_100721_distribution',
  },
  {
    up: migration_20261126_031845_integrity_fields.up,
    down: migration_20261126_031845_integrity_fields.down,
    name: '20261126_031845_integrity_fields',
  },
  {
    up: migration_20261126_033120_media_public_until.up,
    down: migration_20261126_033120_media_public_until.down,
    name: '20261126_033120_media_public_until',
  },
  {
    up: migration_20261126_034030_public_read_indexes.up,
    down: migration_20261126_034030_public_read_indexes.down,
    name: '20261126_034030_public_read_indexes',
  },
  {
    up: migration_20261126_042336_change_feed_site_hooks.up,
    down: migration_20261126_042336_change_feed_site_hooks.down,
    name: '20261126_042336_change_feed_site_hooks',
  },
  {
    up: migration_20261126_050000_search_index.up,
    down: migration_20261126_050000_search_index.down,
    name: '20261126_050000_search_index',
  },
  {
    up: migration_20261126_092234_personal_data_encryption.up,
    down: migration_20261126_092234_personal_data_encryption.down,
    name: '20261126_092234_personal_data_encryption',
  },
  {
    up: migration_20261126_123440_claim_frames.up,
    down: migration_20261126_123440_claim_frames.down,
    name: '20261126_123440_claim_frames',
  },
  {
    up: migration_20261126_131552_correction_kind.up,
    down: migration_20261126_131552_correction_kind.down,
    name: '20261126_131552_correction_kind',
  },
  {
    up: migration_20261126_134423_sign_off_anchors.up,
    down: migration_20261126_134423_sign_off_anchors.down,
    name: '20261126_134423_sign_off_anchors',
  },
  {
    up: migration_20261126_153409_co_creation.up,
    down: migration_20261126_153409_co_creation.down,
    name: '20261126_153409_co_creation',
  },
  {
    up: migration_20261126_160627_video.up,
    down: migration_20261126_160627_video.down,
    name: '20261126_160627_video',
  },
  {
    up: migration_20261126_163631_opinion_mentions.up,
    down: migration_20261126_163631_opinion_mentions.down,
    name: '20261126_163631_opinion_mentions',
  },
  {
    up: migration_20261126_165605_opinion_incidents.up,
    down: migration_20261126_165605_opinion_incidents.down,
    name: '20261126_165605_opinion_incidents',
  },
  {
    up: migration_20261126_184208_statements.up,
    down: migration_20261126_184208_statements.down,
    name: '20261126_184208_statements',
  },
  {
    up: migration_20261126_185849_correction_indexes.up,
    down: migration_20261126_185849_correction_indexes.down,
    name: '20261126_185849_correction_indexes',
  },
  {
    up: migration_20261126_194858_evaluation.up,
    down: migration_20261126_194858_evaluation.down,
    name: '20261126_194858_evaluation',
  },
  {
    up: migration_20261126_195442_incentives.up,
    down: migration_20261126_195442_incentives.down,
    name: '20261126_195442_incentives',
  },
  {
    up: migration_20261126_220542_ledger_contributor_seq.up,
    down: migration_20261126_220542_ledger_contributor_seq.down,
    name: '20261126_220542_ledger_contributor_seq',
  },
]
