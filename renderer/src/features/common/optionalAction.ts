import { z } from 'zod';
import { actionTypes } from '../../../../shared/domain/actions';
import { actionFieldsWithoutOpeningSchema } from '../../../../shared/schemas/actions';
import { calendarDateSchema, idSchema } from '../../../../shared/schemas/common';

/** An action being typed beside another decision: any values while unticked, checked by the real schema once ticked. */
const draftActionSchema = z.object({
  type: z.enum(actionTypes),
  description: z.string(),
  ownerId: idSchema.nullable(),
  processId: idSchema.nullable(),
  dueDate: calendarDateSchema.nullable(),
  evidenceNotes: z.string().nullable(),
});
export type DraftAction = z.input<typeof draftActionSchema>;

export const emptyDraftAction = (type: DraftAction['type']): DraftAction => ({
  type,
  description: '',
  ownerId: null,
  processId: null,
  dueDate: null,
  evidenceNotes: null,
});

// Zod cannot follow a generic shape through `object()`: the parsed form is named here.
type Draft<Fields extends z.ZodType> = { fields: z.output<Fields>; withAction: boolean; action: z.output<typeof draftActionSchema> };

/**
 * A decision's form (a risk's treatment, a watch item's decision) with, when `withAction` is ticked,
 * the first action of the plan it brings: checked with the action's own schema, its messages on the
 * `action.` fields, and sent as `action` (null when unticked), as the method's input expects.
 */
export const withOptionalAction = <Fields extends z.ZodType>(fields: Fields) =>
  z
    .object({ fields, withAction: z.boolean(), action: draftActionSchema })
    .superRefine((parsed, ctx) => {
      const form = parsed as unknown as Draft<Fields>;
      if (!form.withAction) return;
      const checked = actionFieldsWithoutOpeningSchema.safeParse(form.action);
      if (checked.success) return;
      for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', path: ['action', ...issue.path], message: issue.message });
    })
    .transform((parsed) => {
      const form = parsed as unknown as Draft<Fields>;
      return { fields: form.fields, action: form.withAction ? actionFieldsWithoutOpeningSchema.parse(form.action) : null };
    });
