// `npm run claims:train`: trains the claims model (src/compliance/rules/scanners/claimModel.ts) on
// the tuning part of the claims corpus and writes claimModel.json beside it. The held-aside
// quarter is never used; a unit test checks the committed file is what this script writes.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { fitClaimModel } from '../src/compliance/rules/scanners/claimModel'
import { claimTrainingSentences } from '../tests/corpora/claims'

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/compliance/rules/scanners/claimModel.json')
const { model, crossValidated } = fitClaimModel(claimTrainingSentences())
writeFileSync(out, `${JSON.stringify(model)}\n`)
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
console.log(
  `claim model: ${model.documents.claim} claims, ${model.documents.clean} clean sentences, ` +
    `${Object.keys(model.grams).length} grams; threshold ${crossValidated.threshold} ` +
    `(4-fold cross-validation: recall ${pct(crossValidated.recall)}, clean flagged ${pct(crossValidated.falseRate)})`,
)
