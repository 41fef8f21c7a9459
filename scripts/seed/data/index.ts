// The demo hospital's content: written for this project, medically cautious, free of
// advertising claims and of anything that identifies a patient outside the consent records.
export * from './types.js'
export { articles } from './articles.js'
export { audiences } from './audiences.js'
export { campaigns } from './campaigns.js'
export { departments } from './departments.js'
export { doctors } from './doctors.js'
export { kols } from './kols.js'
export { patientStories } from './patientStories.js'
export { topics } from './topics.js'
