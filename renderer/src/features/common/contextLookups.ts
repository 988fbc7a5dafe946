import { useQuery } from '@tanstack/react-query';
import type { IssueListQuery } from '../../../../shared/schemas/issues';
import type { PartyListQuery } from '../../../../shared/schemas/parties';
import type { RiskListQuery } from '../../../../shared/schemas/risks';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

// The context registers' lists, read by their own screens and by the others that name their records
// (a risk's origin is an issue or a party; an issue or a party shows the risks identified from it).

export const useIssueList = (query: IssueListQuery) =>
  useQuery({ queryKey: queryKeys.issueList(query), queryFn: () => call('issues.list', query), placeholderData: (previous) => previous });

export const usePartyList = (query: PartyListQuery) =>
  useQuery({ queryKey: queryKeys.partyList(query), queryFn: () => call('parties.list', query), placeholderData: (previous) => previous });

export const useRiskList = (query: RiskListQuery) =>
  useQuery({ queryKey: queryKeys.riskList(query), queryFn: () => call('risks.list', query), placeholderData: (previous) => previous });
