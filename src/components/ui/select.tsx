'use client';

import type { ComponentProps } from 'react';
import { controlClassName } from './control-class';
import { useFieldControl } from './field';

export interface SelectProps extends ComponentProps<'select'> {
  testId?: string;
}

/** A select; inside a `Field` it takes the field's id, description and invalid state. */
export function Select({ className, testId, children, ...props }: SelectProps) {
  const control = useFieldControl(props);
  return (
    <select {...props} {...control} className={controlClassName(className)} data-testid={testId}>
      {children}
    </select>
  );
}
