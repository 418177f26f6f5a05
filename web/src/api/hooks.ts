import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TApiToken,
  TCreatedToken,
  TInvitePreview,
  TMe,
  TSetupStatus,
} from '../../../contract/auth';
import type {
  TCategory,
  TCreatedInvite,
  TInvite,
  TLocation,
  TMember,
  TOrganization,
} from '../../../contract/organization';
import type {
  TParty,
  TPartyPage,
  TCreatePartyRequest,
  TUpdatePartyRequest,
} from '../../../contract/parties';
import type {
  TCreateSituationRequest,
  TSituation,
  TSituationActionRequest,
  TSituationEvent,
  TSituationPage,
  TUpdateSituationRequest,
} from '../../../contract/situations';
import type {
  TPlaybook,
  TPlaybookDefaults,
  TPlaybookList,
  TSetPlaybookDefaultsRequest,
} from '../../../contract/playbooks';
import type {
  TApproval,
  TCatalogItem,
  TCatalogItemRequest,
  TEmpowerment,
  TEmpowermentRequest,
  TGesture,
  TGestureRequest,
  TLedgerPage,
  TSpend,
} from '../../../contract/gestures';
import type { TFollowUpList, TTaskList } from '../../../contract/follow-through';
import { api, setCsrfToken, toQuery } from './client';

export const keys = {
  me: ['me'] as const,
  status: ['auth-status'] as const,
  situations: ['situations'] as const,
  situation: (id: string) => ['situation', id] as const,
  events: (id: string) => ['situation', id, 'events'] as const,
  parties: ['parties'] as const,
  members: ['members'] as const,
  invites: ['invites'] as const,
  locations: ['locations'] as const,
  categories: ['categories'] as const,
  tokens: ['tokens'] as const,
  organization: ['organization'] as const,
  playbooks: ['playbooks'] as const,
  catalog: ['gesture-catalog'] as const,
  empowerment: ['empowerment'] as const,
  gestures: (situationId: string) => ['situation', situationId, 'gestures'] as const,
  approvals: ['approvals'] as const,
  ledger: ['ledger'] as const,
  playbook: (id: string, version?: number) => ['playbooks', id, version ?? 'latest'] as const,
  /** Tasks, promises and follow-ups across situations: any situation write may change them. */
  work: ['work'] as const,
};

export function useSetupStatus() {
  return useQuery({
    queryKey: keys.status,
    queryFn: () => api<TSetupStatus>('GET', '/auth/status'),
  });
}

export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        const me = await api<TMe>('GET', '/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch {
        setCsrfToken(null);
        return null;
      }
    },
    staleTime: 60_000,
  });
}

/** Sign-in, setup, sign-up and invite acceptance all end in a session: remember who we are. */
export function useSignIn<TBody>(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => api<TMe>('POST', path, body),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.clear();
      client.setQueryData(keys.me, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('POST', '/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(keys.me, null);
    },
  });
}

export type InboxFilters = Record<string, string | undefined>;

export function useSituations(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: [...keys.situations, filters],
    queryFn: ({ pageParam }) =>
      api<TSituationPage>(
        'GET',
        `/situations${toQuery({ ...filters, cursor: pageParam, limit: 25 })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSituation(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: keys.situation(id),
    queryFn: async () => {
      const fresh = await api<TSituation>('GET', `/situations/${id}`);
      // Reads and writes cross on the wire (a live update asks again while a save is on its
      // way): an answer older than what is on screen never replaces it.
      const shown = client.getQueryData<TSituation>(keys.situation(id));
      return shown && Date.parse(shown.updatedAt) > Date.parse(fresh.updatedAt) ? shown : fresh;
    },
  });
}

export function useSituationEvents(id: string) {
  return useQuery({
    queryKey: keys.events(id),
    queryFn: async () =>
      (await api<{ items: TSituationEvent[] }>('GET', `/situations/${id}/events`)).items,
  });
}

function useSituationWrite<TBody>(write: (body: TBody) => Promise<TSituation>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (situation) => {
      // A read that started before this write would land after it with the old state.
      await client.cancelQueries({ queryKey: keys.situation(situation.id), exact: true });
      client.setQueryData(keys.situation(situation.id), situation);
      void client.invalidateQueries({ queryKey: keys.events(situation.id) });
      void client.invalidateQueries({ queryKey: keys.situations });
      void client.invalidateQueries({ queryKey: keys.work });
    },
  });
}

export function useOpenSituation() {
  // A retried quick capture must not log the incident twice: one key per capture.
  return useSituationWrite((body: TCreateSituationRequest & { idempotencyKey: string }) => {
    const { idempotencyKey, ...request } = body;
    return api<TSituation>('POST', '/situations', request, { 'idempotency-key': idempotencyKey });
  });
}

export function useUpdateSituation(id: string) {
  return useSituationWrite((body: TUpdateSituationRequest) =>
    api<TSituation>('PATCH', `/situations/${id}`, body),
  );
}

export function useSituationAction(id: string) {
  return useSituationWrite((body: TSituationActionRequest) =>
    api<TSituation>('POST', `/situations/${id}/actions`, body),
  );
}

export function useParties(filters: { q?: string; kind?: string }) {
  return useInfiniteQuery({
    queryKey: [...keys.parties, filters],
    queryFn: ({ pageParam }) =>
      api<TPartyPage>('GET', `/parties${toQuery({ ...filters, cursor: pageParam, limit: 50 })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useParty(id: string | null) {
  return useQuery({
    queryKey: [...keys.parties, 'one', id],
    queryFn: () => api<TParty>('GET', `/parties/${id}`),
    enabled: id !== null,
  });
}

export function useSaveParty() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: (TCreatePartyRequest | TUpdatePartyRequest) & { id?: string }) =>
      id ? api<TParty>('PATCH', `/parties/${id}`, body) : api<TParty>('POST', '/parties', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.parties });
      void client.invalidateQueries({ queryKey: keys.situations });
    },
  });
}

function useList<T>(key: readonly unknown[], path: string, enabled = true) {
  return useQuery({
    queryKey: key,
    queryFn: async () => (await api<{ items: T[] }>('GET', path)).items,
    enabled,
  });
}

export const useMembers = () => useList<TMember>(keys.members, '/members');
export const useInvites = (enabled: boolean) => useList<TInvite>(keys.invites, '/invites', enabled);
export const useLocations = () => useList<TLocation>(keys.locations, '/locations');
export const useCategories = () => useList<TCategory>(keys.categories, '/categories');
export const useTokens = () => useList<TApiToken>(keys.tokens, '/tokens');

export function useOrganization() {
  return useQuery({
    queryKey: keys.organization,
    queryFn: () => api<TOrganization>('GET', '/organization'),
  });
}

/** A write that refreshes the given lists when it lands. */
export function useWrite<TBody, TResult>(
  write: (body: TBody) => Promise<TResult>,
  refresh: ReadonlyArray<readonly unknown[]>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      for (const key of refresh) void client.invalidateQueries({ queryKey: key });
    },
  });
}

export type { TCreatedInvite, TCreatedToken, TInvitePreview };

export function usePlaybooks() {
  return useQuery({
    queryKey: keys.playbooks,
    queryFn: () => api<TPlaybookList>('GET', '/playbooks'),
  });
}

/** A playbook version never changes, so the one a situation runs on is fetched once. */
export function usePlaybook(id: string | undefined, version?: number) {
  return useQuery({
    queryKey: keys.playbook(id ?? '', version),
    queryFn: () => api<TPlaybook>('GET', `/playbooks/${id}${version ? `?version=${version}` : ''}`),
    enabled: !!id,
    staleTime: version ? Infinity : 0,
  });
}

function usePlaybookWrite<TBody, TResult>(write: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.playbooks }),
  });
}

export function useCreatePlaybook() {
  return usePlaybookWrite((body: { cloneOf?: string; name?: string; document?: unknown }) =>
    api<TPlaybook>('POST', '/playbooks', body),
  );
}

export function useUpdatePlaybook(id: string) {
  return usePlaybookWrite((document: unknown) =>
    api<TPlaybook>('PUT', `/playbooks/${id}`, { document }),
  );
}

export function useArchivePlaybook() {
  return usePlaybookWrite((id: string) => api<TPlaybook>('DELETE', `/playbooks/${id}`));
}

export function useSetPlaybookDefaults() {
  return usePlaybookWrite((body: TSetPlaybookDefaultsRequest) =>
    api<TPlaybookDefaults>('PUT', '/playbooks/defaults', body),
  );
}

export function useGestureCatalog() {
  return useQuery({
    queryKey: keys.catalog,
    queryFn: async () => (await api<{ items: TCatalogItem[] }>('GET', '/gesture-catalog')).items,
  });
}

export function useEmpowerment() {
  return useQuery({
    queryKey: keys.empowerment,
    queryFn: () => api<TEmpowerment>('GET', '/empowerment'),
  });
}

/**
 * A situation's gestures. The decision on one waiting for approval arrives as a live update;
 * asking again now and then covers a network that drops the event stream.
 */
export function useSituationGestures(situationId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: keys.gestures(situationId),
    queryFn: async () => {
      const items = (await api<{ items: TGesture[] }>('GET', `/situations/${situationId}/gestures`))
        .items;
      const previous = client.getQueryData<TGesture[]>(keys.gestures(situationId));
      const decided = previous?.some(
        (p) =>
          p.status === 'pending_approval' &&
          items.find((i) => i.id === p.id)?.status !== 'pending_approval',
      );
      if (decided) {
        void client.invalidateQueries({ queryKey: keys.situation(situationId), exact: true });
        void client.invalidateQueries({ queryKey: keys.events(situationId) });
      }
      return items;
    },
    refetchInterval: (query) =>
      query.state.data?.some((g) => g.status === 'pending_approval') ? 15_000 : false,
  });
}

export function useGrantGesture(situationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TGestureRequest) =>
      api<TGesture>('POST', `/situations/${situationId}/gestures`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.gestures(situationId) });
      void client.invalidateQueries({ queryKey: keys.situation(situationId), exact: true });
      void client.invalidateQueries({ queryKey: keys.events(situationId) });
      void client.invalidateQueries({ queryKey: keys.approvals });
    },
  });
}

/** The approvals queue: new requests arrive as live updates, with a slow re-ask as a fallback. */
export function useApprovals(enabled = true) {
  return useQuery({
    queryKey: keys.approvals,
    queryFn: async () => (await api<{ items: TApproval[] }>('GET', '/approvals')).items,
    refetchInterval: 30_000,
    enabled,
  });
}

export function useDecideApproval() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      note,
    }: {
      id: string;
      decision: 'approve' | 'deny';
      note: string;
    }) => api<TGesture>('POST', `/approvals/${id}/${decision}`, { note: note || null }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.approvals });
      void client.invalidateQueries({ queryKey: keys.ledger });
    },
  });
}

/** The ledger, newest first, a page at a time. */
export function useLedger(filters: Record<string, string | undefined>) {
  return useInfiniteQuery({
    queryKey: [...keys.ledger, 'entries', filters],
    queryFn: ({ pageParam }) =>
      api<TLedgerPage>('GET', `/ledger${toQuery({ ...filters, cursor: pageParam, limit: 50 })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSpend(filters: Record<string, string | undefined>) {
  return useQuery({
    queryKey: [...keys.ledger, 'spend', filters],
    queryFn: () => api<TSpend>('GET', `/ledger/spend${toQuery(filters)}`),
  });
}

export function useSaveCatalogItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TCatalogItemRequest & { id?: string }) =>
      api<TCatalogItem>(id ? 'PUT' : 'POST', `/gesture-catalog${id ? `/${id}` : ''}`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.catalog }),
  });
}

export function useSetEmpowerment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TEmpowermentRequest) => api<TEmpowerment>('PUT', '/empowerment', body),
    onSuccess: (data) => client.setQueryData(keys.empowerment, data),
  });
}

/**
 * Open tasks and promises across situations. Work ticked off elsewhere disappears with the
 * live update; asking again every half minute turns due times overdue on screen.
 */
export function useTasks(view: 'mine' | 'all') {
  return useQuery({
    queryKey: [...keys.work, 'tasks', view],
    queryFn: async () => (await api<TTaskList>('GET', `/tasks?view=${view}`)).items,
    refetchInterval: 30_000,
  });
}

/** Resolved situations waiting for their follow-up. */
export function useFollowUps(view: 'mine' | 'all') {
  return useQuery({
    queryKey: [...keys.work, 'follow-ups', view],
    queryFn: async () => (await api<TFollowUpList>('GET', `/follow-ups?view=${view}`)).items,
    refetchInterval: 30_000,
  });
}
