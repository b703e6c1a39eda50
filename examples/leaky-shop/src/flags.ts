// PostHog product analytics from a React hook.
import { usePostHog } from 'posthog-js/react';

export function useTrackSearch(viewer: { id: string; name: string }) {
  const posthog = usePostHog();
  return (query: string, results: number) => {
    posthog.capture('search', { results, searched_by: viewer.name }); // leak: name
    posthog.capture('search_length', { length: query.length });
  };
}
