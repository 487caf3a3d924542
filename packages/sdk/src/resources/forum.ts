/** `client.forum`: search the decisions bank, read regulations, practice summaries and threads, ask a question, from the forum endpoint table. @module */
import { forumEndpoints } from '../contract/forum.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type ForumResource = Resource<typeof forumEndpoints>;
export const forumResource = (core: AdalatCore): ForumResource => core.resource('forum', forumEndpoints);
