import { Badge } from '@mantine/core';
import { Hint } from '../../../components/hint';
import type { App } from '../api/app-queries';

/** "Applying changes" while a change of products replicates, then "Active". */
export function PropagationBadge({ propagation }: Pick<App, 'propagation'>) {
  if (propagation.status === 'active') {
    return (
      <Badge color="teal" variant="dot" size="sm">
        Active
      </Badge>
    );
  }
  return (
    <Hint label="The change of APIs can take a few minutes to apply everywhere.">
      <Badge color="yellow" variant="dot" size="sm">
        Applying changes
      </Badge>
    </Hint>
  );
}
