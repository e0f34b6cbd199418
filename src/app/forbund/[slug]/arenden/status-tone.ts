import type { BadgeTone } from '@/components/ui/status-badge';
import type { MatterStatus } from '@/generated/prisma/enums';

export const MATTER_STATUS_TONE: Record<MatterStatus, BadgeTone> = {
  RAISED: 'info',
  IN_PREPARATION: 'info',
  PREPARED: 'attention',
  ON_AGENDA: 'attention',
  DECIDED: 'active',
  RETURNED: 'neutral',
  WITHDRAWN: 'neutral',
};
