export { clipArticle, type ClipDraft, type ClipResult } from '@/lib/content/research-clip';
export { questionsFromClips } from './questions';
