export { clipArticle, type ClipDraft, type ClipResult } from './clip';
export { questionsFromClips } from './questions';
