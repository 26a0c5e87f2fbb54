/**
 * The episode route: an `o` of the shape of an episode id (`610100-20211215`) opens the episode view. Whether the
 * episode exists is for the view to say (it needs episodes.json); the outbreak views never use this shape.
 */
import { EPISODE_ID_PATTERN } from '../../national/episode-scope';
import { useQueryRoute } from '../national/route';

export function episodeIdOf(query: string): string | null {
  const outbreak = new URLSearchParams(query).get('o');
  return outbreak !== null && EPISODE_ID_PATTERN.test(outbreak) ? outbreak : null;
}

export function useEpisodeRoute(): string | null {
  return useQueryRoute(episodeIdOf);
}
