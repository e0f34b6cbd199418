import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { GoalOutcome } from '@/domain/results/types';
import { messages } from '@/i18n/catalog';

const TONES: Record<GoalOutcome, BadgeTone> = { MET: 'active', NOT_MET: 'negative', NOT_MEASURABLE_YET: 'neutral' };

export function GoalOutcomeBadge({ outcome, testId }: { outcome: GoalOutcome; testId?: string }) {
  return <StatusBadge label={messages().results.goals.outcomeLabel[outcome]} tone={TONES[outcome]} testId={testId} />;
}
