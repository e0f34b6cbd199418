'use client';

import { moveParagraphAction } from '@/actions/minutes';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useServerAction } from '@/components/ui/use-server-action';

/** Move a paragraph up or down (while the minutes are a draft). */
export function ParagraphMove({ slug, paragraphId, number }: { slug: string; paragraphId: string; number: number }) {
  const t = messages().minutes.move;
  const move = useServerAction();
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="paragraph-move">
      {(['up', 'down'] as const).map((direction) => (
        <Button
          key={direction}
          variant="secondary"
          size="sm"
          busy={move.busy}
          aria-label={format(t[direction], { number })}
          data-testid={`paragraph-move-${direction}`}
          onClick={() => void move.run(() => moveParagraphAction(slug, { paragraphId, direction }))}
        >
          {direction === 'up' ? t.upShort : t.downShort}
        </Button>
      ))}
      <FormError message={move.message} testId="paragraph-move-error" />
    </div>
  );
}
