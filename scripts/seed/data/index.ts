// The demo hospital's content: written for this project, medically cautious, free of
// advertising claims and of anything that identifies a patient outside the consent records.
export { articles } from './articles'
export { audiences } from './audiences'
export { campaigns } from './campaigns'
export { departments } from './departments'
export { doctors } from './doctors'
export { kols } from './kols'
export { patientStories } from './patientStories'
export { topics } from './topics'
