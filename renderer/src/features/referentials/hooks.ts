import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LinkEntity } from '../../../../shared/domain/referentials';
import type { ApplicabilityFields, ReferentialCreate, RequirementFields } from '../../../../shared/schemas/referentials';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useRequirement = (id: number) =>
  useQuery({ queryKey: queryKeys.requirement(id), queryFn: () => call('referentials.getRequirement', { id }) });

export const useRequirementAnswers = (id: number) =>
  useQuery({ queryKey: queryKeys.requirementAnswers(id), queryFn: () => call('referentials.answers', { id }) });

export const useLinkedRequirements = (entity: LinkEntity, entityId: number) =>
  useQuery({ queryKey: queryKeys.requirementLinks(entity, entityId), queryFn: () => call('referentials.linksFor', { entity, entityId }) });

/** Any change to a referential's content: lists, trees, requirement pages and the link combobox. */
const useInvalidateReferentials = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.referentials });
};

export const useCreateReferential = () => {
  const invalidate = useInvalidateReferentials();
  return useMutation({ mutationFn: (input: ReferentialCreate) => call('referentials.create', input), onSuccess: invalidate });
};

export const useImportReferential = () => {
  const invalidate = useInvalidateReferentials();
  return useMutation({ mutationFn: (json: string) => call('referentials.import', { json }), onSuccess: invalidate });
};

export const useAddRequirement = () => {
  const invalidate = useInvalidateReferentials();
  return useMutation({
    mutationFn: (input: { referentialId: number; fields: RequirementFields }) => call('referentials.addRequirement', input),
    onSuccess: invalidate,
  });
};

/** A requirement's content or applicability changed: everything about referentials, and its history. */
const useOnRequirementSaved = () => {
  const queryClient = useQueryClient();
  return (requirement: { id: number }) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.referentials }),
      queryClient.invalidateQueries({ queryKey: queryKeys.history('requirement', requirement.id) }),
    ]);
};

export const useUpdateRequirement = () => {
  const onSaved = useOnRequirementSaved();
  return useMutation({
    mutationFn: (input: { id: number; fields: RequirementFields }) => call('referentials.updateRequirement', input),
    onSuccess: onSaved,
  });
};

export const useSetApplicability = () => {
  const onSaved = useOnRequirementSaved();
  return useMutation({
    mutationFn: (input: { id: number; fields: ApplicabilityFields }) => call('referentials.setApplicability', input),
    onSuccess: onSaved,
  });
};

/** Links or unlinks; the record's list is replaced by the answer, the requirement's side is refetched. */
export const useChangeLink = (entity: LinkEntity, entityId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requirementId, add }: { requirementId: number; add: boolean }) =>
      call(add ? 'referentials.link' : 'referentials.unlink', { requirementId, entity, entityId }),
    onSuccess: (links, { requirementId }) => {
      queryClient.setQueryData(queryKeys.requirementLinks(entity, entityId), links);
      void queryClient.invalidateQueries({ queryKey: queryKeys.requirementAnswers(requirementId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.history('requirement', requirementId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.history(entity, entityId) });
    },
  });
};

/** Links or unlinks a document from the requirement's page, through the same contract method as the document's page. */
export const useChangeDocumentLink = (requirementId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, add }: { documentId: number; add: boolean }) =>
      call(add ? 'referentials.link' : 'referentials.unlink', { requirementId, entity: 'document', entityId: documentId }),
    onSuccess: (links, { documentId }) => {
      queryClient.setQueryData(queryKeys.requirementLinks('document', documentId), links);
      void queryClient.invalidateQueries({ queryKey: queryKeys.requirementAnswers(requirementId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.history('requirement', requirementId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.history('document', documentId) });
    },
  });
};

/** A referential's grading scale, and its changes: a new scale changes the grades every audit of that referential offers. */
export const useGradeScale = (referentialId: number) =>
  useQuery({ queryKey: queryKeys.gradeScale(referentialId), queryFn: () => call('audits.gradeScale', { referentialId }) });

/** A new scale changes the grades every audit of that referential offers. */
/** Gives the referential the default scale back (refused while its own grades grade findings). */
export const useResetGradeScale = (referentialId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('audits.resetGradeScale', { referentialId }),
    onSuccess: (scale) => {
      queryClient.setQueryData(queryKeys.gradeScale(referentialId), scale);
      return queryClient.invalidateQueries({ queryKey: ['audits', 'grades'] });
    },
  });
};

export const useSetGradeScale = (referentialId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grades: MethodInput<'audits.setGradeScale'>['grades']) => call('audits.setGradeScale', { referentialId, grades }),
    onSuccess: (scale) => {
      queryClient.setQueryData(queryKeys.gradeScale(referentialId), scale);
      return queryClient.invalidateQueries({ queryKey: ['audits', 'grades'] });
    },
  });
};
