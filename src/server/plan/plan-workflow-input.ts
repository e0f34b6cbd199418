import { z } from 'zod';
import { messages } from '@/i18n/catalog';

const t = () => messages().planWorkflow.errors;

export const id = z.string().min(1).max(100);
export const version = z.number().int().min(1);
export const text = (max: number) => z.string().trim().min(1, { error: () => t().required }).max(max, { error: () => t().tooLong });
export const optionalText = (max: number) => z.string().trim().max(max, { error: () => t().tooLong });

export interface WorkflowDeps {
  db?: import('@/generated/prisma/client').PrismaClient;
  now?: Date;
}
