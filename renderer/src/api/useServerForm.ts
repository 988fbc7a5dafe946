import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useErrorText } from './errorText';
import { applyServerErrors } from './forms';

/** Says every message of a form's (nested) errors in the interface's language. */
const translate = (errors: unknown, text: (message: string) => string): void => {
  if (errors === null || typeof errors !== 'object') return;
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    if (key === 'message' && typeof value === 'string') (errors as Record<string, unknown>)[key] = text(value);
    else if (key !== 'ref') translate(value, text);
  }
};

type ServerFormOptions<Schema extends z.ZodType<unknown, FieldValues>> = {
  defaultValues: DefaultValues<z.input<Schema>>;
  /** Saves; a rejection's field errors land on the fields, its message above the form. */
  onSubmit: (values: z.output<Schema>) => Promise<unknown>;
  /** Where the fields sit in the method's input (`fields.` for most edits). */
  serverPrefix?: string;
};

/**
 * A form validated with a shared schema (the backend checks it again), with the backend's field
 * errors mapped back onto the fields and a French message for the form as a whole.
 */
export const useServerForm = <Schema extends z.ZodType<unknown, FieldValues>>(schema: Schema, options: ServerFormOptions<Schema>) => {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const text = useErrorText();
  // The resolver's overloads cannot follow a generic schema; the types below are what it returns.
  const checks = zodResolver(schema as never) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>;
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // The shared schemas speak French; the form says their refusals in the interface's language.
    resolver: async (values, context, options) => {
      const result = await checks(values, context, options);
      translate(result.errors, text);
      return result;
    },
    defaultValues: options.defaultValues,
    mode: 'onTouched',
  });
  const submit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        await options.onSubmit(values);
      } catch (error) {
        setFormError(applyServerErrors(error, form.setError, options.serverPrefix, text));
      }
    },
    () => setFormError(t('common.formErrors')),
  );
  return { ...form, formError, submit };
};
